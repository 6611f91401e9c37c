#include "storage/mapfile.h"
#include "storage/sqlitestore.h"
#include "json/jsonformat.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace OrgMap;

// Scenarios in storage and on the command line (docs/scenarios.md): a
// document keeps them all, an old document is one scenario, JSON is one map
// and the command line names the scenario it means.
class TestCliScenarios : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(ORGMAP_CLI), arguments);
        process.waitForFinished(60000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    static MapData example(const char *name)
    {
        const MapFileResult r =
            loadMapFile(QStringLiteral(ORGMAP_EXAMPLES "/") + QLatin1String(name));
        return r.map.value_or(MapData());
    }

    QTemporaryDir m_dir;
    QString m_doc; // As-is (the example) and Target (its to-be)

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_doc = m_dir.filePath(u"two.orgmap"_qs);
        QVERIFY(!example("acme.orgmap.json").assets.isEmpty());
        QVERIFY(!example("acme-target.orgmap.json").assets.isEmpty());
        QString error;
        QVERIFY2(SqliteStore::save(ScenarioList{{u"As-is"_qs, example("acme.orgmap.json")},
                                                {u"Target"_qs, example("acme-target.orgmap.json")}},
                                   m_doc, &error),
                 qPrintable(error));
    }

    void roundTripKeepsEveryScenario()
    {
        QString error;
        const auto back = SqliteStore::openScenarios(m_doc, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(Scenarios::names(*back), QStringList({u"As-is"_qs, u"Target"_qs}));
        QCOMPARE(back->at(0).map, example("acme.orgmap.json"));
        QCOMPARE(back->at(1).map, example("acme-target.orgmap.json"));
    }

    void duplicateNamesAreRefused()
    {
        QString error;
        const MapData map = example("acme.orgmap.json");
        QVERIFY(!SqliteStore::save(ScenarioList{{u"Target"_qs, map}, {u"target"_qs, map}},
                                   m_dir.filePath(u"dup.orgmap"_qs), &error));
        QVERIFY2(error.contains(u"already a scenario called \"Target\""_qs), qPrintable(error));
        QVERIFY(!QFile::exists(m_dir.filePath(u"dup.orgmap"_qs)));
    }

    // tests/data/storage/acme-v1.orgmap was written by OrgMap before
    // scenarios (schema version 1, `orgmap-cli convert` of the example).
    void versionOneFileIsOneScenario()
    {
        const QString old = QStringLiteral(ORGMAP_TEST_DATA "/storage/acme-v1.orgmap");
        const MapFileResult r = loadMapFile(old);
        QVERIFY2(r.map, qPrintable(r.errors.join(u'\n')));
        QCOMPARE(Scenarios::names(r.scenarios), QStringList{Scenarios::defaultName()});
        QCOMPARE(*r.map, example("acme.orgmap.json"));
        // Written back, it is version 2 and reads the same.
        const QString upgraded = m_dir.filePath(u"upgraded.orgmap"_qs);
        QString error;
        QVERIFY(saveScenariosFile(r.scenarios, upgraded, &error));
        QCOMPARE(loadMapFile(upgraded).scenarios, r.scenarios);
    }

    void convert_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("expected"); // example written
        QTest::addColumn<bool>("notesOthers");
        QTest::newRow("named") << QStringList{u"--scenario"_qs, u"Target"_qs}
                               << u"acme-target.orgmap.json"_qs << false;
        QTest::newRow("named ignoring case") << QStringList{u"--scenario"_qs, u"target"_qs}
                                             << u"acme-target.orgmap.json"_qs << false;
        QTest::newRow("unnamed: the first, and says so")
            << QStringList() << u"acme.orgmap.json"_qs << true;
    }
    void convert()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, expected);
        QFETCH(bool, notesOthers);
        const QString out = m_dir.filePath(u"out.orgmap.json"_qs);
        QFile::remove(out);
        const Run r = cli(QStringList{u"convert"_qs, m_doc, out} + options);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(loadMapFile(out).map.value_or(MapData()), example(qPrintable(expected)));
        QCOMPARE(r.err.contains(u"not written: \"Target\""_qs), notesOthers);
    }

    void convertDocumentToDocumentKeepsAll()
    {
        const QString out = m_dir.filePath(u"copy.orgmap"_qs);
        QCOMPARE(cli({u"convert"_qs, m_doc, out}).exitCode, 0);
        QCOMPARE(Scenarios::names(loadMapFile(out).scenarios),
                 QStringList({u"As-is"_qs, u"Target"_qs}));
    }

    void unknownScenarioIsExit2()
    {
        const QString out = m_dir.filePath(u"never.orgmap.json"_qs);
        const Run r = cli({u"convert"_qs, m_doc, out, u"--scenario"_qs, u"Option B"_qs});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.contains(u"no scenario called \"Option B\"; it has \"As-is\", \"Target\""_qs),
            qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        const Run d = cli({u"diff"_qs, m_doc, m_doc, u"--new-scenario"_qs, u"Nope"_qs});
        QCOMPARE(d.exitCode, 2);
    }

    // check, render and layout read one map of a document as convert does.
    void unknownScenarioIsExit2ForEveryReader_data()
    {
        QTest::addColumn<QStringList>("arguments"); // the document is appended after the first
        QTest::newRow("check") << QStringList{u"check"_qs};
        QTest::newRow("render") << QStringList{u"render"_qs, u"never.png"_qs};
        QTest::newRow("layout") << QStringList{u"layout"_qs, u"never.orgmap.json"_qs};
    }
    void unknownScenarioIsExit2ForEveryReader()
    {
        QFETCH(QStringList, arguments);
        QStringList args{arguments.first(), m_doc};
        for (qsizetype i = 1; i < arguments.size(); ++i)
            args << m_dir.filePath(arguments.at(i));
        const Run r = cli(args + QStringList{u"--scenario"_qs, u"Option B"_qs});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.contains(u"no scenario called \"Option B\"; it has \"As-is\", \"Target\""_qs),
            qPrintable(r.err));
        for (qsizetype i = 1; i < arguments.size(); ++i)
            QVERIFY(!QFile::exists(m_dir.filePath(arguments.at(i))));
    }

    void checkNamesScenario_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("cycle"); // the as-is has a domain cycle, the target none
        QTest::addColumn<bool>("notesOthers");
        QTest::newRow("Target") << QStringList{u"--scenario"_qs, u"Target"_qs} << false << false;
        QTest::newRow("as-is ignoring case")
            << QStringList{u"--scenario"_qs, u"as-is"_qs} << true << false;
        QTest::newRow("unnamed: the first, and says so") << QStringList() << true << true;
    }
    void checkNamesScenario()
    {
        QFETCH(QStringList, options);
        QFETCH(bool, cycle);
        QFETCH(bool, notesOthers);
        const Run r = cli(QStringList{u"check"_qs, m_doc, u"--format"_qs, u"json"_qs} + options);
        QCOMPARE(r.exitCode, cycle ? 1 : 0);
        QCOMPARE(r.out.contains(u"domain-cycle"_qs), cycle);
        QCOMPARE(r.err.contains(u"not read: \"Target\""_qs), notesOthers);
        // The same report as checking that scenario's JSON file.
        const Run file = cli({u"check"_qs,
                              QStringLiteral(ORGMAP_EXAMPLES "/") +
                                  (cycle ? u"acme.orgmap.json"_qs : u"acme-target.orgmap.json"_qs),
                              u"--format"_qs, u"json"_qs});
        QCOMPARE(r.out, file.out);
    }

    void renderNamesScenario()
    {
        const QString fromDoc = m_dir.filePath(u"target-doc.svg"_qs);
        const QString fromFile = m_dir.filePath(u"target-file.svg"_qs);
        const Run file = cli(
            {u"render"_qs, QStringLiteral(ORGMAP_EXAMPLES "/acme-target.orgmap.json"), fromFile});
        if (file.exitCode != 0 && file.err.contains(u"no renderer"_qs))
            QSKIP("this build has no renderer");
        QCOMPARE(file.exitCode, 0);
        const Run doc = cli({u"render"_qs, m_doc, fromDoc, u"--scenario"_qs, u"Target"_qs});
        QCOMPARE(doc.exitCode, 0);
        QFile a(fromDoc), b(fromFile);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
        const Run unnamed = cli({u"render"_qs, m_doc, fromDoc});
        QCOMPARE(unnamed.exitCode, 0);
        QVERIFY2(unnamed.err.contains(u"read the first, \"As-is\"; not read: \"Target\""_qs),
                 qPrintable(unnamed.err));
    }

    void layoutNamesScenario()
    {
        // Document to document: every scenario is kept.
        const QString doc = m_dir.filePath(u"laid-out.orgmap"_qs);
        QCOMPARE(cli({u"layout"_qs, m_doc, doc}).exitCode, 0);
        QCOMPARE(Scenarios::names(loadMapFile(doc).scenarios),
                 QStringList({u"As-is"_qs, u"Target"_qs}));
        // One named scenario to JSON: that one, as laying out its own file does.
        const QString named = m_dir.filePath(u"target-laid-out.orgmap.json"_qs);
        const QString file = m_dir.filePath(u"target-file-laid-out.orgmap.json"_qs);
        QCOMPARE(cli({u"layout"_qs, m_doc, named, u"--scenario"_qs, u"Target"_qs}).exitCode, 0);
        QCOMPARE(
            cli({u"layout"_qs, QStringLiteral(ORGMAP_EXAMPLES "/acme-target.orgmap.json"), file})
                .exitCode,
            0);
        QCOMPARE(loadMapFile(named).map.value_or(MapData()),
                 loadMapFile(file).map.value_or(MapData()));
        QVERIFY(!loadMapFile(named).map.value_or(MapData()).assets.isEmpty());
        // Unnamed to JSON: the first, and stderr says what was not written.
        const Run r = cli({u"layout"_qs, m_doc, m_dir.filePath(u"first.orgmap.json"_qs)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"not written: \"Target\""_qs), qPrintable(r.err));
    }

    void diffNamesScenarios()
    {
        // The same scenario on both sides: no change, exit 0.
        QCOMPARE(cli({u"diff"_qs, m_doc, m_doc}).exitCode, 0);
        // As-is against Target of the same file: what the JSON pair gives.
        const Run named = cli({u"diff"_qs, m_doc, m_doc, u"--new-scenario"_qs, u"Target"_qs,
                               u"--format"_qs, u"json"_qs});
        const Run files = cli({u"diff"_qs, QStringLiteral(ORGMAP_EXAMPLES "/acme.orgmap.json"),
                               QStringLiteral(ORGMAP_EXAMPLES "/acme-target.orgmap.json"),
                               u"--format"_qs, u"json"_qs});
        QCOMPARE(named.exitCode, 1);
        QCOMPARE(named.out, files.out);
        QVERIFY(named.out.contains(u"s-legacy-crm"_qs));
    }

    void targetExampleHasNoCycleNorOrphans()
    {
        const Run r =
            cli({u"check"_qs, QStringLiteral(ORGMAP_EXAMPLES "/acme-target.orgmap.json")});
        QVERIFY2(r.out.contains(u"0 errors"_qs), qPrintable(r.out));
        for (const char16_t *rule : {u"domain-cycle", u"unowned", u"no-domain"})
            QVERIFY2(!r.out.contains(QString::fromUtf16(rule)), qPrintable(r.out));
        // ...while the as-is has them all.
        const Run asIs = cli({u"check"_qs, QStringLiteral(ORGMAP_EXAMPLES "/acme.orgmap.json")});
        for (const char16_t *rule : {u"domain-cycle", u"unowned", u"no-domain"})
            QVERIFY(asIs.out.contains(QString::fromUtf16(rule)));
    }
};

QTEST_GUILESS_MAIN(TestCliScenarios)
#include "tst_cliscenarios.moc"
