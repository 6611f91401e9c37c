#include "growdomains.h"
#include "autolayout.h"

#include <QMarginsF>
#include <QSet>

namespace OrgMap::Layout {

void growDomains(const MapData &map, DomainId domain, QRectF needed, QHash<QString, Geometry> &out)
{
    for (int depth = 0; depth < 64 && !domain.isNull(); ++depth) {
        const auto it = map.domains.constFind(domain);
        if (it == map.domains.cend() || !it->geometry)
            break;
        QRectF r =
            out.contains(domain.str()) ? out.value(domain.str()).rect() : it->geometry->rect();
        if (!r.contains(needed)) {
            r |= needed;
            out.insert(domain.str(), Geometry::of(r));
        }
        needed = r.marginsAdded(
            QMarginsF(kDomainPadding / 2, 0, kDomainPadding / 2, kDomainPadding / 2));
        domain = it->parent;
    }
}

namespace {

// A top-level domain with everything in it, a team or an unplaced asset.
struct Unit
{
    QStringList ids;
    QRectF rect;
    bool grown = false;
};

} // namespace

void makeRoomBelow(const MapData &map, QHash<QString, Geometry> &out)
{
    auto geometryOf = [&](const QString &id, const std::optional<Geometry> &stored) {
        return out.contains(id) ? std::optional<Geometry>(out.value(id)) : stored;
    };
    auto rootOf = [&](DomainId d) {
        for (int i = 0; i < 64 && map.domains.contains(map.domains.value(d).parent); ++i)
            d = map.domains.value(d).parent;
        return d;
    };
    QList<Unit> units;
    QHash<DomainId, int> unitOf;
    for (const Domain &d : map.domains) {
        const auto g = geometryOf(d.id.str(), d.geometry);
        if (!g)
            continue;
        const DomainId root = rootOf(d.id);
        if (!unitOf.contains(root)) {
            unitOf.insert(root, int(units.size()));
            units.append(Unit());
        }
        Unit &u = units[unitOf.value(root)];
        u.ids.append(d.id.str());
        if (d.id == root) {
            u.rect = g->rect();
            u.grown = d.geometry && d.geometry->rect() != g->rect();
        }
    }
    for (const Asset &a : map.assets) {
        const auto g = geometryOf(a.id.str(), a.geometry);
        if (!g)
            continue;
        if (map.domains.contains(a.domain) && unitOf.contains(rootOf(a.domain)))
            units[unitOf.value(rootOf(a.domain))].ids.append(a.id.str());
        else
            units.append({{a.id.str()}, entityRect(map, a.id.str(), *g), false});
    }
    for (const Team &t : map.teams)
        if (const auto g = geometryOf(t.id.str(), t.geometry))
            units.append({{t.id.str()}, entityRect(map, t.id.str(), *g), false});

    QList<int> queue;
    for (int i = 0; i < int(units.size()); ++i)
        if (units[i].grown)
            queue.append(i);
    for (qsizetype k = 0; k < queue.size() && k < 100000; ++k) {
        const QRectF reach =
            units[queue[k]].rect.adjusted(-kDomainGap / 2, 0, kDomainGap / 2, kDomainGap / 2);
        for (int j = 0; j < int(units.size()); ++j) {
            Unit &b = units[j];
            if (j == queue[k] || !b.rect.intersects(reach) ||
                b.rect.top() < units[queue[k]].rect.top())
                continue;
            const double by = reach.bottom() + kDomainGap / 2 - b.rect.top();
            for (const QString &id : std::as_const(b.ids)) {
                std::optional<Geometry> g;
                switch (map.kindOf(id)) {
                case EntityKind::Domain:
                    g = geometryOf(id, map.domains.value(DomainId(id)).geometry);
                    break;
                case EntityKind::Asset:
                    g = geometryOf(id, map.assets.value(AssetId(id)).geometry);
                    break;
                case EntityKind::Team:
                    g = geometryOf(id, map.teams.value(TeamId(id)).geometry);
                    break;
                case EntityKind::None:
                    break;
                }
                if (g) {
                    g->y += by;
                    out.insert(id, *g);
                }
            }
            b.rect.translate(0, by);
            queue.append(j);
        }
    }
}

} // namespace OrgMap::Layout
