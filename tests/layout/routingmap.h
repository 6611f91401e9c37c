#pragma once

// What tst_linkrouter and bench_routing route: the boxes the canvas routes
// around (teams, then assets, as drawn) and the map's links between them.

#include "core/mapdata.h"
#include "layout/autolayout.h"
#include "layout/linkrouter.h"

#include <QHash>
#include <QList>
#include <QRectF>

namespace OrgMap::Samples {

struct RoutingInput
{
    QList<QRectF> boxes;
    QList<RouteLink> links;
};

inline RoutingInput routingInput(const MapData &map)
{
    RoutingInput in;
    QHash<QString, int> index;
    auto add = [&](const QString &id, const std::optional<Geometry> &g) {
        index.insert(id, int(in.boxes.size()));
        in.boxes.append(entityRect(map, id, g.value_or(Geometry{})));
    };
    for (const Team &t : map.teams)
        add(t.id.str(), t.geometry);
    for (const Asset &a : map.assets)
        add(a.id.str(), a.geometry);
    for (const Link &l : map.links)
        in.links.append({index.value(l.key.from.str()), index.value(l.key.to.str())});
    return in;
}

} // namespace OrgMap::Samples
