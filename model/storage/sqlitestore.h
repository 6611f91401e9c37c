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
// Every scenario, in order; names as Scenarios::checkName allows. `shown`:
// the scenario on screen, which the document opens on (kShownScenarioKey).
bool save(const ScenarioList &scenarios, const QString &path, QString *error,
          QStringList *notes = nullptr, int shown = 0);
// Every scenario of the document (one for a version 1 file); `shown`
// receives the one it was saved showing (0 when none is marked).
std::optional<ScenarioList> openScenarios(const QString &path, QString *error,
                                          int *shown = nullptr);

// Which scenario a document opens on, kept without a new schema version
// (docs/scenarios.md, "Which scenario a document opens on"): a top-level
// extension key of that scenario's map_info row, `true`. Written only when
// it is not the first scenario, so a document showing its first scenario is
// what it was before. The reader takes it out of the map (no MapData carries
// it: not a diff, not a JSON export); a version 2 reader that predates it
// reads an ordinary extension of that scenario's map.
inline constexpr QLatin1String kShownScenarioKey{"x-orgmap-shown-scenario"};

} // namespace OrgMap::SqliteStore
