#pragma once

#include "core/mapdata.h"

#include <optional>

namespace OrgMap {

// Reading and writing a map file of either kind, chosen by extension:
// "*.orgmap.json" / "*.json" is the interchange format, anything else the
// SQLite document. "-" reads standard input (JSON, or SQLite when the bytes
// start with the SQLite header).
enum class MapFileKind
{
    Json,
    Sqlite
};
MapFileKind mapFileKindOf(const QString &path);

struct MapFileResult
{
    std::optional<MapData> map;
    // Every problem, each a full line: "FILE: /assets/3/owner: unknown team ...".
    QStringList errors;
};

MapFileResult loadMapFile(const QString &path);
// Writes atomically: on failure the old file is left intact and `error` says why.
// `notes` receives what the save did besides (removed sidecars of the old file).
bool saveMapFile(const MapData &map, const QString &path, QString *error,
                 QStringList *notes = nullptr);

} // namespace OrgMap
