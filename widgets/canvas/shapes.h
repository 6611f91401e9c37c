#pragma once

#include "core/enums.h"

#include <QPainterPath>

class QPainter;

namespace OrgMap {

struct Theme;

// The shapes and glyphs of the map, shared by the canvas items, the palette
// icons and the legend so that all three always agree.
namespace Shapes {

// Service: rounded rectangle. Data product: stadium (fully rounded ends).
QPainterPath assetPath(AssetKind kind, const QRectF &rect);
// Team Topologies: stream-aligned wide rounded, platform square-cornered,
// enabling tall rounded, complicated-subsystem octagon, no type: rounded.
QPainterPath teamPath(TeamType type, const QRectF &rect);

// Small monochrome glyphs drawn into `box`: a hexagon nut (service) and a
// database cylinder (data product).
void drawServiceGlyph(QPainter *painter, const QRectF &box, const QColor &color);
void drawDataGlyph(QPainter *painter, const QRectF &box, const QColor &color);

// A complete node in its shape and colours (icons, legend).
void drawAssetIcon(QPainter *painter, const QRectF &rect, AssetKind kind, const Theme &theme);
void drawTeamIcon(QPainter *painter, const QRectF &rect, TeamType type, const Theme &theme);

// The arrow head of a link ending at `tip`, coming from `from`.
QPolygonF arrowHead(QPointF from, QPointF tip, double size);

} // namespace Shapes
} // namespace OrgMap
