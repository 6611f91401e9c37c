#pragma once

#include "core/scenario.h"

class QCommandLineParser;

namespace OrgMap::Cli {

// Loads a map file ("-" for standard input) or throws UsageError carrying every
// problem found, one per line, each naming the file and the place.
// `jsonBytes` as for loadMapFile().
// `scenario` names the scenario of a document to take (exact, then ignoring
// case); empty takes the first, and a JSON file's one map is "As-is". An
// unknown name is a UsageError that lists the names the file has.
// `all`, when given, receives every scenario of the file.
MapData loadMapOrThrow(const QString &path, QByteArray *jsonBytes = nullptr,
                       const QString &scenario = {}, ScenarioList *all = nullptr);

// `--scenario NAME`, the option of every command that reads one map of a
// document (check, convert, layout, render; docs/scenarios.md).
void addScenarioOption(QCommandLineParser &parser, const QString &description);

// When `all` (the scenarios of `path`) has more than one and none was named:
// the note that says which one was used and which were not. `written`: the
// command wrote the map ("wrote the first"), else it only read it. Empty
// otherwise.
QString unnamedScenarioNote(const QString &path, const ScenarioList &all, bool written);

// For a command about to end the process: keeps `map` alive until exit instead
// of freeing its tens of thousands of small allocations one by one (~30 ms per
// 10,000-asset map), which the operating system does at once. Still reachable,
// so leak checkers stay quiet.
void keepUntilExit(MapData &&map);

} // namespace OrgMap::Cli
