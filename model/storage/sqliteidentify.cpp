// The identification checks of open(): the file, its sidecars, the pragmas
// and quick_check (docs/sqlite-format.md, "Identification").

#include "core/displaytext.h"
#include "sqliteconnection.h"
#include "sqlitestore_p.h"
#include "sqliteverify.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <optional>

namespace OrgMap::SqliteStore::Internal {
namespace {

// Reads the first 16 bytes: SQLite opens anything lazily (an empty file is an
// empty database), so the header is the reliable way to tell a foreign file.
enum class Header
{
    Sqlite,
    Foreign,
    Unreadable
};
Header readHeader(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return Header::Unreadable;
    }
    const QByteArray head = file.read(kSqliteMagicSize);
    return head == QByteArray(kSqliteMagic, kSqliteMagicSize) ? Header::Sqlite : Header::Foreign;
}

// A single-value PRAGMA, or nullopt with `damage` set.
std::optional<QVariant> pragma(QSqlDatabase &db, const char *name, QString *damage)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) || !q.next()) {
        *damage = errorText(q);
        if (damage->isEmpty())
            *damage = Text::tr("PRAGMA %1 returned nothing").arg(QLatin1String(name));
        return std::nullopt;
    }
    return q.value(0);
}

// Byte 18 of the header is 2 for a database in WAL mode, 1 otherwise.
bool inWalMode(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(20);
    return head.size() == 20 && head.at(18) == 2;
}

bool nonEmptyFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.size() > 0;
}

} // namespace

QString verifyFile(const QString &path, const QString &displayName)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Text::tr("%1 does not exist").arg(displayName);
    if (info.isDir())
        return Text::tr("%1 is a folder, not an OrgMap document").arg(displayName);
    QString why;
    switch (readHeader(path, &why)) {
    case Header::Unreadable:
        return Text::tr("cannot read %1: %2").arg(displayName, why);
    case Header::Foreign:
        return Text::tr("%1 is not an OrgMap document (not a SQLite database)").arg(displayName);
    case Header::Sqlite:
        break;
    }

    // SQLite applies a "-journal" or "-wal" it finds beside a database,
    // whether or not it belongs to it. OrgMap writes neither; one that is
    // there was left by another program, and the file is not damaged.
    if (nonEmptyFile(path + QLatin1String("-journal")))
        return Text::tr("%1 has an unfinished change of another program (a hot journal, "
                        "%1-journal): finish or undo it in that program, or remove the "
                        "journal to discard the change")
            .arg(displayName);
    if (nonEmptyFile(path + QLatin1String("-wal")) && !inWalMode(path))
        return Text::tr("%1-wal does not belong to %1 (the document is not in WAL mode): "
                        "it is a leftover of another program; remove it to open the document")
            .arg(displayName);
    return {};
}

QString verifyDatabase(QSqlDatabase &db, const QString &displayName, int *acceptedVersion)
{
    const auto damaged = [&](const QString &why) {
        return Text::tr("%1 is damaged: %2").arg(displayName, why);
    };
    QString damage;
    // A database in WAL mode needs to create "-shm" beside it, even to read.
    const auto damagedOrUnwritable = [&](const QString &why) {
        if (why.contains(QLatin1String("readonly")) ||
            why.contains(QLatin1String("unable to open")))
            return Text::tr("cannot open %1: it is in WAL mode, and SQLite must write beside "
                            "it to read it, which the folder does not allow (%2)")
                .arg(displayName, why);
        return damaged(why);
    };

    const std::optional<QVariant> appId = pragma(db, "application_id", &damage);
    if (!appId)
        return damagedOrUnwritable(damage);
    if (appId->toInt() != kApplicationId)
        return Text::tr("%1 is a SQLite database but not an OrgMap document").arg(displayName);

    const std::optional<QVariant> version = pragma(db, "user_version", &damage);
    if (!version)
        return damaged(damage);
    if (version->toInt() > kSchemaVersion)
        return Text::tr("%1 was saved by a newer OrgMap (document version %2; this OrgMap reads "
                        "up to %3)")
            .arg(displayName)
            .arg(version->toInt())
            .arg(kSchemaVersion);
    if (version->toInt() < 1)
        return damaged(Text::tr("document version %1 is not a version OrgMap ever wrote")
                           .arg(version->toInt()));

    const QString unexpected = unexpectedSchema(db, version->toInt(), &damage);
    if (!damage.isEmpty())
        return damaged(damage);
    if (!unexpected.isEmpty())
        return Text::tr("%1 is not an OrgMap document (%2)").arg(displayName, unexpected);

    {
        // quick_check is the O(N) subset of integrity_check: page structure and
        // record format, without the index cross-checks.
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("PRAGMA quick_check")))
            return damaged(errorText(q));
        // Rows read "*** in database main ***\nPage 182: btreeInitPage() returns
        // error code 11"; keep the first few findings, on one line.
        QStringList problems;
        while (q.next())
            for (const QString &line : textOf(q.value(0)).split(QLatin1Char('\n')))
                if (!line.startsWith(QLatin1String("***")) && !line.trimmed().isEmpty())
                    problems << line.trimmed();
        if (q.lastError().isValid())
            problems << errorText(q);
        if (problems != QStringList{QStringLiteral("ok")})
            return damaged(problems.isEmpty() ? Text::tr("PRAGMA quick_check failed")
                                              : problems.mid(0, 3).join(QLatin1String("; ")));
    }
    if (acceptedVersion)
        *acceptedVersion = version->toInt();
    return {};
}

} // namespace OrgMap::SqliteStore::Internal
