// SqliteStore::save: write a complete new database next to the target, then
// rename it over the target (docs/sqlite-format.md, "Saving").

#include "core/atomicfile.h"
#include "mapcheck.h"
#include "sqliteconnection.h"
#include "sqlitestore_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace OrgMap::SqliteStore {
namespace Internal {
namespace {

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

// Multi-row INSERTs: one execution of a prepared statement per kBatchRows
// rows instead of one per row. Each execution costs a reset, cursors on the
// table and on every foreign-key parent, and Qt's result set-up; batching
// takes about a sixth off save() for 10,000 assets and 30,000 links.
class BatchInsert
{
public:
    static constexpr int kBatchRows = 64;

    // Every row starts with the `scenario` column, which it fills itself.
    BatchInsert(QSqlDatabase &db, int scenario, const char *table, const char *columns,
                int columnCount)
        : m_db(db), m_table(QLatin1String(table)),
          m_columns(QLatin1String("scenario, ") + QLatin1String(columns)),
          m_columnCount(columnCount + 1), m_values(kBatchRows * m_columnCount), m_full(db),
          m_scenario(scenario)
    {
    }

    // The slots for the values of the next row after the scenario, in column order.
    QVariant *nextRow()
    {
        if (m_rows == kBatchRows && !flush())
            return nullptr;
        QVariant *row = m_values.data() + m_columnCount * m_rows++;
        *row = m_scenario;
        return row + 1;
    }
    // Inserts the rows still buffered. False with `failure` set on error.
    bool finish() { return m_rows == 0 || flush(); }
    QString failure;

private:
    bool flush()
    {
        QSqlQuery partial(m_db);
        QSqlQuery *q = &m_full;
        if (m_rows == kBatchRows && !m_fullPrepared) {
            if (!m_full.prepare(sql(kBatchRows)))
                return fail(m_full);
            m_fullPrepared = true;
        } else if (m_rows < kBatchRows) {
            if (!partial.prepare(sql(m_rows)))
                return fail(partial);
            q = &partial;
        }
        for (int i = 0; i < m_rows * m_columnCount; ++i)
            q->bindValue(i, m_values.at(i));
        if (!q->exec())
            return fail(*q);
        m_rows = 0;
        return true;
    }
    bool fail(const QSqlQuery &q)
    {
        failure = errorText(q);
        m_rows = 0;
        return false;
    }
    QString sql(int rows) const
    {
        QString row = QStringLiteral("(?");
        for (int c = 1; c < m_columnCount; ++c)
            row += QLatin1String(", ?");
        row += QLatin1Char(')');
        QStringList rowList(rows, row);
        return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
            .arg(m_table, m_columns, rowList.join(QLatin1String(", ")));
    }

    QSqlDatabase &m_db;
    const QString m_table;
    const QString m_columns;
    const int m_columnCount;
    QList<QVariant> m_values;
    int m_rows = 0;
    QSqlQuery m_full;
    bool m_fullPrepared = false;
    const int m_scenario;
};

// Writes the rows of each table in an order where every immediate foreign
// key finds its parent: teams, domains, assets, then what refers to assets.
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

    // Scenario ids are 1, 2, ... in tab order.
    bool write(const ScenarioList &scenarios)
    {
        QSqlQuery q(m_db);
        if (!q.prepare(QStringLiteral("INSERT INTO scenarios (id, name) VALUES (?, ?)")))
            return fail(q);
        for (qsizetype i = 0; i < scenarios.size(); ++i) {
            q.bindValue(0, int(i + 1));
            q.bindValue(1, scenarios.at(i).name);
            if (!q.exec())
                return fail(q);
        }
        for (qsizetype i = 0; i < scenarios.size(); ++i) {
            m_scenario = int(i + 1);
            if (!write(scenarios.at(i).map))
                return false;
        }
        return true;
    }

private:
    bool fail(const QSqlQuery &q)
    {
        failure = errorText(q);
        return false;
    }

    bool write(const MapData &map)
    {
        return writeInfo(map.info) && writeTeams(map) && writeDomains(map) && writeAssets(map) &&
               writeTags(map) && writePorts(map) && writeLinks(map) && writeInteractions(map);
    }

    // Calls fill(slots, item) for each item, then flushes.
    template <typename Container, typename Fill>
    bool insertAll(const char *table, const char *columns, int columnCount, const Container &items,
                   Fill fill)
    {
        BatchInsert insert(m_db, m_scenario, table, columns, columnCount);
        for (const auto &item : items) {
            QVariant *values = insert.nextRow();
            if (!values)
                break;
            fill(values, item);
        }
        if (insert.finish())
            return true;
        failure = insert.failure;
        return false;
    }

    // Fills x, y[, w, h], geometry_extensions.
    static void geometry(QVariant *v, const std::optional<Geometry> &g, bool sized)
    {
        *v++ = g ? QVariant(g->x) : nullReal();
        *v++ = g ? QVariant(g->y) : nullReal();
        if (sized) {
            *v++ = g ? QVariant(g->w) : nullReal();
            *v++ = g ? QVariant(g->h) : nullReal();
        }
        *v = g ? json(g->extensions) : json({});
    }

    bool writeInfo(const MapInfo &info)
    {
        return insertAll("map_info", "name, description, extensions", 3, QList<MapInfo>{info},
                         [](QVariant *v, const MapInfo &i) {
                             v[0] = text(i.name);
                             v[1] = text(i.description);
                             v[2] = json(i.extensions);
                         });
    }

    bool writeTeams(const MapData &map)
    {
        return insertAll("teams",
                         "id, name, type, description, x, y, geometry_extensions, extensions", 8,
                         map.teams, [](QVariant *v, const Team &t) {
                             v[0] = t.id.str();
                             v[1] = text(t.name);
                             v[2] = text(toString(t.type));
                             v[3] = text(t.description);
                             geometry(v + 4, t.geometry, false);
                             v[7] = json(t.extensions);
                         });
    }

    bool writeDomains(const MapData &map)
    {
        return insertAll("domains",
                         "id, name, parent, owner, description, color, x, y, w, h, "
                         "geometry_extensions, extensions",
                         12, map.domains, [](QVariant *v, const Domain &d) {
                             v[0] = d.id.str();
                             v[1] = text(d.name);
                             v[2] = optionalId(d.parent.str());
                             v[3] = optionalId(d.owner.str());
                             v[4] = text(d.description);
                             v[5] = text(d.color);
                             geometry(v + 6, d.geometry, true);
                             v[11] = json(d.extensions);
                         });
    }

    bool writeAssets(const MapData &map)
    {
        return insertAll("assets",
                         "id, kind, name, domain, owner, description, contract, documentation, "
                         "classification, x, y, geometry_extensions, extensions",
                         13, map.assets, [](QVariant *v, const Asset &a) {
                             v[0] = a.id.str();
                             v[1] = text(toString(a.kind));
                             v[2] = text(a.name);
                             v[3] = optionalId(a.domain.str());
                             v[4] = optionalId(a.owner.str());
                             v[5] = text(a.description);
                             v[6] = text(a.contract);
                             v[7] = text(a.documentation);
                             v[8] = text(toString(a.classification));
                             geometry(v + 9, a.geometry, false);
                             v[12] = json(a.extensions);
                         });
    }

    // Tags and ports are numbered 0, 1, 2... per asset, in list order.
    bool writeTags(const MapData &map)
    {
        BatchInsert insert(m_db, m_scenario, "asset_tags", "asset, position, tag", 3);
        for (const Asset &a : map.assets)
            for (qsizetype i = 0; i < a.tags.size(); ++i) {
                QVariant *v = insert.nextRow();
                if (!v)
                    break;
                v[0] = a.id.str();
                v[1] = qint64(i);
                v[2] = text(a.tags.at(i));
            }
        if (insert.finish())
            return true;
        failure = insert.failure;
        return false;
    }

    bool writePorts(const MapData &map)
    {
        BatchInsert insert(m_db, m_scenario, "asset_ports",
                           "asset, position, name, type, location, extensions", 6);
        for (const Asset &a : map.assets)
            for (qsizetype i = 0; i < a.ports.size(); ++i) {
                QVariant *v = insert.nextRow();
                if (!v)
                    break;
                const Port &p = a.ports.at(i);
                v[0] = a.id.str();
                v[1] = qint64(i);
                v[2] = text(p.name);
                v[3] = text(toString(p.type));
                v[4] = text(p.location);
                v[5] = json(p.extensions);
            }
        if (insert.finish())
            return true;
        failure = insert.failure;
        return false;
    }

    bool writeLinks(const MapData &map)
    {
        // The three spellings, converted once rather than per row.
        const QVariant kinds[] = {toString(LinkKind::Api), toString(LinkKind::Data),
                                  toString(LinkKind::Event)};
        return insertAll("links", "from_asset, to_asset, kind, label, extensions", 5, map.links,
                         [&kinds](QVariant *v, const Link &l) {
                             v[0] = l.key.from.str();
                             v[1] = l.key.to.str();
                             v[2] = kinds[int(l.key.kind)];
                             v[3] = text(l.label);
                             v[4] = json(l.extensions);
                         });
    }

    bool writeInteractions(const MapData &map)
    {
        return insertAll("interactions", "from_team, to_team, mode, extensions", 4,
                         map.interactions, [](QVariant *v, const Interaction &i) {
                             v[0] = i.key.from.str();
                             v[1] = i.key.to.str();
                             v[2] = text(toString(i.key.mode));
                             v[3] = json(i.extensions);
                         });
    }

    QSqlDatabase &m_db;
    int m_scenario = 1;
};

// Writes the whole database into `tempPath`. The connection is closed when
// this returns, so the file is complete on disk (but not yet synced).
bool writeDatabase(const ScenarioList &scenarios, const QString &tempPath,
                   const SaveOptions &options, QString *why)
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
    QStringList setup{
        QStringLiteral("PRAGMA journal_mode = OFF"), QStringLiteral("PRAGMA synchronous = OFF"),
        // Up to 128 MiB of pages stay in memory until COMMIT instead
        // of spilling to the file mid-transaction (the default is
        // 2 MiB); -15% save time at 100,000 assets, allocated only
        // as the file grows.
        QStringLiteral("PRAGMA cache_size = -131072"), QStringLiteral("PRAGMA foreign_keys = ON"),
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
    ok = ok && writer.write(scenarios) && writer.exec(QStringLiteral("COMMIT"));
    if (!ok) {
        // No ROLLBACK: without a journal it cannot undo anything, and the
        // caller deletes the file anyway.
        *why = writer.failure;
        return false;
    }
    return true;
}

} // namespace

bool save(const ScenarioList &scenarios, const QString &path, QString *error,
          const SaveOptions &options)
{
    // Never write what open() would refuse.
    const auto refuse = [&](const QString &why) {
        if (error)
            *error = Text::tr("cannot save %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    if (scenarios.isEmpty())
        return refuse(Text::tr("a document needs at least one scenario"));
    QStringList names;
    for (const Scenario &s : scenarios) {
        if (const QString why = Scenarios::checkName(s.name, names); !why.isEmpty())
            return refuse(why);
        names << s.name;
        const QStringList problems = checkMap(s.map, 1);
        if (!problems.isEmpty())
            return refuse(scenarios.size() > 1
                              ? Text::tr("scenario \"%1\": %2").arg(s.name, problems.first())
                              : problems.first());
    }
    AtomicFile file(path);
    // The journal, WAL and shared memory of the file being replaced: SQLite
    // would apply them to the new file on the next open.
    file.setSidecarSuffixes(
        {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")});
    if (!file.begin(error))
        return false;
    QString why;
    if (!writeDatabase(scenarios, file.tempPath(), options, &why)) {
        if (error)
            *error = Text::tr("cannot save %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    if (!file.commit(error))
        return false;
    if (options.notes)
        *options.notes << file.notes();
    return true;
}

} // namespace Internal

bool save(const MapData &map, const QString &path, QString *error, QStringList *notes)
{
    return save(Scenarios::single(map), path, error, notes);
}

bool save(const ScenarioList &scenarios, const QString &path, QString *error, QStringList *notes)
{
    Internal::SaveOptions options;
    options.notes = notes;
    return Internal::save(scenarios, path, error, options);
}

} // namespace OrgMap::SqliteStore
