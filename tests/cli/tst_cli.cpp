// Drives the real orgmap-cli executable: exit codes, output, conversions.
#include "clirun.h"
#include "json/jsonformat.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = CliRun;

QString example()
{
    return QStringLiteral(ORGMAP_EXAMPLES "/acme.orgmap.json");
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void checkExampleAsJson();
    void checkTextIsPlainWhenNotATerminal();
    void exitCodes_data();
    void exitCodes();
    void invalidMapNamesFileAndPlace();
    void convertRoundTripsThroughSqlite();
    void readsStandardInput();
    void generateIsDeterministic();
    void hotspotThresholdChangesFindings();
    void renderWritesPngAndSvg();
    void renderViewsPdfHasAPagePerView_data();
    void renderViewsPdfHasAPagePerView();
};

void TestCli::checkExampleAsJson()
{
    const Run run = runCli({u"check"_qs, example(), u"--format"_qs, u"json"_qs});
    QCOMPARE(run.exitCode, 1); // the example has unowned assets: error findings
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(report.value(u"map"_qs).toString(), u"Fjord & Finch - target 2027"_qs);
    const QJsonObject counts = report.value(u"counts"_qs).toObject();
    QCOMPARE(counts.value(u"domains"_qs).toInt(), 11);
    QCOMPARE(counts.value(u"teams"_qs).toInt(), 12);
    QCOMPARE(counts.value(u"assets"_qs).toInt(), 31);
    QCOMPARE(counts.value(u"links"_qs).toInt(), 39);
    QCOMPARE(counts.value(u"interactions"_qs).toInt(), 8);

    // Every rule of the analysis fires at least once on the example.
    QSet<QString> rules;
    for (const QJsonValue &f : report.value(u"findings"_qs).toArray())
        rules.insert(f.toObject().value(u"rule"_qs).toString());
    for (const char *rule : {"unowned", "no-domain", "unconsumed", "idle-team", "empty-domain",
                             "scattered-team", "domain-cycle", "hotspot"})
        QVERIFY2(rules.contains(QLatin1String(rule)), rule);
    const QJsonArray hotspots = report.value(u"hotspots"_qs).toArray();
    QVERIFY(!hotspots.isEmpty());
    QCOMPARE(hotspots.first().toObject().value(u"asset"_qs).toString(), u"s-orders"_qs);
    QVERIFY(!report.contains(u"betweennessSampled"_qs));

    // Analysis 1.1: team coupling after the v1 keys.
    const QJsonObject teams = report.value(u"teamCoupling"_qs).toObject();
    const int implied = teams.value(u"implied"_qs).toInt();
    const int covered = teams.value(u"covered"_qs).toInt();
    QVERIFY(implied > covered && covered > 0);
    QCOMPARE(teams.value(u"undeclared"_qs).toArray().size(), implied - covered);
    QVERIFY(qAbs(teams.value(u"congruence"_qs).toDouble() - double(covered) / implied) < 1e-4);
    QVERIFY(!teams.value(u"unbacked"_qs).toArray().isEmpty());
}

void TestCli::checkTextIsPlainWhenNotATerminal()
{
    const Run run = runCli({u"check"_qs, example()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.out.contains('\x1b'));
    QVERIFY(run.out.contains("s-legacy-crm"));
    QVERIFY(run.out.contains("unowned"));
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("expected");
    QTest::newRow("help") << QStringList{u"--help"_qs} << 0;
    QTest::newRow("version") << QStringList{u"--version"_qs} << 0;
    QTest::newRow("no command") << QStringList{} << 2;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_qs} << 2;
    QTest::newRow("missing file") << QStringList{u"check"_qs, u"/nonexistent.orgmap.json"_qs} << 2;
    QTest::newRow("bad format") << QStringList{u"check"_qs, example(), u"--format"_qs, u"xml"_qs}
                                << 2;
    QTest::newRow("bad threshold")
        << QStringList{u"check"_qs, example(), u"--hotspot-threshold"_qs, u"many"_qs} << 2;
    QTest::newRow("unknown option") << QStringList{u"check"_qs, example(), u"--colour"_qs} << 2;
    QTest::newRow("convert one path") << QStringList{u"convert"_qs, example()} << 2;
    QTest::newRow("generate without count")
        << QStringList{u"generate"_qs, u"/tmp/x.orgmap.json"_qs} << 2;
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, expected);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, expected);
    if (expected == 2) {
        // One line that says what is wrong, prefixed with the program name.
        QVERIFY(run.err.startsWith("orgmap-cli: "));
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.out.isEmpty());
    }
}

void TestCli::invalidMapNamesFileAndPlace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.orgmap.json"_qs);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "orgmap", "version": 1, "name": "Bad",
        "teams": [{"id": "t-a", "name": "A"}],
        "assets": [{"id": "s-a", "kind": "service", "name": "A", "owner": "t-billing"}]})");
    f.close();
    const Run run = runCli({u"check"_qs, path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("bad.orgmap.json: /assets/0/owner: unknown team \"t-billing\""),
             run.err.constData());
}

void TestCli::convertRoundTripsThroughSqlite()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"acme.orgmap"_qs);
    const QString back = dir.filePath(u"back.orgmap.json"_qs);
    QCOMPARE(runCli({u"convert"_qs, example(), db}).exitCode, 0);
    QCOMPARE(runCli({u"convert"_qs, db, back}).exitCode, 0);
    QCOMPARE(readAll(back), readAll(example()));
    // The SQLite document is checked like the JSON one.
    QCOMPARE(runCli({u"check"_qs, db, u"--format"_qs, u"json"_qs}).out,
             runCli({u"check"_qs, example(), u"--format"_qs, u"json"_qs}).out);
}

void TestCli::readsStandardInput()
{
    const Run run = runCli({u"convert"_qs, u"-"_qs, u"-"_qs}, readAll(example()));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, readAll(example()));
}

void TestCli::generateIsDeterministic()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(u"a.orgmap.json"_qs);
    const QString b = dir.filePath(u"b.orgmap.json"_qs);
    QCOMPARE(runCli({u"generate"_qs, u"--assets"_qs, u"300"_qs, u"--seed"_qs, u"5"_qs, a}).exitCode,
             0);
    QCOMPARE(runCli({u"generate"_qs, u"--assets"_qs, u"300"_qs, u"--seed"_qs, u"5"_qs, b}).exitCode,
             0);
    QCOMPARE(readAll(a), readAll(b));
    const auto loaded = OrgMap::readMapJson(readAll(a));
    QVERIFY(loaded.map);
    QCOMPARE(loaded.map->assets.size(), 300);
    for (const OrgMap::Asset &asset : loaded.map->assets)
        QVERIFY(asset.geometry.has_value()); // laid out
}

void TestCli::hotspotThresholdChangesFindings()
{
    auto hotspotCount = [](const QString &threshold) {
        const Run run = runCli({u"check"_qs, example(), u"--format"_qs, u"json"_qs,
                                u"--hotspot-threshold"_qs, threshold});
        return QJsonDocument::fromJson(run.out).object().value(u"hotspots"_qs).toArray().size();
    };
    QVERIFY(hotspotCount(u"2"_qs) > hotspotCount(u"6"_qs));
}

void TestCli::renderWritesPngAndSvg()
{
    QTemporaryDir dir;
    const QString png1 = dir.filePath(u"map.png"_qs);
    const QString png2 = dir.filePath(u"map@2x.png"_qs);
    const QString svg = dir.filePath(u"map.svg"_qs);
    QCOMPARE(runCli({u"render"_qs, example(), png1}).exitCode, 0);
    QCOMPARE(runCli({u"render"_qs, example(), png2, u"--scale"_qs, u"2"_qs}).exitCode, 0);
    QCOMPARE(runCli({u"render"_qs, example(), svg}).exitCode, 0);
    const QImage one(png1);
    const QImage two(png2);
    QVERIFY(!one.isNull() && one.width() > 800 && one.height() > 500);
    // The same drawing at twice the scale (rounding may add a pixel).
    QVERIFY(qAbs(two.width() - 2 * one.width()) <= 2);
    QVERIFY(qAbs(two.height() - 2 * one.height()) <= 2);
    const QByteArray svgBytes = readAll(svg);
    QVERIFY(svgBytes.contains("<svg"));
    QVERIFY(svgBytes.contains("Order Service")); // text stays text in SVG
    // An output it cannot write is refused with the reason.
    const Run bad = runCli({u"render"_qs, example(), dir.filePath(u"map.gif"_qs)});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("map.gif"));
}

// Pages of a PDF: pdfinfo's count when poppler-utils is installed, else the
// page objects in the file (QPdfWriter writes them uncompressed). -1: neither.
static int pdfPageCount(const QString &path)
{
    const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_qs);
    if (!pdfinfo.isEmpty()) {
        QProcess run;
        run.start(pdfinfo, {path});
        if (!run.waitForFinished(60000) || run.exitCode() != 0)
            return -1;
        static const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_qs,
                                              QRegularExpression::MultilineOption);
        const QRegularExpressionMatch m =
            pages.match(QString::fromUtf8(run.readAllStandardOutput()));
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }
    const QByteArray pdf = readAll(path);
    if (!pdf.startsWith("%PDF-"))
        return -1;
    static const QRegularExpression page(u"/Type\\s*/Page[^s]"_qs);
    const int count = int(QString::fromLatin1(pdf).count(page));
    return count > 0 ? count : -1;
}

void TestCli::renderViewsPdfHasAPagePerView_data()
{
    QTest::addColumn<int>("views");
    QTest::addColumn<bool>("viewsFlag");
    QTest::addColumn<int>("pages"); // 0: refused, nothing written
    // Each view a page, then the findings page.
    QTest::newRow("two views") << 2 << true << 3;
    QTest::newRow("three views") << 3 << true << 4;
    QTest::newRow("views without --views") << 2 << false << 3;
    // No views: the whole map and the findings; with --views, refused.
    QTest::newRow("no views") << 0 << false << 2;
    QTest::newRow("no views, --views") << 0 << true << 0;
}

void TestCli::renderViewsPdfHasAPagePerView()
{
    QFETCH(int, views);
    QFETCH(bool, viewsFlag);
    QFETCH(int, pages);
    QTemporaryDir dir;
    QJsonObject map = QJsonDocument::fromJson(readAll(example())).object();
    QVERIFY(!map.isEmpty());
    QJsonArray saved;
    for (int i = 0; i < views; ++i)
        saved.append(QJsonObject{
            {u"name"_qs, u"View %1"_qs.arg(i + 1)},
            {u"camera"_qs,
             QJsonObject{{u"x"_qs, 100 * i}, {u"y"_qs, 0}, {u"w"_qs, 900}, {u"h"_qs, 500}}}});
    if (views > 0)
        map.insert(u"x-orgmap-views"_qs, saved);
    const QString input = dir.filePath(u"views.orgmap.json"_qs);
    QFile file(input);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(map).toJson());
    file.close();

    const QString out = dir.filePath(u"views.pdf"_qs);
    QStringList arguments{u"render"_qs, input, out};
    if (viewsFlag)
        arguments << u"--views"_qs;
    const Run run = runCli(arguments);
    if (pages == 0) {
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("no views"), run.err.constData());
        QVERIFY(!QFile::exists(out));
        return;
    }
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const int counted = pdfPageCount(out);
    if (counted < 0 && QFile::exists(out))
        QSKIP("neither pdfinfo nor a readable page tree to count the pages with");
    QCOMPARE(counted, pages);
    // Each page titled with its view's name (the map's without views), the
    // findings summary last.
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_qs);
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils, tools/install-deps.sh) is not installed");
    QProcess text;
    text.start(pdftotext, {u"-layout"_qs, out, u"-"_qs});
    QVERIFY(text.waitForFinished(30000));
    const QStringList shown = QString::fromUtf8(text.readAllStandardOutput()).split(u'\f');
    QVERIFY(shown.size() >= pages);
    const auto title = [&shown](int page) {
        return shown.at(page).trimmed().section(u'\n', 0, 0).trimmed();
    };
    for (int i = 0; i + 1 < pages; ++i)
        QCOMPARE(title(i), views > 0 ? u"View %1"_qs.arg(i + 1) : map.value(u"name"_qs).toString());
    QVERIFY2(title(pages - 1).startsWith(u"Findings"_qs), qPrintable(title(pages - 1)));
    QVERIFY(shown.at(pages - 1).contains(u"errors"_qs));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
