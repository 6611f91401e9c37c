#pragma once

#include "core/mapdata.h"

#include <QByteArray>

namespace OrgMap {

// Graphviz DOT (docs/export.md): domains as nested `cluster_` subgraphs,
// assets and teams as nodes shaped by kind, links styled by kind, ownership
// as light edges from the team. No positions: `dot` or `sfdp` lays it out.
// Deterministic: the same map gives the same bytes.
QByteArray writeDot(const MapData &map);

} // namespace OrgMap
