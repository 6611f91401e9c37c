#pragma once

// Opening a map off the GUI thread: reading a large file and laying out
// what lacks geometry (a 10k-asset map without positions) takes seconds,
// during which the window must repaint and say what it is doing.

#include "core/scenario.h"
#include "storage/mapfile.h"

#include <QString>

namespace OrgMap {

// Each scenario laid out where it lacks geometry (MissingOnly); any thread.
ScenarioList laidOutScenarios(ScenarioList scenarios);

// loadMapFile(path) and laidOutScenarios() on a worker thread, while a local
// event loop keeps the caller's thread turning (timers, repaints); returns
// when both are done. The caller decides what the user may do meanwhile.
MapFileResult openInBackground(const QString &path);

} // namespace OrgMap
