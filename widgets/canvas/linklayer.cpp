#include "linklayer.h"
#include "linestyles.h"
#include "linklayer_p.h"
#include "scenarioitems.h"

#include "linklayerroutes.h"
#include "mapitems.h"
#include "theme.h"

#include "layout/layoutcost.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QHash>
#include <QSet>
#include <cstring>
#include <limits>

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

double distanceToPath(QPointF p, const QList<QPointF> &path)
{
    double best = std::numeric_limits<double>::max();
    for (qsizetype i = 0; i + 1 < path.size(); ++i)
        best = std::min(best, distanceToSegment(p, QLineF(path[i], path[i + 1])));
    return best;
}

// Of the boxes and links a routing job sees (equal jobs give equal routes).
quint64 mix(quint64 h, double v)
{
    quint64 bits;
    std::memcpy(&bits, &v, sizeof bits);
    return (h ^ bits) * 1099511628211ULL;
}

// More boxes moved than this (another scenario, a Tidy): every link is routed
// again rather than each kept route tested against each box.
constexpr qsizetype kMaxArrivedChecked = 256;

// Whether `route` enters one of `boxes` other than its own ends (open boxes,
// as the router avoids them).
bool entersAny(const RouteRunner::Route &route, const QList<QRectF> &boxes)
{
    if (boxes.isEmpty() || route.path.size() < 2)
        return false;
    const QRectF extent = QPolygonF(route.path).boundingRect();
    for (const QRectF &box : boxes) {
        if (box == route.from || box == route.to || !extent.intersects(box))
            continue;
        for (qsizetype i = 1; i < route.path.size(); ++i)
            if (Layout::segmentHitsBox(route.path[i - 1], route.path[i], box.center(), box.size()))
                return true;
    }
    return false;
}

} // namespace

using namespace LinkDetail;

LinkLayer::LinkLayer(const Theme *theme)
    : m_theme(theme), m_pixelBudget(kLinkPixelBudget), m_bandBudget(kBandBudget)
{
    setZValue(100);                        // above domains, below nodes
    setAcceptedMouseButtons(Qt::NoButton); // the scene hit-tests lines itself
    setFlag(ItemUsesExtendedStyleOption);  // exposedRect: paint only what is exposed
}

LinkLayer::~LinkLayer() = default;

void LinkLayer::setRouting(bool on)
{
    if (on == m_routing)
        return;
    m_routing = on;
    if (on && !m_router)
        m_router = std::make_unique<RouteRunner>([this] {
            // New routes: re-apply them to the lines (cheap: no routing here).
            prepareGeometryChange();
            m_dirty = true;
            update();
        });
    nodesMoved();
}

bool LinkLayer::routesReady() const
{
    ensureGeometry();
    return !m_routing || (m_router->idle() && m_unrouted == 0);
}

qsizetype LinkLayer::routedLinks() const
{
    return m_router ? m_router->routedLinks() : 0;
}

void LinkLayer::waitForRoutes()
{
    ensureGeometry();
    if (m_routing)
        m_router->wait();
    ensureGeometry();
}

QList<QPointF> LinkLayer::linkPath(const LinkKey &key) const
{
    ensureGeometry();
    for (qsizetype i = 0; i < m_links.size(); ++i)
        if (m_links[i].key == key)
            return m_linkLines[i].path;
    return {};
}

QList<QList<QPointF>> LinkLayer::ownershipPaths() const
{
    ensureGeometry();
    QList<QList<QPointF>> out;
    for (const Line &l : m_ownershipLines)
        out.append(l.path);
    return out;
}

void LinkLayer::setCoupling(const QList<CouplingCell> &coupling)
{
    QList<LinkBundle> next = bundlesFromCoupling(coupling);
    if (next == m_bundles)
        return;
    m_bundles = std::move(next);
    m_bandsDirty = true;
    update();
}

const QList<LinkLayer::Band> &LinkLayer::bands() const
{
    ensureGeometry();
    if (!m_bandsDirty)
        return m_bands;
    m_bandsDirty = false;
    QList<Band> &out = m_bands;
    out.clear();
    for (qsizetype i = 0; i < m_bundles.size(); ++i) {
        const auto a = m_domainRects.constFind(m_bundles[i].a.str());
        const auto b = m_domainRects.constFind(m_bundles[i].b.str());
        if (a == m_domainRects.cend() || b == m_domainRects.cend() || m_bundles[i].links == 0)
            continue;
        // A subdomain and its parent: from the child's top border to the
        // parent's title band, above the child.
        if (a->contains(*b) || b->contains(*a)) {
            const QRectF &inner = a->contains(*b) ? *b : *a;
            const QRectF &outer = a->contains(*b) ? *a : *b;
            const QPointF top(inner.center().x(), inner.top());
            out.append(
                {i, QLineF(top, QPointF(top.x(), std::max(outer.top() + 20, top.y() - 60))), {}});
        } else {
            const QPointF pa = borderExit(*a, a->center(), b->center(), 4);
            const QPointF pb = borderExit(*b, b->center(), a->center(), 4);
            out.append({i, QLineF(pa, pb), {}});
        }
        const QLineF &l = out.last().line;
        out.last().reach = QRectF(l.p1(), l.p2()).normalized().adjusted(-20, -20, 20, 20);
    }
    return out;
}

void LinkLayer::setTheme(const Theme *theme)
{
    m_theme = theme;
    m_labelsDirty = true; // the pills take the theme's small font (larger on a projector)
    update();
}

void LinkLayer::setLinks(QList<LinkEnds> links)
{
    m_links = std::move(links);
    if (m_router) {
        QList<LinkKey> keys;
        keys.reserve(m_links.size());
        for (const LinkEnds &l : std::as_const(m_links))
            keys.append(l.key);
        m_router->prune(keys);
    }
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
    // The projector theme's linkWidth makes every line heavier (docs/workshop.md).
    double factor = t.linkWidth;
    if (flags & CrossDomain)
        factor *= coupling ? 3 : 2;
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
    const Qt::PenStyle style = linkKindLineStyle(kind);
    if (selected)
        return QPen(t.selection, std::max(3.0 * t.linkWidth, 1.8 * factor), style, Qt::FlatCap);
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

QList<QPointF> LinkLayer::clipped(const NodeItem *from, const NodeItem *to, double offset)
{
    // The same ends as the router's (model/layout/linkrouter.h): 3 units
    // outside both borders, a hook when the nodes touch or overlap.
    return straightBetween(from->sceneBodyRect(), to->sceneBodyRect(), offset, 3);
}

void LinkLayer::requestRoutes(const QList<qsizetype> &stale,
                              const QList<QPair<int, int>> &fans) const
{
    // All nodes are obstacles, not only the links' ends.
    RouteRunner::Job job;
    QHash<const NodeItem *, int> index;
    quint64 h = 14695981039346656037ULL;
    auto boxOf = [&](const NodeItem *n) {
        auto it = index.constFind(n);
        if (it != index.cend())
            return *it;
        const QRectF r = n->sceneBodyRect();
        h = mix(mix(mix(mix(h, r.x()), r.y()), r.width()), r.height());
        job.boxes.append(r);
        return *index.insert(n, int(job.boxes.size() - 1));
    };
    {
        QList<const NodeItem *> nodes;
        for (const QGraphicsItem *item : mapItems())
            if (item->type() == NodeItem::Type &&
                static_cast<const NodeItem *>(item)->countsInMap())
                nodes.append(static_cast<const NodeItem *>(item));
        // By id: the same map gives the same boxes in the same order.
        std::sort(nodes.begin(), nodes.end(),
                  [](const NodeItem *a, const NodeItem *b) { return a->id() < b->id(); });
        for (const NodeItem *n : std::as_const(nodes))
            boxOf(n);
    }
    job.links.reserve(stale.size());
    for (const qsizetype i : stale) {
        const LinkEnds &l = m_links[i];
        job.links.append({boxOf(l.from), boxOf(l.to)});
        job.keys.append(l.key);
        job.fans.append(fans[i]);
        h = mix(mix(h, job.links.last().from), job.links.last().to);
    }
    job.signature = h ? h : 1;
    m_router->request(std::move(job));
}

QList<QGraphicsItem *> LinkLayer::mapItems() const
{
    // The scene also holds the hidden items of other scenarios (MapScene keeps
    // them); this layer's map is what MapScene said. Unsorted: cheaper than
    // the scene's stacking order, and every caller keys by id.
    if (m_map)
        return {m_map->items().cbegin(), m_map->items().cend()};
    return scene() ? scene()->items() : QList<QGraphicsItem *>{};
}

QList<QRectF> LinkLayer::arrivedBoxes() const
{
    QHash<QString, QRectF> boxes;
    for (const QGraphicsItem *item : mapItems())
        // Visible in its map, even while the map is hidden (kept).
        if (item->type() == NodeItem::Type && static_cast<const NodeItem *>(item)->countsInMap()) {
            const auto *node = static_cast<const NodeItem *>(item);
            boxes.insert(node->id(), node->sceneBodyRect());
        }
    QList<QRectF> arrived;
    for (auto it = boxes.cbegin(); it != boxes.cend(); ++it)
        if (const auto was = m_routedBoxes.constFind(it.key());
            was == m_routedBoxes.cend() || *was != it.value())
            arrived.append(it.value());
    m_routedBoxes = std::move(boxes);
    return arrived;
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
    auto addLine = [&](QList<Line> &out, const QList<QPointF> &path) {
        const QRectF b = QPolygonF(path).boundingRect().adjusted(-12, -12, 12, 12);
        out.append({QLineF(path.first(), path.last()), b, path});
        bounds |= b;
    };
    computeFlags();
    // The kept routes, for the links whose two nodes and fan are what they
    // were routed for; the others are drawn straight and routed, each with
    // the rest of its fan (the router spreads a fan by its members' order).
    QList<QPair<int, int>> fans;
    QSet<QPair<const NodeItem *, const NodeItem *>> staleFans;
    QList<QRectF> arrived;
    bool rerouteAll = false;
    if (m_routing) {
        fans.reserve(m_links.size());
        arrived = arrivedBoxes();
        rerouteAll = arrived.size() > kMaxArrivedChecked;
    }
    for (const LinkEnds &l : m_links) {
        const auto pair = std::minmax<const NodeItem *>(l.from, l.to);
        const int n = pairCount.value(pair);
        double offset = 0;
        const int k = n > 1 ? pairIndex[pair]++ : 0;
        if (n > 1) {
            offset = (k - (n - 1) / 2.0) * kParallelGap;
            // Same side whichever way the link points; by id, not by address
            // (the fan's order changed from one build to the next).
            if (l.from->id() > l.to->id())
                offset = -offset;
        }
        if (m_routing) {
            fans.append({n, k});
            const RouteRunner::Route *r = m_router->routeOf(l.key);
            if (r && !rerouteAll && r->fanSize == n && r->fanIndex == k &&
                r->from == l.from->sceneBodyRect() && r->to == l.to->sceneBodyRect() &&
                !entersAny(*r, arrived)) {
                addLine(m_linkLines, r->path);
                continue;
            }
            staleFans.insert(pair);
        }
        addLine(m_linkLines, clipped(l.from, l.to, offset));
    }
    m_interactionLines.clear();
    for (const InteractionEnds &i : m_interactions)
        addLine(m_interactionLines, clipped(i.from, i.to, 0));
    m_ownershipLines.clear();
    for (const auto &[asset, team] : m_ownership)
        addLine(m_ownershipLines, clipped(asset, team, 0));
    m_domainRects.clear();
    m_bandsDirty = true;
    for (const QGraphicsItem *item : mapItems())
        if (item->type() == DomainItem::Type)
            m_domainRects.insert(static_cast<const DomainItem *>(item)->id(),
                                 static_cast<const DomainItem *>(item)->sceneRect());
    m_bounds = bounds.adjusted(-40, -40, 40, 40);
    m_labelsDirty = true;
    m_unrouted = 0;
    if (m_routing && !staleFans.isEmpty()) {
        QList<qsizetype> stale;
        for (qsizetype i = 0; i < m_links.size(); ++i)
            if (staleFans.contains(std::minmax<const NodeItem *>(m_links[i].from, m_links[i].to)))
                stale.append(i);
        m_unrouted = stale.size();
        requestRoutes(stale, fans);
    }
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
    // further out) that overlaps no earlier pill and no node box (a pill
    // over an asset or a team hides its name); a pill with no free place is
    // drawn only when its interaction or one of its teams is selected (the
    // line's style and the legend still say the mode). Placed once per
    // geometry change, not per frame, with a coarse grid so that the 10k
    // map's 832 pills take about a millisecond.
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
    QSet<const NodeItem *> nodes(m_labelObstacles.cbegin(), m_labelObstacles.cend());
    for (const InteractionEnds &i : m_interactions)
        nodes << i.from << i.to;
    for (const NodeItem *node : std::as_const(nodes))
        add(node->sceneBodyRect());
    const QFontMetricsF fm(m_theme->smallFont);
    m_labelBoxes.clear();
    m_labelsDirty = false;
    for (qsizetype i = 0; i < m_interactions.size(); ++i) {
        const QLineF &line = m_interactionLines[i].line;
        const QSizeF size(fm.horizontalAdvance(modeName(m_interactions[i].key.mode)) + 14, 20);
        QRectF placed;
        for (double t : {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82, 0.1, 0.9}) {
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
        const double d = distanceToPath(scenePos, m_linkLines[i].path);
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
            distanceToPath(scenePos, m_interactionLines[i].path) <= tolerance)
            return m_interactions[i].key;
    return std::nullopt;
}

} // namespace OrgMap
