#pragma once

// Internal to orgmap_storage (and its tests): the parts of the SQLite store that
// the public header does not promise.

#include "sqlitestore.h"

#include <QCoreApplication>
#include <QStringList>
#include <chrono>

namespace OrgMap::SqliteStore::Internal {

// The translation context of the store's messages: Text::tr("...").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgMap::SqliteStore)
};

// Knobs for tests. maxPageCount > 0 caps the database size (PRAGMA
// max_page_count) so that a test can simulate a full disk.
struct SaveOptions
{
    int maxPageCount = 0;
    QStringList *notes = nullptr; // what the save did beyond saving (see AtomicFile::notes)
    int shown = 0;                // the scenario marked shown (kShownScenarioKey)
};

bool save(const ScenarioList &scenarios, const QString &path, QString *error,
          const SaveOptions &options);
inline bool save(const MapData &map, const QString &path, QString *error,
                 const SaveOptions &options)
{
    return save(Scenarios::single(map), path, error, options);
}

struct OpenResult
{
    std::optional<MapData> map; // the first scenario
    ScenarioList scenarios;     // all of them, in order
    QStringList errors;         // full lines, each starting with the display name
    int shown = 0;              // the scenario marked shown when saved (kShownScenarioKey)
};

// How long open() may spend in SQLite before it gives up on a file: a map
// of 100,000 assets opens in 0.6 s (docs/sqlite-format.md), so a file that
// needs 100 times that is hostile, not big (docs/reliability.md).
inline constexpr std::chrono::milliseconds kOpenTimeLimit{60000};

// Opens `path`, naming it `displayName` in messages (loadMapFile passes
// "<stdin>" for a copy of standard input in a temporary file).
OpenResult open(const QString &path, const QString &displayName,
                std::chrono::milliseconds timeLimit = kOpenTimeLimit);

// The 16 bytes every SQLite 3 database starts with.
inline constexpr char kSqliteMagic[] = "SQLite format 3"; // + the terminating NUL = 16 bytes
inline constexpr int kSqliteMagicSize = 16;

// The DDL of a schema version (1 or 2), one statement per entry
// (docs/sqlite-format.md). save() writes kSchemaVersion; open() reads both.
const QStringList &schemaStatements(int version = kSchemaVersion);

} // namespace OrgMap::SqliteStore::Internal
