#include "samplemaps.h"
#include "storage/sqlitestore.h"
#include "storage/sqlitestore_p.h"
#include "json/jsonformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <thread>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace OrgMap;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// Runs SQL on a file through a plain connection, as a hand-editing user with
// the sqlite3 shell would (foreign keys off, CHECKs optionally ignored).
QStringList rawSql(const QString &path, const QStringList &statements)
{
    QStringList failures;
    const QString name = QStringLiteral("raw-%1").arg(quintptr(&failures));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            failures << db.lastError().text();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (!q.exec(sql))
                failures << sql + u": "_qs + q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return failures;
}

QStringList rawColumn(const QString &path, const QString &sql)
{
    QStringList values;
    const QString name = QStringLiteral("raw-col-%1").arg(quintptr(&values));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(sql);
        while (q.next())
            values << q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestSqliteStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip_data();
    void roundTrip();
    void overwritesAndKeepsPermissions();
    void savesThroughSymlink();
    void writesSchemaWithForeignKeys();
    void refusesForeignFiles_data();
    void refusesForeignFiles();
    void refusesDamagedFiles_data();
    void refusesDamagedFiles();
    void refusesInvalidContent_data();
    void refusesInvalidContent();
    void refusesToSaveInvalidMap();
    void bothReadersApplyTheSameRules_data();
    void bothReadersApplyTheSameRules();
    void openIsTimeBounded();
    void invalidUtf8IsRefused_data();
    void invalidUtf8IsRefused();
    void scenarioProblemsNameTheScenario();
    void remembersTheShownScenario();
    void fullDiskKeepsOldFile();
    void unwritableDirectoryKeepsOldFile();
    void opensFromAnotherThread();
    void documentedSchemaMatchesCode();

private:
    // A fresh folder per test function, so that tests can list what is left.
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
};

void TestSqliteStore::init()
{
    // Catches Qt's "connection ... is still in use" and any driver warning.
    QTest::failOnWarning(QRegularExpression(u".*"_qs));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSqliteStore::roundTrip_data()
{
    QTest::addColumn<MapData>("map");
    MapData minimal;
    minimal.info.name = u"m"_qs;
    QTest::newRow("minimal") << minimal;
    QTest::newRow("rich") << TestMaps::richMap();
    QTest::newRow("synthetic 500") << TestMaps::syntheticMap(500);
}

void TestSqliteStore::roundTrip()
{
    QFETCH(MapData, map);
    const QString file = path(u"round trip ✓.orgmap"_qs);
    QString error;
    QVERIFY2(SqliteStore::save(map, file, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    const std::optional<MapData> loaded = SqliteStore::open(file, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->info, map.info);
    QCOMPARE(loaded->domains, map.domains);
    QCOMPARE(loaded->teams, map.teams);
    QCOMPARE(loaded->assets, map.assets);
    QCOMPARE(loaded->links, map.links);
    QCOMPARE(loaded->interactions, map.interactions);
    QVERIFY(*loaded == map);
    QCOMPARE(filesIn(m_dir->path()), QStringList{u"round trip ✓.orgmap"_qs});
}

void TestSqliteStore::overwritesAndKeepsPermissions()
{
    const QString file = path(u"perm.orgmap"_qs);
    QString error;
    QVERIFY(SqliteStore::save(TestMaps::richMap(), file, &error));
    const auto perms = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup;
    QVERIFY(QFile::setPermissions(file, perms));
    MapData smaller;
    smaller.info.name = u"smaller"_qs;
    QVERIFY2(SqliteStore::save(smaller, file, &error), qPrintable(error));
    const auto mask = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                      QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther |
                      QFile::ExeOther;
    QCOMPARE(QFile::permissions(file) & mask, perms);
    QVERIFY(SqliteStore::open(file, &error) == std::optional<MapData>(smaller));
}

void TestSqliteStore::savesThroughSymlink()
{
    const QString real = path(u"real.orgmap"_qs);
    const QString link = path(u"link.orgmap"_qs);
    QString error;
    QVERIFY(SqliteStore::save(TestMaps::richMap(), real, &error));
    QVERIFY(QFile::link(real, link));
    MapData other;
    other.info.name = u"through the link"_qs;
    QVERIFY2(SqliteStore::save(other, link, &error), qPrintable(error));
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(SqliteStore::open(real, &error) == std::optional<MapData>(other));
}

void TestSqliteStore::writesSchemaWithForeignKeys()
{
    const QString file = path(u"schema.orgmap"_qs);
    QString error;
    QVERIFY(SqliteStore::save(TestMaps::richMap(), file, &error));
    QCOMPARE(rawColumn(file, u"PRAGMA application_id"_qs),
             QStringList{QString::number(SqliteStore::kApplicationId)});
    QCOMPARE(rawColumn(file, u"PRAGMA user_version"_qs), QStringList{u"2"_qs});
    // Column 2 of foreign_key_list is the referenced table.
    const auto parents = [&](const char16_t *table) {
        QStringList tables = rawColumn(
            file,
            QStringLiteral("SELECT \"table\" || '.' || \"from\" FROM pragma_foreign_key_list('%1')")
                .arg(QString::fromUtf16(table)));
        tables.sort();
        return tables;
    };
    // Every reference stays within its scenario: (scenario, id) pairs.
    QCOMPARE(parents(u"domains"),
             (QStringList{u"domains.parent"_qs, u"domains.scenario"_qs, u"scenarios.scenario"_qs,
                          u"teams.owner"_qs, u"teams.scenario"_qs}));
    QCOMPARE(parents(u"assets"),
             (QStringList{u"domains.domain"_qs, u"domains.scenario"_qs, u"scenarios.scenario"_qs,
                          u"teams.owner"_qs, u"teams.scenario"_qs}));
    QCOMPARE(parents(u"links"), (QStringList{u"assets.from_asset"_qs, u"assets.scenario"_qs,
                                             u"assets.scenario"_qs, u"assets.to_asset"_qs}));
    QCOMPARE(parents(u"interactions"), (QStringList{u"teams.from_team"_qs, u"teams.scenario"_qs,
                                                    u"teams.scenario"_qs, u"teams.to_team"_qs}));
    QCOMPARE(parents(u"asset_tags"), (QStringList{u"assets.asset"_qs, u"assets.scenario"_qs}));
    QCOMPARE(parents(u"asset_ports"), (QStringList{u"assets.asset"_qs, u"assets.scenario"_qs}));
    // The data honours them, and they are enforced when a connection enables them.
    QCOMPARE(rawColumn(file, u"PRAGMA foreign_key_check"_qs), QStringList());
    const QStringList failures =
        rawSql(file, {u"PRAGMA foreign_keys = ON"_qs, u"UPDATE assets SET owner = 'nobody'"_qs});
    QCOMPARE(failures.size(), 1);
    QVERIFY2(failures.first().contains(u"FOREIGN KEY constraint failed"_qs),
             qPrintable(failures.first()));
}

void TestSqliteStore::refusesForeignFiles_data()
{
    QTest::addColumn<QStringList>("setup"); // SQL to create a database; empty: write `bytes`
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("text file") << QStringList() << QByteArray("name,owner\nOrders,Billing\n")
                               << u" is not an OrgMap document (not a SQLite database)"_qs;
    QTest::newRow("empty file") << QStringList() << QByteArray()
                                << u" is not an OrgMap document (not a SQLite database)"_qs;
    QTest::newRow("other application")
        << QStringList{u"PRAGMA application_id = 42"_qs, u"CREATE TABLE t (x)"_qs} << QByteArray()
        << u" is a SQLite database but not an OrgMap document"_qs;
    QTest::newRow("plain sqlite") << QStringList{u"CREATE TABLE t (x)"_qs} << QByteArray()
                                  << u" is a SQLite database but not an OrgMap document"_qs;
    QTest::newRow("newer version")
        << QStringList{QStringLiteral("PRAGMA application_id = %1")
                           .arg(SqliteStore::kApplicationId),
                       u"PRAGMA user_version = 3"_qs, u"CREATE TABLE future (x)"_qs}
        << QByteArray()
        << u" was saved by a newer OrgMap (document version 3; this OrgMap reads up to 2)"_qs;
}

void TestSqliteStore::refusesForeignFiles()
{
    QFETCH(QStringList, setup);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString file = path(u"foreign.orgmap"_qs);
    QFile::remove(file);
    if (setup.isEmpty())
        writeAll(file, bytes);
    else
        QCOMPARE(rawSql(file, setup), QStringList());
    QString error;
    QVERIFY(!SqliteStore::open(file, &error));
    QCOMPARE(error, file + message);
}

void TestSqliteStore::refusesDamagedFiles_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("overwritten middle") << u"overwrite"_qs;
    QTest::newRow("truncated") << u"truncate"_qs;
    QTest::newRow("missing") << u"delete"_qs;
}

void TestSqliteStore::refusesDamagedFiles()
{
    QFETCH(QString, damage);
    const QString file = path(u"damaged.orgmap"_qs);
    QString error;
    QVERIFY(SqliteStore::save(TestMaps::syntheticMap(300), file, &error));
    QByteArray bytes = readAll(file);
    QVERIFY(bytes.size() > 16 * 4096);
    QString expected = file + u" is damaged: "_qs;
    if (damage == u"overwrite"_qs) {
        // Garbage over two whole pages in the middle: b-tree pages of some table.
        const qsizetype middle = (bytes.size() / 2 / 4096) * 4096;
        for (qsizetype i = middle; i < middle + 2 * 4096; ++i)
            bytes[i] = char(0xA5 ^ (i & 0xFF));
        writeAll(file, bytes);
    } else if (damage == u"truncate"_qs) {
        writeAll(file, bytes.left(bytes.size() / 2));
    } else {
        QVERIFY(QFile::remove(file));
        expected = file + u" does not exist"_qs;
    }
    QVERIFY(!SqliteStore::open(file, &error));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
    QVERIFY2(error.size() > expected.size() || damage == u"delete"_qs, qPrintable(error));
    QVERIFY2(!error.contains(u'\n'), qPrintable(error)); // one line per problem
}

void TestSqliteStore::refusesInvalidContent_data()
{
    QTest::addColumn<QStringList>("edit");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown owner")
        << QStringList{u"UPDATE assets SET owner = 't-gone' WHERE id = 's-orders'"_qs}
        << u"table assets, row \"s-orders\": owner: unknown team \"t-gone\""_qs;
    QTest::newRow("owner is a domain")
        << QStringList{u"UPDATE domains SET owner = 'd-other' WHERE id = 'z-top'"_qs}
        << u"table domains, row \"z-top\": owner: \"d-other\" is a domain, not a team"_qs;
    QTest::newRow("bad id")
        << QStringList{u"UPDATE teams SET id = 'bad id!' WHERE id = 't-none'"_qs}
        << u"table teams, row \"bad id!\": id: invalid id \"bad id!\": use only the characters A-Z a-z 0-9 . _ : -"_qs;
    QTest::newRow("empty name") << QStringList{u"UPDATE teams SET name = '' WHERE id = 't-none'"_qs}
                                << u"table teams, row \"t-none\": name: must not be empty"_qs;
    QTest::newRow("id in two tables")
        << QStringList{u"INSERT INTO teams (scenario, id, name) VALUES (1, 'd-other', 'Clash')"_qs}
        << u"table domains, row \"d-other\": id: duplicate id \"d-other\" (first used at table teams, row \"d-other\")"_qs;
    QTest::newRow("cycle")
        << QStringList{u"UPDATE domains SET parent = 'm-subsub' WHERE id = 'z-top'"_qs}
        << u"table domains, row \"a-sub\": parent: cycle in domain parents: a-sub -> z-top -> m-subsub -> a-sub"_qs;
    QTest::newRow("bad colour")
        << QStringList{u"UPDATE domains SET color = 'red' WHERE id = 'z-top'"_qs}
        << u"table domains, row \"z-top\": color: invalid colour \"red\": use the form #rrggbb"_qs;
    QTest::newRow("bad enum")
        << QStringList{u"PRAGMA ignore_check_constraints = ON"_qs,
                       u"UPDATE links SET kind = 'rpc' WHERE label = 'calls'"_qs}
        << u"table links, row s-bare -> s-orders (rpc): kind: unknown link kind \"rpc\" (one of api, event, data)"_qs;
    QTest::newRow("extension not json")
        << QStringList{u"UPDATE assets SET extensions = '{oops' WHERE id = 's-orders'"_qs}
        << u"table assets, row \"s-orders\": extensions: not a JSON object"_qs;
    QTest::newRow("extension key")
        << QStringList{u"UPDATE assets SET extensions = '{\"tier\":1}' WHERE id = 's-orders'"_qs}
        << u"table assets, row \"s-orders\": extensions: key \"tier\" does not start with x-"_qs;
    QTest::newRow("half geometry")
        << QStringList{u"UPDATE assets SET y = NULL WHERE id = 's-orders'"_qs}
        << u"table assets, row \"s-orders\": geometry: some coordinates are NULL"_qs;
    QTest::newRow("flat domain")
        << QStringList{u"UPDATE domains SET w = 0 WHERE id = 'z-top'"_qs}
        << u"table domains, row \"z-top\": w: must be greater than 0, not 0"_qs;
    QTest::newRow("tag gap")
        << QStringList{u"DELETE FROM asset_tags WHERE asset = 's-orders' AND position = 1"_qs}
        << u"table asset_tags, row (\"s-orders\", 2): position: expected 1 (positions count 0, 1, 2...)"_qs;
    QTest::newRow("port of a service")
        << QStringList{u"INSERT INTO asset_ports (scenario, asset, position, name, type) VALUES (1, 's-bare', 0, 'p', 'api')"_qs}
        << u"table assets, row \"s-bare\": asset_ports: only data products have ports; this asset is a service"_qs;
    QTest::newRow("dangling link")
        << QStringList{u"DELETE FROM assets WHERE id = 's-bare'"_qs}
        << u"table links, row s-bare -> s-orders (api): from_asset: unknown asset \"s-bare\""_qs;
    QTest::newRow("no info") << QStringList{u"DELETE FROM map_info"_qs}
                             << u"table map_info: must have exactly one row"_qs;
}

void TestSqliteStore::refusesInvalidContent()
{
    QFETCH(QStringList, edit);
    QFETCH(QString, message);
    const QString file = path(u"edited.orgmap"_qs);
    QString error;
    QVERIFY(SqliteStore::save(TestMaps::richMap(), file, &error));
    QCOMPARE(rawSql(file, edit), QStringList());
    QVERIFY(!SqliteStore::open(file, &error));
    QVERIFY2(error.split(u'\n').contains(file + u": "_qs + message), qPrintable(error));
}

void TestSqliteStore::refusesToSaveInvalidMap()
{
    MapData map = TestMaps::richMap();
    map.assets[AssetId(u"s-bare"_qs)].owner = TeamId(u"t-gone"_qs);
    const QString file = path(u"invalid.orgmap"_qs);
    QString error;
    QVERIFY(!SqliteStore::save(map, file, &error));
    QCOMPARE(error, u"cannot save "_qs + file +
                        u": table assets, row \"s-bare\": owner: unknown team \"t-gone\""_qs);
    QVERIFY(filesIn(m_dir->path()).isEmpty());
}

// One rule, one message: the same breach in a JSON document and in a .orgmap
// is reported with the same words, only the location in each reader's form
// (issue 8: one validator, MapValidator, behind both readers).
void TestSqliteStore::bothReadersApplyTheSameRules_data()
{
    QTest::addColumn<QStringList>("sql");  // the breach in the .orgmap
    QTest::addColumn<QString>("jsonFind"); // ... and in the JSON text
    QTest::addColumn<QString>("jsonReplace");
    QTest::addColumn<QString>("pointer"); // where the JSON reader reports it
    QTest::addColumn<QString>("row");     // where the SQLite reader reports it
    QTest::addColumn<QString>("message"); // what both say
    const auto row = [](const char *name, const QStringList &sql, const char *find,
                        const QString &replace, const char *pointer, const char *where,
                        const QString &message) {
        QTest::newRow(name) << sql << QString::fromUtf8(find) << replace
                            << QString::fromUtf8(pointer) << QString::fromUtf8(where) << message;
    };
    const QString longName(201, u'n');
    row("empty name", {u"UPDATE teams SET name = '' WHERE id = 't-none'"_qs},
        R"("name": "No type")", uR"("name": "")"_qs, "/teams/1/name",
        R"(table teams, row "t-none": name)", u"must not be empty"_qs);
    row("long name", {u"UPDATE teams SET name = '%1' WHERE id = 't-none'"_qs.arg(longName)},
        R"("name": "No type")", uR"("name": "%1")"_qs.arg(longName), "/teams/1/name",
        R"(table teams, row "t-none": name)", u"name is 201 characters long (at most 200)"_qs);
    row("bad id", {u"UPDATE teams SET id = 'bad id!' WHERE id = 't-none'"_qs}, R"("id": "t-none")",
        uR"("id": "bad id!")"_qs, "/teams/1/id", R"(table teams, row "bad id!": id)",
        uR"(invalid id "bad id!": use only the characters A-Z a-z 0-9 . _ : -)"_qs);
    row("unknown owner", {u"UPDATE assets SET owner = 't-gone' WHERE id = 's-orders'"_qs},
        R"("owner": "t-billing",
      "description": "takes orders")",
        uR"("owner": "t-gone",
      "description": "takes orders")"_qs,
        "/assets/6/owner", R"(table assets, row "s-orders": owner)",
        uR"(unknown team "t-gone")"_qs);
    row("owner is a domain", {u"UPDATE domains SET owner = 'd-other' WHERE id = 'z-top'"_qs},
        R"("owner": "t-billing",
      "description": "the top domain")",
        uR"("owner": "d-other",
      "description": "the top domain")"_qs,
        "/domains/3/owner", R"(table domains, row "z-top": owner)",
        uR"("d-other" is a domain, not a team)"_qs);
    row("own parent", {u"UPDATE domains SET parent = 'd-other' WHERE id = 'd-other'"_qs},
        R"("id": "d-other",)", uR"("id": "d-other", "parent": "d-other",)"_qs, "/domains/1/parent",
        R"(table domains, row "d-other": parent)", u"a domain cannot be its own parent"_qs);
    row("cycle", {u"UPDATE domains SET parent = 'm-subsub' WHERE id = 'z-top'"_qs},
        R"("id": "z-top",)", uR"("id": "z-top", "parent": "m-subsub",)"_qs, "/domains/0/parent",
        R"(table domains, row "a-sub": parent)",
        u"cycle in domain parents: a-sub -> z-top -> m-subsub -> a-sub"_qs);
    row("bad colour", {u"UPDATE domains SET color = 'red' WHERE id = 'z-top'"_qs},
        R"("color": "#A0b1C2")", uR"("color": "red")"_qs, "/domains/3/color",
        R"(table domains, row "z-top": color)",
        uR"(invalid colour "red": use the form #rrggbb)"_qs);
    row("coordinate too far", {u"UPDATE domains SET x = 2e9 WHERE id = 'z-top'"_qs},
        R"("x": -100.25)", uR"("x": 2e9)"_qs, "/domains/3/geometry/x",
        R"(table domains, row "z-top": x)", u"2e+09 is out of range (at most 1e+09 either way)"_qs);
    row("flat domain", {u"UPDATE domains SET w = 0 WHERE id = 'z-top'"_qs}, R"("w": 800)",
        uR"("w": 0)"_qs, "/domains/3/geometry/w", R"(table domains, row "z-top": w)",
        u"must be greater than 0, not 0"_qs);
    row("empty port name",
        {u"UPDATE asset_ports SET name = '' WHERE asset = 'dp-customers' AND position = 0"_qs},
        R"("name": "warehouse")", uR"("name": "")"_qs, "/assets/4/ports/0/name",
        R"(table asset_ports, row ("dp-customers", 0): name)", u"must not be empty"_qs);
    row("link kind",
        {u"PRAGMA ignore_check_constraints = ON"_qs,
         u"UPDATE links SET kind = 'rpc' WHERE label = 'calls'"_qs},
        R"("kind": "api",
      "label": "calls")",
        uR"("kind": "rpc",
      "label": "calls")"_qs,
        "/links/0/kind", R"(table links, row s-bare -> s-orders (rpc): kind)",
        uR"(unknown link kind "rpc" (one of api, event, data))"_qs);
    row("link to itself",
        {u"PRAGMA ignore_check_constraints = ON"_qs,
         u"UPDATE links SET to_asset = 's-bare' WHERE label = 'calls'"_qs},
        R"("to": "s-orders",
      "kind": "api",
      "label": "calls")",
        uR"("to": "s-bare",
      "kind": "api",
      "label": "calls")"_qs,
        "/links/0", R"(table links, row s-bare -> s-bare (api))",
        u"a link cannot connect asset s-bare to itself"_qs);
}

void TestSqliteStore::bothReadersApplyTheSameRules()
{
    QFETCH(QStringList, sql);
    QFETCH(QString, jsonFind);
    QFETCH(QString, jsonReplace);
    QFETCH(QString, pointer);
    QFETCH(QString, row);
    QFETCH(QString, message);

    QString json = QString::fromUtf8(writeMapJson(TestMaps::richMap()));
    QVERIFY2(json.count(jsonFind) == 1, qPrintable(json));
    json.replace(jsonFind, jsonReplace);
    const JsonReadResult fromJson = readMapJson(json.toUtf8());
    QVERIFY(!fromJson.map);
    QStringList jsonErrors;
    for (const FormatError &e : fromJson.errors)
        jsonErrors << e.toString();
    QCOMPARE(jsonErrors, QStringList{pointer + u": "_qs + message});

    const QString file = path(u"edited.orgmap"_qs);
    QString error;
    QVERIFY(SqliteStore::save(TestMaps::richMap(), file, &error));
    QCOMPARE(rawSql(file, sql), QStringList());
    QVERIFY(!SqliteStore::open(file, &error));
    QCOMPARE(error, file + u": "_qs + row + u": "_qs + message);
}

// A statement still running at the time limit is interrupted (SQLite's
// progress handler) and the file refused with a message saying so, not as
// "damaged: interrupted". No crafted file can make a verified .orgmap slow
// (the schema check allows no view or trigger), so the limit is made
// tiny instead.
void TestSqliteStore::openIsTimeBounded()
{
    const QString file = path(u"big.orgmap"_qs);
    QString error;
    QVERIFY(SqliteStore::save(TestMaps::syntheticMap(2000), file, &error));
    const SqliteStore::Internal::OpenResult late =
        SqliteStore::Internal::open(file, u"big.orgmap"_qs, std::chrono::milliseconds(0));
    QVERIFY(!late.map);
    QCOMPARE(late.errors,
             QStringList{u"big.orgmap was refused: reading it took longer than 0 s, which no "
                         "OrgMap document needs (a hostile or damaged file?)"_qs});
    const SqliteStore::Internal::OpenResult inTime =
        SqliteStore::Internal::open(file, u"big.orgmap"_qs);
    QVERIFY2(inTime.map, qPrintable(inTime.errors.join(u'\n')));
    QCOMPARE(inTime.map->assets.size(), 2000);
}

// TEXT that is not UTF-8 (a stray Latin-1 byte, an encoded surrogate) would
// become U+FFFD on reading and be saved so: refused, naming row and column.
void TestSqliteStore::invalidUtf8IsRefused_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("message");
    QTest::newRow("latin-1 byte in a name")
        << u"UPDATE teams SET name = CAST(X'4361666508' || X'e9' AS TEXT) WHERE id = 't-none'"_qs
        << u"table teams, row \"t-none\": name: not valid UTF-8 text"_qs;
    QTest::newRow("encoded surrogate in a description")
        << u"UPDATE assets SET description = CAST(X'eda080' AS TEXT) WHERE id = 's-orders'"_qs
        << u"table assets, row \"s-orders\": description: not valid UTF-8 text"_qs;
    QTest::newRow("tag")
        << u"UPDATE asset_tags SET tag = CAST(X'ff' AS TEXT) WHERE asset = 's-orders' AND position = 0"_qs
        << u"table asset_tags, row (\"s-orders\", 0): tag: not valid UTF-8 text"_qs;
    QTest::newRow("scenario name")
        << u"UPDATE scenarios SET name = CAST(X'ff' AS TEXT) WHERE id = 1"_qs
        << u"table scenarios, row 1: name: not valid UTF-8 text"_qs;
}

void TestSqliteStore::invalidUtf8IsRefused()
{
    QFETCH(QString, sql);
    QFETCH(QString, message);
    const QString file = path(u"bytes.orgmap"_qs);
    QString error;
    QVERIFY(SqliteStore::save(TestMaps::richMap(), file, &error));
    QCOMPARE(rawSql(file, {sql}), QStringList());
    QVERIFY(!SqliteStore::open(file, &error));
    QVERIFY2(error.startsWith(file + u": "_qs + message), qPrintable(error));
}

// Each scenario is checked by the validator on its own; with several, the
// message says which one broke a rule.
void TestSqliteStore::scenarioProblemsNameTheScenario()
{
    const QString file = path(u"two.orgmap"_qs);
    QString error;
    const ScenarioList two{{u"As-is"_qs, TestMaps::richMap()}, {u"To-be"_qs, TestMaps::richMap()}};
    QVERIFY(SqliteStore::save(two, file, &error));
    QCOMPARE(rawSql(file, {u"UPDATE teams SET name = '' WHERE scenario = 2 AND id = 't-none'"_qs}),
             QStringList());
    QVERIFY(!SqliteStore::openScenarios(file, &error));
    QCOMPARE(error,
             file +
                 u": scenario \"To-be\": table teams, row \"t-none\": name: must not be empty"_qs);
}

// The scenario on screen when saved is the one the document opens on,
// stored without a new schema version: a mark in that scenario's map_info
// extensions, which the reader takes out of the map (docs/scenarios.md).
void TestSqliteStore::remembersTheShownScenario()
{
    const QString file = path(u"shown.orgmap"_qs);
    QString error;
    MapData asIs = TestMaps::richMap();
    asIs.info.extensions.insert(SqliteStore::kShownScenarioKey, true); // imported with the key
    const MapData target = TestMaps::syntheticMap(20);
    const ScenarioList three{
        {u"As-is"_qs, asIs}, {u"Target"_qs, target}, {u"Option B"_qs, TestMaps::richMap()}};
    QVERIFY2(SqliteStore::save(three, file, &error, nullptr, 1), qPrintable(error));
    // Still schema version 2, and one mark, on the second scenario's row.
    QCOMPARE(rawColumn(file, u"PRAGMA user_version"_qs), QStringList{u"2"_qs});
    QCOMPARE(rawColumn(file, u"SELECT scenario FROM map_info WHERE extensions LIKE "
                             u"'%x-orgmap-shown-scenario%'"_qs),
             QStringList{u"2"_qs});
    int shown = -1;
    std::optional<ScenarioList> loaded = SqliteStore::openScenarios(file, &error, &shown);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(shown, 1);
    // No map carries the mark: the maps are what was saved, less it.
    asIs.info.extensions.remove(SqliteStore::kShownScenarioKey);
    QCOMPARE(loaded->at(0).map, asIs);
    QCOMPARE(loaded->at(1).map, target);
    // Showing the first scenario writes no mark at all (the file as before).
    QVERIFY2(SqliteStore::save(three, file, &error, nullptr, 0), qPrintable(error));
    QCOMPARE(rawColumn(file, u"SELECT count(*) FROM map_info WHERE extensions LIKE "
                             u"'%x-orgmap-shown-scenario%'"_qs),
             QStringList{u"0"_qs});
    loaded = SqliteStore::openScenarios(file, &error, &shown);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(shown, 0);
    QCOMPARE(loaded->at(0).map, asIs);
}

void TestSqliteStore::fullDiskKeepsOldFile()
{
    const QString file = path(u"full.orgmap"_qs);
    QString error;
    QVERIFY(SqliteStore::save(TestMaps::richMap(), file, &error));
    const QByteArray before = readAll(file);
    SqliteStore::Internal::SaveOptions full;
    full.maxPageCount = 12; // the big map needs hundreds of pages
    QVERIFY(!SqliteStore::Internal::save(TestMaps::syntheticMap(2000), file, &error, full));
    QVERIFY2(error.startsWith(u"cannot save "_qs + file + u": "_qs), qPrintable(error));
    QVERIFY2(error.endsWith(u"database or disk is full"_qs), qPrintable(error));
    QCOMPARE(readAll(file), before);
    QCOMPARE(filesIn(m_dir->path()), QStringList{u"full.orgmap"_qs}); // temp file removed
    QVERIFY(SqliteStore::open(file, &error));
}

void TestSqliteStore::unwritableDirectoryKeepsOldFile()
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0) {
        // Root ignores permission bits; /proc refuses new files even to root.
        QString error;
        QVERIFY(!SqliteStore::save(TestMaps::richMap(), u"/proc/map.orgmap"_qs, &error));
        QVERIFY2(error.startsWith(
                     u"cannot save /proc/map.orgmap: cannot create a temporary file in /proc: "_qs),
                 qPrintable(error));
        QSKIP("root writes into read-only directories: checked /proc only");
    }
#endif
    const QString dir = path(u"locked"_qs);
    QVERIFY(QDir().mkpath(dir));
    const QString file = dir + u"/map.orgmap"_qs;
    QString error;
    QVERIFY(SqliteStore::save(TestMaps::richMap(), file, &error));
    const QByteArray before = readAll(file);
    QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
    MapData other;
    other.info.name = u"other"_qs;
    const bool saved = SqliteStore::save(other, file, &error);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!saved);
    QVERIFY2(error.startsWith(u"cannot save "_qs + file +
                              u": cannot create a temporary file in "_qs + dir),
             qPrintable(error));
    QCOMPARE(readAll(file), before);
    QCOMPARE(filesIn(dir), QStringList{u"map.orgmap"_qs});
}

void TestSqliteStore::opensFromAnotherThread()
{
    const QString file = path(u"thread.orgmap"_qs);
    const MapData map = TestMaps::richMap();
    QString error;
    QVERIFY(SqliteStore::save(map, file, &error));
    // Two threads at once, each with its own connection.
    std::optional<MapData> a, b;
    QString errorA, errorB;
    std::thread ta([&] { a = SqliteStore::open(file, &errorA); });
    std::thread tb([&] { b = SqliteStore::open(file, &errorB); });
    ta.join();
    tb.join();
    QVERIFY2(a && b, qPrintable(errorA + errorB));
    QVERIFY(*a == map && *b == map);
}

void TestSqliteStore::documentedSchemaMatchesCode()
{
    const QString doc =
        QString::fromUtf8(readAll(QStringLiteral(ORGMAP_TEST_DATA "/../../docs/sqlite-format.md")));
    QVERIFY(!doc.isEmpty());
    for (const QString &statement : SqliteStore::Internal::schemaStatements())
        QVERIFY2(doc.contains(statement + u';'), qPrintable(statement));
}

QTEST_GUILESS_MAIN(TestSqliteStore)
#include "tst_sqlitestore.moc"
