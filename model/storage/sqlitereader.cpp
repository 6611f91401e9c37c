// SqliteStore::open: identify the file, check it, read every table into a
// MapData, then apply the format rules to what was read.

#include "mapcheck.h"
#include "sqliteconnection.h"
#include "sqlitestore_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace OrgMap::SqliteStore {
namespace Internal {
namespace {

constexpr int kMaxErrors = 100;

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
        const QString text = value.toString();
        if (text.isEmpty())
            return {};
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
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
                report(row(), Text::tr("geometry: %1 is not a number").arg(value.toString()));
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
        const QString text = value.toString();
        if (const std::optional<E> e = parse(text))
            return *e;
        if (emptyIsNone && text.isEmpty())
            return E{};
        report(row(),
               Text::tr("%1: \"%2\" is not one of %3").arg(QLatin1String(column), text, allowed()));
        return {};
    }

    bool readInfo(MapData &map)
    {
        QSqlQuery q(m_db);
        if (!exec(q, "SELECT name, description, extensions FROM map_info"))
            return false;
        int rows = 0;
        const auto row = [] { return Text::tr("table map_info"); };
        while (q.next()) {
            if (++rows > 1)
                break;
            map.info.name = q.value(0).toString();
            map.info.description = q.value(1).toString();
            map.info.extensions = extensions(q.value(2), row, "extensions");
        }
        if (rows != 1)
            report(row(), Text::tr("must have exactly one row"));
        return finished(q);
    }

    bool readTeams(MapData &map)
    {
        QSqlQuery q(m_db);
        if (!exec(q, "SELECT id, name, type, description, x, y, geometry_extensions, extensions "
                     "FROM teams ORDER BY id"))
            return false;
        while (q.next()) {
            Team t;
            t.id = TeamId(q.value(0).toString());
            const auto row = [&] { return rowLabel(QStringLiteral("teams"), t.id.str()); };
            t.name = q.value(1).toString();
            t.type =
                enumValue(q.value(2), &teamTypeFromString, &allowedTeamTypes, row, "type", true);
            t.description = q.value(3).toString();
            t.geometry = geometry(q, 4, 2, row);
            t.extensions = extensions(q.value(7), row, "extensions");
            map.teams.insert(map.teams.cend(), t.id, t);
        }
        return finished(q);
    }

    bool readDomains(MapData &map)
    {
        QSqlQuery q(m_db);
        if (!exec(q, "SELECT id, name, parent, owner, description, color, x, y, w, h, "
                     "geometry_extensions, extensions FROM domains ORDER BY id"))
            return false;
        while (q.next()) {
            Domain d;
            d.id = DomainId(q.value(0).toString());
            const auto row = [&] { return rowLabel(QStringLiteral("domains"), d.id.str()); };
            d.name = q.value(1).toString();
            d.parent = DomainId(q.value(2).toString());
            d.owner = TeamId(q.value(3).toString());
            d.description = q.value(4).toString();
            d.color = q.value(5).toString();
            d.geometry = geometry(q, 6, 4, row);
            d.extensions = extensions(q.value(11), row, "extensions");
            map.domains.insert(map.domains.cend(), d.id, d);
        }
        return finished(q);
    }

    bool readAssets(MapData &map)
    {
        QSqlQuery q(m_db);
        if (!exec(q, "SELECT id, kind, name, domain, owner, description, contract, "
                     "documentation, classification, x, y, geometry_extensions, extensions "
                     "FROM assets ORDER BY id"))
            return false;
        while (q.next()) {
            Asset a;
            a.id = AssetId(q.value(0).toString());
            const auto row = [&] { return rowLabel(QStringLiteral("assets"), a.id.str()); };
            a.kind = enumValue(q.value(1), &assetKindFromString, &allowedAssetKinds, row, "kind");
            a.name = q.value(2).toString();
            a.domain = DomainId(q.value(3).toString());
            a.owner = TeamId(q.value(4).toString());
            a.description = q.value(5).toString();
            a.contract = q.value(6).toString();
            a.documentation = q.value(7).toString();
            a.classification = enumValue(q.value(8), &classificationFromString,
                                         &allowedClassifications, row, "classification", true);
            a.geometry = geometry(q, 9, 2, row);
            a.extensions = extensions(q.value(12), row, "extensions");
            map.assets.insert(map.assets.cend(), a.id, a);
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
        if (!exec(q, "SELECT asset, position, tag FROM asset_tags ORDER BY asset, position"))
            return false;
        m_last = nullptr;
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (Asset *a = assetForRow(map, QStringLiteral("asset_tags"), id,
                                       q.value(1).toLongLong(), &Asset::tags))
                a->tags << q.value(2).toString();
        }
        return finished(q);
    }

    bool readPorts(MapData &map)
    {
        QSqlQuery q(m_db);
        if (!exec(q, "SELECT asset, position, name, type, location, extensions FROM asset_ports "
                     "ORDER BY asset, position"))
            return false;
        m_last = nullptr;
        while (q.next()) {
            const QString id = q.value(0).toString();
            const qint64 position = q.value(1).toLongLong();
            Asset *a = assetForRow(map, QStringLiteral("asset_ports"), id, position, &Asset::ports);
            if (!a)
                continue;
            const auto row = [&] { return rowLabel(QStringLiteral("asset_ports"), id, position); };
            Port p;
            p.name = q.value(2).toString();
            p.type = enumValue(q.value(3), &portTypeFromString, &allowedPortTypes, row, "type");
            p.location = q.value(4).toString();
            p.extensions = extensions(q.value(5), row, "extensions");
            a->ports << p;
        }
        return finished(q);
    }

    bool readLinks(MapData &map)
    {
        QSqlQuery q(m_db);
        if (!exec(q, "SELECT from_asset, to_asset, kind, label, extensions FROM links "
                     "ORDER BY from_asset, to_asset, kind"))
            return false;
        while (q.next()) {
            Link l;
            l.key.from = AssetId(q.value(0).toString());
            l.key.to = AssetId(q.value(1).toString());
            const QString kind = q.value(2).toString();
            const auto row = [&] {
                return rowLabel(QStringLiteral("links"), l.key.from.str(), l.key.to.str(), kind);
            };
            l.key.kind = enumValue(q.value(2), &linkKindFromString, &allowedLinkKinds, row, "kind");
            l.label = q.value(3).toString();
            l.extensions = extensions(q.value(4), row, "extensions");
            // The primary key makes rows unique and ordered as the QMap is
            // (spellings sort like the enum), so appending at the end is
            // constant time.
            map.links.insert(map.links.cend(), l.key, l);
        }
        return finished(q);
    }

    bool readInteractions(MapData &map)
    {
        QSqlQuery q(m_db);
        if (!exec(q, "SELECT from_team, to_team, mode, extensions FROM interactions "
                     "ORDER BY from_team, to_team, mode"))
            return false;
        while (q.next()) {
            Interaction i;
            i.key.from = TeamId(q.value(0).toString());
            i.key.to = TeamId(q.value(1).toString());
            const QString mode = q.value(2).toString();
            const auto row = [&] {
                return rowLabel(QStringLiteral("interactions"), i.key.from.str(), i.key.to.str(),
                                mode);
            };
            i.key.mode = enumValue(q.value(2), &interactionModeFromString, &allowedInteractionModes,
                                   row, "mode");
            i.extensions = extensions(q.value(3), row, "extensions");
            map.interactions.insert(map.interactions.cend(), i.key, i);
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

    Connection connection(path, Connection::Mode::ReadOnly);
    if (!connection.isOpen())
        return fail(Text::tr("cannot open %1: %2").arg(displayName, connection.lastError()));
    QSqlDatabase &db = connection.db();
    QString damage;

    const std::optional<QVariant> appId = pragma(db, "application_id", &damage);
    if (!appId)
        return damaged(damage);
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
            for (const QString &line : q.value(0).toString().split(QLatin1Char('\n')))
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
