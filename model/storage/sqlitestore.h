#pragma once

#include "core/mapdata.h"

#include <optional>

namespace OrgMap::SqliteStore {

// The native document: a SQLite database, schema in docs/sqlite-format.md.
constexpr int kApplicationId = 0x4F524D50; // "ORMP"
constexpr int kSchemaVersion = 1;

// Opens read-only. On failure returns nullopt and says why in `error`: not a
// SQLite file, not an OrgMap document, written by a newer OrgMap, corrupt.
std::optional<MapData> open(const QString &path, QString *error);

// Saves atomically: writes a temporary file next to `path`, then renames it
// over; a failure (full disk, crash) leaves the old file as it was. `notes`
// receives what else it did (a stale -wal of the replaced file removed).
bool save(const MapData &map, const QString &path, QString *error, QStringList *notes = nullptr);

} // namespace OrgMap::SqliteStore
