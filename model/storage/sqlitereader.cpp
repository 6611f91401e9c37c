// SqliteStore::open: verify the file, read every table into a MapData, then
// apply the format rules to what was read.

#include "mapcheck.h"
#include "sqliteconnection.h"
#include "sqlitestore_p.h"
#include "sqlitetables.h"
#include "sqliteverify.h"

#include <QCoreApplication>
#include <optional>

namespace OrgMap::SqliteStore {
namespace Internal {
namespace {

constexpr int kMaxErrors = 100;

} // namespace

OpenResult open(const QString &path, const QString &displayName,
                std::chrono::milliseconds timeLimit)
{
    OpenResult result;
    std::optional<Connection> connection;
    const auto fail = [&](const QString &message) {
        // An interrupted statement reads "interrupted": say why instead.
        if (connection && connection->timedOut())
            result.errors << Text::tr("%1 was refused: reading it took longer than %2 s, which "
                                      "no OrgMap document needs (a hostile or damaged file?)")
                                 .arg(displayName)
                                 .arg(double(timeLimit.count()) / 1000.0);
        else
            result.errors << message;
        result.scenarios.clear();
        return result;
    };
    if (const QString refused = verifyFile(path, displayName); !refused.isEmpty())
        return fail(refused);
    connection.emplace(path, Connection::Mode::ReadOnly);
    if (!connection->isOpen())
        return fail(Text::tr("cannot open %1: %2").arg(displayName, connection->lastError()));
    connection->setTimeLimit(timeLimit);
    QSqlDatabase &db = connection->db();
    int version = 0;
    if (const QString refused = verifyDatabase(db, displayName, &version); !refused.isEmpty())
        return fail(refused);

    // Version 1 holds one map: it is the one scenario, under the default name.
    QList<ScenarioRow> rows{{0, Scenarios::defaultName()}};
    if (version >= 2) {
        rows.clear();
        RowProblems problems(kMaxErrors);
        QString damage;
        if (!readScenarioRows(db, rows, problems, &damage))
            return fail(Text::tr("%1 is damaged: %2").arg(displayName, damage));
        for (const QString &p : problems.errors())
            result.errors << displayName + QLatin1String(": ") + p;
        if (!result.errors.isEmpty())
            return result;
    }
    for (const ScenarioRow &row : std::as_const(rows)) {
        // Each scenario is a map of its own: its own id namespace and rules.
        MapData map;
        RowProblems problems(kMaxErrors);
        MapValidator rules(problems);
        QString damage;
        if (!readTables(db, map, rules, problems, &damage, row.id))
            return fail(Text::tr("%1 is damaged: %2").arg(displayName, damage));
        // A row refused while reading (a key twice, an unknown spelling) would
        // make the other rules report consequences of it, not causes.
        if (problems.isEmpty())
            rules.checkContent(map);
        if (connection->timedOut()) // a statement interrupted at its very end
            return fail({});
        // Which scenario, when there can be several.
        const QString where = rows.size() > 1
                                  ? displayName + Text::tr(": scenario \"%1\"").arg(row.name)
                                  : displayName;
        for (const QString &p : problems.errors())
            result.errors << where + QLatin1String(": ") + p;
        // The shown mark is the document's, not the map's (kShownScenarioKey).
        if (map.info.extensions.contains(kShownScenarioKey)) {
            if (result.shown == 0 && map.info.extensions.value(kShownScenarioKey).toBool())
                result.shown = int(result.scenarios.size());
            map.info.extensions.remove(kShownScenarioKey);
        }
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

std::optional<ScenarioList> openScenarios(const QString &path, QString *error, int *shown)
{
    Internal::OpenResult result = Internal::open(path, path);
    if (error)
        *error = result.errors.join(QLatin1Char('\n'));
    if (shown)
        *shown = result.shown;
    if (!result.map)
        return std::nullopt;
    return std::move(result.scenarios);
}

} // namespace OrgMap::SqliteStore
