#pragma once

#include "core/mapdata.h"

#include <QByteArray>

namespace OrgMap {

// GraphML (docs/export.md): plain <key>/<data> attributes that Gephi and
// NetworkX read (kind, name, domain, owner, team_type, ...), and yEd's yFiles
// extension (y:ShapeNode, y:ProxyAutoBoundsNode groups) so that yEd opens it
// with the map's layout: domains as nested group nodes, assets and teams as
// shapes by kind, links as edges styled by kind, ownership as edges from the
// team. Deterministic: the same map gives the same bytes.
QByteArray writeGraphML(const MapData &map);

} // namespace OrgMap
