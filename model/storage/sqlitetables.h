#pragma once

#include "core/scenario.h"

#include <QSqlDatabase>
#include <QStringList>

namespace OrgMap::SqliteStore::Internal {

struct TablesResult
{
    bool complete = false; // false: a query failed, `damage` holds SQLite's message
    QString damage;
    // Problems that MapData cannot even represent (an unknown enum spelling,
    // half a geometry, extension text that is not a JSON object, a key read
    // twice), each "table assets, row \"s-x\": ...". At most maxErrors.
    QStringList errors;
};

// Reads every table of `db`, which verifyDatabase() accepted, into `map`,
// in primary-key order. The format rules are checked afterwards, on the map.
// `scenario` is the id of the scenario to read in a version 2 document, 0 for
// a version 1 document (one map, no scenario column).
TablesResult readTables(QSqlDatabase &db, MapData &map, int maxErrors, int scenario = 0);

struct ScenarioRow
{
    int id = 0;
    QString name;
};
// The scenarios table of a version 2 document, in order; names checked
// (Scenarios::checkName) into `errors`.
TablesResult readScenarioRows(QSqlDatabase &db, QList<ScenarioRow> &rows);

} // namespace OrgMap::SqliteStore::Internal
