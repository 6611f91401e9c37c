#include "teamlane.h"
#include "autolayout.h"

#include <algorithm>

namespace OrgMap::Layout {

namespace {

constexpr double kTeamGap = 56; // room for interaction lines and their mode labels

// Rows of teams wrapped at `width`; calls `visit(team, centre)` per team.
template <typename Visit>
QSizeF flowRows(const QList<const Team *> &teams, double width, Visit visit)
{
    double y = 0, usedWidth = 0;
    QList<const Team *> row;
    double rowWidth = 0, rowHeight = 0;
    auto flush = [&] {
        double x = 0;
        for (const Team *t : std::as_const(row)) {
            const QSizeF s = teamSize(t->type);
            visit(t, QPointF(x + s.width() / 2, y + rowHeight / 2));
            x += s.width() + kTeamGap;
        }
        usedWidth = std::max(usedWidth, x - kTeamGap);
        y += rowHeight + kTeamGap;
        row.clear();
        rowWidth = rowHeight = 0;
    };
    for (const Team *t : teams) {
        const QSizeF s = teamSize(t->type);
        if (!row.isEmpty() && rowWidth + s.width() > width)
            flush();
        row << t;
        rowWidth += s.width() + kTeamGap;
        rowHeight = std::max(rowHeight, s.height());
    }
    if (!row.isEmpty())
        flush();
    return teams.isEmpty() ? QSizeF() : QSizeF(usedWidth, y - kTeamGap);
}

} // namespace

void sortTeams(QList<const Team *> &teams)
{
    std::sort(teams.begin(), teams.end(), [](const Team *a, const Team *b) {
        if (a->type != b->type)
            return a->type > b->type;
        if (a->name != b->name)
            return a->name < b->name;
        return a->id < b->id;
    });
}

double placeTeamRows(const QList<const Team *> &teams, QPointF origin, double width,
                     QHash<QString, Geometry> &out)
{
    return flowRows(
               teams, width,
               [&](const Team *t, QPointF c) { out.insert(t->id.str(), Geometry::at(origin + c)); })
        .height();
}

QSizeF teamRowsSize(const QList<const Team *> &teams, double width)
{
    return flowRows(teams, width, [](const Team *, QPointF) {});
}

QHash<QString, QList<const Team *>>
teamStrips(const MapData &map, bool besideOwned,
           const std::function<QString(const QString &)> &rootOf, const QString &lane)
{
    QHash<QString, QHash<QString, int>> counts; // team -> top-level domain -> count
    if (besideOwned) {
        for (const Asset &a : map.assets) {
            const QString root = rootOf(a.domain.str());
            if (!a.owner.isNull() && !root.isEmpty())
                ++counts[a.owner.str()][root];
        }
        for (const Domain &d : map.domains)
            if (!d.owner.isNull())
                ++counts[d.owner.str()][rootOf(d.id.str())];
    }
    QHash<QString, QList<const Team *>> strips;
    for (const Team &t : map.teams) {
        QString best = lane;
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

void orderStrip(const MapData &map, QList<const Team *> &strip,
                const QHash<QString, QPointF> &inside)
{
    QHash<QString, QPair<double, int>> sum;
    // Summed in id order: a hash's order changes from run to run, and so
    // would the last bits of a sum, and the order of two teams it ties.
    QStringList ids = inside.keys();
    std::sort(ids.begin(), ids.end());
    for (const QString &id : std::as_const(ids)) {
        const auto a = map.assets.constFind(AssetId(id));
        if (a != map.assets.cend() && !a->owner.isNull()) {
            auto &s = sum[a->owner.str()];
            s.first += inside.value(id).x();
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

} // namespace OrgMap::Layout
