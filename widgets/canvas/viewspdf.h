#pragma once

#include "analysis/analysis.h"
#include "core/savedviews.h"

#include <QString>

namespace OrgMap {

class MapScene;

// File > Export > Views as PDF and `orgmap-cli render MAP OUT.pdf [--views]`
// (docs/views.md): one vector page per view, drawn by the canvas's own
// renderer with the view's camera, highlight, spotlight and every reveal step
// shown, the view's name as the page's title; then a page with the findings.
// No views: one page of the whole map under the map's name. Written
// atomically; on failure `error` says why and the old file is left as it was.
bool exportViewsPdf(MapScene &scene, const SavedViews &views, const QList<Finding> &findings,
                    const QString &path, QString *error);

// Headless, for the CLI: lays the map out where it lacks geometry, analyses
// it with the default options and writes the PDF; `viewsOnly` refuses a map
// without views instead of drawing the whole map.
bool renderViewsPdfFile(const MapData &map, const QString &path, bool viewsOnly, QString *error);

} // namespace OrgMap
