// SqliteStore::open: verify the file, read every table into a MapData, then
// apply the format rules to what was read.

#include "mapcheck.h"
#include "sqliteconnection.h"
#include "sqlitestore_p.h"
#include "sqlitetables.h"
#include "sqliteverify.h"

#include <QCoreApplication>

namespace OrgMap::SqliteStore {
namespace Internal {
namespace {

constexpr int kMaxErrors = 100;

} // namespace

OpenResult open(const QString &path, const QString &displayName)
{
    OpenResult result;
    const auto fail = [&](const QString &message) {
        result.errors << message;
        return result;
    };
    if (const QString refused = verifyFile(path, displayName); !refused.isEmpty())
        return fail(refused);
    Connection connection(path, Connection::Mode::ReadOnly);
    if (!connection.isOpen())
        return fail(Text::tr("cannot open %1: %2").arg(displayName, connection.lastError()));
    QSqlDatabase &db = connection.db();
    int version = 0;
    if (const QString refused = verifyDatabase(db, displayName, &version); !refused.isEmpty())
        return fail(refused);

    // Version 1 holds one map: it is the one scenario, under the default name.
    QList<ScenarioRow> rows{{0, Scenarios::defaultName()}};
    if (version >= 2) {
        rows.clear();
        const TablesResult listed = readScenarioRows(db, rows);
        if (!listed.complete)
            return fail(Text::tr("%1 is damaged: %2").arg(displayName, listed.damage));
        for (const QString &p : listed.errors)
            result.errors << displayName + QLatin1String(": ") + p;
        if (!result.errors.isEmpty())
            return result;
    }
    for (const ScenarioRow &row : std::as_const(rows)) {
        MapData map;
        const TablesResult read = readTables(db, map, kMaxErrors, row.id);
        if (!read.complete)
            return fail(Text::tr("%1 is damaged: %2").arg(displayName, read.damage));
        QStringList problems = read.errors;
        if (problems.isEmpty())
            problems = checkMap(map, kMaxErrors);
        // Which scenario, when there can be several.
        const QString where = rows.size() > 1
                                  ? displayName + Text::tr(": scenario \"%1\"").arg(row.name)
                                  : displayName;
        for (const QString &p : std::as_const(problems))
            result.errors << where + QLatin1String(": ") + p;
        result.scenarios.append(Scenario{row.name, std::move(map)});
    }
    if (!result.errors.isEmpty()) {
        result.scenarios.clear();
        return result;
    }
    result.map = result.scenarios.first().map;
    return result;
}

} // namespace Internal

std::optional<MapData> open(const QString &path, QString *error)
{
    Internal::OpenResult result = Internal::open(path, path);
    if (error)
        *error = result.errors.join(QLatin1Char('\n'));
    return std::move(result.map);
}

std::optional<ScenarioList> openScenarios(const QString &path, QString *error)
{
    Internal::OpenResult result = Internal::open(path, path);
    if (error)
        *error = result.errors.join(QLatin1Char('\n'));
    if (!result.map)
        return std::nullopt;
    return std::move(result.scenarios);
}

} // namespace OrgMap::SqliteStore
