#pragma once

#include "core/mapdata.h"
#include "core/mapvalidator.h"

#include <QSqlDatabase>
#include <QString>

namespace OrgMap::SqliteStore::Internal {

class RowProblems;

// Reads every table of `db`, which verifyDatabase() accepted, into `map`, in
// primary-key order. Each row's id or key is claimed in `rules` as it is
// read (a key read twice is refused, not collapsed); spellings and the
// problems MapData cannot represent (half a geometry, extension text that is
// not a JSON object, tag and port positions) go to `problems`. The other
// rules are for rules.checkContent(map) afterwards. False when a query
// failed: then `damage` holds SQLite's message.
bool readTables(QSqlDatabase &db, MapData &map, MapValidator &rules, RowProblems &problems,
                QString *damage);

} // namespace OrgMap::SqliteStore::Internal
