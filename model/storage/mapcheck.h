#pragma once

#include "core/mapdata.h"

#include <QStringList>

namespace OrgMap::SqliteStore::Internal {

// The format rules (Rules::, references, one id namespace, no domain cycles,
// service-only restrictions) applied to a whole map. open() refuses a
// database breaking them (it may have been edited by hand) and save() refuses
// to write one, so that every file save() writes, open() reads back.
// Each problem reads "table assets, row \"s-x\": unknown team \"t-y\"",
// naming the table and row of the SQLite document. At most `limit` problems.
QStringList checkMap(const MapData &map, int limit);

// Row labels used in the messages above, shared with the reader.
QString rowLabel(const QString &table, const QString &id);
QString rowLabel(const QString &table, const QString &id, qsizetype position);
QString rowLabel(const QString &table, const QString &from, const QString &to, const QString &kind);

} // namespace OrgMap::SqliteStore::Internal
