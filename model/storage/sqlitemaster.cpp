// The objects in sqlite_master must be exactly the schema save() writes.

#include "core/displaytext.h"
#include "sqliteconnection.h"
#include "sqlitestore_p.h"
#include "sqliteverify.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace OrgMap::SqliteStore::Internal {
namespace {

QString simplifiedSql(const QString &sql)
{
    return sql.simplified();
}

} // namespace

// The objects of the database must be exactly the tables save() creates,
// each with the statement save() used: no view in place of a table (a
// recursive view never ends), no trigger, no index or table of another
// program. Anything else is not a document OrgMap wrote, however it was
// edited. Returns the reason for refusing, or an empty string.
QString unexpectedSchema(QSqlDatabase &db, int version, QString *damage)
{
    QHash<QString, QString> expected;
    for (const QString &statement : schemaStatements(version)) {
        // "CREATE TABLE <name> (..."
        const QString name = statement.section(QLatin1Char(' '), 2, 2);
        expected.insert(name, simplifiedSql(statement));
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master"))) {
        *damage = errorText(q);
        return {};
    }
    QSet<QString> seen;
    while (q.next()) {
        const QString type = q.value(0).toString();
        const QString name = q.value(1).toString();
        // ANALYZE's statistics are SQLite's own and change no result.
        if (type == QLatin1String("table") && name.startsWith(QLatin1String("sqlite_stat")))
            continue;
        const auto it = expected.constFind(name);
        if (it == expected.cend())
            return Text::tr("it has a %1 \"%2\" that OrgMap does not write")
                .arg(type, shortened(escapeControls(name)));
        if (type != QLatin1String("table"))
            return Text::tr("\"%1\" is a %2, not a table").arg(name, type);
        if (simplifiedSql(q.value(2).toString()) != *it)
            return Text::tr("table \"%1\" is not defined as OrgMap defines it").arg(name);
        seen.insert(name);
    }
    if (q.lastError().isValid()) {
        *damage = errorText(q);
        return {};
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        if (!seen.contains(it.key()))
            return Text::tr("table \"%1\" is missing").arg(it.key());
    return {};
}

} // namespace OrgMap::SqliteStore::Internal
