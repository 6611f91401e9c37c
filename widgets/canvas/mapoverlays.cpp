#include "extent.h"
#include "highlightlayer.h"
#include "kindnames.h"
#include "linestyles.h"
#include "linklayer.h"
#include "mapitems.h"
#include "shapes.h"
#include "theme.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <cmath>

namespace OrgMap {

namespace {

// A class, not a free tr(): lupdate files MapItemsTr::tr() texts under the
// context declared here, which is the one looked up at run time.
class MapItemsTr
{
    Q_DECLARE_TR_FUNCTIONS(OrgMap::MapItems)
};

} // namespace

// ------------------------------------------------------------ DomainLabels

DomainLabels::DomainLabels(const Theme *theme) : m_theme(theme)
{
    setZValue(260);
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemUsesExtendedStyleOption);
}

void DomainLabels::setDomains(QList<const DomainItem *> domains)
{
    prepareGeometryChange();
    m_domains = std::move(domains);
    m_labels.clear();
    Extent extent;
    for (const DomainItem *d : std::as_const(m_domains))
        extent.add(d->sceneRect());
    m_bounds = extent.rect();
}

void DomainLabels::setTheme(const Theme *theme)
{
    m_theme = theme;
    m_labels.clear();
    update();
}

QRectF DomainLabels::boundingRect() const
{
    return m_bounds;
}

const DomainLabels::Label &DomainLabels::labelFor(const DomainItem *domain, const QString &name,
                                                  const QFont &font, double width) const
{
    Label &label = m_labels[domain];
    if (label.name == name && label.pixelSize == font.pixelSize() &&
        (label.width == qRound(width) || (label.whole && label.textWidth <= width)))
        return label;
    const QFontMetricsF fm(font);
    const QString text = fm.elidedText(name, Qt::ElideRight, width);
    label.name = name;
    label.pixelSize = font.pixelSize();
    label.width = qRound(width);
    label.whole = text == name;
    label.text = QStaticText(text);
    label.text.setTextFormat(Qt::PlainText);
    label.text.prepare(QTransform(), font);
    label.textWidth = fm.horizontalAdvance(text);
    return label;
}

void DomainLabels::drawPill(QPainter *painter, const QRect &r, const QColor &colour) const
{
    // Two antialiased 3-px corners cached, a plain fill between them: 400
    // antialiased rounded rectangles were ~10% of a fit frame of the 10k map.
    constexpr int kCap = 4;
    if (r.width() < 2 * kCap) {
        painter->fillRect(r, colour);
        return;
    }
    if (m_capsColour != colour || m_caps.height() != r.height()) {
        m_capsColour = colour;
        m_caps = QPixmap(2 * kCap, r.height());
        m_caps.fill(Qt::transparent);
        QPainter p(&m_caps);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawRoundedRect(QRectF(0, 0, 2 * kCap, r.height()), 3, 3);
    }
    painter->drawPixmap(r.topLeft(), m_caps, QRect(0, 0, kCap, r.height()));
    painter->fillRect(QRect(r.left() + kCap, r.top(), r.width() - 2 * kCap, r.height()), colour);
    painter->drawPixmap(QPoint(r.right() + 1 - kCap, r.top()), m_caps,
                        QRect(kCap, 0, kCap, r.height()));
}

void DomainLabels::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod >= kLodSimple)
        return; // the domains draw their own titles
    const Theme &t = *m_theme;
    // 12 px on screen whatever the zoom, on a pill, elided to the domain's
    // width on screen in 16 px steps. Laid out and drawn in device
    // coordinates: a font of 12/lod scene units was a new font size at every
    // zoom, so each frame of a glide (a new zoom each) shaped all 400 names
    // again and filled the glyph cache for the new size. The elided text is
    // kept per domain (eliding and shaping 400 names each frame cost a
    // quarter of a fit frame of the 10k map).
    QFont f = t.titleFont;
    f.setPixelSize(12);
    const QFontMetricsF fm(f);
    QColor back = t.nodeFill;
    back.setAlphaF(0.9);
    const QRectF exposed = option->exposedRect;
    const QTransform world = painter->worldTransform();
    QList<QPair<const DomainItem *, QRect>> shown; // and the pill, device coordinates
    for (const DomainItem *d : std::as_const(m_domains)) {
        const QRectF r = d->sceneRect();
        if (!d->isVisible() || !r.intersects(exposed))
            continue;
        const QRectF onScreen = world.mapRect(r);
        if (onScreen.width() < 48)
            continue;
        const bool cycle = d->highlight().cycle;
        const QString name = cycle ? QStringLiteral("\u21bb ") + d->name() : d->name();
        const Label &label = labelFor(d, name, f, std::floor((onScreen.width() - 14) / 16) * 16);
        shown.append({d, QRectF(onScreen.topLeft() + QPointF(3, 3),
                                QSizeF(label.textWidth + 8, fm.height() + 2))
                             .toRect()});
    }
    if (shown.isEmpty())
        return;
    // Pills (blitted on raster devices, exact in device pixels), then the names.
    const bool raster =
        painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster;
    painter->setWorldTransform(QTransform());
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(Qt::NoPen);
    painter->setBrush(back);
    for (const auto &[d, pill] : std::as_const(shown)) {
        if (raster)
            drawPill(painter, pill, back);
        else
            painter->drawRoundedRect(pill, 3, 3);
    }
    painter->setFont(f);
    for (const auto &[d, pill] : std::as_const(shown)) {
        painter->setPen(d->highlight().cycle ? t.cycle : t.text);
        painter->drawStaticText(QPointF(pill.topLeft()) + QPointF(4, 1), m_labels[d].text);
    }
    painter->setWorldTransform(world);
}

// -------------------------------------------------------------- LegendItem

LegendItem::LegendItem(const Theme *theme) : m_theme(theme)
{
    setZValue(50);
}

void LegendItem::setTheme(const Theme *theme)
{
    m_theme = theme;
    m_overlayScale = 0;
    update();
}

void LegendItem::paintOverlay(QPainter *painter, QPoint at, double scale) const
{
    const double dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    if (m_overlayScale != scale * dpr || m_overlay.isNull()) {
        m_overlayScale = scale * dpr;
        const QSizeF size = boundingRect().size() * m_overlayScale;
        m_overlay = QPixmap(int(std::ceil(size.width())) + 1, int(std::ceil(size.height())) + 1);
        m_overlay.fill(Qt::transparent);
        QPainter p(&m_overlay);
        p.scale(m_overlayScale, m_overlayScale);
        QStyleOptionGraphicsItem option;
        option.exposedRect = boundingRect();
        const_cast<LegendItem *>(this)->paint(&p, &option, nullptr);
        p.end();
        m_overlay.setDevicePixelRatio(dpr);
    }
    painter->drawPixmap(at, m_overlay);
}

void LegendItem::setHighlight(HighlightMode mode, QList<QPair<QString, QColor>> teams)
{
    if (mode == m_mode && teams == m_teams)
        return;
    prepareGeometryChange();
    m_mode = mode;
    m_teams = std::move(teams);
    m_overlayScale = 0;
    update();
}

namespace {
constexpr int kLegendTeams = 12; // Ownership lists at most this many teams
} // namespace

double LegendItem::highlightHeight() const
{
    switch (m_mode) {
    case HighlightMode::None:
        return 0;
    case HighlightMode::Orphans:
        return 46 + 4 * 36;
    case HighlightMode::Coupling:
        return 46 + 4 * 34;
    case HighlightMode::Ownership:
        return 46 + std::min<qsizetype>(m_teams.size(), kLegendTeams) * 26 +
               (m_teams.size() > kLegendTeams ? 26 : 0) + 24;
    }
    return 0;
}

namespace {
// The legend's key of shapes and lines ends here; the highlight key follows.
constexpr double kLegendKeyHeight = 460;

// The legend is laid out for the editor's type sizes whatever the canvas theme
// (the projector theme's larger type would overflow its rows); the screen
// overlay scales it as a whole instead.
Theme legendTheme(const Theme &canvas)
{
    Theme t = canvas;
    t.labelFont.setPixelSize(14);
    t.titleFont.setPixelSize(16);
    t.smallFont.setPixelSize(11);
    return t;
}
} // namespace

QRectF LegendItem::boundingRect() const
{
    return QRectF(0, 0, 300, kLegendKeyHeight + highlightHeight());
}

void LegendItem::paintHighlightKey(QPainter *painter, double y) const
{
    const Theme t = legendTheme(*m_theme);
    const double width = boundingRect().width();
    auto label = [&](double x, double top, double height, const QString &text) {
        painter->setFont(t.labelFont);
        painter->setPen(t.text);
        painter->drawText(QRectF(x, top, width - x - 10, height), Qt::AlignLeft | Qt::AlignVCenter,
                          text);
    };
    painter->setPen(QPen(t.grid.darker(t.dark ? 70 : 115), 1));
    painter->drawLine(QPointF(16, y), QPointF(width - 16, y));
    y += 12;
    QString title;
    switch (m_mode) {
    case HighlightMode::Orphans:
        title = MapItemsTr::tr("Highlight: orphans");
        break;
    case HighlightMode::Coupling:
        title = MapItemsTr::tr("Highlight: coupling");
        break;
    case HighlightMode::Ownership:
        title = MapItemsTr::tr("Highlight: ownership");
        break;
    case HighlightMode::None:
        return;
    }
    painter->setFont(t.titleFont);
    painter->setPen(t.text);
    painter->drawText(QRectF(16, y, width - 32, 22), Qt::AlignLeft | Qt::AlignVCenter, title);
    y += 34;
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_mode == HighlightMode::Orphans) {
        HighlightLayer::drawUnownedMarker(painter, QPointF(44, y + 14), 26, t);
        label(84, y, 28, MapItemsTr::tr("Unowned (no team)"));
        y += 36;
        HighlightLayer::drawNoDomainMarker(painter, QPointF(44, y + 14), 24, t);
        label(84, y, 28, MapItemsTr::tr("In no domain"));
        y += 36;
        // The FAIR badge as drawn on a data product (with a policy's FAIR rules on).
        HighlightLayer::drawFairBadge(painter, QRectF(16, y - 3, 60, 0), 0x6, 0, t);
        label(84, y, 28, MapItemsTr::tr("Misses FAIR rules (policy)"));
        y += 36;
        QColor veil = t.background;
        veil.setAlphaF(0.6);
        Shapes::drawAssetIcon(painter, QRectF(16, y - 2, 56, 32), AssetKind::Service, t);
        painter->fillRect(QRectF(14, y - 4, 60, 36), veil);
        label(84, y, 28, MapItemsTr::tr("Everything else, faded"));
    } else if (m_mode == HighlightMode::Coupling) {
        // Halos sized down to fit the legend's margin (the map's grow to 40).
        const QRectF small(32, y + 6, 28, 16), large(32, y + 6 + 34, 28, 16);
        HighlightLayer::drawHalo(painter, small.adjusted(6, 2, -6, -2), 0.1f, false, t, false);
        painter->setPen(QPen(t.nodeBorder, 1.5));
        painter->setBrush(t.nodeFill);
        painter->drawRoundedRect(small, 4, 4);
        label(84, y, 28, MapItemsTr::tr("Coupled a little"));
        y += 34;
        HighlightLayer::drawHalo(painter, large.adjusted(6, 2, -6, -2), 0.4f, true, t, false);
        painter->setPen(QPen(t.nodeBorder, 1.5));
        painter->setBrush(t.nodeFill);
        painter->drawRoundedRect(large, 4, 4);
        label(84, y, 28, MapItemsTr::tr("Hotspot (glow grows)"));
        y += 34;
        painter->setPen(
            LinkLayer::linkPen(t, LinkKind::Api, LinkLayer::CrossDomain, m_mode, false, false));
        painter->drawLine(QPointF(18, y + 14), QPointF(70, y + 14));
        label(84, y, 28, MapItemsTr::tr("Link between domains"));
        y += 34;
        painter->setPen(LinkLayer::linkPen(
            t, LinkKind::Api, LinkLayer::CrossDomain | LinkLayer::OnCycle, m_mode, false, false));
        painter->drawLine(QPointF(18, y + 14), QPointF(70, y + 14));
        label(84, y, 28, MapItemsTr::tr("\u21bb Domain cycle"));
    } else {
        for (qsizetype i = 0; i < std::min<qsizetype>(m_teams.size(), kLegendTeams); ++i) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(m_teams[i].second);
            painter->drawRoundedRect(QRectF(22, y + 4, 44, 18), 4, 4);
            label(84, y, 26, m_teams[i].first);
            y += 26;
        }
        if (m_teams.size() > kLegendTeams) {
            label(84, y, 26,
                  MapItemsTr::tr("and %n more team(s)", "", int(m_teams.size() - kLegendTeams)));
            y += 26;
        }
        painter->setFont(t.smallFont);
        painter->setPen(t.mutedText);
        painter->drawText(QRectF(16, y, width - 32, 20), Qt::AlignLeft | Qt::AlignVCenter,
                          MapItemsTr::tr("Asset fill: the owning team's colour"));
    }
}

void LegendItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    // Drawn whole at any scale: the view paints it as a screen overlay at a
    // fixed size, and an export at a small scale still shows its text.
    const Theme t = legendTheme(*m_theme);
    const QRectF r = boundingRect();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(t.grid.darker(t.dark ? 70 : 115), 1));
    painter->setBrush(t.nodeFill);
    painter->drawRoundedRect(r, 10, 10);

    double y = 16;
    auto heading = [&](const QString &text) {
        painter->setFont(t.titleFont);
        painter->setPen(t.text);
        painter->drawText(QRectF(16, y, r.width() - 32, 22), Qt::AlignLeft | Qt::AlignVCenter,
                          text);
        y += 30;
    };
    auto label = [&](double x, const QString &text) {
        painter->setFont(t.labelFont);
        painter->setPen(t.text);
        painter->drawText(QRectF(x, y, r.width() - x - 10, 24), Qt::AlignLeft | Qt::AlignVCenter,
                          text);
    };
    heading(MapItemsTr::tr("Legend"));
    // Shapes.
    Shapes::drawAssetIcon(painter, QRectF(16, y - 6, 56, 36), AssetKind::Service, t);
    label(84, MapItemsTr::tr("Service"));
    y += 32;
    Shapes::drawAssetIcon(painter, QRectF(16, y - 6, 56, 36), AssetKind::DataProduct, t);
    label(84, MapItemsTr::tr("Data product"));
    y += 34;
    const TeamType types[] = {TeamType::StreamAligned, TeamType::Platform, TeamType::Enabling,
                              TeamType::ComplicatedSubsystem};
    for (TeamType type : types) {
        Shapes::drawTeamIcon(painter, QRectF(22, y - 2, 44, 28), type, t);
        label(84, teamTypeCaption(type));
        y += 32;
    }
    y += 6;
    // Line styles.
    struct Style
    {
        QString name;
        QColor color;
        Qt::PenStyle pen;
        double width;
    };
    const Style styles[] = {
        {linkKindName(LinkKind::Api), t.linkApi, linkKindLineStyle(LinkKind::Api), 2},
        {linkKindName(LinkKind::Event), t.linkEvent, linkKindLineStyle(LinkKind::Event), 2},
        {linkKindName(LinkKind::Data), t.linkData, linkKindLineStyle(LinkKind::Data), 2.5}};
    for (const Style &s : styles) {
        const QPointF a(18, y + 12), b(70, y + 12);
        painter->setPen(QPen(s.color, s.width, s.pen, Qt::FlatCap));
        painter->drawLine(a, b - QPointF(6, 0));
        painter->setPen(Qt::NoPen);
        painter->setBrush(s.color);
        painter->drawPolygon(Shapes::arrowHead(a, b, 10));
        label(84, s.name);
        y += 30;
    }
    // Team interactions, one row per mode with the canvas's line style.
    for (InteractionMode mode : kAllInteractionModes) {
        painter->setPen(QPen(t.interaction, 4, interactionModeLineStyle(mode), Qt::FlatCap));
        painter->drawLine(QPointF(18, y + 12), QPointF(70, y + 12));
        label(84, interactionModeName(mode));
        y += 30;
    }
    painter->setFont(t.smallFont);
    painter->setPen(t.mutedText);
    painter->drawText(QRectF(16, y, r.width() - 32, 20), Qt::AlignLeft | Qt::AlignVCenter,
                      MapItemsTr::tr("Arrows point to the provider"));
    if (m_mode != HighlightMode::None)
        paintHighlightKey(painter, kLegendKeyHeight);
}

} // namespace OrgMap
