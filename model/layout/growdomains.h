#pragma once

#include "core/mapdata.h"

#include <QHash>

namespace OrgMap::Layout {

// Grows `domain` (its geometry in `out` if there, else in `map`) so that it
// contains `needed`, then each ancestor so that it contains its grown child
// with a margin. Only growth: nothing else moves.
void growDomains(const MapData &map, DomainId domain, QRectF needed, QHash<QString, Geometry> &out);

} // namespace OrgMap::Layout

namespace OrgMap::Layout {

// After growDomains(): whatever a grown top-level domain now reaches below it
// (another top-level domain with everything in it, a team, an unplaced asset)
// moves down just enough to clear it, and so on for what that one reaches.
// Only what must move moves; `out` gets the new geometry.
void makeRoomBelow(const MapData &map, QHash<QString, Geometry> &out);

} // namespace OrgMap::Layout
