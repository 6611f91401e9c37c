#pragma once

#include "core/mapdata.h"

#include <QHash>
#include <QSizeF>

namespace OrgMap {

// Node sizes shared by the layout and the canvas, so that what the layout packs
// is exactly what the canvas draws. Asset and team geometry is the centre.
inline constexpr double kAssetWidth = 192;
inline constexpr double kAssetHeight = 64;
inline constexpr QSizeF kAssetSize{kAssetWidth, kAssetHeight};
// Domain chrome: the title band on top and the inner padding around contents.
inline constexpr double kDomainTitleHeight = 40;
inline constexpr double kDomainPadding = 20;
// Gap between assets in a domain grid and between packed domains.
inline constexpr double kAssetGap = 24;
inline constexpr double kDomainGap = 40;
// The smallest rectangle a domain may be resized to.
inline constexpr QSizeF kMinDomainSize{200, 120};

// Team Topologies shapes have their own proportions: stream-aligned and
// platform are wide, enabling is tall, complicated-subsystem is an octagon.
QSizeF teamSize(TeamType type);

// True when any domain, team or asset lacks geometry.
bool needsLayout(const MapData &map);

// The rectangle an entity with geometry `g` covers on the canvas: a domain's
// own rectangle, a team's or an asset's shape around its centre.
QRectF entityRect(const MapData &map, const QString &id, const Geometry &g);

enum class LayoutScope
{
    MissingOnly,
    All
};

// Deterministic layout: domains packed by size (subdomains nested inside their
// parent, each domain sized to fit its assets and subdomains), assets in a grid
// inside their domain, unplaced assets in a lane of their own, teams in a lane.
// Returns the id -> geometry map for every entity that gets (new) geometry.
// With MissingOnly, entities that already have geometry keep it and the new
// ones are placed below everything that exists.
QHash<QString, Geometry> computeLayout(const MapData &map, LayoutScope scope);

// Convenience: a copy of `map` with computeLayout applied.
MapData withLayout(const MapData &map, LayoutScope scope);

} // namespace OrgMap
