// orgmap-cli convert by OUT's extension: the exports, and refusal of names
// that name no format (exit 2, nothing written).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"

namespace {

QString example()
{
    return QStringLiteral(ORGMAP_EXAMPLES "/acme.orgmap.json");
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden);
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void convertByExtension_data();
    void convertByExtension();
    void refusesUnknownExtension_data();
    void refusesUnknownExtension();
    void refusalLeavesExistingFile();
    void generateRefusesExportName();
};

void TestCliExport::convertByExtension_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QByteArray>("contains");
    QTest::newRow("graphml") << u"acme.graphml"_qs << QByteArray("<?xml")
                             << QByteArray("y:ProxyAutoBoundsNode");
    QTest::newRow("dot") << u"acme.dot"_qs << QByteArray("digraph ")
                         << QByteArray("subgraph \"cluster_d-catalog\"");
    QTest::newRow("gv") << u"acme.gv"_qs << QByteArray("digraph ")
                        << QByteArray("subgraph \"cluster_d-search\"");
    QTest::newRow("mermaid") << u"acme.mmd"_qs << QByteArray("---\ntitle: ")
                             << QByteArray("\nflowchart LR\n");
}

void TestCliExport::convertByExtension()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, start);
    QFETCH(QByteArray, contains);
    QTemporaryDir dir;
    const QString out = dir.filePath(name);
    const CliRun run = runCli({u"convert"_qs, example(), out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray bytes = readAll(out);
    QVERIFY2(bytes.startsWith(start), bytes.left(80).constData());
    QVERIFY(bytes.contains(contains));
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    // Only the file itself: no temporary left beside it.
    QCOMPARE(entries(dir.path()), QStringList{name});
    // The same map converts to the same bytes again.
    QVERIFY(runCli({u"convert"_qs, example(), out}).exitCode == 0);
    QCOMPARE(readAll(out), bytes);
}

void TestCliExport::refusesUnknownExtension_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("graphmlx") << u"out.graphmlx"_qs;
    QTest::newRow("txt") << u"out.txt"_qs;
    QTest::newRow("no extension") << u"out"_qs;
}

void TestCliExport::refusesUnknownExtension()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const CliRun run = runCli({u"convert"_qs, example(), dir.filePath(name)});
    QCOMPARE(run.exitCode, 2);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(name) && err.contains(u".graphml"_qs) && err.contains(u".dot"_qs) &&
                 err.contains(u".mmd"_qs) && err.contains(u".orgmap"_qs),
             qPrintable(err));
    QCOMPARE(entries(dir.path()), QStringList());
}

void TestCliExport::refusalLeavesExistingFile()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"notes.txt"_qs);
    {
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me\n");
    }
    QCOMPARE(runCli({u"convert"_qs, example(), out}).exitCode, 2);
    QCOMPARE(readAll(out), QByteArray("keep me\n"));
    QCOMPARE(entries(dir.path()), QStringList{u"notes.txt"_qs});
}

void TestCliExport::generateRefusesExportName()
{
    // generate writes maps only; an export's name is refused, not a database.
    QTemporaryDir dir;
    const CliRun run =
        runCli({u"generate"_qs, u"--assets"_qs, u"10"_qs, dir.filePath(u"big.graphml"_qs)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("GraphML"), run.err.constData());
    QCOMPARE(entries(dir.path()), QStringList());
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
