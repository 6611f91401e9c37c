#pragma once

#include "nestedlayout.h"

namespace OrgMap::Layout {

// Geometry for the entities that lack it, leaving the rest where it is: an
// asset whose domain is placed takes a free cell inside it (the domain and
// its ancestors grow when it is full); everything else missing is laid out
// by nestedLayout() as a block of its own below the existing content.
QHash<QString, Geometry> layoutMissing(const MapData &map, TeamPlacement teams);

} // namespace OrgMap::Layout
