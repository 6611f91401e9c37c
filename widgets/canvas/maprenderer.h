#pragma once

#include "core/mapdata.h"

#include <QImage>
#include <QPainter>
#include <QString>

namespace OrgMap {

class MapScene;

// Export with the same drawing code as the canvas (the scene renders itself).
struct ExportOptions
{
    double scale = 1.0;         // 1x, 2x, 4x
    bool transparent = false;   // no background fill, no grid
    bool selectionOnly = false; // bounding rect of the selection instead of the whole map
};

// The image is (source rect size * scale) pixels; the source rect is
// MapScene::mapBoundingRect() or the selection's bounding rect plus a margin.
QImage renderImage(MapScene &scene, const ExportOptions &options);
bool exportPng(MapScene &scene, const QString &path, const ExportOptions &options, QString *error);
bool exportSvg(MapScene &scene, const QString &path, const ExportOptions &options, QString *error);

// The one way the map is drawn for export: the routed links, antialiased.
void renderScene(MapScene &scene, QPainter &painter, const QRectF &target, const QRectF &source,
                 Qt::AspectRatioMode aspect = Qt::IgnoreAspectRatio);
// A spotlight's veil: `area` in the theme's background at 78%, but for the
// `lit` rectangles (device coordinates; each widened by a margin and rounded).
// The canvas and the views' PDF draw it alike.
void paintVeil(QPainter &painter, const QRectF &area, const QList<QRectF> &lit,
               const QColor &background);

// Headless helper for `orgmap-cli render`: builds a Document + MapScene (laying
// out when needsLayout), renders by extension (.png/.svg).
bool renderMapFile(const MapData &map, const QString &outPath, double scale, QString *error);

} // namespace OrgMap
