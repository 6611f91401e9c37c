#include "nestedlayout.h"
#include "autolayout.h"
#include "keptarrangement.h"
#include "layered.h"
#include "layoutcost.h"
#include "localsearch.h"
#include "rootpack.h"
#include "slotrefine.h"
#include "teamlane.h"

#include <QSet>
#include <algorithm>
#include <numeric>
#include <optional>

namespace OrgMap::Layout {

namespace {

constexpr double kLaneGap = 60;     // between the team lane and the domains
constexpr double kStripGap = 28;    // between a team strip and the domain below it
constexpr double kAssetRowGap = 48; // room for links between rows of assets
constexpr double kRootRowGap = 72;  // and between rows of top-level domains
// The top level is packed to fit the 16:9 screen it is shown on.
constexpr double kScreenAspect = 16.0 / 9.0;
constexpr double kLaneBoxWidth = 2 * 208 + 24; // two teams side by side
const QString kLane = QStringLiteral("\n lane");
// The unplaced assets that link to no domain, as one top-level box.
const QString kLoose = QStringLiteral("\n loose");
constexpr double kSatelliteGap = 48; // between a domain and its unplaced assets below it
// The search of a fresh layout is for maps a person reads whole.
constexpr qsizetype kMaxSearchLinks = 300;
constexpr qsizetype kMaxSearchAssets = 300;
constexpr int kMaxEvaluations = 6000;
constexpr double kSearchWork = 1.5e7; // segment tests in all

// A box of a container: a domain (subtree) or an asset.
struct Item
{
    QString id;
    bool isDomain = false;
};

class Nested
{
public:
    Nested(const MapData &map, TeamPlacement teams, bool keepArrangement)
        : m_map(map), m_teams(teams)
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
        for (const Link &l : map.links) {
            addLink(l.key.from, l.key.to);
            // What each unplaced asset links to, for its place below its domain.
            if (l.key.from == l.key.to || !map.assets.contains(l.key.from) ||
                !map.assets.contains(l.key.to))
                continue;
            if (!map.domains.contains(map.assets.value(l.key.from).domain))
                m_partners[l.key.from.str()].append({l.key.to.str(), true});
            if (!map.domains.contains(map.assets.value(l.key.to).domain))
                m_partners[l.key.to.str()].append({l.key.from.str(), false});
        }
        // Laid out again (Tidy): when nearly every top-level box has geometry,
        // domains whose content was cleanly arranged keep that arrangement.
        const QList<Item> roots = m_items.value(QString());
        const qsizetype placed = std::count_if(
            roots.cbegin(), roots.cend(), [&](const Item &i) { return !previousRect(i).isNull(); });
        m_keep = keepArrangement && !roots.isEmpty() && 10 * placed >= 9 * roots.size();
    }

    QHash<QString, Geometry> run(QPointF origin)
    {
        // Each top-level domain laid out on its own (relative to 0,0), with
        // its team strip on top; then the top-level boxes packed in two
        // dimensions, coupled ones side by side (docs/canvas.md, "Layout").
        const QList<Item> roots = m_items.value(QString());
        const QHash<QString, QList<const Team *>> strips = assignTeams();
        // Unplaced assets that link to no domain form the loose block. Those
        // that do go with the box of the domain they link to most, except on
        // a map small enough for the search, which places them as boxes of
        // their own by what a reader sees (near their links too, and with
        // fewer links through boxes on the example than below the domain).
        const QHash<QString, QString> homes = satelliteHomes(roots);
        const bool searchable =
            m_map.assets.size() <= kMaxSearchAssets && m_map.links.size() <= kMaxSearchLinks;
        QHash<QString, QStringList> satellites; // home ("" = loose) -> unplaced assets, by id
        for (const Item &item : roots)
            if (!item.isDomain && (!searchable || homes.value(item.id).isEmpty()))
                satellites[homes.value(item.id)].append(item.id);
        QList<Root> boxes;
        QHash<QString, int> index;
        for (const Item &item : roots) {
            Root r;
            r.item = item;
            if (item.isDomain) {
                const QSizeF box = measure(item.id, 0);
                r.strip = strips.value(item.id);
                r.size = box;
                if (!r.strip.isEmpty()) {
                    // Ordered before it is measured: another order wraps the
                    // rows elsewhere, and a taller row than measured would
                    // reach into the domain below it.
                    QHash<QString, QPointF> inside;
                    localCentres(item.id, QPointF(), inside);
                    orderStrip(m_map, r.strip, inside);
                    const QSizeF s = teamRowsSize(r.strip, stripWidth(box));
                    r.top = s.height() + kStripGap;
                    r.size = {std::max(box.width(), s.width()), r.top + box.height()};
                }
            } else if (searchable && !homes.value(item.id).isEmpty()) {
                r.size = kAssetSize;
            } else {
                continue; // with its home or in the loose block, below
            }
            index.insert(item.id, int(boxes.size()));
            boxes.append(r);
        }
        if (satellites.contains(QString())) {
            Root r;
            r.item = {kLoose, false};
            index.insert(kLoose, int(boxes.size()));
            boxes.append(r);
        }
        for (qsizetype i = 0; i < boxes.size(); ++i) {
            Root &r = boxes[i];
            if (!r.item.isDomain && r.item.id != kLoose)
                continue;
            const QString domain = r.item.isDomain ? r.item.id : QString();
            r.satellites = satellites.value(domain);
            if (r.satellites.isEmpty())
                continue;
            const QSizeF block = arrangeSatellites(domain, r.satellites, r.satelliteAt);
            QPointF shift;
            if (r.item.isDomain) { // centred below the domain
                const QSizeF box = m_local[domain].size;
                shift = {std::max(0.0, (box.width() - block.width()) / 2),
                         r.top + box.height() + kSatelliteGap};
            }
            for (QPointF &p : r.satelliteAt)
                p += shift;
            r.size = {std::max(r.size.width(), shift.x() + block.width()),
                      shift.y() + block.height()};
            for (const QString &id : std::as_const(r.satellites))
                index.insert(id, int(i)); // its links couple its home box
        }
        const QList<const Team *> lane = strips.value(kLane);
        // Teams that own nothing: one more box of the packing (the lane option
        // keeps them in a lane above everything).
        if (!lane.isEmpty() && m_teams == TeamPlacement::BesideOwned) {
            Root r;
            r.item = {kLane, false};
            r.strip = lane;
            r.size = teamRowsSize(lane, kLaneBoxWidth);
            boxes.append(r);
        }
        QList<QSizeF> sizes;
        QList<std::optional<QPointF>> seeds;
        qsizetype seeded = 0;
        for (const Root &r : std::as_const(boxes)) {
            sizes.append(r.size);
            seeds.append(seedOf(r));
            seeded += seeds.last().has_value();
        }
        const QList<LayeredEdge> rootEdges = edges(QString(), index);
        PackOptions options;
        options.gap = kDomainGap;
        options.rowGap = kRootRowGap;
        options.aspect = kScreenAspect;
        PackResult packed;
        bool searched = false;
        if (!boxes.isEmpty() && 10 * seeded >= 9 * boxes.size()) {
            packed = packSeeded(sizes, seeds, options);
        } else {
            QList<int> order = couplingOrder(int(boxes.size()), rootEdges);
            searched = search(order, boxes, sizes, options);
            packed = packCompact(sizes, order, options);
        }

        QHash<QString, Geometry> out;
        out.reserve(m_map.domains.size() + m_map.teams.size() + m_map.assets.size());
        double y = 0;
        if (!lane.isEmpty() && m_teams == TeamPlacement::Lane) {
            const double width = std::max(packed.size.width(), 4 * kAssetWidth);
            y = placeTeamRows(lane, origin, width, out) + kLaneGap;
        }
        for (qsizetype i = 0; i < boxes.size(); ++i) {
            const Root &r = boxes[i];
            const QPointF at = origin + QPointF(0, y) + packed.topLeft[i];
            if (r.item.id == kLane) {
                placeTeamRows(r.strip, at, kLaneBoxWidth, out);
            } else if (r.item.isDomain) {
                QHash<QString, Geometry> inside;
                place(r.item.id, at + QPointF(0, r.top), inside);
                if (!r.strip.isEmpty()) {
                    const QSizeF box = m_local[r.item.id].size;
                    const double width = stripWidth(box);
                    const double left =
                        std::max(0.0, (box.width() - teamRowsSize(r.strip, width).width()) / 2);
                    placeTeamRows(r.strip, at + QPointF(left, 0), width, out);
                }
                out.insert(inside);
            } else if (r.item.id != kLoose) {
                out.insert(r.item.id, Geometry::at(at + QPointF(kAssetWidth, kAssetHeight) / 2));
            }
            for (qsizetype k = 0; k < r.satellites.size(); ++k)
                out.insert(r.satellites[k], Geometry::at(at + r.satelliteAt[k] +
                                                         QPointF(kAssetWidth, kAssetHeight) / 2));
        }
        if (!searched)
            refineSlots(m_map, out, m_kept);
        return out;
    }

private:
    // A box of the top level: a domain with its team strip on top and the
    // unplaced assets that link to it most below it, the unplaced assets that
    // link to no domain (kLoose), or the teams that own nothing (kLane).
    struct Root
    {
        Item item;
        QSizeF size;
        double top = 0; // the strip's height and gap above the domain
        QList<const Team *> strip;
        QStringList satellites;     // unplaced assets, by id
        QList<QPointF> satelliteAt; // the top-left of each, relative to the box's
    };

    // Each unplaced asset's home: the top-level domain it has most links
    // with (ties to the smaller id), or "" (the loose block) when it links to
    // no domain.
    QHash<QString, QString> satelliteHomes(const QList<Item> &roots) const
    {
        QHash<QString, QString> homes;
        for (const Item &i : roots)
            if (!i.isDomain)
                homes.insert(i.id, QString());
        QHash<QString, QHash<QString, int>> counts; // unplaced asset -> top-level domain -> links
        for (const auto &[a, b] : m_edges.value(QString())) {
            const bool ua = homes.contains(a), ub = homes.contains(b);
            if (ua && !ub)
                ++counts[a][b];
            else if (ub && !ua)
                ++counts[b][a];
        }
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            QString best;
            int most = 0;
            for (auto c = it->cbegin(); c != it->cend(); ++c)
                if (c.value() > most || (c.value() == most && c.key() < best)) {
                    best = c.key();
                    most = c.value();
                }
            homes.insert(it.key(), best);
        }
        return homes;
    }

    // The centres of the assets in `domain` and its subdomains, relative to
    // the domain's top-left.
    void localCentres(const QString &domain, QPointF topLeft, QHash<QString, QPointF> &out) const
    {
        const auto local = m_local.constFind(domain);
        if (local == m_local.cend())
            return;
        for (const auto &[item, pos] : local->items) {
            if (item.isDomain)
                localCentres(item.id, topLeft + pos, out);
            else
                out.insert(item.id, topLeft + pos + QPointF(kAssetWidth, kAssetHeight) / 2);
        }
    }

    // Unplaced assets as a block: layered by the links between them and, below
    // a domain, in rows as wide as the domain, ordered by the mean x of what
    // they link to in it (by where they were when laid out again). `at` gets
    // their top-lefts; returns the block's size.
    QSizeF arrangeSatellites(const QString &domain, const QStringList &ids,
                             QList<QPointF> &at) const
    {
        QHash<QString, int> index;
        for (const QString &id : ids)
            index.insert(id, int(index.size()));
        QHash<QString, QPointF> inside;
        LayeredOptions options;
        options.columnGap = kAssetGap;
        options.rowGap = kAssetRowGap;
        if (!domain.isEmpty()) {
            localCentres(domain, {0, 0}, inside);
            options.aspect = 1e6; // one row unless wider than the domain
            // At least two side by side, so that a narrow domain gets no tower.
            options.width = std::max(2 * kAssetWidth + kAssetGap, m_local[domain].size.width());
        }
        QList<LayeredNode> nodes(ids.size());
        QList<LayeredEdge> edges;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            nodes[i].size = kAssetSize;
            double sum = 0;
            int count = 0;
            for (const auto &[other, consumer] : m_partners.value(ids[i])) {
                if (const auto p = inside.constFind(other); p != inside.cend()) {
                    sum += p->x();
                    ++count;
                } else if (const int j = index.value(other, -1); consumer && j >= 0) {
                    edges.append({int(i), j, 1}); // once, from the consumer's side
                }
            }
            // Laid out again: the order they had (stability); else by what
            // they link to.
            const auto &g = m_map.assets.value(AssetId(ids[i])).geometry;
            const auto &home = m_map.domains.value(DomainId(domain)).geometry;
            if (g && (domain.isEmpty() || home)) {
                nodes[i].hasSeed = true;
                nodes[i].seedX = g->x - (home ? home->x : 0.0);
            } else if (count > 0) {
                nodes[i].hasSeed = true;
                nodes[i].seedX = sum / count;
            }
        }
        const LayeredResult placed = layeredPlacement(nodes, edges, options);
        at = placed.topLeft;
        return placed.size;
    }

    static double stripWidth(QSizeF box)
    {
        return std::max(box.width(), teamSize(TeamType::None).width());
    }

    // Where the box was: its top-left from the existing geometry.
    std::optional<QPointF> seedOf(const Root &r) const
    {
        if (r.item.id == kLane || r.item.id == kLoose) {
            std::optional<QPointF> corner;
            auto extend = [&](const QString &id, const std::optional<Geometry> &g) {
                const QPointF tl = entityRect(m_map, id, *g).topLeft();
                corner = corner
                             ? QPointF(std::min(corner->x(), tl.x()), std::min(corner->y(), tl.y()))
                             : tl;
            };
            for (const Team *t : r.strip) {
                if (!t->geometry)
                    return std::nullopt;
                extend(t->id.str(), t->geometry);
            }
            for (const QString &id : r.satellites) {
                const auto &g = m_map.assets.value(AssetId(id)).geometry;
                if (!g)
                    return std::nullopt;
                extend(id, g);
            }
            return corner;
        }
        if (r.item.isDomain) {
            const auto &g = m_map.domains.value(DomainId(r.item.id)).geometry;
            if (!g)
                return std::nullopt;
            return QPointF(g->x, g->y - r.top);
        }
        const auto &g = m_map.assets.value(AssetId(r.item.id)).geometry;
        if (!g)
            return std::nullopt;
        return QPointF(g->x - kAssetWidth / 2, g->y - kAssetHeight / 2);
    }

    // Improves a fresh layout of a small map by what a reader sees: straight
    // links between asset centres crossing, through other assets' boxes, long,
    // and the whole map's size on a screen. Moves: two top-level boxes swap
    // places in the packing order, a domain's content is mirrored, two assets
    // of one row of a domain swap. Each kept only when the cost drops, in a
    // fixed order (deterministic). Returns false when the map is too large.
    bool search(QList<int> &order, const QList<Root> &boxes, const QList<QSizeF> &sizes,
                const PackOptions &options)
    {
        if (m_map.assets.size() > kMaxSearchAssets)
            return false; // before indexing every asset and link of a large map
        QHash<QString, int> assetIndex;
        for (const Asset &a : m_map.assets)
            assetIndex.insert(a.id.str(), int(assetIndex.size()));
        QList<QPair<int, int>> links;
        QSet<QPair<int, int>> seen;
        for (const Link &l : m_map.links) {
            const int a = assetIndex.value(l.key.from.str(), -1);
            const int b = assetIndex.value(l.key.to.str(), -1);
            if (a < 0 || b < 0 || a == b || seen.contains({a, b}))
                continue;
            seen.insert({a, b});
            links.append({a, b});
        }
        if (links.size() > kMaxSearchLinks || assetIndex.size() > kMaxSearchAssets ||
            links.isEmpty())
            return false;
        QList<QPointF> centres(assetIndex.size());
        // The work of one evaluation grows with links x (links + assets).
        const int budget = int(std::min<double>(
            kMaxEvaluations, kSearchWork / double(links.size() * (links.size() + centres.size()))));
        QList<int> packedOrder;
        PackResult packed;
        auto cost = [&]() {
            if (order != packedOrder) { // mirrors and asset swaps keep the packing
                packedOrder = order;
                packed = packCompact(sizes, order, options);
            }
            const PackResult &p = packed;
            for (qsizetype i = 0; i < boxes.size(); ++i) {
                const Root &r = boxes[i];
                const QPointF at = p.topLeft[i] + QPointF(0, r.top);
                if (r.item.isDomain)
                    placeAssets(r.item.id, at, assetIndex, centres);
                else if (r.item.id != kLane && r.item.id != kLoose)
                    centres[assetIndex.value(r.item.id)] =
                        at + QPointF(kAssetWidth, kAssetHeight) / 2;
                for (qsizetype k = 0; k < r.satellites.size(); ++k)
                    centres[assetIndex.value(r.satellites[k])] =
                        p.topLeft[i] + r.satelliteAt[k] + QPointF(kAssetWidth, kAssetHeight) / 2;
            }
            const StraightCost c = straightCost(centres, links, kAssetSize);
            // Weights: a link through a box reads worse than a crossing; 50
            // units of screen extent weigh like a crossing.
            return c.crossings + 3 * c.through + c.length / (20 * kAssetWidth) +
                   fitExtent(p.size, options.aspect) / 50;
        };
        // The moves, in a fixed order, each with its undo.
        QList<SearchMove> moves;
        for (qsizetype i = 0; i < order.size(); ++i)
            for (qsizetype j = 0; j < order.size(); ++j) {
                if (i < j) {
                    auto swap = [&order, i, j] { std::swap(order[i], order[j]); };
                    moves.append({swap, swap});
                }
                if (std::abs(i - j) > 1) // next to each other: a swap
                    moves.append({[&order, i, j] { order.move(i, j); },
                                  [&order, i, j] { order.move(j, i); }});
            }
        QStringList domains;
        for (const Domain &d : m_map.domains)
            if (m_local.contains(d.id.str()))
                domains.append(d.id.str());
        // Assets linked inside their domain keep their layer; the others may
        // change rows.
        QSet<QString> inner;
        for (auto it = m_edges.cbegin(); it != m_edges.cend(); ++it)
            if (!it.key().isEmpty())
                for (const auto &[a, b] : it.value()) {
                    inner.insert(a);
                    inner.insert(b);
                }
        for (const QString &d : std::as_const(domains)) {
            auto flip = [this, d] { mirror(d); };
            moves.append({flip, flip});
            const auto &items = m_local[d].items;
            for (qsizetype i = 0; i < items.size(); ++i)
                for (qsizetype j = i + 1; j < items.size(); ++j)
                    if (!items[i].first.isDomain && !items[j].first.isDomain &&
                        (items[i].second.y() == items[j].second.y() ||
                         (!inner.contains(items[i].first.id) &&
                          !inner.contains(items[j].first.id)))) {
                        auto swap = [this, d, i, j] {
                            auto &it = m_local[d].items;
                            std::swap(it[i].second, it[j].second);
                        };
                        moves.append({swap, swap});
                    }
        }
        // Hill climbing from a few first orders; the best end wins.
        QList<QList<int>> starts{order};
        QList<int> byId(order.size()), bySize;
        std::iota(byId.begin(), byId.end(), 0);
        bySize = byId;
        std::stable_sort(bySize.begin(), bySize.end(), [&](int a, int b) {
            return sizes[a].width() * sizes[a].height() > sizes[b].width() * sizes[b].height();
        });
        starts.append(byId);
        starts.append(bySize);
        starts.append(QList<int>(order.crbegin(), order.crend()));
        const QHash<QString, Local> fresh = m_local;
        QHash<QString, Local> bestLocal;
        QList<int> bestOrder;
        runLocalSearch({cost, std::move(moves), budget, int(starts.size()),
                        [&](int k) {
                            order = starts[k];
                            m_local = fresh;
                        },
                        [&] {
                            bestOrder = order;
                            bestLocal = m_local;
                        },
                        [&] {
                            order = bestOrder;
                            m_local = bestLocal;
                        }});
        return true;
    }

    // Mirrors a domain's content left to right (its subdomains as boxes).
    void mirror(const QString &domain)
    {
        Local &local = m_local[domain];
        for (auto &[item, pos] : local.items) {
            const double w = item.isDomain ? m_local[item.id].size.width() : kAssetWidth;
            pos.setX(local.size.width() - pos.x() - w);
        }
    }

    void placeAssets(const QString &domain, QPointF topLeft, const QHash<QString, int> &index,
                     QList<QPointF> &centres) const
    {
        const Local &local = m_local[domain];
        for (const auto &[item, pos] : local.items) {
            if (item.isDomain)
                placeAssets(item.id, topLeft + pos, index, centres);
            else
                centres[index.value(item.id)] =
                    topLeft + pos + QPointF(kAssetWidth, kAssetHeight) / 2;
        }
    }

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
        // Laid out again (Tidy): the rows keep the domain's width.
        if (const auto &g = m_map.domains.value(DomainId(domain)).geometry)
            options.width = g->w - 2 * kDomainPadding;
        std::optional<LayeredResult> kept = keptArrangement(domain, items, nodes);
        if (kept)
            m_kept.insert(domain);
        const LayeredResult placed =
            kept ? *kept : layeredPlacement(nodes, edges(domain, index), options);
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

    // Where an item was: a domain's rectangle or an asset's box (null when it
    // had no geometry).
    QRectF previousRect(const Item &item) const
    {
        if (item.isDomain) {
            const auto &g = m_map.domains.value(DomainId(item.id)).geometry;
            return g ? g->rect() : QRectF();
        }
        const auto &g = m_map.assets.value(AssetId(item.id)).geometry;
        return g ? entityRect(m_map, item.id, *g) : QRectF();
    }

    // Stability (docs/canvas.md, "Stable"): keptArrangement() on the
    // domain's previous geometry; nothing when it is to be laid out afresh.
    std::optional<LayeredResult> keptArrangement(const QString &domain, const QList<Item> &items,
                                                 const QList<LayeredNode> &nodes) const
    {
        const auto &g = m_map.domains.value(DomainId(domain)).geometry;
        if (!m_keep || !g || items.isEmpty())
            return std::nullopt;
        QHash<QString, int> index;
        QList<QRectF> previous;
        QList<QSizeF> sizes;
        for (qsizetype i = 0; i < items.size(); ++i) {
            index.insert(items[i].id, int(i));
            previous.append(previousRect(items[i]));
            sizes.append(nodes[i].size);
        }
        QList<QPair<int, int>> links;
        for (const auto &[a, b] : m_edges.value(domain)) {
            const int ia = index.value(a, -1), ib = index.value(b, -1);
            if (ia >= 0 && ib >= 0 && ia != ib)
                links.append({ia, ib});
        }
        return Layout::keptArrangement(g->rect(), previous, sizes, links, kAssetRowGap);
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

    // Which top-level domain each team sits beside (teamStrips()).
    QHash<QString, QList<const Team *>> assignTeams()
    {
        return teamStrips(
            m_map, m_teams == TeamPlacement::BesideOwned,
            [&](const QString &domain) {
                const QStringList &p = path(domain);
                return p.isEmpty() ? QString() : p.first();
            },
            kLane);
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
    // Unplaced asset -> the assets it links to, and whether it is the consumer.
    QHash<QString, QList<QPair<QString, bool>>> m_partners;
    QHash<QString, Local> m_local;
    bool m_keep = false;  // domains' clean arrangements are kept (Tidy again)
    QSet<QString> m_kept; // the domains whose arrangement was kept
};

} // namespace

QHash<QString, Geometry> nestedLayout(const MapData &map, QPointF origin, TeamPlacement teams,
                                      bool keepArrangement)
{
    Nested nested(map, teams, keepArrangement);
    return nested.run(origin);
}

} // namespace OrgMap::Layout
