// orgmap-cli import backstage|odps: exit codes, the report on stderr, -o, --into.
#include "storage/mapfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"

using namespace OrgMap;

namespace {

QString examples()
{
    return QStringLiteral(ORGMAP_TEST_DATA "/import/backstage-examples");
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void backstageToStandardOutput();
    void backstageToSqliteAndInto();
    void refusedExitsTwoAndWritesNothing();
    void lenientGoesOn();
    void odps();
    void usageErrors_data();
    void usageErrors();
};

void TestCliImport::backstageToStandardOutput()
{
    const CliRun run = runCli({u"import"_qs, u"backstage"_qs, examples()});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject map = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(map.value(u"format"_qs).toString(), u"orgmap"_qs);
    QCOMPARE(map.value(u"assets"_qs).toArray().size(), 14);
    QCOMPARE(map.value(u"domains"_qs).toArray().size(), 6);
    // Laid out: every asset has geometry.
    for (const QJsonValue &a : map.value(u"assets"_qs).toArray())
        QVERIFY(a.toObject().contains(u"geometry"_qs));
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.startsWith(u"import: 25 created, 0 updated, 0 removed"_qs), qPrintable(err));
    QVERIFY(err.contains(u"\ncreated: component:artist-lookup \"artist-lookup\"\n"_qs));
    QVERIFY(err.contains(u"\nunowned: system:podcast is owned by user:default/team-b, a user: "
                         u"left unowned\n"_qs));
    QVERIFY(err.contains(u"skipped target: ./all-ai-resources.yaml"_qs));
}

void TestCliImport::backstageToSqliteAndInto()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"catalog.orgmap"_qs);
    CliRun run = runCli({u"import"_qs, u"backstage"_qs, examples(), u"-o"_qs, out});
    QCOMPARE(run.exitCode, 0);
    MapFileResult saved = loadMapFile(out);
    QVERIFY(saved.map);
    QCOMPARE(saved.map->teams.size(), 5);

    // Move one asset by hand, then re-import into the saved map.
    MapData map = *saved.map;
    map.assets[AssetId(u"component:petstore"_qs)].geometry = Geometry::at({-900, -900});
    QString error;
    QVERIFY(saveMapFile(map, out, &error));
    const QString again = dir.filePath(u"again.orgmap.json"_qs);
    run = runCli({u"import"_qs, u"backstage"_qs, examples(), u"--into"_qs, out, u"-o"_qs, again});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.startsWith("import: 0 created, 0 updated, 0 removed, 25 unchanged"),
             run.err.constData());
    const MapFileResult merged = loadMapFile(again);
    QVERIFY(merged.map);
    QCOMPARE(*merged.map, map);
}

void TestCliImport::refusedExitsTwoAndWritesNothing()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(u"broken.yaml"_qs);
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("apiVersion: v1\nkind: Component\nmetadata:\n  description: no name\n");
    f.close();
    const QString out = dir.filePath(u"out.orgmap.json"_qs);
    QVERIFY(QFile(out).open(QIODevice::WriteOnly)); // an existing, empty file must stay
    const CliRun run = runCli({u"import"_qs, u"backstage"_qs, examples(), broken, u"-o"_qs, out});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(QString::fromUtf8(run.err), u"import refused, nothing written:\n"_qs + broken +
                                             u":3: entity without metadata.name\n"_qs);
    QCOMPARE(readAll(out), QByteArray());
}

void TestCliImport::lenientGoesOn()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(u"broken.yaml"_qs);
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("apiVersion: v1\nkind: Component\nmetadata: {name: [x\n");
    f.close();
    const CliRun run = runCli({u"import"_qs, u"backstage"_qs, u"--lenient"_qs, examples(), broken});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.contains("\nskipped document: " + broken.toUtf8() + ":4:"));
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"assets"_qs).toArray().size(), 14);
}

void TestCliImport::odps()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"products.orgmap.json"_qs);
    const CliRun run =
        runCli({u"import"_qs, u"odps"_qs, QStringLiteral(ORGMAP_TEST_DATA "/import/odps"),
                QStringLiteral(ORGMAP_TEST_DATA "/import/odps-linked"), u"-o"_qs, out});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.startsWith("import: 6 created"));
    QVERIFY(run.err.contains("\nexternal source: "));
    const MapFileResult map = loadMapFile(out);
    QVERIFY(map.map);
    QCOMPARE(map.map->links.size(), 1);
    // --lenient is the catalog's; ODPS has no such option.
    QCOMPARE(runCli({u"import"_qs, u"odps"_qs, u"--lenient"_qs, out}).exitCode, 2);
}

void TestCliImport::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no source") << QStringList{u"import"_qs} << "import needs a source";
    QTest::newRow("unknown source")
        << QStringList{u"import"_qs, u"csv"_qs, u"x"_qs} << "import needs a source";
    QTest::newRow("no path") << QStringList{u"import"_qs, u"backstage"_qs}
                             << "import backstage needs at least one PATH";
    QTest::newRow("missing path") << QStringList{u"import"_qs, u"backstage"_qs, u"/nonexistent"_qs}
                                  << "/nonexistent: no such file or folder";
    QTest::newRow("bad into") << QStringList{u"import"_qs, u"odps"_qs, examples(), u"--into"_qs,
                                             u"/nonexistent.orgmap.json"_qs}
                              << "does not exist";
}

void TestCliImport::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
