// The rows of every table of a verified .orgmap, read into a MapData.

#include "sqlitetables.h"

#include "core/displaytext.h"
#include "mapcheck.h"
#include "sqliteconnection.h"
#include "sqlitestore_p.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace OrgMap::SqliteStore::Internal {
namespace {

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

class Reader
{
public:
    Reader(QSqlDatabase &db, int maxErrors, int scenario)
        : m_db(db), m_maxErrors(maxErrors), m_scenario(scenario)
    {
    }

    // False when a query failed: then `damage` holds the SQLite message.
    bool read(MapData &map)
    {
        return readInfo(map) && readTeams(map) && readDomains(map) && readAssets(map) &&
               readTags(map) && readPorts(map) && readLinks(map) && readInteractions(map);
    }
    QString damage;
    QStringList errors;

private:
    // Every query is "SELECT ... FROM <table>[ ORDER BY ...]"; in a version 2
    // document it reads the rows of one scenario, a range of the primary key.
    bool exec(QSqlQuery &q, const char *sql)
    {
        q.setForwardOnly(true);
        QString text = QString::fromLatin1(sql);
        if (m_scenario > 0) {
            const QString where = QStringLiteral(" WHERE scenario = %1").arg(m_scenario);
            const qsizetype order = text.indexOf(QLatin1String(" ORDER BY "));
            if (order < 0)
                text += where;
            else
                text.insert(order, where);
        }
        if (q.exec(text))
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
        if (errors.size() < m_maxErrors)
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
    const int m_maxErrors;
    const int m_scenario;
    Asset *m_last = nullptr;
};

} // namespace

TablesResult readTables(QSqlDatabase &db, MapData &map, int maxErrors, int scenario)
{
    Reader reader(db, maxErrors, scenario);
    TablesResult result;
    result.complete = reader.read(map);
    result.damage = reader.damage;
    result.errors = reader.errors;
    return result;
}

TablesResult readScenarioRows(QSqlDatabase &db, QList<ScenarioRow> &rows)
{
    TablesResult result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, CAST(name AS BLOB) FROM scenarios ORDER BY id"))) {
        result.damage = errorText(q);
        return result;
    }
    QStringList names;
    while (q.next()) {
        const ScenarioRow row{q.value(0).toInt(), textOf(q.value(1))};
        if (const QString why = Scenarios::checkName(row.name, names); !why.isEmpty())
            result.errors << Text::tr("table scenarios, row %1: %2").arg(row.id).arg(why);
        names << row.name;
        rows << row;
    }
    if (q.lastError().isValid()) {
        result.damage = errorText(q);
        return result;
    }
    if (rows.isEmpty())
        result.errors << Text::tr("table scenarios: a document needs at least one scenario");
    result.complete = true;
    return result;
}

} // namespace OrgMap::SqliteStore::Internal
