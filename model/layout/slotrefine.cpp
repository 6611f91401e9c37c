#include "slotrefine.h"
#include "layoutcost.h"

#include <QSet>
#include <algorithm>

namespace OrgMap::Layout {

namespace {

// Beyond this many links the quadratic crossing check costs more than it buys.
constexpr qsizetype kMaxCheckedLinks = 1500;

// Crossings of the links touching `ids` with every other link (straight, centre to centre).
int crossingsAround(const QList<QPair<QString, QString>> &links, const QSet<QString> &ids,
                    const QHash<QString, Geometry> &geometry)
{
    int count = 0;
    auto at = [&](const QString &id) { return geometry.value(id).pos(); };
    for (const auto &[a, b] : links) {
        if (!ids.contains(a) && !ids.contains(b))
            continue;
        const QPointF p1 = at(a), p2 = at(b);
        for (const auto &[c, d] : links) {
            if (c == a || c == b || d == a || d == b)
                continue;
            if (segmentsCross(p1, p2, at(c), at(d)))
                ++count;
        }
    }
    return count;
}

} // namespace

void refineSlots(const MapData &map, QHash<QString, Geometry> &geometry, const QSet<QString> &keep,
                 int passes)
{
    QHash<QString, QStringList> neighbours;
    QList<QPair<QString, QString>> links;
    for (const Link &l : map.links) {
        if (l.key.from == l.key.to || !geometry.contains(l.key.from.str()) ||
            !geometry.contains(l.key.to.str()))
            continue;
        links.append({l.key.from.str(), l.key.to.str()});
        neighbours[l.key.from.str()].append(l.key.to.str());
        neighbours[l.key.to.str()].append(l.key.from.str());
    }
    // Rows: (domain, y) -> assets, in id order.
    QMap<QPair<QString, double>, QStringList> rows;
    for (const Asset &a : map.assets) {
        const auto g = geometry.constFind(a.id.str());
        if (g != geometry.cend() && map.domains.contains(a.domain) &&
            !keep.contains(a.domain.str()))
            rows[{a.domain.str(), g->y}].append(a.id.str());
    }
    for (int pass = 0; pass < passes; ++pass) {
        bool changed = false;
        for (const QStringList &row : std::as_const(rows)) {
            if (row.size() < 2)
                continue;
            QList<double> places;
            QList<QPair<double, QString>> wanted;
            for (const QString &id : row) {
                const double x = geometry.value(id).x;
                places.append(x);
                double sum = 0;
                int count = 0;
                for (const QString &n : neighbours.value(id)) {
                    const auto g = geometry.constFind(n);
                    if (g != geometry.cend()) {
                        sum += g->x;
                        ++count;
                    }
                }
                // Ties and unlinked assets keep their slot's order.
                wanted.append({count ? sum / count : x, id});
            }
            std::sort(places.begin(), places.end());
            std::stable_sort(wanted.begin(), wanted.end(),
                             [](const auto &a, const auto &b) { return a.first < b.first; });
            // Dealt only when the row's links then cross fewer others.
            const bool check = links.size() <= kMaxCheckedLinks;
            const QSet<QString> ids(row.cbegin(), row.cend());
            const int before = check ? crossingsAround(links, ids, geometry) : 0;
            QList<double> old;
            bool moved = false;
            for (qsizetype i = 0; i < row.size(); ++i) {
                Geometry &g = geometry[wanted[i].second];
                old.append(g.x);
                moved |= g.x != places[i];
                g.x = places[i];
            }
            if (!moved)
                continue;
            if (check && crossingsAround(links, ids, geometry) >= before) {
                for (qsizetype i = 0; i < row.size(); ++i)
                    geometry[wanted[i].second].x = old[i];
                continue;
            }
            changed = true;
        }
        if (!changed)
            break;
    }
}

} // namespace OrgMap::Layout
