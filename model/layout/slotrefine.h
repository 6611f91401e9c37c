#pragma once

#include "core/mapdata.h"

#include <QHash>
#include <QSet>

namespace OrgMap::Layout {

// Once everything is placed, each row of assets in a domain (assets of one
// domain at one height) is re-dealt over the same slots by the mean x of all
// their linked assets, inside and outside the domain, so that links between
// domains cross less. Only swaps positions: sizes and containment stay as laid.
// The rows of the domains in `keep` stay as they are (an arrangement kept for
// stability).
void refineSlots(const MapData &map, QHash<QString, Geometry> &geometry,
                 const QSet<QString> &keep = {}, int passes = 3);

} // namespace OrgMap::Layout
