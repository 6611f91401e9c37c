#pragma once

#include "core/scenario.h"

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
    // The first scenario's map (the only one of a JSON file).
    std::optional<MapData> map;
    // Every problem, each a full line: "FILE: /assets/3/owner: unknown team ...".
    QStringList errors;
    // Every scenario of the file in its order: one, under
    // Scenarios::defaultName(), for JSON and for documents written before
    // scenarios existed (docs/scenarios.md). Empty on failure.
    ScenarioList scenarios;
    // The scenario the document was saved showing (docs/scenarios.md): an
    // index into `scenarios`, 0 for JSON and for unmarked documents.
    int shownScenario = 0;
};

// `jsonBytes`, when given, receives the text of a JSON map as it was read
// (empty for a SQLite one), for tools that point into the file.
MapFileResult loadMapFile(const QString &path, QByteArray *jsonBytes = nullptr);
// Writes atomically: on failure the old file is left intact and `error` says why.
// `notes` receives what the save did besides (removed sidecars of the old file).
bool saveMapFile(const MapData &map, const QString &path, QString *error,
                 QStringList *notes = nullptr);
// Saves every scenario: a document holds them all; a JSON file holds one map,
// so a list of several is refused for it (Export JSON writes one scenario).
// A document opens again on `shown` (MapFileResult::shownScenario).
bool saveScenariosFile(const ScenarioList &scenarios, const QString &path, QString *error,
                       QStringList *notes = nullptr, int shown = 0);

// The scenario of `result` called `name` (exact, then ignoring case); with
// an empty name, the first. On failure nullopt and `error` says which names
// the file has.
std::optional<MapData> scenarioOf(const MapFileResult &result, const QString &name,
                                  const QString &displayName, QString *error);

} // namespace OrgMap
