// NodeItem: an asset or a team on the canvas (box, icon, elided name, handles),
// and the captions of team types.
#include "mapitems.h"

#include "assetpixmaps.h"
#include "layout/autolayout.h"
#include "shapes.h"
#include "theme.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QHash>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <atomic>

namespace OrgMap {

namespace {

constexpr double kHandleRadius = 7;

// Node items hidden now, in every scene (NodeItem::anyHidden).
std::atomic<int> s_hiddenNodes{0};

// A class, not a free tr(): lupdate files MapItemsTr::tr() texts under the
// context declared here, which is the one looked up at run time.
class MapItemsTr
{
    Q_DECLARE_TR_FUNCTIONS(OrgMap::MapItems)
};

} // namespace

QString teamTypeCaption(TeamType type)
{
    switch (type) {
    case TeamType::StreamAligned:
        return MapItemsTr::tr("stream-aligned");
    case TeamType::Platform:
        return MapItemsTr::tr("platform");
    case TeamType::Enabling:
        return MapItemsTr::tr("enabling");
    case TeamType::ComplicatedSubsystem:
        return MapItemsTr::tr("complicated subsystem");
    case TeamType::None:
        break;
    }
    return MapItemsTr::tr("team");
}

// ---------------------------------------------------------------- NodeItem

NodeItem::NodeItem(const QString &id, const Theme *theme) : m_id(id), m_theme(theme)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(200);
}

NodeItem::~NodeItem()
{
    if (m_countedHidden)
        --s_hiddenNodes;
}

bool NodeItem::anyHidden()
{
    return s_hiddenNodes.load(std::memory_order_relaxed) > 0;
}

void NodeItem::setKept(bool kept)
{
    m_kept = kept;
    setVisible(!kept);
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    // Not a plain +1/-1: Qt also sends "visible" to items it polishes after
    // they were added, without a hide before.
    if (change == ItemVisibleHasChanged) {
        const bool hidden = !isVisible() && !m_kept;
        if (hidden != m_countedHidden) {
            m_countedHidden = hidden;
            s_hiddenNodes += hidden ? 1 : -1;
        }
    }
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::setAsset(const Asset &asset, const Team *owner)
{
    const QRectF body(-kAssetWidth / 2, -kAssetHeight / 2, kAssetWidth, kAssetHeight);
    if (body != m_body)
        prepareGeometryChange();
    m_entity = EntityKind::Asset;
    m_assetKind = asset.kind;
    m_name = asset.name;
    m_body = body;
    m_owned = owner != nullptr;
    m_ownerType = owner ? owner->type : TeamType::None;
    m_badgeText = owner ? owner->name : MapItemsTr::tr("unowned");
    m_domain = asset.domain;
    m_overviewFill = QColor();
    updateElided();
    update();
}

void NodeItem::setTeam(const Team &team)
{
    const QSizeF s = teamSize(team.type);
    const QRectF body(-s.width() / 2, -s.height() / 2, s.width(), s.height());
    if (body != m_body)
        prepareGeometryChange();
    m_entity = EntityKind::Team;
    m_teamType = team.type;
    m_name = team.name;
    m_body = body;
    m_overviewFill = QColor();
    updateElided();
    update();
}

bool NodeItem::setHighlight(const NodeHighlight &highlight)
{
    if (highlight == m_highlight)
        return false;
    m_highlight = highlight;
    m_overviewFill = QColor();
    update();
    return true;
}

void NodeItem::setTheme(const Theme *theme)
{
    m_theme = theme;
    m_overviewFill = QColor();
    updateElided();
    update();
}

void NodeItem::updateElided()
{
    m_overviewRoom = -1; // the overview name is elided again on its next paint
    // Laid out when first drawn up close (or asked for): building the 10,000
    // items of a map spent most of its time shaping names that a view of the
    // whole map never draws (docs/benchmarks.md, "Session 6").
    m_elidedStale = true;
}

void NodeItem::ensureElided() const
{
    if (!m_elidedStale)
        return;
    m_elidedStale = false;
    m_nameStretch = 1;
    const QFontMetricsF fm(m_theme->labelFont);
    if (m_theme->projector && m_entity == EntityKind::Team) {
        layoutProjectorTeamName();
        return;
    }
    if (m_theme->projector && m_entity == EntityKind::Asset)
        m_elidedName = twoLineName(m_name, fm, labelRect().width());
    else
        m_elidedName = fm.elidedText(m_name, Qt::ElideRight, labelRect().width());
    if (m_entity == EntityKind::Asset) {
        m_nameText = ShapedText(m_elidedName, m_theme->labelFont);
        const QFontMetricsF small(m_theme->smallFont);
        const QString badge =
            small.elidedText(m_badgeText, Qt::ElideRight, labelRect().width() - 14);
        m_badgeWidth = std::min(small.horizontalAdvance(badge) + 14, labelRect().width());
        m_badgeStatic = ShapedText(badge, m_theme->smallFont);
    } else {
        QFont bold = m_theme->labelFont;
        bold.setBold(true);
        // Tall and octagonal shapes: the whole name over several lines.
        m_nameText =
            m_body.width() >= 200
                ? ShapedText(m_elidedName, bold)
                : ShapedText(m_name, bold, QTextOption(Qt::AlignHCenter | Qt::AlignVCenter),
                             labelRect().width() - 8);
        QFont small = m_theme->smallFont;
        small.setBold(false);
        // Wraps in the narrow shapes.
        m_captionText = ShapedText(teamTypeCaption(m_teamType), small,
                                   QTextOption(Qt::AlignHCenter), m_body.width() - 24);
    }
}

QString NodeItem::wrappedName(const QString &name, const QFontMetricsF &fm, double width,
                              int maxLines)
{
    // Whole words on each line but the last; a word too long for a line is
    // broken (never elided: the room reads it whole), the rest elided on the last.
    QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    QStringList lines;
    qsizetype used = 0;
    while (used < words.size() && lines.size() < maxLines - 1) {
        QString line;
        for (; used < words.size(); ++used) {
            const QString candidate = line.isEmpty() ? words[used] : line + u' ' + words[used];
            if (fm.horizontalAdvance(candidate) > width)
                break;
            line = candidate;
        }
        if (line.isEmpty()) {
            QString &word = words[used];
            qsizetype n = word.size();
            while (n > 1 && fm.horizontalAdvance(word.left(n) + u'-') > width)
                --n;
            line = word.left(n) + u'-';
            word = word.mid(n);
        }
        lines << line;
    }
    const QString rest = words.mid(used).join(u' ');
    if (!rest.isEmpty())
        lines << fm.elidedText(rest, Qt::ElideRight, width);
    return lines.join(QChar(QChar::LineSeparator));
}

void NodeItem::layoutProjectorTeamName() const
{
    // The projector theme's team name at the label font's full height (the
    // editor's smaller type was ~8 px at fit in the narrow shapes): over up
    // to two lines in the wide shapes and three in the narrow ones, condensed
    // as far as DomainItem::kMinTitleStretch before a word is broken.
    QFont bold = m_theme->labelFont;
    bold.setBold(true);
    const QFontMetricsF fm(bold);
    const double width = labelRect().width();
    const int maxLines = m_body.width() >= 200 ? 2 : 3;
    const QString whole = m_name.split(u' ', Qt::SkipEmptyParts).join(u' ');
    for (double stretch = 1; stretch >= DomainItem::kMinTitleStretch - 1e-9; stretch -= 0.05) {
        m_nameStretch = stretch;
        m_elidedName = wrappedName(m_name, fm, width / stretch, maxLines);
        if (QString(m_elidedName).replace(QChar(QChar::LineSeparator), u' ') == whole)
            break;
    }
    m_nameText =
        ShapedText(m_elidedName, bold, QTextOption(Qt::AlignHCenter), width / m_nameStretch);
}

QRectF NodeItem::labelRect() const
{
    if (m_entity == EntityKind::Asset && m_theme->projector)
        return m_body.adjusted(8, 2, -8, -9); // two lines above the owner strip
    if (m_entity == EntityKind::Asset)
        return QRectF(m_body.left() + 42, m_body.top() + 8, m_body.width() - 52, 22);
    // Teams in the projector theme: the name takes the whole shape (the type
    // caption would be ~8 px at fit; the shape and colour tell the type, the
    // legend keys them), inside the rounded ends and the octagon's corners.
    if (m_theme->projector)
        return m_body.width() >= 200 ? m_body.adjusted(18, 4, -18, -4)
                                     : m_body.adjusted(14, 16, -14, -16);
    // Teams: the name above the type caption (two caption lines in narrow shapes).
    return m_body.adjusted(10, 8, -10, m_body.width() >= 200 ? -22 : -36);
}

QRectF NodeItem::connectHandleRect() const
{
    return QRectF(m_body.right() - kHandleRadius, -kHandleRadius, 2 * kHandleRadius,
                  2 * kHandleRadius);
}

QRectF NodeItem::boundingRect() const
{
    // The selection ring (3 outside the body, pen 3) and the connect handle,
    // with a pixel to spare for antialiasing: whatever paint() draws must lie
    // inside, or a drag leaves a trail of it behind.
    return m_body.adjusted(-6, -6, kHandleRadius + 6, 6);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addRect(m_body);
    if (connectHandleVisible())
        path.addEllipse(connectHandleRect());
    return path;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < kLodSimple) {
        const QColor fill = overviewFill();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(m_body, isSelected() ? m_theme->selection : fill);
        if (lod >= kLodOverviewNames)
            paintOverviewName(painter, lod, isSelected() ? m_theme->selection : fill);
        return;
    }
    ensureElided();
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_entity == EntityKind::Asset)
        paintAsset(painter, lod);
    else
        paintTeam(painter, lod);
    if (m_highlight.dimmed) {
        // Orphans mode: a veil over the node's own shape (a rectangle would
        // show its corners around stadiums and octagons on the domain's fill).
        // Blitted for assets: an antialiased translucent fill per node cost
        // a 0.44 view of the 10k map ~8 ms.
        QColor veil = m_theme->background;
        veil.setAlphaF(0.6);
        if (m_entity == EntityKind::Team)
            painter->fillPath(Shapes::teamPath(m_teamType, m_body.adjusted(-1, -1, 1, 1)), veil);
        else if (!AssetPixmaps::blit(painter, AssetPixmaps::Layer::Veil, m_assetKind, m_body,
                                     *m_theme, veil))
            painter->fillPath(Shapes::assetPath(m_assetKind, m_body), veil);
    }
    paintSelection(painter, lod);
}

QColor NodeItem::overviewFill() const
{
    if (m_overviewFill.isValid())
        return m_overviewFill;
    // Far away: a flat rectangle in the owner's (team's) colour shows who owns what.
    QColor fill;
    if (m_highlight.tint.isValid())
        fill = m_highlight.tint;
    else if (m_entity == EntityKind::Team)
        fill = m_theme->teamBorder(m_teamType);
    else
        fill = m_owned ? m_theme->teamFill(m_ownerType).darker(112) : m_theme->nodeBorder;
    if (m_highlight.dimmed) // Orphans: everything else steps back
        fill = m_theme->dark ? m_theme->grid.lighter(130) : m_theme->grid.darker(108);
    m_overviewFill = fill;
    return fill;
}

void NodeItem::paintAsset(QPainter *painter, double lod)
{
    const Theme &t = *m_theme;
    // Ownership: the body takes a light tint of the owner's colour (text stays readable).
    const QColor fill =
        m_highlight.tint.isValid()
            ? QColor::fromHslF(std::max(0.0f, m_highlight.tint.hslHueF()),
                               m_highlight.tint.hslSaturationF(), t.dark ? 0.28 : 0.84)
            : t.nodeFill;
    if (!AssetPixmaps::blit(painter, AssetPixmaps::Layer::Body, m_assetKind, m_body, t, fill))
        AssetPixmaps::drawBody(painter, m_assetKind, m_body, t, fill);
    if (lod < kLodText)
        return;

    const QRectF label = labelRect();
    painter->setPen(t.text);
    painter->setFont(t.labelFont);
    const QSizeF nameSize = m_nameText.size();
    m_nameText.draw(painter, QPointF(label.left(), label.center().y() - nameSize.height() / 2));
    if (t.projector) {
        // The owner as a strip in its team colour (dashed red when unowned):
        // readable from the back of the room where an 11 px badge is not.
        const QRectF strip(m_body.left() + 10, m_body.bottom() - 8, m_body.width() - 20, 5);
        if (m_owned)
            painter->fillRect(strip, t.teamBorder(m_ownerType));
        else {
            painter->setPen(QPen(t.unownedBadge, 4, Qt::DashLine, Qt::FlatCap));
            painter->drawLine(strip.topLeft() + QPointF(0, 2.5),
                              strip.topRight() + QPointF(0, 2.5));
        }
        return;
    }

    // Ownership badge: a pill in the owner's Team Topologies colour with its name,
    // or a dashed "unowned" pill.
    painter->setFont(t.smallFont);
    const QRectF badge(label.left(), m_body.bottom() - 26, m_badgeWidth, 18);
    if (m_owned) {
        const QColor fill = t.teamFill(m_ownerType);
        AssetPixmaps::drawPill(painter, badge, QPen(t.teamBorder(m_ownerType), 1), fill);
        painter->setPen(Theme::textOn(fill));
    } else {
        AssetPixmaps::drawPill(painter, badge, QPen(t.unownedBadge, 1.2, Qt::DashLine),
                               Qt::NoBrush);
        painter->setPen(t.unownedBadge);
    }
    if (lod < kLodBadgeText)
        return; // 11 px would be under 4.5 px: the pill's colour and outline still tell
    const QSizeF badgeSize = m_badgeStatic.size();
    m_badgeStatic.draw(painter,
                       badge.center() - QPointF(badgeSize.width(), badgeSize.height()) / 2);
}

void NodeItem::paintTeam(QPainter *painter, double lod)
{
    const Theme &t = *m_theme;
    const QColor fill = t.teamFill(m_teamType);
    painter->setPen(QPen(t.teamBorder(m_teamType), 2.5 * t.lineWidth));
    painter->setBrush(fill);
    painter->drawPath(Shapes::teamPath(m_teamType, m_body.adjusted(1, 1, -1, -1)));
    if (m_highlight.tint.isValid()) {
        // Ownership: a ring in the team's colour, the key to its assets' tint.
        painter->setPen(QPen(m_highlight.tint, 7));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(Shapes::teamPath(m_teamType, m_body.adjusted(4, 4, -4, -4)));
    }
    if (lod < kLodText)
        return;
    const QColor text = Theme::textOn(fill);
    painter->setPen(text);
    QFont bold = t.labelFont;
    bold.setBold(true);
    painter->setFont(bold);
    const QRectF label = labelRect();
    if (t.projector) {
        painter->save();
        painter->translate(label.center());
        painter->scale(m_nameStretch, 1);
        const QSizeF size = m_nameText.size();
        m_nameText.draw(painter, QPointF(-m_nameText.width() / 2, -size.height() / 2));
        painter->restore();
        return;
    }
    const QSizeF size = m_nameText.size();
    if (m_body.width() >= 200) {
        m_nameText.draw(painter, label.center() - QPointF(size.width(), size.height()) / 2);
    } else {
        // Wrapped in ensureElided(): centred in the label below the shape's top.
        const QRectF room = label.adjusted(4, 8, -4, 0);
        m_nameText.draw(painter, QPointF(room.left(), room.center().y() - size.height() / 2));
    }
    QColor caption = text;
    caption.setAlphaF(0.7);
    painter->setPen(caption);
    QFont small = t.smallFont;
    small.setBold(false);
    painter->setFont(small);
    const QSizeF captionSize = m_captionText.size();
    m_captionText.draw(
        painter, QPointF(-captionSize.width() / 2, m_body.bottom() - 8 - captionSize.height()));
}

void NodeItem::paintSelection(QPainter *painter, double lod)
{
    if (isSelected()) {
        painter->setPen(QPen(m_theme->selection, 3));
        painter->setBrush(Qt::NoBrush);
        const QPainterPath path =
            m_entity == EntityKind::Asset
                ? Shapes::assetPath(m_assetKind, m_body.adjusted(-3, -3, 3, 3))
                : Shapes::teamPath(m_teamType, m_body.adjusted(-3, -3, 3, 3));
        painter->drawPath(path);
    }
    if (connectHandleVisible() && lod >= kLodText) {
        const QRectF h = connectHandleRect();
        painter->setPen(QPen(m_theme->nodeFill, 1.5));
        painter->setBrush(m_theme->selection);
        painter->drawEllipse(h);
        painter->setPen(QPen(m_theme->nodeFill, 1.8));
        const QPointF c = h.center();
        painter->drawLine(c + QPointF(-3.5, 0), c + QPointF(3.5, 0));
        painter->drawLine(c + QPointF(0, -3.5), c + QPointF(0, 3.5));
    }
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    prepareGeometryChange(); // the shape grows by the connect handle
    m_hovered = true;
    update();
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    prepareGeometryChange();
    m_hovered = false;
    update();
}

} // namespace OrgMap
