#include "mapfile.h"

#include "core/atomicfile.h"
#include "sqlitestore_p.h"
#include "json/jsonformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>
#include <cstdio>

namespace OrgMap {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgMap::MapFile)
};

const QString &stdinName()
{
    static const QString name = QStringLiteral("<stdin>");
    return name;
}

MapFileResult fromJson(const QByteArray &bytes, const QString &name)
{
    JsonReadResult read = readMapJson(bytes);
    MapFileResult result;
    result.map = std::move(read.map);
    for (const FormatError &e : std::as_const(read.errors))
        result.errors << name + QLatin1String(": ") + e.toString();
    return result;
}

MapFileResult fromSqlite(const QString &path, const QString &name)
{
    SqliteStore::Internal::OpenResult open = SqliteStore::Internal::open(path, name);
    return {std::move(open.map), open.errors};
}

MapFileResult failure(const QString &line)
{
    return {std::nullopt, {line}};
}

MapFileResult loadStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return failure(Text::tr("%1: cannot read: %2").arg(stdinName(), in.errorString()));
    const QByteArray bytes = in.readAll();
    if (!bytes.startsWith(QByteArray(SqliteStore::Internal::kSqliteMagic,
                                     SqliteStore::Internal::kSqliteMagicSize)))
        return fromJson(bytes, stdinName());
    // SQLite needs a file: copy the bytes into one that lives until the end of
    // this function.
    QTemporaryFile temp(QDir::tempPath() + QStringLiteral("/orgmap-stdin-XXXXXX.orgmap"));
    if (!temp.open() || temp.write(bytes) != bytes.size() || !temp.flush())
        return failure(Text::tr("%1: cannot copy to a temporary file: %2")
                           .arg(stdinName(), temp.errorString()));
    temp.close();
    return fromSqlite(temp.fileName(), stdinName());
}

} // namespace

MapFileKind mapFileKindOf(const QString &path)
{
    // ".orgmap.json" ends in ".json" too. "-" (standard output) is JSON.
    if (path == QLatin1String("-") || path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return MapFileKind::Json;
    return MapFileKind::Sqlite;
}

MapFileResult loadMapFile(const QString &path)
{
    if (path == QLatin1String("-"))
        return loadStdin();
    if (mapFileKindOf(path) == MapFileKind::Sqlite)
        return fromSqlite(path, path);
    QFile file(path);
    if (!file.exists())
        return failure(Text::tr("%1 does not exist").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return failure(Text::tr("cannot read %1: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

bool saveMapFile(const MapData &map, const QString &path, QString *error, QStringList *notes)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (path == QLatin1String("-")) {
        QFile out;
        const QByteArray bytes = writeMapJson(map);
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() ||
            !out.flush())
            return fail(Text::tr("cannot write to standard output: %1").arg(out.errorString()));
        return true;
    }
    if (mapFileKindOf(path) == MapFileKind::Sqlite)
        return SqliteStore::save(map, path, error, notes);
    return writeFileAtomically(path, writeMapJson(map), error);
}

} // namespace OrgMap
