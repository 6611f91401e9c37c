#pragma once

#include "core/mapdata.h"

#include <QImage>
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

// Headless helper for `orgmap-cli render`: builds a Document + MapScene (laying
// out when needsLayout), renders by extension (.png/.svg).
bool renderMapFile(const MapData &map, const QString &outPath, double scale, QString *error);

} // namespace OrgMap
