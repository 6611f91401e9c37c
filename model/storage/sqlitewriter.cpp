// SqliteStore::save: write a complete new database next to the target, then
// rename it over the target (docs/sqlite-format.md, "Saving").

#include "core/atomicfile.h"
#include "mapcheck.h"
#include "sqliteconnection.h"
#include "sqlitestore_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <sqlite3.h>

namespace OrgMap::SqliteStore {
namespace Internal {
namespace {

// The rows are written through SQLite's C interface on the driver's handle,
// not through QSqlQuery: Qt wraps every bound value in a QVariant, copies the
// bound list per execution and sets up a result for each exec(), which made
// up most of a save's time (docs/benchmarks.md, "import"). Text is bound as
// UTF-16 exactly as Qt's driver binds it (sqlite3_bind_text16), so the file's
// bytes are the same as before.

// The JSON spellings of an enum's N values, converted once rather than per row.
template <typename E, int N> class Spellings
{
public:
    Spellings()
    {
        for (int i = 0; i < N; ++i)
            m_text[i] = toString(E(i));
    }
    const QString &operator()(E value) const { return m_text[int(value)]; }

private:
    QString m_text[N];
};

// Multi-row INSERTs: one execution of a prepared statement per kBatchRows
// rows instead of one per row. Each execution costs a reset and cursors on
// the table and on every foreign-key parent; batching takes about a sixth
// off save() for 10,000 assets and 30,000 links. The values of a batch are
// kept as cheap slots (pointers to the map's own strings) and bound when the
// batch is full, to the one full statement, or at the end to a statement of
// the rows left over.
class Insert
{
public:
    static constexpr int kBatchRows = 64;

    // Every row starts with the `scenario` column, which it fills itself.
    Insert(sqlite3 *db, int scenario, const char *table, const char *columns, int columnCount)
        : m_db(db), m_table(table), m_columns(columns), m_columnCount(columnCount + 1),
          m_values(kBatchRows * m_columnCount), m_scenario(scenario)
    {
    }
    ~Insert() { sqlite3_finalize(m_full); }
    Insert(const Insert &) = delete;
    Insert &operator=(const Insert &) = delete;

    // Starts the next row; the columns after the scenario are numbered from
    // 0. False with failure() set when the previous batch failed.
    bool next()
    {
        if (m_rows == kBatchRows && !flush())
            return false;
        m_row = m_values.data() + m_columnCount * m_rows++;
        m_row->type = Value::Integer;
        m_row->integer = m_scenario;
        ++m_row;
        return !m_failed;
    }
    // Text that outlives the insert (a string of the map): bound without a
    // copy. A null QString is '' (the NOT NULL text columns).
    void text(int column, const QString &s)
    {
        Value &v = m_row[column];
        v.type = Value::Text16;
        v.text = s.isNull() ? static_cast<const void *>(u"") : s.utf16();
        v.bytes = int(s.size() * sizeof(QChar));
    }
    // A reference: NULL when absent.
    void optionalId(int column, const QString &id)
    {
        if (id.isEmpty())
            null(column);
        else
            text(column, id);
    }
    // Extension data: compact JSON object text, NULL when empty.
    void json(int column, const Extensions &ext)
    {
        if (ext.isEmpty())
            return null(column);
        Value &v = m_row[column];
        v.type = Value::Utf8;
        v.utf8 = QJsonDocument(ext).toJson(QJsonDocument::Compact);
    }
    void real(int column, double d)
    {
        m_row[column].type = Value::Real;
        m_row[column].real = d;
    }
    void integer(int column, qint64 i)
    {
        m_row[column].type = Value::Integer;
        m_row[column].integer = i;
    }
    void null(int column) { m_row[column].type = Value::Null; }

    // Inserts the rows still buffered. False with failure() set on error.
    bool finish() { return !m_failed && (m_rows == 0 || flush()); }
    QString failure() const { return m_failure; }

private:
    struct Value
    {
        enum Type
        {
            Null,
            Integer,
            Real,
            Text16,
            Utf8
        } type = Null;
        qint64 integer = 0;
        double real = 0;
        const void *text = nullptr;
        int bytes = 0;
        QByteArray utf8;
    };

    bool flush()
    {
        sqlite3_stmt *partial = nullptr;
        sqlite3_stmt *stmt = m_full;
        if (m_rows == kBatchRows && !m_full) {
            if (!prepare(kBatchRows, &m_full))
                return false;
            stmt = m_full;
        } else if (m_rows < kBatchRows) {
            if (!prepare(m_rows, &partial))
                return false;
            stmt = partial;
        }
        bool ok = true;
        for (int i = 0; ok && i < m_rows * m_columnCount; ++i) {
            Value &v = m_values[i];
            switch (v.type) {
            case Value::Null:
                ok = sqlite3_bind_null(stmt, i + 1) == SQLITE_OK;
                break;
            case Value::Integer:
                ok = sqlite3_bind_int64(stmt, i + 1, v.integer) == SQLITE_OK;
                break;
            case Value::Real:
                ok = sqlite3_bind_double(stmt, i + 1, v.real) == SQLITE_OK;
                break;
            case Value::Text16:
                ok = sqlite3_bind_text16(stmt, i + 1, v.text, v.bytes, SQLITE_STATIC) == SQLITE_OK;
                break;
            case Value::Utf8:
                ok = sqlite3_bind_text(stmt, i + 1, v.utf8.constData(), int(v.utf8.size()),
                                       SQLITE_STATIC) == SQLITE_OK;
                break;
            }
        }
        ok = ok && sqlite3_step(stmt) == SQLITE_DONE;
        if (!ok)
            fail();
        // Ends the execution; the full statement runs again for the next batch.
        sqlite3_reset(stmt);
        sqlite3_finalize(partial);
        for (int i = 0; i < m_rows * m_columnCount; ++i)
            m_values[i].utf8.clear();
        m_rows = 0;
        return ok;
    }
    bool prepare(int rows, sqlite3_stmt **stmt)
    {
        QByteArray row = "(?";
        for (int c = 1; c < m_columnCount; ++c)
            row += ", ?";
        row += ')';
        QByteArray sql =
            QByteArray("INSERT INTO ") + m_table + " (scenario, " + m_columns + ") VALUES " + row;
        for (int r = 1; r < rows; ++r)
            sql += ", " + row;
        if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), stmt, nullptr) == SQLITE_OK)
            return true;
        fail();
        return false;
    }
    void fail()
    {
        m_failed = true;
        m_failure = QString::fromUtf8(sqlite3_errmsg(m_db));
    }

    sqlite3 *m_db;
    const char *m_table;
    const char *m_columns;
    const int m_columnCount;
    QList<Value> m_values;
    Value *m_row = nullptr;
    int m_rows = 0;
    sqlite3_stmt *m_full = nullptr;
    bool m_failed = false;
    QString m_failure;
    const int m_scenario;
};

// Writes the rows of each table in an order where every immediate foreign
// key finds its parent: teams, domains, assets, then what refers to assets.
class Writer
{
public:
    explicit Writer(sqlite3 *db) : m_db(db) {}
    QString failure;

    bool exec(const QString &sql)
    {
        if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
            return true;
        failure = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }

    // Scenario ids are 1, 2, ... in tab order; `shown` is marked on its map_info row.
    bool write(const ScenarioList &scenarios, int shown)
    {
        // The scenarios table is keyed by its own id, not by a scenario column.
        sqlite3_stmt *stmt = nullptr;
        const char sql[] = "INSERT INTO scenarios (id, name) VALUES (?, ?)";
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
            return fail();
        for (qsizetype i = 0; i < scenarios.size(); ++i) {
            const QString &name = scenarios.at(i).name;
            sqlite3_reset(stmt);
            sqlite3_bind_int(stmt, 1, int(i + 1));
            sqlite3_bind_text16(stmt, 2,
                                name.isNull() ? static_cast<const void *>(u"") : name.utf16(),
                                int(name.size() * sizeof(QChar)), SQLITE_STATIC);
            if (sqlite3_step(stmt) != SQLITE_DONE) {
                sqlite3_finalize(stmt);
                return fail();
            }
        }
        sqlite3_finalize(stmt);
        for (qsizetype i = 0; i < scenarios.size(); ++i) {
            m_scenario = int(i + 1);
            const MapData &map = scenarios.at(i).map;
            MapInfo info = map.info;
            // One mark, on the shown scenario only, and none for the first
            // (the default): a map imported with the key does not keep it.
            if (info.extensions.contains(kShownScenarioKey))
                info.extensions.remove(kShownScenarioKey);
            if (i == shown && shown > 0)
                info.extensions.insert(kShownScenarioKey, true);
            if (!write(map, info))
                return false;
        }
        return true;
    }

private:
    bool fail()
    {
        failure = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    bool fail(const Insert &insert)
    {
        failure = insert.failure();
        return false;
    }

    bool write(const MapData &map, const MapInfo &info)
    {
        return writeInfo(info) && writeTeams(map) && writeDomains(map) && writeAssets(map) &&
               writeTags(map) && writePorts(map) && writeLinks(map) && writeInteractions(map);
    }

    // Binds x, y[, w, h], geometry_extensions from `column` on.
    static void geometry(Insert &insert, int column, const std::optional<Geometry> &g, bool sized)
    {
        const int n = sized ? 4 : 2;
        if (g) {
            insert.real(column, g->x);
            insert.real(column + 1, g->y);
            if (sized) {
                insert.real(column + 2, g->w);
                insert.real(column + 3, g->h);
            }
            insert.json(column + n, g->extensions);
        } else {
            for (int c = 0; c <= n; ++c)
                insert.null(column + c);
        }
    }

    // Calls bind(insert, item) for each item and inserts its row.
    template <typename Container, typename Bind>
    bool insertAll(const char *table, const char *columns, int columnCount, const Container &items,
                   Bind bind)
    {
        Insert insert(m_db, m_scenario, table, columns, columnCount);
        for (const auto &item : items) {
            if (!insert.next())
                return fail(insert);
            bind(insert, item);
        }
        return insert.finish() || fail(insert);
    }

    bool writeInfo(const MapInfo &info)
    {
        return insertAll("map_info", "name, description, extensions", 3, QList<MapInfo>{info},
                         [](Insert &r, const MapInfo &i) {
                             r.text(0, i.name);
                             r.text(1, i.description);
                             r.json(2, i.extensions);
                         });
    }

    bool writeTeams(const MapData &map)
    {
        const Spellings<TeamType, 5> types;
        return insertAll("teams",
                         "id, name, type, description, x, y, geometry_extensions, extensions", 8,
                         map.teams, [&types](Insert &r, const Team &t) {
                             r.text(0, t.id.str());
                             r.text(1, t.name);
                             r.text(2, types(t.type));
                             r.text(3, t.description);
                             geometry(r, 4, t.geometry, false);
                             r.json(7, t.extensions);
                         });
    }

    bool writeDomains(const MapData &map)
    {
        return insertAll("domains",
                         "id, name, parent, owner, description, color, x, y, w, h, "
                         "geometry_extensions, extensions",
                         12, map.domains, [](Insert &r, const Domain &d) {
                             r.text(0, d.id.str());
                             r.text(1, d.name);
                             r.optionalId(2, d.parent.str());
                             r.optionalId(3, d.owner.str());
                             r.text(4, d.description);
                             r.text(5, d.color);
                             geometry(r, 6, d.geometry, true);
                             r.json(11, d.extensions);
                         });
    }

    bool writeAssets(const MapData &map)
    {
        const Spellings<AssetKind, 2> kinds;
        const Spellings<Classification, 5> classes;
        return insertAll("assets",
                         "id, kind, name, domain, owner, description, contract, documentation, "
                         "classification, x, y, geometry_extensions, extensions",
                         13, map.assets, [&](Insert &r, const Asset &a) {
                             r.text(0, a.id.str());
                             r.text(1, kinds(a.kind));
                             r.text(2, a.name);
                             r.optionalId(3, a.domain.str());
                             r.optionalId(4, a.owner.str());
                             r.text(5, a.description);
                             r.text(6, a.contract);
                             r.text(7, a.documentation);
                             r.text(8, classes(a.classification));
                             geometry(r, 9, a.geometry, false);
                             r.json(12, a.extensions);
                         });
    }

    // Tags and ports are numbered 0, 1, 2... per asset, in list order.
    bool writeTags(const MapData &map)
    {
        Insert insert(m_db, m_scenario, "asset_tags", "asset, position, tag", 3);
        for (const Asset &a : map.assets)
            for (qsizetype i = 0; i < a.tags.size(); ++i) {
                if (!insert.next())
                    return fail(insert);
                insert.text(0, a.id.str());
                insert.integer(1, i);
                insert.text(2, a.tags.at(i));
            }
        return insert.finish() || fail(insert);
    }

    bool writePorts(const MapData &map)
    {
        const Spellings<PortType, 4> types;
        Insert insert(m_db, m_scenario, "asset_ports",
                      "asset, position, name, type, location, extensions", 6);
        for (const Asset &a : map.assets)
            for (qsizetype i = 0; i < a.ports.size(); ++i) {
                const Port &p = a.ports.at(i);
                if (!insert.next())
                    return fail(insert);
                insert.text(0, a.id.str());
                insert.integer(1, i);
                insert.text(2, p.name);
                insert.text(3, types(p.type));
                insert.text(4, p.location);
                insert.json(5, p.extensions);
            }
        return insert.finish() || fail(insert);
    }

    bool writeLinks(const MapData &map)
    {
        const Spellings<LinkKind, 3> kinds;
        return insertAll("links", "from_asset, to_asset, kind, label, extensions", 5, map.links,
                         [&kinds](Insert &r, const Link &l) {
                             r.text(0, l.key.from.str());
                             r.text(1, l.key.to.str());
                             r.text(2, kinds(l.key.kind));
                             r.text(3, l.label);
                             r.json(4, l.extensions);
                         });
    }

    bool writeInteractions(const MapData &map)
    {
        const Spellings<InteractionMode, 3> modes;
        return insertAll("interactions", "from_team, to_team, mode, extensions", 4,
                         map.interactions, [&modes](Insert &r, const Interaction &i) {
                             r.text(0, i.key.from.str());
                             r.text(1, i.key.to.str());
                             r.text(2, modes(i.key.mode));
                             r.json(3, i.extensions);
                         });
    }

    sqlite3 *m_db;
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
    sqlite3 *db = connection.handle();
    if (!db) {
        *why = Text::tr("the SQLite driver gave no database handle");
        return false;
    }
    Writer writer(db);
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
    ok = ok && writer.write(scenarios, options.shown) && writer.exec(QStringLiteral("COMMIT"));
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

bool save(const ScenarioList &scenarios, const QString &path, QString *error, QStringList *notes,
          int shown)
{
    Internal::SaveOptions options;
    options.notes = notes;
    options.shown = shown;
    return Internal::save(scenarios, path, error, options);
}

} // namespace OrgMap::SqliteStore
