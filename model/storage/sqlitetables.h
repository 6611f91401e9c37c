#pragma once

#include "core/mapdata.h"
#include "core/mapvalidator.h"

#include <QList>
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
// `scenario` is the id of the scenario to read in a version 2 document, 0 for
// a version 1 document (one map, no scenario column).
bool readTables(QSqlDatabase &db, MapData &map, MapValidator &rules, RowProblems &problems,
                QString *damage, int scenario = 0);

struct ScenarioRow
{
    int id = 0;
    QString name;
};
// The scenarios table of a version 2 document, in order; names checked
// (Scenarios::checkName, valid UTF-8) into `problems`. False when a query
// failed: then `damage` holds SQLite's message.
bool readScenarioRows(QSqlDatabase &db, QList<ScenarioRow> &rows, RowProblems &problems,
                      QString *damage);

} // namespace OrgMap::SqliteStore::Internal
