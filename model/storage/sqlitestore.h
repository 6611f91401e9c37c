#pragma once

#include "core/scenario.h"

#include <optional>

namespace OrgMap::SqliteStore {

// The native document: a SQLite database, schema in docs/sqlite-format.md.
constexpr int kApplicationId = 0x4F524D50; // "ORMP"
// 2: scenarios (several maps per document); 1 is still read, as one scenario.
constexpr int kSchemaVersion = 2;

// Opens read-only. On failure returns nullopt and says why in `error`: not a
// SQLite file, not an OrgMap document, written by a newer OrgMap, corrupt.
std::optional<MapData> open(const QString &path, QString *error);

// Saves atomically: writes a temporary file next to `path`, then renames it
// over; a failure (full disk, crash) leaves the old file as it was. `notes`
// receives what else it did (a stale -wal of the replaced file removed).
bool save(const MapData &map, const QString &path, QString *error, QStringList *notes = nullptr);
// Every scenario, in order; names as Scenarios::checkName allows.
bool save(const ScenarioList &scenarios, const QString &path, QString *error,
          QStringList *notes = nullptr);
// Every scenario of the document (one for a version 1 file).
std::optional<ScenarioList> openScenarios(const QString &path, QString *error);

} // namespace OrgMap::SqliteStore
