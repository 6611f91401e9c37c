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
    const TablesResult read = readTables(db, map, kMaxErrors);
    if (!read.complete)
        return fail(Text::tr("%1 is damaged: %2").arg(displayName, read.damage));
    QStringList problems = read.errors;
    if (problems.isEmpty())
        problems = checkMap(map, kMaxErrors);
    for (const QString &p : std::as_const(problems))
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
