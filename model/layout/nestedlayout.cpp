#include "nestedlayout.h"
#include "autolayout.h"
#include "layered.h"
#include "slotrefine.h"
#include "teamlane.h"

#include <algorithm>

namespace OrgMap::Layout {

namespace {

constexpr double kLaneGap = 60;     // between the team lane and the domains
constexpr double kStripGap = 28;    // between a team strip and the domain below it
constexpr double kAssetRowGap = 48; // room for links between rows of assets
constexpr double kRootRowGap = 72;  // and between rows of top-level domains
// Wider than the 16:9 screen it is shown on: the team strips and the rows of
// isolated boxes add height that the estimate does not see.
constexpr double kTargetAspect = 3.0;

// A box of a container: a domain (subtree) or an asset.
struct Item
{
    QString id;
    bool isDomain = false;
};

void translate(QHash<QString, Geometry> &geometry, QPointF by)
{
    for (Geometry &g : geometry) {
        g.x += by.x();
        g.y += by.y();
    }
}

class Nested
{
public:
    Nested(const MapData &map, TeamPlacement teams) : m_map(map), m_teams(teams)
    {
        for (const Domain &d : map.domains) {
            const bool root = d.parent.isNull() || !map.domains.contains(d.parent) ||
                              map.wouldCreateCycle(d.id, d.parent);
            const QString container = root ? QString() : d.parent.str();
            m_parent.insert(d.id.str(), container);
            m_items[container].append({d.id.str(), true});
        }
        for (const Asset &a : map.assets) {
            const QString domain = map.domains.contains(a.domain) ? a.domain.str() : QString();
            m_items[domain].append({a.id.str(), false});
        }
        for (const Link &l : map.links)
            addLink(l.key.from, l.key.to);
    }

    QHash<QString, Geometry> run(QPointF origin)
    {
        // Each top-level domain laid out on its own (relative to 0,0), with
        // its team strip on top; then the top-level boxes placed by their links.
        const QList<Item> roots = m_items.value(QString());
        QList<QHash<QString, Geometry>> blocks;
        QList<LayeredNode> nodes;
        QHash<QString, int> index;
        const QHash<QString, QList<const Team *>> strips = assignTeams();
        for (const Item &item : roots) {
            QHash<QString, Geometry> block;
            QSizeF size;
            if (item.isDomain) {
                const QSizeF box = measure(item.id, 0);
                double top = 0;
                QList<const Team *> strip = strips.value(item.id);
                if (!strip.isEmpty()) {
                    QHash<QString, Geometry> inside;
                    place(item.id, {0, 0}, inside);
                    orderStrip(strip, inside);
                    const double width = std::max(box.width(), teamSize(TeamType::None).width());
                    const QSizeF s = teamRowsSize(strip, width);
                    const double left = std::max(0.0, (box.width() - s.width()) / 2);
                    placeTeamRows(strip, {left, 0}, width, block);
                    top = s.height() + kStripGap;
                    size = {std::max(box.width(), s.width()), top + box.height()};
                    translate(inside, {0, top});
                    block.insert(inside);
                } else {
                    place(item.id, {0, 0}, block);
                    size = box;
                }
            } else {
                block.insert(item.id, Geometry::at({kAssetWidth / 2, kAssetHeight / 2}));
                size = kAssetSize;
            }
            index.insert(item.id, int(nodes.size()));
            nodes.append(node(item, size));
            blocks.append(block);
        }
        LayeredOptions options;
        options.columnGap = kDomainGap;
        options.rowGap = kRootRowGap;
        options.aspect = kTargetAspect;
        const LayeredResult placed = layeredPlacement(nodes, edges(QString(), index), options);

        QHash<QString, Geometry> out;
        out.reserve(m_map.domains.size() + m_map.teams.size() + m_map.assets.size());
        double y = 0;
        const QList<const Team *> lane = strips.value(QStringLiteral("\n lane"));
        if (!lane.isEmpty()) {
            const double width = std::max(placed.size.width(), 4 * kAssetWidth);
            y = placeTeamRows(lane, origin, width, out) + kLaneGap;
        }
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            translate(blocks[i], origin + QPointF(0, y) + placed.topLeft[i]);
            out.insert(blocks[i]);
        }
        refineSlots(m_map, out);
        return out;
    }

private:
    void addLink(const AssetId &from, const AssetId &to)
    {
        const auto a = m_map.assets.constFind(from), b = m_map.assets.constFind(to);
        if (a == m_map.assets.cend() || b == m_map.assets.cend() || from == to)
            return;
        // Copies: the second path() may grow the cache and move the first.
        const QStringList pa = path(a->domain.str());
        const QStringList pb = path(b->domain.str());
        qsizetype k = 0;
        while (k < pa.size() && k < pb.size() && pa[k] == pb[k])
            ++k;
        const QString container = k == 0 ? QString() : pa[k - 1];
        const QString ra = k < pa.size() ? pa[k] : from.str();
        const QString rb = k < pb.size() ? pb[k] : to.str();
        m_edges[container].append({ra, rb});
    }

    // The domains from the top level down to `domain` (empty for none).
    const QStringList &path(const QString &domain)
    {
        auto it = m_paths.find(domain);
        if (it != m_paths.end())
            return *it;
        QStringList chain;
        QString cursor = domain;
        for (int depth = 0; depth < 64 && m_parent.contains(cursor); ++depth) {
            chain.prepend(cursor);
            cursor = m_parent.value(cursor);
        }
        return *m_paths.insert(domain, chain);
    }

    LayeredNode node(const Item &item, QSizeF size) const
    {
        LayeredNode n;
        n.size = size;
        if (item.isDomain) {
            const auto &g = m_map.domains.value(DomainId(item.id)).geometry;
            if (g) {
                n.hasSeed = true;
                n.seedX = g->x + g->w / 2;
            }
        } else {
            const auto &g = m_map.assets.value(AssetId(item.id)).geometry;
            if (g) {
                n.hasSeed = true;
                n.seedX = g->x;
            }
        }
        return n;
    }

    QList<LayeredEdge> edges(const QString &container, const QHash<QString, int> &index) const
    {
        QList<LayeredEdge> result;
        const auto it = m_edges.constFind(container);
        if (it == m_edges.cend())
            return result;
        result.reserve(it->size());
        for (const auto &[from, to] : *it)
            result.append({index.value(from, -1), index.value(to, -1), 1});
        return result;
    }

    // Measures `domain` and everything below it; records its content relative to its top-left.
    QSizeF measure(const QString &domain, int depth)
    {
        QList<Item> items = depth < 64 ? m_items.value(domain) : QList<Item>();
        QList<LayeredNode> nodes;
        QHash<QString, int> index;
        for (const Item &item : std::as_const(items)) {
            index.insert(item.id, int(nodes.size()));
            nodes.append(node(item, item.isDomain ? measure(item.id, depth + 1) : kAssetSize));
        }
        LayeredOptions options;
        options.columnGap = kAssetGap;
        options.rowGap = kAssetRowGap;
        const LayeredResult placed = layeredPlacement(nodes, edges(domain, index), options);
        Local local;
        const QPointF inner(kDomainPadding, kDomainTitleHeight + kDomainPadding / 2);
        QSizeF size(placed.size.width() + 2 * kDomainPadding,
                    inner.y() + placed.size.height() + kDomainPadding);
        size = size.expandedTo(kMinDomainSize);
        // Content narrower than the smallest domain is centred in it.
        const double shift = (size.width() - 2 * kDomainPadding - placed.size.width()) / 2;
        for (qsizetype i = 0; i < items.size(); ++i)
            local.items.append({items[i], inner + QPointF(shift, 0) + placed.topLeft[i]});
        local.size = size;
        m_local.insert(domain, local);
        return size;
    }

    void place(const QString &domain, QPointF topLeft, QHash<QString, Geometry> &out) const
    {
        const Local &local = m_local[domain];
        out.insert(domain, Geometry::of(QRectF(topLeft, local.size)));
        for (const auto &[item, pos] : local.items) {
            if (item.isDomain)
                place(item.id, topLeft + pos, out);
            else
                out.insert(item.id,
                           Geometry::at(topLeft + pos + QPointF(kAssetWidth, kAssetHeight) / 2));
        }
    }

    // Which top-level domain each team sits beside: the one holding most of
    // the assets (and domains) it owns. Teams owning nothing go to the lane.
    QHash<QString, QList<const Team *>> assignTeams()
    {
        QHash<QString, QHash<QString, int>> counts; // team -> top-level domain -> count
        auto rootOf = [&](const QString &domain) {
            const QStringList &p = path(domain);
            return p.isEmpty() ? QString() : p.first();
        };
        if (m_teams == TeamPlacement::BesideOwned) {
            for (const Asset &a : m_map.assets) {
                const QString root = rootOf(a.domain.str());
                if (!a.owner.isNull() && !root.isEmpty())
                    ++counts[a.owner.str()][root];
            }
            for (const Domain &d : m_map.domains)
                if (!d.owner.isNull())
                    ++counts[d.owner.str()][rootOf(d.id.str())];
        }
        QHash<QString, QList<const Team *>> strips;
        for (const Team &t : m_map.teams) {
            QString best = QStringLiteral("\n lane");
            int bestCount = 0;
            const QHash<QString, int> c = counts.value(t.id.str());
            for (auto it = c.cbegin(); it != c.cend(); ++it)
                if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
                    best = it.key();
                    bestCount = it.value();
                }
            strips[best].append(&t);
        }
        for (QList<const Team *> &s : strips)
            sortTeams(s);
        return strips;
    }

    // A strip's teams left to right by where their assets are in the domain.
    void orderStrip(QList<const Team *> &strip, const QHash<QString, Geometry> &inside) const
    {
        QHash<QString, QPair<double, int>> sum;
        for (const Asset &a : m_map.assets) {
            const auto g = inside.constFind(a.id.str());
            if (g != inside.cend() && !a.owner.isNull()) {
                auto &s = sum[a.owner.str()];
                s.first += g->x;
                ++s.second;
            }
        }
        auto meanX = [&](const Team *t) {
            const auto s = sum.value(t->id.str());
            return s.second ? s.first / s.second : 0.0;
        };
        std::stable_sort(strip.begin(), strip.end(),
                         [&](const Team *a, const Team *b) { return meanX(a) < meanX(b); });
    }

    struct Local
    {
        QSizeF size;
        QList<QPair<Item, QPointF>> items; // top-left of each box in the domain
    };
    const MapData &m_map;
    const TeamPlacement m_teams;
    QHash<QString, QString> m_parent;    // domain -> its container ("" = top level)
    QHash<QString, QList<Item>> m_items; // container -> its boxes, in id order
    QHash<QString, QList<QPair<QString, QString>>> m_edges; // container -> consumer, provider
    QHash<QString, QStringList> m_paths;
    QHash<QString, Local> m_local;
};

} // namespace

QHash<QString, Geometry> nestedLayout(const MapData &map, QPointF origin, TeamPlacement teams)
{
    Nested nested(map, teams);
    return nested.run(origin);
}

} // namespace OrgMap::Layout
