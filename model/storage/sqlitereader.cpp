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
    if (const QString refused = verifyDatabase(db, displayName); !refused.isEmpty())
        return fail(refused);

    MapData map;
    RowProblems problems(kMaxErrors);
    MapValidator rules(problems);
    QString damage;
    if (!readTables(db, map, rules, problems, &damage))
        return fail(Text::tr("%1 is damaged: %2").arg(displayName, damage));
    // A row refused while reading (a key twice, an unknown spelling) would
    // make the other rules report consequences of it, not causes.
    if (problems.isEmpty())
        rules.checkContent(map);
    for (const QString &p : problems.errors())
        result.errors << displayName + QLatin1String(": ") + p;
    if (result.errors.isEmpty())
        result.map = std::move(map);
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

} // namespace OrgMap::SqliteStore
