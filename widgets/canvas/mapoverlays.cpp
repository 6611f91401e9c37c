#include "mapitems.h"
#include "shapes.h"
#include "theme.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace OrgMap {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OrgMap::MapItems", text);
}

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
    m_bounds = QRectF();
    for (const DomainItem *d : std::as_const(m_domains))
        m_bounds |= d->sceneRect();
}

void DomainLabels::setTheme(const Theme *theme)
{
    m_theme = theme;
    update();
}

QRectF DomainLabels::boundingRect() const
{
    return m_bounds;
}

void DomainLabels::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod >= kLodSimple)
        return; // the domains draw their own titles
    const Theme &t = *m_theme;
    // 12 px on screen whatever the zoom, elided to the domain's width, on a pill.
    QFont f = t.titleFont;
    f.setPixelSize(std::max(1, int(std::round(12 / lod))));
    const QFontMetricsF fm(f);
    painter->setFont(f);
    painter->setRenderHint(QPainter::Antialiasing, true);
    QColor back = t.nodeFill;
    back.setAlphaF(0.9);
    const QRectF exposed = option->exposedRect;
    for (const DomainItem *d : std::as_const(m_domains)) {
        const QRectF r = d->sceneRect();
        if (!d->isVisible() || r.width() * lod < 48 || !r.intersects(exposed))
            continue;
        const QString text = fm.elidedText(d->name(), Qt::ElideRight, r.width() - 14 / lod);
        const QRectF pill(r.topLeft() + QPointF(3, 3) / lod,
                          QSizeF(fm.horizontalAdvance(text) + 8 / lod, fm.height() + 2 / lod));
        painter->setPen(Qt::NoPen);
        painter->setBrush(back);
        painter->drawRoundedRect(pill, 3 / lod, 3 / lod);
        painter->setPen(t.text);
        painter->drawText(pill, Qt::AlignCenter, text);
    }
}

// -------------------------------------------------------------- LegendItem

LegendItem::LegendItem(const Theme *theme) : m_theme(theme)
{
    setZValue(50);
}

void LegendItem::setTheme(const Theme *theme)
{
    m_theme = theme;
    update();
}

QRectF LegendItem::boundingRect() const
{
    return QRectF(0, 0, 300, 400);
}

void LegendItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const Theme &t = *m_theme;
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF r = boundingRect();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(t.grid.darker(t.dark ? 70 : 115), 1));
    painter->setBrush(t.nodeFill);
    painter->drawRoundedRect(r, 10, 10);
    if (lod < kLodSimple)
        return;

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
    heading(tr("Legend"));
    // Shapes.
    Shapes::drawAssetIcon(painter, QRectF(16, y - 6, 56, 36), AssetKind::Service, t);
    label(84, tr("Service"));
    y += 32;
    Shapes::drawAssetIcon(painter, QRectF(16, y - 6, 56, 36), AssetKind::DataProduct, t);
    label(84, tr("Data product"));
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
    const Style styles[] = {{tr("API call"), t.linkApi, Qt::SolidLine, 2},
                            {tr("Event"), t.linkEvent, Qt::DashLine, 2},
                            {tr("Data flow"), t.linkData, Qt::DotLine, 2.5},
                            {tr("Interaction"), t.interaction, Qt::SolidLine, 4}};
    for (const Style &s : styles) {
        const QPointF a(18, y + 12), b(70, y + 12);
        painter->setPen(QPen(s.color, s.width, s.pen, Qt::FlatCap));
        painter->drawLine(a, b - QPointF(6, 0));
        painter->setPen(Qt::NoPen);
        painter->setBrush(s.color);
        if (s.name != tr("Interaction"))
            painter->drawPolygon(Shapes::arrowHead(a, b, 10));
        label(84, s.name);
        y += 30;
    }
    painter->setFont(t.smallFont);
    painter->setPen(t.mutedText);
    painter->drawText(QRectF(16, y, r.width() - 32, 20), Qt::AlignLeft | Qt::AlignVCenter,
                      tr("Arrows point to the provider"));
}

} // namespace OrgMap
