#pragma once

#include "core/mapdata.h"

#include <QHash>
#include <QPointF>

namespace OrgMap::Layout {

enum class TeamPlacement
{
    BesideOwned, // each team right above the top-level domain holding most of what it owns
    Lane         // every team in one lane above the domains
};

// Lays out the whole of `map` (every domain, team and asset) with its
// top-left at `origin`: each domain's content (its assets and subdomains) by
// layeredPlacement() on the links between them, bottom-up, then the top-level
// domains and the unplaced assets the same way on the links between them.
// Stability (docs/canvas.md, "Stable"): when nearly every top-level box has
// geometry and `keepArrangement`, the top level and each domain whose content
// was cleanly arranged keep their arrangement and only make room for what grew
// or is new; otherwise existing geometry only seeds the order.
QHash<QString, Geometry> nestedLayout(const MapData &map, QPointF origin, TeamPlacement teams,
                                      bool keepArrangement = true);

} // namespace OrgMap::Layout
