#include "linklayer.h"

#include "mapitems.h"
#include "shapes.h"
#include "theme.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace OrgMap {

namespace {

constexpr double kLodDetail = 0.3; // below: hairlines, no arrows, no labels
constexpr double kLodLabels = 0.6;
constexpr double kParallelGap = 9; // between links joining the same two nodes

double distanceToSegment(QPointF p, const QLineF &l)
{
    const QPointF d = l.p2() - l.p1();
    const double len2 = d.x() * d.x() + d.y() * d.y();
    double t = len2 > 0 ? QPointF::dotProduct(p - l.p1(), d) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF q = l.p1() + t * d;
    return QLineF(p, q).length();
}

QString modeName(InteractionMode mode)
{
    switch (mode) {
    case InteractionMode::Collaboration:
        return QCoreApplication::translate("OrgMap::LinkLayer", "collaboration");
    case InteractionMode::Facilitating:
        return QCoreApplication::translate("OrgMap::LinkLayer", "facilitating");
    case InteractionMode::XAsAService:
        return QCoreApplication::translate("OrgMap::LinkLayer", "X-as-a-Service");
    }
    return {};
}

} // namespace

LinkLayer::LinkLayer(const Theme *theme) : m_theme(theme)
{
    setZValue(100);                        // above domains, below nodes
    setAcceptedMouseButtons(Qt::NoButton); // the scene hit-tests lines itself
    setFlag(ItemUsesExtendedStyleOption);  // exposedRect: paint only what is exposed
}

void LinkLayer::setTheme(const Theme *theme)
{
    m_theme = theme;
    update();
}

void LinkLayer::setLinks(QList<LinkEnds> links)
{
    m_links = std::move(links);
    nodesMoved();
}

void LinkLayer::setInteractions(QList<InteractionEnds> interactions)
{
    m_interactions = std::move(interactions);
    nodesMoved();
}

void LinkLayer::setOwnership(QList<QPair<NodeItem *, NodeItem *>> lines)
{
    m_ownership = std::move(lines);
    nodesMoved();
}

void LinkLayer::nodesMoved()
{
    prepareGeometryChange();
    m_dirty = true;
    update();
}

void LinkLayer::setSelection(std::set<LinkKey> links, std::set<InteractionKey> interactions)
{
    m_selectedLinks = std::move(links);
    m_selectedInteractions = std::move(interactions);
    update();
}

QLineF LinkLayer::clipped(const NodeItem *from, const NodeItem *to, double offset)
{
    const QPointF a = from->pos(), b = to->pos();
    QPointF d = b - a;
    const double len = std::hypot(d.x(), d.y());
    if (len < 1)
        return QLineF(a, b);
    d /= len;
    const QPointF normal(-d.y(), d.x());
    // Where the ray from the centre leaves the body rectangle, plus a small gap.
    auto exitDistance = [&](const NodeItem *n) {
        const QRectF r = n->bodyRect();
        const double tx = std::abs(d.x()) > 1e-9 ? (r.width() / 2) / std::abs(d.x()) : 1e9;
        const double ty = std::abs(d.y()) > 1e-9 ? (r.height() / 2) / std::abs(d.y()) : 1e9;
        return std::min(tx, ty) + 3;
    };
    const double s = exitDistance(from), e = len - exitDistance(to);
    if (e <= s) // overlapping nodes
        return QLineF(a, b);
    return QLineF(a + d * s + normal * offset, a + d * e + normal * offset);
}

void LinkLayer::ensureGeometry() const
{
    if (!m_dirty)
        return;
    m_dirty = false;
    m_linkLines.clear();
    m_linkLines.reserve(m_links.size());
    QRectF bounds;
    // Links joining the same two nodes are fanned out side by side.
    QHash<QPair<const NodeItem *, const NodeItem *>, int> pairCount;
    for (const LinkEnds &l : m_links)
        ++pairCount[std::minmax<const NodeItem *>(l.from, l.to)];
    QHash<QPair<const NodeItem *, const NodeItem *>, int> pairIndex;
    auto addLine = [&](QList<Line> &out, const QLineF &line) {
        const QRectF b = QRectF(line.p1(), line.p2()).normalized().adjusted(-12, -12, 12, 12);
        out.append({line, b});
        bounds |= b;
    };
    for (const LinkEnds &l : m_links) {
        const auto pair = std::minmax<const NodeItem *>(l.from, l.to);
        const int n = pairCount.value(pair);
        double offset = 0;
        if (n > 1) {
            const int i = pairIndex[pair]++;
            offset = (i - (n - 1) / 2.0) * kParallelGap;
            if (l.from > l.to) // same side whichever way the link points
                offset = -offset;
        }
        addLine(m_linkLines, clipped(l.from, l.to, offset));
    }
    m_interactionLines.clear();
    for (const InteractionEnds &i : m_interactions)
        addLine(m_interactionLines, clipped(i.from, i.to, 0));
    m_ownershipLines.clear();
    for (const auto &[asset, team] : m_ownership)
        addLine(m_ownershipLines, clipped(asset, team, 0));
    m_bounds = bounds.adjusted(-40, -40, 40, 40);
}

QRectF LinkLayer::boundingRect() const
{
    ensureGeometry();
    return m_bounds;
}

std::optional<LinkKey> LinkLayer::linkAt(QPointF scenePos, double tolerance) const
{
    ensureGeometry();
    double best = tolerance;
    std::optional<LinkKey> found;
    for (qsizetype i = 0; i < m_linkLines.size(); ++i) {
        if (!m_linkLines[i].bounds.contains(scenePos))
            continue;
        const double d = distanceToSegment(scenePos, m_linkLines[i].line);
        if (d <= best) {
            best = d;
            found = m_links[i].key;
        }
    }
    return found;
}

std::optional<InteractionKey> LinkLayer::interactionAt(QPointF scenePos, double tolerance) const
{
    ensureGeometry();
    for (qsizetype i = 0; i < m_interactionLines.size(); ++i)
        if (m_interactionLines[i].bounds.contains(scenePos) &&
            distanceToSegment(scenePos, m_interactionLines[i].line) <= tolerance)
            return m_interactions[i].key;
    return std::nullopt;
}

void LinkLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    ensureGeometry();
    const Theme &t = *m_theme;
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = option->exposedRect.isValid() ? option->exposedRect : m_bounds;
    auto visible = [&](const Line &line, const NodeItem *a, const NodeItem *b) {
        return line.bounds.intersects(exposed) && a->isVisible() && b->isVisible();
    };
    auto colorOf = [&](LinkKind kind) {
        return kind == LinkKind::Api     ? t.linkApi
               : kind == LinkKind::Event ? t.linkEvent
                                         : t.linkData;
    };

    if (m_ownershipLines.size()) {
        painter->setRenderHint(QPainter::Antialiasing, lod >= kLodDetail);
        painter->setPen(QPen(t.ownershipLine, lod >= kLodDetail ? 1.2 : 0, Qt::DashDotLine));
        for (qsizetype i = 0; i < m_ownershipLines.size(); ++i)
            if (visible(m_ownershipLines[i], m_ownership[i].first, m_ownership[i].second))
                painter->drawLine(m_ownershipLines[i].line);
    }

    if (lod < kLodDetail) {
        // Overview: batched cosmetic hairlines per kind, no antialiasing, no arrows.
        painter->setRenderHint(QPainter::Antialiasing, false);
        QList<QLineF> batches[3];
        for (qsizetype i = 0; i < m_linkLines.size(); ++i)
            if (visible(m_linkLines[i], m_links[i].from, m_links[i].to))
                batches[int(m_links[i].key.kind)].append(m_linkLines[i].line);
        for (int k = 0; k < 3; ++k) {
            QColor c = colorOf(LinkKind(k));
            c.setAlpha(110);
            painter->setPen(QPen(c, 0));
            painter->drawLines(batches[k]);
        }
    } else {
        painter->setRenderHint(QPainter::Antialiasing);
        for (qsizetype i = 0; i < m_linkLines.size(); ++i) {
            const Line &line = m_linkLines[i];
            const LinkEnds &link = m_links[i];
            if (!visible(line, link.from, link.to))
                continue;
            const bool selected = m_selectedLinks.count(link.key) > 0;
            const QColor c = selected ? t.selection : colorOf(link.key.kind);
            const double w = selected ? 3 : 1.8;
            const Qt::PenStyle style = link.key.kind == LinkKind::Api     ? Qt::SolidLine
                                       : link.key.kind == LinkKind::Event ? Qt::DashLine
                                                                          : Qt::DotLine;
            const QPolygonF head = Shapes::arrowHead(line.line.p1(), line.line.p2(), 11);
            // Stop the shaft at the arrow's base so the dash pattern does not poke through.
            const QPointF base = (head[1] + head[2]) / 2;
            painter->setPen(
                QPen(c, link.key.kind == LinkKind::Data ? w + 0.7 : w, style, Qt::FlatCap));
            painter->drawLine(line.line.p1(), base);
            painter->setPen(Qt::NoPen);
            painter->setBrush(c);
            painter->drawPolygon(head);
            if (lod >= kLodLabels && !link.label.isEmpty()) {
                painter->setFont(t.smallFont);
                painter->setPen(t.mutedText);
                painter->drawText(QRectF(line.line.center() - QPointF(80, 18), QSizeF(160, 16)),
                                  Qt::AlignCenter, link.label);
            }
        }
    }

    // Interactions between teams: wide lines, with the mode written on them.
    painter->setRenderHint(QPainter::Antialiasing, lod >= kLodDetail);
    for (qsizetype i = 0; i < m_interactionLines.size(); ++i) {
        const Line &line = m_interactionLines[i];
        const InteractionEnds &inter = m_interactions[i];
        if (!visible(line, inter.from, inter.to))
            continue;
        const bool selected = m_selectedInteractions.count(inter.key) > 0;
        const QColor c = selected ? t.selection : t.interaction;
        const Qt::PenStyle style = inter.key.mode == InteractionMode::Collaboration  ? Qt::SolidLine
                                   : inter.key.mode == InteractionMode::Facilitating ? Qt::DotLine
                                                                                     : Qt::DashLine;
        painter->setPen(QPen(c, lod < kLodDetail ? 0 : (selected ? 5 : 4), style, Qt::FlatCap));
        painter->setBrush(Qt::NoBrush);
        if (inter.key.mode == InteractionMode::XAsAService && lod >= kLodDetail) {
            // X-as-a-Service points at the team providing the service.
            const QPolygonF head = Shapes::arrowHead(line.line.p1(), line.line.p2(), 16);
            painter->drawLine(line.line.p1(), (head[1] + head[2]) / 2);
            painter->setPen(Qt::NoPen);
            painter->setBrush(c);
            painter->drawPolygon(head);
        } else {
            painter->drawLine(line.line);
        }
        if (lod >= kLodLabels) {
            const QString text = modeName(inter.key.mode);
            painter->setFont(t.smallFont);
            const QFontMetricsF fm(t.smallFont);
            QRectF box(QPointF(), QSizeF(fm.horizontalAdvance(text) + 14, 20));
            box.moveCenter(line.line.center());
            painter->setPen(QPen(c, 1.2));
            painter->setBrush(t.nodeFill);
            painter->drawRoundedRect(box, 10, 10);
            painter->setPen(c);
            painter->drawText(box, Qt::AlignCenter, text);
        }
    }
}

} // namespace OrgMap
