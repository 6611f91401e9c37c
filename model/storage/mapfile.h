#pragma once

#include "core/mapdata.h"

#include <optional>

namespace OrgMap {

// Reading and writing a map file of either kind, chosen by extension
// (storage/fileformat.h): "*.orgmap.json" / "*.json" is the interchange
// format; reading takes anything else for the SQLite document, writing only
// "*.orgmap" and refuses other names. "-" reads standard input (JSON, or SQLite when the bytes
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

// `jsonBytes`, when given, receives the text of a JSON map as it was read
// (empty for a SQLite one), for tools that point into the file.
MapFileResult loadMapFile(const QString &path, QByteArray *jsonBytes = nullptr);
// Writes atomically: on failure the old file is left intact and `error` says why.
// `notes` receives what the save did besides (removed sidecars of the old file).
bool saveMapFile(const MapData &map, const QString &path, QString *error,
                 QStringList *notes = nullptr);

} // namespace OrgMap
