#pragma once

#include "core/mapdata.h"

#include <QHash>

namespace OrgMap::Layout {

// Grows `domain` (its geometry in `out` if there, else in `map`) so that it
// contains `needed`, then each ancestor so that it contains its grown child
// with a margin. Only growth: nothing else moves.
void growDomains(const MapData &map, DomainId domain, QRectF needed, QHash<QString, Geometry> &out);

} // namespace OrgMap::Layout
