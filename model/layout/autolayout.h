#pragma once

#include "core/mapdata.h"
#include "nestedlayout.h"

#include <QHash>
#include <QSet>
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

using Layout::TeamPlacement;

// Deterministic layout that reads (docs/canvas.md, "Layout"): inside each
// domain its assets and subdomains are layered by their links (providers below
// consumers) and ordered so that links are short and cross little; top-level
// domains and unplaced assets the same way by the links between them; each team
// right above the domain holding most of what it owns (or all in one lane);
// domains sized to their contents, nothing overlapping. Existing positions seed
// the order, so that a re-layout after a small edit moves little.
// Returns the id -> geometry map for every entity that gets (new) geometry.
// With MissingOnly, entities that already have geometry keep it and the new
// ones are placed inside their placed domain or below everything that exists.
QHash<QString, Geometry> computeLayout(const MapData &map, LayoutScope scope,
                                       TeamPlacement teams = TeamPlacement::BesideOwned);

// Tidy Selected: geometry for the entities in `ids` only (and growth of the
// domains that must make room); see Layout::layoutSelection().
QHash<QString, Geometry> computeSelectionLayout(const MapData &map, const QSet<QString> &ids);

// Convenience: a copy of `map` with computeLayout applied.
MapData withLayout(const MapData &map, LayoutScope scope,
                   TeamPlacement teams = TeamPlacement::BesideOwned);

} // namespace OrgMap
