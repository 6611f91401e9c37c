#include "slotrefine.h"
#include "layoutcost.h"

#include <QSet>
#include <algorithm>
#include <map>
#include <vector>

namespace OrgMap::Layout {

namespace {

// Beyond this many links the quadratic crossing check costs more than it buys.
constexpr qsizetype kMaxCheckedLinks = 1500;

// The assets taking part, by index: every look-up in the passes is an array
// access, not a hash of an id string (a third of an import's layout time for
// 10,000 assets went to those look-ups).
struct Nodes
{
    QHash<QString, int> index;
    std::vector<QString> ids;
    std::vector<double> x, y;

    int of(const QString &id, const Geometry &g)
    {
        if (const auto it = index.constFind(id); it != index.cend())
            return it.value();
        const int i = int(ids.size());
        index.insert(id, i);
        ids.push_back(id);
        x.push_back(g.x);
        y.push_back(g.y);
        return i;
    }
    QPointF pos(int i) const { return {x[size_t(i)], y[size_t(i)]}; }
};

using IndexLink = std::pair<int, int>;

// Crossings of the links touching the marked assets with every other link
// (straight, centre to centre).
int crossingsAround(const std::vector<IndexLink> &links, const std::vector<char> &inRow,
                    const Nodes &nodes)
{
    int count = 0;
    for (const auto &[a, b] : links) {
        if (!inRow[size_t(a)] && !inRow[size_t(b)])
            continue;
        const QPointF p1 = nodes.pos(a), p2 = nodes.pos(b);
        for (const auto &[c, d] : links) {
            if (c == a || c == b || d == a || d == b)
                continue;
            if (segmentsCross(p1, p2, nodes.pos(c), nodes.pos(d)))
                ++count;
        }
    }
    return count;
}

} // namespace

void refineSlots(const MapData &map, QHash<QString, Geometry> &geometry, const QSet<QString> &keep,
                 int passes)
{
    Nodes nodes;
    std::vector<IndexLink> links;
    std::vector<std::vector<int>> neighbours;
    for (const Link &l : map.links) {
        if (l.key.from == l.key.to)
            continue;
        const auto from = geometry.constFind(l.key.from.str());
        const auto to = geometry.constFind(l.key.to.str());
        if (from == geometry.cend() || to == geometry.cend())
            continue;
        const int a = nodes.of(from.key(), *from), b = nodes.of(to.key(), *to);
        links.emplace_back(a, b);
        neighbours.resize(nodes.ids.size());
        neighbours[size_t(a)].push_back(b);
        neighbours[size_t(b)].push_back(a);
    }
    // Rows: (domain, y) -> assets, in id order; the domains ranked in id order.
    QHash<QString, int> domainRank;
    for (const Domain &d : map.domains)
        domainRank.insert(d.id.str(), int(domainRank.size()));
    std::map<std::pair<int, double>, std::vector<int>> rows;
    for (const Asset &a : map.assets) {
        const auto g = geometry.constFind(a.id.str());
        const auto rank = domainRank.constFind(a.domain.str());
        if (g != geometry.cend() && rank != domainRank.cend() && !keep.contains(a.domain.str()))
            rows[{rank.value(), g->y}].push_back(nodes.of(g.key(), *g));
    }
    neighbours.resize(nodes.ids.size());
    std::vector<char> inRow(nodes.ids.size(), 0);
    std::vector<char> touched(nodes.ids.size(), 0);
    const bool check = qsizetype(links.size()) <= kMaxCheckedLinks;
    for (int pass = 0; pass < passes; ++pass) {
        bool changed = false;
        for (const auto &entry : rows) {
            const std::vector<int> &row = entry.second;
            if (row.size() < 2)
                continue;
            std::vector<double> places;
            std::vector<std::pair<double, int>> wanted;
            places.reserve(row.size());
            wanted.reserve(row.size());
            for (int i : row) {
                const double x = nodes.x[size_t(i)];
                places.push_back(x);
                double sum = 0;
                int count = 0;
                for (int n : neighbours[size_t(i)]) {
                    sum += nodes.x[size_t(n)];
                    ++count;
                }
                // Ties and unlinked assets keep their slot's order.
                wanted.emplace_back(count ? sum / count : x, i);
            }
            std::sort(places.begin(), places.end());
            std::stable_sort(wanted.begin(), wanted.end(),
                             [](const auto &a, const auto &b) { return a.first < b.first; });
            // Dealt only when the row's links then cross fewer others.
            for (int i : row)
                inRow[size_t(i)] = 1;
            const int before = check ? crossingsAround(links, inRow, nodes) : 0;
            std::vector<double> old;
            old.reserve(row.size());
            bool moved = false;
            for (size_t i = 0; i < row.size(); ++i) {
                double &x = nodes.x[size_t(wanted[i].second)];
                old.push_back(x);
                moved |= x != places[i];
                x = places[i];
            }
            bool kept = moved;
            if (moved && check && crossingsAround(links, inRow, nodes) >= before) {
                for (size_t i = 0; i < row.size(); ++i)
                    nodes.x[size_t(wanted[i].second)] = old[i];
                kept = false;
            }
            for (int i : row)
                inRow[size_t(i)] = 0;
            if (!kept)
                continue;
            for (int i : row)
                touched[size_t(i)] = 1;
            changed = true;
        }
        if (!changed)
            break;
    }
    for (size_t i = 0; i < nodes.ids.size(); ++i)
        if (touched[i])
            geometry[nodes.ids[i]].x = nodes.x[i];
}

} // namespace OrgMap::Layout
