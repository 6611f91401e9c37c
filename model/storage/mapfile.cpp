#include "mapfile.h"

#include "core/atomicfile.h"
#include "fileformat.h"
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
    if (result.map)
        result.scenarios = Scenarios::single(*result.map);
    for (const FormatError &e : std::as_const(read.errors))
        result.errors << name + QLatin1String(": ") + e.toString();
    return result;
}

MapFileResult fromSqlite(const QString &path, const QString &name)
{
    SqliteStore::Internal::OpenResult open = SqliteStore::Internal::open(path, name);
    return {std::move(open.map), open.errors, std::move(open.scenarios), open.shown};
}

MapFileResult failure(const QString &line)
{
    return {std::nullopt, {line}, {}};
}

MapFileResult loadStdin(QByteArray *jsonBytes)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return failure(Text::tr("%1: cannot read: %2").arg(stdinName(), in.errorString()));
    const QByteArray bytes = in.readAll();
    if (!bytes.startsWith(QByteArray(SqliteStore::Internal::kSqliteMagic,
                                     SqliteStore::Internal::kSqliteMagicSize))) {
        if (jsonBytes)
            *jsonBytes = bytes;
        return fromJson(bytes, stdinName());
    }
    // SQLite needs a file: copy the bytes into one that lives until the end of
    // this function.
    QTemporaryFile temp(QDir::tempPath() + QStringLiteral("/orgmap-stdin-XXXXXX.orgmap"));
    if (!temp.open() || temp.write(bytes) != bytes.size() || !temp.flush())
        return failure(Text::tr("%1: cannot copy to a temporary file: %2")
                           .arg(stdinName(), temp.errorString()));
    temp.close();
    return fromSqlite(temp.fileName(), stdinName());
}

// A file named neither *.json nor *.orgmap (git hands a merge driver
// temporary files such as .merge_file_a1b2c3) is told by its first bytes.
bool isUnnamedJson(const QString &path)
{
    if (path.endsWith(QLatin1String(".orgmap"), Qt::CaseInsensitive))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(SqliteStore::Internal::kSqliteMagicSize);
    return !head.isEmpty() && !head.startsWith(QByteArray(SqliteStore::Internal::kSqliteMagic,
                                                          SqliteStore::Internal::kSqliteMagicSize));
}

} // namespace

MapFileKind mapFileKindOf(const QString &path)
{
    // Reading: anything that is not JSON is opened as a document, whose reader
    // checks the SQLite header and says "not an OrgMap document" otherwise.
    return fileFormatOf(path) == FileFormat::Json ? MapFileKind::Json : MapFileKind::Sqlite;
}

MapFileResult loadMapFile(const QString &path, QByteArray *jsonBytes)
{
    if (jsonBytes)
        jsonBytes->clear();
    if (path == QLatin1String("-"))
        return loadStdin(jsonBytes);
    if (mapFileKindOf(path) == MapFileKind::Sqlite && !isUnnamedJson(path))
        return fromSqlite(path, path);
    QFile file(path);
    if (!file.exists())
        return failure(Text::tr("%1 does not exist").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return failure(Text::tr("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (jsonBytes)
        *jsonBytes = bytes;
    return fromJson(bytes, path);
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
    // Writing is stricter than reading: only the two map formats, so that
    // "out.graphml" or "out.txt" is never silently a database.
    const std::optional<FileFormat> format = fileFormatOf(path);
    if (format == FileFormat::Document)
        return SqliteStore::save(map, path, error, notes);
    if (format != FileFormat::Json)
        return fail(format ? Text::tr("%1: %2 is an export, not a map file; write it with "
                                      "convert or File > Export")
                                 .arg(path, fileFormatInfo(*format).title)
                           : unsupportedFormatMessage(path));
    return writeFileAtomically(path, writeMapJson(map), error);
}

bool saveScenariosFile(const ScenarioList &scenarios, const QString &path, QString *error,
                       QStringList *notes, int shown)
{
    if (scenarios.size() == 1 || path == QLatin1String("-") ||
        fileFormatOf(path) != FileFormat::Document) {
        if (scenarios.size() != 1) {
            if (error)
                *error = Text::tr("%1: a JSON file holds one map, and this document has %n "
                                  "scenario(s); save it as .orgmap, or export one scenario",
                                  nullptr, int(scenarios.size()))
                             .arg(path);
            return false;
        }
        return saveMapFile(scenarios.first().map, path, error, notes);
    }
    return SqliteStore::save(scenarios, path, error, notes, shown);
}

std::optional<MapData> scenarioOf(const MapFileResult &result, const QString &name,
                                  const QString &displayName, QString *error)
{
    if (result.scenarios.isEmpty())
        return result.map;
    if (name.isEmpty())
        return result.scenarios.first().map;
    const qsizetype index = Scenarios::indexOf(result.scenarios, name);
    if (index >= 0)
        return result.scenarios.at(index).map;
    if (error) {
        QStringList quoted;
        for (const QString &n : Scenarios::names(result.scenarios))
            quoted << QLatin1Char('"') + n + QLatin1Char('"');
        *error = Text::tr("%1: no scenario called \"%2\"; it has %3")
                     .arg(displayName, name, quoted.join(QLatin1String(", ")));
    }
    return std::nullopt;
}

} // namespace OrgMap
