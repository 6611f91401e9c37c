// SqliteStore::open: identify the file, check it, read every table into a
// MapData, then apply the format rules to what was read.

#include "core/displaytext.h"
#include "mapcheck.h"
#include "sqliteconnection.h"
#include "sqlitestore_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace OrgMap::SqliteStore {
namespace Internal {
namespace {

constexpr int kMaxErrors = 100;

// Text columns are selected as CAST(column AS BLOB), the UTF-8 bytes as
// stored: Qt reads text through sqlite3_column_text16, whose conversion turns
// U+FFFE and U+FFFF into U+FFFD, and text must survive byte for byte.
QString textOf(const QVariant &value)
{
    return value.isNull() ? QString() : QString::fromUtf8(value.toByteArray());
}

// Appends in key order (the queries sort by the primary key), and tells a
// key read twice: a TEXT and a BLOB id are different keys to SQLite but the
// same string to OrgMap, and must not silently collapse into one entity.
template <typename Key, typename T>
bool appendUnique(QMap<Key, T> &map, const Key &key, const T &value)
{
    if (map.isEmpty() || map.lastKey() < key) {
        map.insert(map.cend(), key, value);
        return true;
    }
    if (map.contains(key))
        return false;
    map.insert(key, value);
    return true;
}

// Reads the tables of one connection. Problems that MapData cannot even
// represent (an unknown enum spelling, half a geometry, extension text that
// is not a JSON object) are found here; the rest by checkMap() afterwards.
class Reader
{
public:
    explicit Reader(QSqlDatabase &db) : m_db(db) {}

    // False when a query failed: then `damage` holds the SQLite message.
    bool read(MapData &map)
    {
        return readInfo(map) && readTeams(map) && readDomains(map) && readAssets(map) &&
               readTags(map) && readPorts(map) && readLinks(map) && readInteractions(map);
    }
    QString damage;
    QStringList errors;

private:
    bool exec(QSqlQuery &q, const char *sql)
    {
        q.setForwardOnly(true);
        if (q.exec(QString::fromLatin1(sql)))
            return true;
        damage = errorText(q);
        return false;
    }
    // next() returns false both at the end and on an error (a damaged page
    // met mid-table): tell them apart, never return a partial table.
    bool finished(const QSqlQuery &q)
    {
        if (!q.lastError().isValid())
            return true;
        damage = errorText(q);
        return false;
    }
    void report(const QString &row, const QString &message)
    {
        if (errors.size() < kMaxErrors)
            errors << row + QLatin1String(": ") + message;
    }

    template <typename RowFn>
    Extensions extensions(const QVariant &value, const RowFn &row, const char *column)
    {
        const QByteArray text = value.toByteArray();
        if (text.isEmpty())
            return {};
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
        if (!doc.isObject()) {
            report(row(), Text::tr("%1: not a JSON object").arg(QLatin1String(column)));
            return {};
        }
        // Rebuild with insert(), as the JSON reader builds its Extensions: Qt
        // orders the keys of a parsed object by code point but those of an
        // inserted one by UTF-16 unit, and QJsonObject::operator== compares
        // position by position, so "x-Ａ" and "x-𝄞" would make equal maps
        // compare unequal. Nested values stay as parsed, as in the reader.
        const QJsonObject parsed = doc.object();
        Extensions result;
        for (auto it = parsed.constBegin(); it != parsed.constEnd(); ++it)
            result.insert(it.key(), it.value());
        return result;
    }

    // Geometry columns [first, first + count) then geometry_extensions: all
    // NULL = no geometry; all numbers = geometry.
    template <typename RowFn>
    std::optional<Geometry> geometry(const QSqlQuery &q, int first, int count, const RowFn &row)
    {
        double v[4] = {0, 0, 0, 0};
        int present = 0;
        for (int i = 0; i < count; ++i) {
            const QVariant value = q.value(first + i);
            if (value.isNull())
                continue;
            bool ok = false;
            v[i] = value.toDouble(&ok);
            if (!ok) {
                report(row(),
                       Text::tr("geometry: %1 is not a number").arg(shortened(value.toString())));
                return std::nullopt;
            }
            ++present;
        }
        const QVariant ext = q.value(first + count);
        if (present == 0) {
            if (!ext.isNull())
                report(row(), Text::tr("geometry_extensions without a geometry"));
            return std::nullopt;
        }
        if (present != count) {
            report(row(), Text::tr("geometry: some coordinates are NULL"));
            return std::nullopt;
        }
        return Geometry{v[0], v[1], v[2], v[3], extensions(ext, row, "geometry_extensions")};
    }

    // `emptyIsNone`: the column is optional and '' means the None value.
    template <typename E, typename RowFn>
    E enumValue(const QVariant &value, std::optional<E> (*parse)(const QString &),
                QString (*allowed)(), const RowFn &row, const char *column,
                bool emptyIsNone = false)
    {
        const QString text = textOf(value);
        if (const std::optional<E> e = parse(text))
            return *e;
        if (emptyIsNone && text.isEmpty())
            return E{};
        report(row(), Text::tr("%1: \"%2\" is not one of %3")
                          .arg(QLatin1String(column), shortened(text), allowed()));
        return {};
    }

    bool readInfo(MapData &map)
    {
        QSqlQuery q(m_db);
        if (!exec(q,
                  "SELECT CAST(name AS BLOB), CAST(description AS BLOB), extensions FROM map_info"))
            return false;
        int rows = 0;
        const auto row = [] { return Text::tr("table map_info"); };
        while (q.next()) {
            if (++rows > 1)
                break;
            map.info.name = textOf(q.value(0));
            map.info.description = textOf(q.value(1));
            map.info.extensions = extensions(q.value(2), row, "extensions");
        }
        if (rows != 1)
            report(row(), Text::tr("must have exactly one row"));
        return finished(q);
    }

    bool readTeams(MapData &map)
    {
        QSqlQuery q(m_db);
        if (!exec(q,
                  "SELECT CAST(id AS BLOB), CAST(name AS BLOB), type, CAST(description AS BLOB), "
                  "x, y, geometry_extensions, extensions FROM teams ORDER BY id"))
            return false;
        while (q.next()) {
            Team t;
            t.id = TeamId(textOf(q.value(0)));
            const auto row = [&] { return rowLabel(QStringLiteral("teams"), t.id.str()); };
            t.name = textOf(q.value(1));
            t.type =
                enumValue(q.value(2), &teamTypeFromString, &allowedTeamTypes, row, "type", true);
            t.description = textOf(q.value(3));
            t.geometry = geometry(q, 4, 2, row);
            t.extensions = extensions(q.value(7), row, "extensions");
            if (!appendUnique(map.teams, t.id, t))
                report(row(),
                       Text::tr("id \"%1\" is used more than once").arg(shortened(t.id.str())));
        }
        return finished(q);
    }

    bool readDomains(MapData &map)
    {
        QSqlQuery q(m_db);
        if (!exec(q, "SELECT CAST(id AS BLOB), CAST(name AS BLOB), CAST(parent AS BLOB), "
                     "CAST(owner AS BLOB), CAST(description AS BLOB), CAST(color AS BLOB), x, y, "
                     "w, h, geometry_extensions, extensions FROM domains ORDER BY id"))
            return false;
        while (q.next()) {
            Domain d;
            d.id = DomainId(textOf(q.value(0)));
            const auto row = [&] { return rowLabel(QStringLiteral("domains"), d.id.str()); };
            d.name = textOf(q.value(1));
            d.parent = DomainId(textOf(q.value(2)));
            d.owner = TeamId(textOf(q.value(3)));
            d.description = textOf(q.value(4));
            d.color = textOf(q.value(5));
            d.geometry = geometry(q, 6, 4, row);
            d.extensions = extensions(q.value(11), row, "extensions");
            if (!appendUnique(map.domains, d.id, d))
                report(row(),
                       Text::tr("id \"%1\" is used more than once").arg(shortened(d.id.str())));
        }
        return finished(q);
    }

    bool readAssets(MapData &map)
    {
        QSqlQuery q(m_db);
        if (!exec(q, "SELECT CAST(id AS BLOB), kind, CAST(name AS BLOB), CAST(domain AS BLOB), "
                     "CAST(owner AS BLOB), CAST(description AS BLOB), CAST(contract AS BLOB), "
                     "CAST(documentation AS BLOB), classification, x, y, geometry_extensions, "
                     "extensions FROM assets ORDER BY id"))
            return false;
        while (q.next()) {
            Asset a;
            a.id = AssetId(textOf(q.value(0)));
            const auto row = [&] { return rowLabel(QStringLiteral("assets"), a.id.str()); };
            a.kind = enumValue(q.value(1), &assetKindFromString, &allowedAssetKinds, row, "kind");
            a.name = textOf(q.value(2));
            a.domain = DomainId(textOf(q.value(3)));
            a.owner = TeamId(textOf(q.value(4)));
            a.description = textOf(q.value(5));
            a.contract = textOf(q.value(6));
            a.documentation = textOf(q.value(7));
            a.classification = enumValue(q.value(8), &classificationFromString,
                                         &allowedClassifications, row, "classification", true);
            a.geometry = geometry(q, 9, 2, row);
            a.extensions = extensions(q.value(12), row, "extensions");
            if (!appendUnique(map.assets, a.id, a))
                report(row(),
                       Text::tr("id \"%1\" is used more than once").arg(shortened(a.id.str())));
        }
        return finished(q);
    }

    // Rows of asset_tags / asset_ports come ordered by (asset, position); the
    // positions of one asset must be 0, 1, 2... so that none is lost or
    // invented. Returns the asset the row belongs to, or null after reporting.
    template <typename List>
    Asset *assetForRow(MapData &map, const QString &table, const QString &id, qint64 position,
                       List Asset::*list)
    {
        if (!m_last || m_last->id.str() != id) {
            auto it = map.assets.find(AssetId(id));
            m_last = it == map.assets.end() ? nullptr : &*it;
            if (!m_last) {
                report(rowLabel(table, id, position),
                       Text::tr("asset: unknown asset \"%1\"").arg(id));
                return nullptr;
            }
        }
        const qsizetype expected = (m_last->*list).size();
        if (position != expected) {
            report(rowLabel(table, id, position),
                   Text::tr("position: expected %1 (positions count 0, 1, 2...)").arg(expected));
            return nullptr;
        }
        return m_last;
    }

    bool readTags(MapData &map)
    {
        QSqlQuery q(m_db);
        if (!exec(q, "SELECT CAST(asset AS BLOB), position, CAST(tag AS BLOB) FROM asset_tags "
                     "ORDER BY asset, position"))
            return false;
        m_last = nullptr;
        while (q.next()) {
            const QString id = textOf(q.value(0));
            if (Asset *a = assetForRow(map, QStringLiteral("asset_tags"), id,
                                       q.value(1).toLongLong(), &Asset::tags))
                a->tags << textOf(q.value(2));
        }
        return finished(q);
    }

    bool readPorts(MapData &map)
    {
        QSqlQuery q(m_db);
        if (!exec(q,
                  "SELECT CAST(asset AS BLOB), position, CAST(name AS BLOB), type, "
                  "CAST(location AS BLOB), extensions FROM asset_ports ORDER BY asset, position"))
            return false;
        m_last = nullptr;
        while (q.next()) {
            const QString id = textOf(q.value(0));
            const qint64 position = q.value(1).toLongLong();
            Asset *a = assetForRow(map, QStringLiteral("asset_ports"), id, position, &Asset::ports);
            if (!a)
                continue;
            const auto row = [&] { return rowLabel(QStringLiteral("asset_ports"), id, position); };
            Port p;
            p.name = textOf(q.value(2));
            p.type = enumValue(q.value(3), &portTypeFromString, &allowedPortTypes, row, "type");
            p.location = textOf(q.value(4));
            p.extensions = extensions(q.value(5), row, "extensions");
            a->ports << p;
        }
        return finished(q);
    }

    bool readLinks(MapData &map)
    {
        QSqlQuery q(m_db);
        if (!exec(q,
                  "SELECT CAST(from_asset AS BLOB), CAST(to_asset AS BLOB), kind, "
                  "CAST(label AS BLOB), extensions FROM links ORDER BY from_asset, to_asset, kind"))
            return false;
        while (q.next()) {
            Link l;
            l.key.from = AssetId(textOf(q.value(0)));
            l.key.to = AssetId(textOf(q.value(1)));
            const QString kind = textOf(q.value(2));
            const auto row = [&] {
                return rowLabel(QStringLiteral("links"), l.key.from.str(), l.key.to.str(), kind);
            };
            l.key.kind = enumValue(q.value(2), &linkKindFromString, &allowedLinkKinds, row, "kind");
            l.label = textOf(q.value(3));
            l.extensions = extensions(q.value(4), row, "extensions");
            // Rows come ordered as the QMap is (spellings sort like the
            // enum), so appending at the end is constant time.
            if (!appendUnique(map.links, l.key, l))
                report(row(), Text::tr("this link is in the table more than once"));
        }
        return finished(q);
    }

    bool readInteractions(MapData &map)
    {
        QSqlQuery q(m_db);
        if (!exec(q, "SELECT CAST(from_team AS BLOB), CAST(to_team AS BLOB), mode, extensions "
                     "FROM interactions ORDER BY from_team, to_team, mode"))
            return false;
        while (q.next()) {
            Interaction i;
            i.key.from = TeamId(textOf(q.value(0)));
            i.key.to = TeamId(textOf(q.value(1)));
            const QString mode = textOf(q.value(2));
            const auto row = [&] {
                return rowLabel(QStringLiteral("interactions"), i.key.from.str(), i.key.to.str(),
                                mode);
            };
            i.key.mode = enumValue(q.value(2), &interactionModeFromString, &allowedInteractionModes,
                                   row, "mode");
            i.extensions = extensions(q.value(3), row, "extensions");
            if (!appendUnique(map.interactions, i.key, i))
                report(row(), Text::tr("this interaction is in the table more than once"));
        }
        return finished(q);
    }

    QSqlDatabase &m_db;
    Asset *m_last = nullptr;
};

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

QString simplifiedSql(const QString &sql)
{
    return sql.simplified();
}

// The objects of the database must be exactly the tables save() creates,
// each with the statement save() used: no view in place of a table (a
// recursive view never ends), no trigger, no index or table of another
// program. Anything else is not a document OrgMap wrote, however it was
// edited. Returns the reason for refusing, or an empty string.
QString unexpectedSchema(QSqlDatabase &db, QString *damage)
{
    QHash<QString, QString> expected;
    for (const QString &statement : schemaStatements()) {
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

OpenResult open(const QString &path, const QString &displayName)
{
    OpenResult result;
    const auto fail = [&](const QString &message) {
        result.errors << message;
        return result;
    };
    const auto damaged = [&](const QString &why) {
        return fail(Text::tr("%1 is damaged: %2").arg(displayName, why));
    };

    const QFileInfo info(path);
    if (!info.exists())
        return fail(Text::tr("%1 does not exist").arg(displayName));
    if (info.isDir())
        return fail(Text::tr("%1 is a folder, not an OrgMap document").arg(displayName));
    QString why;
    switch (readHeader(path, &why)) {
    case Header::Unreadable:
        return fail(Text::tr("cannot read %1: %2").arg(displayName, why));
    case Header::Foreign:
        return fail(
            Text::tr("%1 is not an OrgMap document (not a SQLite database)").arg(displayName));
    case Header::Sqlite:
        break;
    }

    // SQLite applies a "-journal" or "-wal" it finds beside a database,
    // whether or not it belongs to it. OrgMap writes neither; one that is
    // there was left by another program, and the file is not damaged.
    if (nonEmptyFile(path + QLatin1String("-journal")))
        return fail(Text::tr("%1 has an unfinished change of another program (a hot journal, "
                             "%1-journal): finish or undo it in that program, or remove the "
                             "journal to discard the change")
                        .arg(displayName));
    if (nonEmptyFile(path + QLatin1String("-wal")) && !inWalMode(path))
        return fail(Text::tr("%1-wal does not belong to %1 (the document is not in WAL mode): "
                             "it is a leftover of another program; remove it to open the document")
                        .arg(displayName));

    Connection connection(path, Connection::Mode::ReadOnly);
    if (!connection.isOpen())
        return fail(Text::tr("cannot open %1: %2").arg(displayName, connection.lastError()));
    QSqlDatabase &db = connection.db();
    QString damage;
    // A database in WAL mode needs to create "-shm" beside it, even to read.
    const auto damagedOrUnwritable = [&](const QString &why) {
        if (why.contains(QLatin1String("readonly")) ||
            why.contains(QLatin1String("unable to open")))
            return fail(Text::tr("cannot open %1: it is in WAL mode, and SQLite must write beside "
                                 "it to read it, which the folder does not allow (%2)")
                            .arg(displayName, why));
        return damaged(why);
    };

    const std::optional<QVariant> appId = pragma(db, "application_id", &damage);
    if (!appId)
        return damagedOrUnwritable(damage);
    if (appId->toInt() != kApplicationId)
        return fail(
            Text::tr("%1 is a SQLite database but not an OrgMap document").arg(displayName));

    const std::optional<QVariant> version = pragma(db, "user_version", &damage);
    if (!version)
        return damaged(damage);
    if (version->toInt() > kSchemaVersion)
        return fail(
            Text::tr("%1 was saved by a newer OrgMap (document version %2; this OrgMap reads "
                     "up to %3)")
                .arg(displayName)
                .arg(version->toInt())
                .arg(kSchemaVersion));
    if (version->toInt() < 1)
        return damaged(Text::tr("document version %1 is not a version OrgMap ever wrote")
                           .arg(version->toInt()));

    const QString unexpected = unexpectedSchema(db, &damage);
    if (!damage.isEmpty())
        return damaged(damage);
    if (!unexpected.isEmpty())
        return fail(Text::tr("%1 is not an OrgMap document (%2)").arg(displayName, unexpected));

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

    MapData map;
    Reader reader(db);
    if (!reader.read(map))
        return damaged(reader.damage);
    QStringList problems = reader.errors;
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
