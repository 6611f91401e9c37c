#pragma once

#include "core/mapdata.h"

#include <QHash>
#include <QSet>

namespace OrgMap::Layout {

// Tidy Selected: new geometry for the selected entities only.
// - A selected domain is laid out afresh with everything in it, its top-left kept.
// - Selected assets of one domain (outside selected domains) are arranged by
//   their links from the top-left of where they were; when that spot is taken
//   by something unselected they go below the domain's other content.
// - Selected teams are put in a row from the top-left of where they were.
// Unselected assets and teams never move; a domain that needs room grows
// (with its ancestors), it is not moved.
QHash<QString, Geometry> layoutSelection(const MapData &map, const QSet<QString> &ids);

} // namespace OrgMap::Layout
