#include "samplemaps.h"
#include "storage/mapfile.h"
#include "storage/sqlitestore.h"
#include "json/jsonformat.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

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

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

const QString kGolden = QStringLiteral(ORGMAP_TEST_DATA "/storage/acme.orgmap.json");

} // namespace

class TestMapFile : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void kindOf_data();
    void kindOf();
    void goldenIsCanonical();
    void jsonToSqliteToJsonKeepsBytes_data();
    void jsonToSqliteToJsonKeepsBytes();
    void errorsCarryFileName_data();
    void errorsCarryFileName();
    void jsonSaveFailureKeepsOldFile();
    void readsStandardInput_data();
    void readsStandardInput();
    void writesStandardOutput();

private:
    QTemporaryDir m_dir;
};

void TestMapFile::kindOf_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<MapFileKind>("kind");
    QTest::newRow("interchange") << u"acme.orgmap.json"_qs << MapFileKind::Json;
    QTest::newRow("plain json") << u"/tmp/acme.json"_qs << MapFileKind::Json;
    QTest::newRow("upper case") << u"ACME.JSON"_qs << MapFileKind::Json;
    QTest::newRow("document") << u"acme.orgmap"_qs << MapFileKind::Sqlite;
    QTest::newRow("no extension") << u"acme"_qs << MapFileKind::Sqlite;
    QTest::newRow("json in folder name") << u"maps.json/acme.orgmap"_qs << MapFileKind::Sqlite;
    QTest::newRow("stdout") << u"-"_qs << MapFileKind::Json;
}

void TestMapFile::kindOf()
{
    QFETCH(QString, path);
    QFETCH(MapFileKind, kind);
    QCOMPARE(mapFileKindOf(path), kind);
}

void TestMapFile::goldenIsCanonical()
{
    const QByteArray golden = readAll(kGolden);
    QVERIFY(!golden.isEmpty());
    const JsonReadResult read = readMapJson(golden);
    QVERIFY2(read.map,
             qPrintable(read.errors.isEmpty() ? QString() : read.errors.first().toString()));
    QCOMPARE(writeMapJson(*read.map), golden);
}

void TestMapFile::jsonToSqliteToJsonKeepsBytes_data()
{
    QTest::addColumn<QString>("golden");
    QTest::newRow("storage/acme") << kGolden;
    // The JSON part's canonical golden files must survive the trip too.
    const QDir jsonGolden(QStringLiteral(ORGMAP_TEST_DATA "/json/golden"));
    for (const QString &name : jsonGolden.entryList({u"*.orgmap.json"_qs}, QDir::Files))
        QTest::newRow(qPrintable(u"json/golden/"_qs + name)) << jsonGolden.filePath(name);
}

void TestMapFile::jsonToSqliteToJsonKeepsBytes()
{
    QFETCH(QString, golden);
    const MapFileResult json = loadMapFile(golden);
    QVERIFY2(json.map, qPrintable(json.errors.join(u'\n')));
    const QString document = m_dir.filePath(u"trip.orgmap"_qs);
    QString error;
    QVERIFY2(saveMapFile(*json.map, document, &error), qPrintable(error));
    QVERIFY(readAll(document).startsWith("SQLite format 3"));
    const MapFileResult sqlite = loadMapFile(document);
    QVERIFY2(sqlite.map, qPrintable(sqlite.errors.join(u'\n')));
    QVERIFY(*sqlite.map == *json.map);
    const QString back = m_dir.filePath(u"back.orgmap.json"_qs);
    QVERIFY2(saveMapFile(*sqlite.map, back, &error), qPrintable(error));
    QCOMPARE(readAll(back), readAll(golden));
}

void TestMapFile::errorsCarryFileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("line"); // "%1" is the path
    QByteArray unknownOwner = readAll(kGolden);
    unknownOwner.replace("\"owner\": \"t-platform\",\n      \"tags\"",
                         "\"owner\": \"t-nobody\",\n      \"tags\"");
    QTest::newRow("json reference") << u"bad.orgmap.json"_qs << unknownOwner
                                    << u"%1: /assets/1/owner: unknown team \"t-nobody\""_qs;
    QTest::newRow("text as document") << u"notes.orgmap"_qs << QByteArray("hello\n")
                                      << u"%1 is not an OrgMap document (not a SQLite database)"_qs;
    QTest::newRow("missing json") << u"missing.json"_qs << QByteArray() << u"%1 does not exist"_qs;
    QTest::newRow("missing document")
        << u"missing.orgmap"_qs << QByteArray() << u"%1 does not exist"_qs;
}

void TestMapFile::errorsCarryFileName()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, line);
    const QString path = m_dir.filePath(name);
    if (!bytes.isEmpty())
        QVERIFY(writeAll(path, bytes));
    const MapFileResult result = loadMapFile(path);
    QVERIFY(!result.map);
    QVERIFY(!result.errors.isEmpty());
    for (const QString &e : result.errors)
        QVERIFY2(e.startsWith(path), qPrintable(e));
    QVERIFY2(result.errors.contains(line.arg(path)), qPrintable(result.errors.join(u'\n')));
}

void TestMapFile::jsonSaveFailureKeepsOldFile()
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0) {
        // Root ignores permission bits; /proc refuses new files even to root.
        QString error;
        QVERIFY(!saveMapFile(TestMaps::richMap(), u"/proc/map.orgmap.json"_qs, &error));
        QVERIFY2(error.startsWith(u"cannot save /proc/map.orgmap.json: "_qs), qPrintable(error));
        QSKIP("root writes into read-only directories: checked /proc only");
    }
#endif
    const QString dir = m_dir.filePath(u"locked"_qs);
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + u"/map.orgmap.json"_qs;
    QString error;
    QVERIFY2(saveMapFile(TestMaps::richMap(), path, &error), qPrintable(error));
    const QByteArray before = readAll(path);
    QCOMPARE(before, writeMapJson(TestMaps::richMap()));
    QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
    MapData other;
    other.info.name = u"other"_qs;
    const bool saved = saveMapFile(other, path, &error);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!saved);
    QVERIFY2(error.startsWith(u"cannot save "_qs + path + u": "_qs), qPrintable(error));
    QCOMPARE(readAll(path), before);
}

void TestMapFile::readsStandardInput_data()
{
    QTest::addColumn<QString>("source"); // a file of the kind to pipe in
    QTest::addColumn<bool>("valid");
    QTest::newRow("json") << u"json"_qs << true;
    QTest::newRow("sqlite") << u"sqlite"_qs << true;
    QTest::newRow("broken json") << u"broken"_qs << false;
}

void TestMapFile::readsStandardInput()
{
    QFETCH(QString, source);
    QFETCH(bool, valid);
    const MapData map = TestMaps::richMap();
    QString file = m_dir.filePath(u"stdin.orgmap.json"_qs);
    QString error;
    if (source == u"sqlite"_qs)
        file = m_dir.filePath(u"stdin.orgmap"_qs);
    if (source == u"broken"_qs)
        QVERIFY(writeAll(
            file, "{\"format\": \"orgmap\", \"version\": 1, \"name\": \"x\", \"oops\": 1}\n"));
    else
        QVERIFY2(saveMapFile(map, file, &error), qPrintable(error));
    // Standard input becomes the file for the rest of the process; nothing
    // else in this test reads it.
    QVERIFY(std::freopen(QFile::encodeName(file).constData(), "rb", stdin));
    const MapFileResult result = loadMapFile(u"-"_qs);
    if (valid) {
        QVERIFY2(result.map, qPrintable(result.errors.join(u'\n')));
        // JSON rounds geometry to 2 decimals; SQLite keeps every bit.
        const MapData expected = source == u"json"_qs ? *readMapJson(writeMapJson(map)).map : map;
        QVERIFY(*result.map == expected);
    } else {
        QVERIFY(!result.map);
        QVERIFY(!result.errors.isEmpty());
        for (const QString &e : result.errors)
            QVERIFY2(e.startsWith(u"<stdin>: "_qs), qPrintable(e));
    }
}

void TestMapFile::writesStandardOutput()
{
#ifdef Q_OS_UNIX
    const QString file = m_dir.filePath(u"stdout.orgmap.json"_qs);
    std::fflush(stdout);
    const int saved = ::dup(STDOUT_FILENO);
    QFile target(file);
    QVERIFY(target.open(QIODevice::WriteOnly));
    ::dup2(target.handle(), STDOUT_FILENO);
    QString error;
    const bool ok = saveMapFile(TestMaps::richMap(), u"-"_qs, &error);
    std::fflush(stdout);
    ::dup2(saved, STDOUT_FILENO);
    ::close(saved);
    target.close();
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(readAll(file), writeMapJson(TestMaps::richMap()));
#else
    QSKIP("needs dup2");
#endif
}

QTEST_GUILESS_MAIN(TestMapFile)
#include "tst_mapfile.moc"
