#pragma once

#include "core/mapdata.h"

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
TablesResult readTables(QSqlDatabase &db, MapData &map, int maxErrors);

} // namespace OrgMap::SqliteStore::Internal
