#include "linklayer.h"
#include "linklayer_p.h"

#include "mapitems.h"
#include "theme.h"

#include <QFontMetricsF>
#include <QHash>

namespace OrgMap {

namespace {

double distanceToSegment(QPointF p, const QLineF &l)
{
    const QPointF d = l.p2() - l.p1();
    const double len2 = d.x() * d.x() + d.y() * d.y();
    double t = len2 > 0 ? QPointF::dotProduct(p - l.p1(), d) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF q = l.p1() + t * d;
    return QLineF(p, q).length();
}

} // namespace

using namespace LinkDetail;

LinkLayer::LinkLayer(const Theme *theme) : m_theme(theme), m_pixelBudget(kLinkPixelBudget)
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

void LinkLayer::setLabelObstacles(QList<const NodeItem *> nodes)
{
    m_labelObstacles = std::move(nodes);
    // Not m_dirty: the geometry may be recomputed (prepareGeometryChange) while
    // the scene is half way through a change; labels are placed at paint time.
    m_labelsDirty = true;
    update();
}

void LinkLayer::setInteractionParts(bool lines, bool labels)
{
    m_paintInteractionLines = lines;
    m_paintInteractionLabels = labels;
    update();
}

void LinkLayer::setHighlight(HighlightMode mode, const QHash<QString, int> *cycles)
{
    // Called with every insight. Only the flags depend on the cycles, and
    // they rarely change: recomputing the whole geometry here (40,000 lines
    // of the 10k map) was 20 ms of the GUI thread per insight.
    const QHash<QString, int> next = cycles ? *cycles : QHash<QString, int>{};
    if (mode == m_mode && next == m_cycles)
        return;
    m_mode = mode;
    const bool cyclesChanged = next != m_cycles;
    m_cycles = next;
    if (cyclesChanged && !m_dirty)
        computeFlags();
    update();
}

void LinkLayer::computeFlags() const
{
    m_flags.resize(m_links.size());
    for (qsizetype i = 0; i < m_links.size(); ++i) {
        const DomainId &a = m_links[i].from->domainId(), &b = m_links[i].to->domainId();
        quint8 f = 0;
        if (!a.isNull() && !b.isNull() && a != b) {
            f = CrossDomain;
            if (!m_cycles.isEmpty()) {
                const int ca = m_cycles.value(a.str(), -1);
                if (ca >= 0 && ca == m_cycles.value(b.str(), -2))
                    f |= OnCycle;
            }
        }
        m_flags[i] = f;
    }
}

int LinkLayer::flagsOf(const LinkKey &key) const
{
    ensureGeometry();
    for (qsizetype i = 0; i < m_links.size(); ++i)
        if (m_links[i].key == key)
            return m_flags[i];
    return 0;
}

QPen LinkLayer::penFor(const LinkKey &key, bool thin) const
{
    return linkPen(*m_theme, key.kind, flagsOf(key), m_mode, m_selectedLinks.count(key) > 0, thin);
}

QPen LinkLayer::linkPen(const Theme &t, LinkKind kind, int flags, HighlightMode mode, bool selected,
                        bool thin)
{
    const bool coupling = mode == HighlightMode::Coupling;
    QColor c = kind == LinkKind::Api     ? t.linkApi
               : kind == LinkKind::Event ? t.linkEvent
                                         : t.linkData;
    // Cross-domain links are the coupling between domains: heavier always,
    // heavier still in Coupling, where the links inside a domain step back.
    double factor = 1;
    if (flags & CrossDomain)
        factor = coupling ? 3 : 2;
    if (coupling && (flags & OnCycle))
        c = t.cycle;
    else if ((coupling && !(flags & CrossDomain)) || mode == HighlightMode::Orphans) {
        // Step back (not what this mode is about): mixed with the background
        // rather than translucent, so that lines stay on the raster fast path
        // (translucent pens doubled a 100% frame of the 10k map).
        const QColor &b = t.background;
        c = QColor::fromRgbF(b.redF() + (c.redF() - b.redF()) * 0.35,
                             b.greenF() + (c.greenF() - b.greenF()) * 0.35,
                             b.blueF() + (c.blueF() - b.blueF()) * 0.35);
    }
    const Qt::PenStyle style = kind == LinkKind::Api     ? Qt::SolidLine
                               : kind == LinkKind::Event ? Qt::DashLine
                                                         : Qt::DotLine;
    if (selected)
        return QPen(t.selection, std::max(3.0, 1.8 * factor), style, Qt::FlatCap);
    if (thin) {
        // Many links in view: cosmetic pens (1 px takes the raster fast path).
        QPen pen(c, factor, style, Qt::FlatCap);
        pen.setCosmetic(true);
        return pen;
    }
    const double w = (kind == LinkKind::Data ? 2.5 : 1.8) * factor;
    return QPen(c, w, style, Qt::FlatCap);
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
    ++m_geometryBuilds;
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
    computeFlags();
    for (const LinkEnds &l : m_links) {
        const auto pair = std::minmax<const NodeItem *>(l.from, l.to);
        const int n = pairCount.value(pair);
        double offset = 0;
        if (n > 1) {
            const int i = pairIndex[pair]++;
            offset = (i - (n - 1) / 2.0) * kParallelGap;
            // Same side whichever way the link points; by id, not by address
            // (the fan's order changed from one build to the next).
            if (l.from->id() > l.to->id())
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
    m_labelsDirty = true;
}

QList<QRectF> LinkLayer::labelRects() const
{
    ensureGeometry();
    if (m_labelsDirty)
        placeLabels();
    return m_labelBoxes;
}

void LinkLayer::placeLabels() const
{
    // Greedy: each pill takes the first place along its line (middle, then
    // further out) that overlaps no earlier pill and no team at either end;
    // a pill with no free place is drawn only when its interaction or one of
    // its teams is selected. Placed once per geometry change, not per frame,
    // with a coarse grid so that the 10k map's 832 pills take about a millisecond.
    constexpr double kCell = 256;
    QHash<QPoint, QList<QRectF>> grid;
    auto cells = [&](const QRectF &r, auto &&visit) {
        for (int x = int(std::floor(r.left() / kCell)); x <= int(std::floor(r.right() / kCell));
             ++x)
            for (int y = int(std::floor(r.top() / kCell)); y <= int(std::floor(r.bottom() / kCell));
                 ++y)
                if (visit(QPoint(x, y)))
                    return true;
        return false;
    };
    auto add = [&](const QRectF &r) {
        cells(r, [&](QPoint c) {
            grid[c].append(r);
            return false;
        });
    };
    QSet<const NodeItem *> teams(m_labelObstacles.cbegin(), m_labelObstacles.cend());
    for (const InteractionEnds &i : m_interactions)
        teams << i.from << i.to;
    for (const NodeItem *team : std::as_const(teams))
        // A pill may touch a team's rim (the lane's neighbours are 60 units
        // apart, a pill ~90 wide) but not cover its name.
        add(team->sceneBodyRect().adjusted(22, 8, -22, -8));
    const QFontMetricsF fm(m_theme->smallFont);
    m_labelBoxes.clear();
    m_labelsDirty = false;
    for (qsizetype i = 0; i < m_interactions.size(); ++i) {
        const QLineF &line = m_interactionLines[i].line;
        const QSizeF size(fm.horizontalAdvance(modeName(m_interactions[i].key.mode)) + 14, 20);
        QRectF placed;
        for (double t : {0.5, 0.38, 0.62, 0.26, 0.74, 0.15, 0.85}) {
            QRectF box(QPointF(), size);
            box.moveCenter(line.pointAt(t));
            const QRectF padded = box.adjusted(-4, -3, 4, 3);
            const bool taken = cells(padded, [&](QPoint c) {
                const auto it = grid.constFind(c);
                return it != grid.cend() &&
                       std::any_of(it->cbegin(), it->cend(),
                                   [&](const QRectF &r) { return r.intersects(padded); });
            });
            if (!taken) {
                placed = box;
                add(box);
                break;
            }
        }
        m_labelBoxes.append(placed);
    }
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

} // namespace OrgMap
