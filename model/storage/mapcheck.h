#pragma once

#include "core/mapdata.h"
#include "core/mapvalidator.h"

#include <QStringList>

namespace OrgMap::SqliteStore::Internal {

// The problems of a .orgmap, each naming the table and row (and column):
// "table assets, row \"s-x\": owner: unknown team \"t-y\"". The content
// rules (MapValidator, the same code the JSON reader uses) report here, and
// the table reader its own problems (positions, half a geometry). At most
// `limit` problems are kept.
class RowProblems : public ProblemSink
{
public:
    explicit RowProblems(int limit) : m_limit(limit) {}
    void report(const Where &where, Field field, const QString &message) override;
    QString describe(const Where &first, const Where &current) const override;
    bool full() const override { return m_errors.size() >= m_limit; }

    // A problem of a column MapValidator has no Field for.
    void report(const QString &row, const QString &message);
    bool isEmpty() const { return m_errors.isEmpty(); }
    const QStringList &errors() const { return m_errors; }

private:
    const int m_limit;
    QStringList m_errors;
};

// Every format rule applied to a whole map, ids included: save() refuses to
// write a map breaking them, so that every file save() writes, open() reads
// back. At most `limit` problems.
QStringList checkMap(const MapData &map, int limit);

// Row labels: "table assets, row \"s-x\"", "table asset_tags, row (\"s-x\", 2)",
// "table links, row s-a -> s-b (api)", "table map_info".
QString rowLabel(const Where &where);
QString rowLabel(const QString &table, const QString &id, qsizetype position);

} // namespace OrgMap::SqliteStore::Internal
