// SqliteStore::save: write a complete new database next to the target, then
// rename it over the target (docs/sqlite-format.md, "Saving").

#include "mapcheck.h"
#include "sqliteconnection.h"
#include "sqlitestore_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace OrgMap::SqliteStore {
namespace Internal {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OrgMap::SqliteStore", text);
}

// Qt Sql binds a null QString as NULL; the NOT NULL text columns want ''.
QVariant text(const QString &s)
{
    static const QString empty = QStringLiteral("");
    return s.isNull() ? empty : s;
}
QVariant optionalId(const QString &id)
{
    return id.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(id);
}
QVariant json(const Extensions &ext)
{
    if (ext.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(ext).toJson(QJsonDocument::Compact));
}
const QVariant &nullReal()
{
    static const QVariant v(QMetaType::fromType<double>());
    return v;
}

// Prepared INSERTs bound by position; each failure keeps SQLite's message.
class Writer
{
public:
    explicit Writer(QSqlDatabase &db) : m_db(db) {}
    QString failure;

    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (q.exec(sql))
            return true;
        failure = errorText(q);
        return false;
    }

    bool write(const MapData &map)
    {
        return writeInfo(map.info) && writeTeams(map) && writeDomains(map) && writeAssets(map) &&
               writeLinks(map) && writeInteractions(map);
    }

private:
    bool prepare(QSqlQuery &q, const char *sql)
    {
        if (q.prepare(QString::fromLatin1(sql)))
            return true;
        failure = errorText(q);
        return false;
    }
    bool run(QSqlQuery &q)
    {
        if (q.exec())
            return true;
        failure = errorText(q);
        return false;
    }
    static void bindGeometry(QSqlQuery &q, int first, const std::optional<Geometry> &g, bool sized)
    {
        q.bindValue(first, g ? QVariant(g->x) : nullReal());
        q.bindValue(first + 1, g ? QVariant(g->y) : nullReal());
        int ext = first + 2;
        if (sized) {
            q.bindValue(first + 2, g ? QVariant(g->w) : nullReal());
            q.bindValue(first + 3, g ? QVariant(g->h) : nullReal());
            ext = first + 4;
        }
        q.bindValue(ext, g ? json(g->extensions) : json({}));
    }

    bool writeInfo(const MapInfo &info)
    {
        QSqlQuery q(m_db);
        if (!prepare(q, "INSERT INTO map_info (id, name, description, extensions) "
                        "VALUES (1, ?, ?, ?)"))
            return false;
        q.bindValue(0, text(info.name));
        q.bindValue(1, text(info.description));
        q.bindValue(2, json(info.extensions));
        return run(q);
    }

    bool writeTeams(const MapData &map)
    {
        QSqlQuery q(m_db);
        if (!prepare(q, "INSERT INTO teams (id, name, type, description, x, y, "
                        "geometry_extensions, extensions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
            return false;
        for (const Team &t : map.teams) {
            q.bindValue(0, t.id.str());
            q.bindValue(1, text(t.name));
            q.bindValue(2, text(toString(t.type)));
            q.bindValue(3, text(t.description));
            bindGeometry(q, 4, t.geometry, false);
            q.bindValue(7, json(t.extensions));
            if (!run(q))
                return false;
        }
        return true;
    }

    bool writeDomains(const MapData &map)
    {
        QSqlQuery q(m_db);
        if (!prepare(q, "INSERT INTO domains (id, name, parent, owner, description, color, x, y, "
                        "w, h, geometry_extensions, extensions) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            return false;
        for (const Domain &d : map.domains) {
            q.bindValue(0, d.id.str());
            q.bindValue(1, text(d.name));
            q.bindValue(2, optionalId(d.parent.str()));
            q.bindValue(3, optionalId(d.owner.str()));
            q.bindValue(4, text(d.description));
            q.bindValue(5, text(d.color));
            bindGeometry(q, 6, d.geometry, true);
            q.bindValue(11, json(d.extensions));
            if (!run(q))
                return false;
        }
        return true;
    }

    bool writeAssets(const MapData &map)
    {
        QSqlQuery q(m_db), tag(m_db), port(m_db);
        if (!prepare(q, "INSERT INTO assets (id, kind, name, domain, owner, description, "
                        "contract, documentation, classification, x, y, geometry_extensions, "
                        "extensions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") ||
            !prepare(tag, "INSERT INTO asset_tags (asset, position, tag) VALUES (?, ?, ?)") ||
            !prepare(port, "INSERT INTO asset_ports (asset, position, name, type, location, "
                           "extensions) VALUES (?, ?, ?, ?, ?, ?)"))
            return false;
        for (const Asset &a : map.assets) {
            const QVariant id = a.id.str();
            q.bindValue(0, id);
            q.bindValue(1, text(toString(a.kind)));
            q.bindValue(2, text(a.name));
            q.bindValue(3, optionalId(a.domain.str()));
            q.bindValue(4, optionalId(a.owner.str()));
            q.bindValue(5, text(a.description));
            q.bindValue(6, text(a.contract));
            q.bindValue(7, text(a.documentation));
            q.bindValue(8, text(toString(a.classification)));
            bindGeometry(q, 9, a.geometry, false);
            q.bindValue(12, json(a.extensions));
            if (!run(q))
                return false;
            for (qsizetype i = 0; i < a.tags.size(); ++i) {
                tag.bindValue(0, id);
                tag.bindValue(1, qint64(i));
                tag.bindValue(2, text(a.tags.at(i)));
                if (!run(tag))
                    return false;
            }
            for (qsizetype i = 0; i < a.ports.size(); ++i) {
                const Port &p = a.ports.at(i);
                port.bindValue(0, id);
                port.bindValue(1, qint64(i));
                port.bindValue(2, text(p.name));
                port.bindValue(3, text(toString(p.type)));
                port.bindValue(4, text(p.location));
                port.bindValue(5, json(p.extensions));
                if (!run(port))
                    return false;
            }
        }
        return true;
    }

    bool writeLinks(const MapData &map)
    {
        QSqlQuery q(m_db);
        if (!prepare(q, "INSERT INTO links (from_asset, to_asset, kind, label, extensions) "
                        "VALUES (?, ?, ?, ?, ?)"))
            return false;
        // The three spellings, converted once rather than per row.
        const QVariant kinds[] = {toString(LinkKind::Api), toString(LinkKind::Data),
                                  toString(LinkKind::Event)};
        for (const Link &l : map.links) {
            q.bindValue(0, l.key.from.str());
            q.bindValue(1, l.key.to.str());
            q.bindValue(2, kinds[int(l.key.kind)]);
            q.bindValue(3, text(l.label));
            q.bindValue(4, json(l.extensions));
            if (!run(q))
                return false;
        }
        return true;
    }

    bool writeInteractions(const MapData &map)
    {
        QSqlQuery q(m_db);
        if (!prepare(q, "INSERT INTO interactions (from_team, to_team, mode, extensions) "
                        "VALUES (?, ?, ?, ?)"))
            return false;
        for (const Interaction &i : map.interactions) {
            q.bindValue(0, i.key.from.str());
            q.bindValue(1, i.key.to.str());
            q.bindValue(2, text(toString(i.key.mode)));
            q.bindValue(3, json(i.extensions));
            if (!run(q))
                return false;
        }
        return true;
    }

    QSqlDatabase &m_db;
};

// Creates an empty file with a name no one else uses: ".<name>.XXXXXX.tmp"
// in `dir`. Hidden, so a file manager does not show it during the save.
QString createTempFile(const QString &dir, const QString &name, QString *why)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (int attempt = 0; attempt < 100; ++attempt) {
        QString suffix;
        for (int i = 0; i < 6; ++i)
            suffix += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]);
        const QString path = dir + QStringLiteral("/.%1.%2.tmp").arg(name, suffix);
        QFile file(path);
        // NewOnly is O_EXCL: never reuse a file someone else just created.
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return path;
        if (file.exists())
            continue;
        *why = file.errorString();
        return {};
    }
    *why = tr("no free temporary file name");
    return {};
}

// Flushes the file's data to the disk, so that the rename below can never
// publish a name whose content is still only in the page cache.
bool syncFile(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        *why = file.errorString();
        return false;
    }
#ifdef Q_OS_UNIX
    if (::fsync(file.handle()) != 0) {
        *why = QString::fromLocal8Bit(strerror(errno));
        return false;
    }
#endif
    return true;
}

// After the rename, the directory entry itself must reach the disk too.
void syncDirectory(const QString &dir)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir);
#endif
}

// Writes the whole database into `tempPath`. The connection is closed when
// this returns, so the file is complete on disk (but not yet synced).
bool writeDatabase(const MapData &map, const QString &tempPath, const SaveOptions &options,
                   QString *why)
{
    Connection connection(tempPath, Connection::Mode::ReadWrite);
    if (!connection.isOpen()) {
        *why = connection.lastError();
        return false;
    }
    Writer writer(connection.db());
    // No journal and no syncs while writing: a crash leaves a half-written
    // temporary file that nobody will read; atomicity comes from the rename.
    // foreign_keys is per connection and must be set outside a transaction.
    QStringList setup{QStringLiteral("PRAGMA journal_mode = OFF"),
                      QStringLiteral("PRAGMA synchronous = OFF"),
                      QStringLiteral("PRAGMA foreign_keys = ON"),
                      QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
                      QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)};
    if (options.maxPageCount > 0)
        setup << QStringLiteral("PRAGMA max_page_count = %1").arg(options.maxPageCount);
    for (const QString &sql : std::as_const(setup))
        if (!writer.exec(sql)) {
            *why = writer.failure;
            return false;
        }
    // One transaction for schema and rows: one write of each page, and the
    // deferred foreign keys are checked once at COMMIT.
    if (!writer.exec(QStringLiteral("BEGIN"))) {
        *why = writer.failure;
        return false;
    }
    bool ok = true;
    for (const QString &sql : schemaStatements())
        ok = ok && writer.exec(sql);
    ok = ok && writer.write(map) && writer.exec(QStringLiteral("COMMIT"));
    if (!ok) {
        // No ROLLBACK: without a journal it cannot undo anything, and the
        // caller deletes the file anyway.
        *why = writer.failure;
        return false;
    }
    return true;
}

} // namespace

bool save(const MapData &map, const QString &path, QString *error, const SaveOptions &options)
{
    const QFileInfo target(path);
    const QString dir = target.absolutePath();
    const auto fail = [&](const QString &why) {
        if (error)
            *error = tr("cannot save %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    if (target.isDir())
        return fail(tr("it is a folder"));
    // Never write what open() would refuse.
    const QStringList problems = checkMap(map, 1);
    if (!problems.isEmpty())
        return fail(problems.first());

    QString why;
    const QString tempPath = createTempFile(dir, target.fileName(), &why);
    if (tempPath.isEmpty())
        return fail(
            tr("cannot create a temporary file in %1: %2").arg(QDir::toNativeSeparators(dir), why));
    const auto failAndClean = [&](const QString &what) {
        QFile::remove(tempPath);
        return fail(what);
    };
    if (!writeDatabase(map, tempPath, options, &why))
        return failAndClean(why);
    if (!syncFile(tempPath, &why))
        return failAndClean(tr("cannot flush %1 to disk: %2").arg(tempPath, why));
    // Keep the permissions of the file we replace (the temporary file got the
    // defaults from the umask).
    if (target.exists())
        QFile::setPermissions(tempPath, QFile::permissions(path));
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(tempPath).toStdString(),
                            QFile::encodeName(target.absoluteFilePath()).toStdString(), ec);
    if (ec)
        return failAndClean(
            tr("cannot replace the file: %1").arg(QString::fromStdString(ec.message())));
    syncDirectory(dir);
    return true;
}

} // namespace Internal

bool save(const MapData &map, const QString &path, QString *error)
{
    return Internal::save(map, path, error, {});
}

} // namespace OrgMap::SqliteStore
