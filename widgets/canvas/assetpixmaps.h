#pragma once

#include "core/enums.h"

#include <QRectF>

class QBrush;
class QPen;

class QColor;
class QPainter;

namespace OrgMap {

struct Theme;

// Antialiased path filling and wide strokes are most of the cost of a node at
// 100% (measured); since all bodies of a kind look the same, each is rendered
// once per zoom level into a pixmap and blitted at an integer device position.
namespace AssetPixmaps {

// The body and glyph of an asset, which every asset of a kind shares (vectors).
void drawBody(QPainter *painter, AssetKind kind, const QRectF &body, const Theme &t,
              const QColor &fill);

// What to blit: the body and glyph, or only the body's shape filled with a
// (translucent) colour, the Orphans mode's veil over a node that steps back.
enum class Layer
{
    Body,
    Veil
};
// Blits `layer` of an asset whose body is `body` (item coordinates) from the
// cache. False, drawing nothing, when the result would not be pixel-identical
// to vectors: not a raster device (SVG, print), or not a pure uniform scale.
bool blit(QPainter *painter, Layer layer, AssetKind kind, const QRectF &body, const Theme &t,
          const QColor &fill);

// Draws the badge pill `rect` (fully rounded ends) with `pen` and `brush`,
// blitted from a pixmap per look, size and zoom on raster devices (an
// antialiased rounded rectangle per asset was ~2 ms of a 0.44 view of the
// 10k map), as vectors elsewhere.
void drawPill(QPainter *painter, const QRectF &rect, const QPen &pen, const QBrush &brush);

} // namespace AssetPixmaps
} // namespace OrgMap
