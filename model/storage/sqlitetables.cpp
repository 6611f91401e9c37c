// The rows of every table of a verified .orgmap, read into a MapData.

#include "sqlitetables.h"

#include "core/displaytext.h"
#include "core/savedviews.h"
#include "core/scenario.h"
#include "mapcheck.h"
#include "sqliteconnection.h"
#include "sqlitestore_p.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUtf8StringView>
#include <QVariant>

namespace OrgMap::SqliteStore::Internal {
namespace {

// Appends in key order (the queries sort by the primary key), so appending
// at the end is constant time. Keys read twice (a TEXT and a BLOB id are two
// keys to SQLite but one string to OrgMap) were refused by the validator's
// claim before this; they must not silently collapse into one entity.
template <typename Key, typename T>
void appendInOrder(QMap<Key, T> &map, const Key &key, const T &value)
{
    if (map.isEmpty() || map.lastKey() < key)
        map.insert(map.cend(), key, value);
    else
        map.insert(key, value);
}

// Text is read as its stored bytes; bytes that are not UTF-8 would turn into
// U+FFFD on reading and be written back so: changed silently. Refused
// instead, naming the column.
QString notUtf8(const QString &column)
{
    return Text::tr("%1: not valid UTF-8 text (OrgMap does not change text it reads; fix the "
                    "bytes in the database)")
        .arg(column);
}

class Reader
{
public:
    Reader(QSqlDatabase &db, MapValidator &rules, RowProblems &problems, int scenario)
        : m_db(db), m_rules(rules), m_problems(problems), m_scenario(scenario)
    {
    }

    // False when a query failed: then `damage` holds the SQLite message.
    bool read(MapData &map)
    {
        return readInfo(map) && readTeams(map) && readDomains(map) && readAssets(map) &&
               readTags(map) && readPorts(map) && readLinks(map) && readInteractions(map);
    }
    QString damage;

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
    void report(const Where &where, const QString &message)
    {
        m_problems.report(rowLabel(where), message);
    }

    Extensions extensions(const QVariant &value, const Where &where, Field field)
    {
        const QByteArray text = value.toByteArray();
        if (text.isEmpty())
            return {};
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
        if (!doc.isObject()) {
            m_problems.report(where, field, Text::tr("not a JSON object"));
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
    std::optional<Geometry> geometry(const QSqlQuery &q, int first, int count, const Where &where)
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
                report(where,
                       Text::tr("geometry: %1 is not a number").arg(shortened(value.toString())));
                return std::nullopt;
            }
            ++present;
        }
        const QVariant ext = q.value(first + count);
        if (present == 0) {
            if (!ext.isNull())
                report(where, Text::tr("geometry_extensions without a geometry"));
            return std::nullopt;
        }
        if (present != count) {
            report(where, Text::tr("geometry: some coordinates are NULL"));
            return std::nullopt;
        }
        return Geometry{v[0], v[1], v[2], v[3], extensions(ext, where, Field::GeometryExtensions)};
    }

    // `emptyIsNone`: the column is optional and '' means the None value.
    template <typename E>
    E enumValue(const QVariant &value, std::optional<E> (*parse)(const QString &),
                QString (*allowed)(), const char *what, const Where &where, Field field,
                bool emptyIsNone = false)
    {
        const QString text = textOf(value);
        if (emptyIsNone && text.isEmpty())
            return E{};
        return m_rules.checkSpelling(text, parse, allowed, what, where, field).value_or(E{});
    }

    // Every column of the row checked with notUtf8's rule.
    void checkUtf8(const QSqlQuery &q, const Where &where)
    {
        checkUtf8(q, [&] { return rowLabel(where); });
    }
    template <typename RowFn> void checkUtf8(const QSqlQuery &q, const RowFn &row)
    {
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i) {
            const QVariant v = q.value(i);
            if (v.typeId() != QMetaType::QByteArray ||
                QUtf8StringView(v.toByteArray()).isValidUtf8())
                continue;
            QString column = record.fieldName(i); // "CAST(name AS BLOB)"
            if (column.startsWith(QLatin1String("CAST(")))
                column = column.mid(5).section(QLatin1Char(' '), 0, 0);
            m_problems.report(row(), notUtf8(column));
        }
    }

    bool readInfo(MapData &map)
    {
        QSqlQuery q(m_db);
        if (!exec(q,
                  "SELECT CAST(name AS BLOB), CAST(description AS BLOB), extensions FROM map_info"))
            return false;
        int rows = 0;
        const Where where;
        while (q.next()) {
            if (++rows > 1)
                break;
            checkUtf8(q, where);
            map.info.name = textOf(q.value(0));
            map.info.description = textOf(q.value(1));
            map.info.extensions = extensions(q.value(2), where, Field::Extensions);
            // The views extension (docs/views.md), checked as the JSON reader does.
            for (const Views::Problem &problem : Views::check(map.info.extensions))
                m_problems.report(where, Field::Extensions,
                                  problem.pointer.mid(1) + u": "_qs + problem.message);
        }
        if (rows != 1)
            report(where, Text::tr("must have exactly one row"));
        return finished(q);
    }

    bool readTeams(MapData &map)
    {
        QSqlQuery q(m_db);
        if (!exec(q,
                  "SELECT CAST(id AS BLOB), CAST(name AS BLOB), type, CAST(description AS BLOB), "
                  "x, y, geometry_extensions, extensions FROM teams ORDER BY id"))
            return false;
        for (qsizetype index = 0; q.next(); ++index) {
            Team t;
            t.id = TeamId(textOf(q.value(0)));
            const Where where = whereOf(t, index);
            checkUtf8(q, where);
            t.name = textOf(q.value(1));
            t.type = enumValue(q.value(2), &teamTypeFromString, &allowedTeamTypes,
                               QT_TRANSLATE_NOOP("OrgMap::MapValidator", "team type"), where,
                               Field::Type, true);
            t.description = textOf(q.value(3));
            t.geometry = geometry(q, 4, 2, where);
            t.extensions = extensions(q.value(7), where, Field::Extensions);
            if (m_rules.claimId(EntityKind::Team, t.id.str(), where))
                appendInOrder(map.teams, t.id, t);
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
        for (qsizetype index = 0; q.next(); ++index) {
            Domain d;
            d.id = DomainId(textOf(q.value(0)));
            const Where where = whereOf(d, index);
            checkUtf8(q, where);
            d.name = textOf(q.value(1));
            d.parent = DomainId(textOf(q.value(2)));
            d.owner = TeamId(textOf(q.value(3)));
            d.description = textOf(q.value(4));
            d.color = textOf(q.value(5));
            d.geometry = geometry(q, 6, 4, where);
            d.extensions = extensions(q.value(11), where, Field::Extensions);
            if (m_rules.claimId(EntityKind::Domain, d.id.str(), where))
                appendInOrder(map.domains, d.id, d);
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
        for (qsizetype index = 0; q.next(); ++index) {
            Asset a;
            a.id = AssetId(textOf(q.value(0)));
            const Where where = whereOf(a, index);
            checkUtf8(q, where);
            a.kind = enumValue(q.value(1), &assetKindFromString, &allowedAssetKinds,
                               QT_TRANSLATE_NOOP("OrgMap::MapValidator", "asset kind"), where,
                               Field::Kind);
            a.name = textOf(q.value(2));
            a.domain = DomainId(textOf(q.value(3)));
            a.owner = TeamId(textOf(q.value(4)));
            a.description = textOf(q.value(5));
            a.contract = textOf(q.value(6));
            a.documentation = textOf(q.value(7));
            a.classification =
                enumValue(q.value(8), &classificationFromString, &allowedClassifications,
                          QT_TRANSLATE_NOOP("OrgMap::MapValidator", "classification"), where,
                          Field::Classification, true);
            a.geometry = geometry(q, 9, 2, where);
            a.extensions = extensions(q.value(12), where, Field::Extensions);
            if (m_rules.claimId(EntityKind::Asset, a.id.str(), where))
                appendInOrder(map.assets, a.id, a);
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
                m_problems.report(rowLabel(table, id, position),
                                  Text::tr("asset: unknown asset \"%1\"").arg(shortened(id)));
                return nullptr;
            }
        }
        const qsizetype expected = (m_last->*list).size();
        if (position != expected) {
            m_problems.report(
                rowLabel(table, id, position),
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
            checkUtf8(q, [&] {
                return rowLabel(QStringLiteral("asset_tags"), id, q.value(1).toLongLong());
            });
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
            const Where where = whereOfPort(id, position);
            checkUtf8(q, where);
            Port p;
            p.name = textOf(q.value(2));
            p.type = enumValue(q.value(3), &portTypeFromString, &allowedPortTypes,
                               QT_TRANSLATE_NOOP("OrgMap::MapValidator", "port type"), where,
                               Field::Type);
            p.location = textOf(q.value(4));
            p.extensions = extensions(q.value(5), where, Field::Extensions);
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
        for (qsizetype index = 0; q.next(); ++index) {
            Link l;
            l.key.from = AssetId(textOf(q.value(0)));
            l.key.to = AssetId(textOf(q.value(1)));
            const Where where{Where::Section::Links, index, l.key.from.str(), l.key.to.str(),
                              textOf(q.value(2)),    -1};
            checkUtf8(q, where);
            const std::optional<LinkKind> kind = m_rules.checkSpelling(
                where.kind, &linkKindFromString, &allowedLinkKinds,
                QT_TRANSLATE_NOOP("OrgMap::MapValidator", "link kind"), where, Field::Kind);
            l.key.kind = kind.value_or(LinkKind::Api);
            l.label = textOf(q.value(3));
            l.extensions = extensions(q.value(4), where, Field::Extensions);
            // Rows come ordered as the QMap is (spellings sort like the enum).
            if (kind && m_rules.claimLink(l.key, where))
                appendInOrder(map.links, l.key, l);
        }
        return finished(q);
    }

    bool readInteractions(MapData &map)
    {
        QSqlQuery q(m_db);
        if (!exec(q, "SELECT CAST(from_team AS BLOB), CAST(to_team AS BLOB), mode, extensions "
                     "FROM interactions ORDER BY from_team, to_team, mode"))
            return false;
        for (qsizetype index = 0; q.next(); ++index) {
            Interaction i;
            i.key.from = TeamId(textOf(q.value(0)));
            i.key.to = TeamId(textOf(q.value(1)));
            const Where where{Where::Section::Interactions, index, i.key.from.str(), i.key.to.str(),
                              textOf(q.value(2)),           -1};
            checkUtf8(q, where);
            const std::optional<InteractionMode> mode = m_rules.checkSpelling(
                where.kind, &interactionModeFromString, &allowedInteractionModes,
                QT_TRANSLATE_NOOP("OrgMap::MapValidator", "interaction mode"), where, Field::Mode);
            i.key.mode = mode.value_or(InteractionMode::Collaboration);
            i.extensions = extensions(q.value(3), where, Field::Extensions);
            if (mode && m_rules.claimInteraction(i.key, where))
                appendInOrder(map.interactions, i.key, i);
        }
        return finished(q);
    }

    QSqlDatabase &m_db;
    MapValidator &m_rules;
    RowProblems &m_problems;
    const int m_scenario;
    Asset *m_last = nullptr;
};

} // namespace

bool readTables(QSqlDatabase &db, MapData &map, MapValidator &rules, RowProblems &problems,
                QString *damage, int scenario)
{
    Reader reader(db, rules, problems, scenario);
    const bool complete = reader.read(map);
    *damage = reader.damage;
    return complete;
}

bool readScenarioRows(QSqlDatabase &db, QList<ScenarioRow> &rows, RowProblems &problems,
                      QString *damage)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, CAST(name AS BLOB) FROM scenarios ORDER BY id"))) {
        *damage = errorText(q);
        return false;
    }
    QStringList names;
    while (q.next()) {
        const ScenarioRow row{q.value(0).toInt(), textOf(q.value(1))};
        const QString label = Text::tr("table scenarios, row %1").arg(row.id);
        if (!QUtf8StringView(q.value(1).toByteArray()).isValidUtf8())
            problems.report(label, notUtf8(QStringLiteral("name")));
        else if (const QString why = Scenarios::checkName(row.name, names); !why.isEmpty())
            problems.report(label, why);
        names << row.name;
        rows << row;
    }
    if (q.lastError().isValid()) {
        *damage = errorText(q);
        return false;
    }
    if (rows.isEmpty())
        problems.report(Text::tr("table scenarios"),
                        Text::tr("a document needs at least one scenario"));
    return true;
}

} // namespace OrgMap::SqliteStore::Internal
