#include "analysis/analysis.h"
#include "analysis/checkreport.h"
#include "analysis/numbers.h"
#include "mapbuilder.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace OrgMap;

class TestCheckReport : public QObject
{
    Q_OBJECT

private slots:
    void numbers_data();
    void numbers();
    void jsonMatchesGolden();
    void jsonOfEmptyMap();
    void jsonFlagsSampledBetweenness();
    void jsonEscapesStrings();
    void hotspotsSortByScoreThenId();
    void text();
    void textColours();
    void textOfEmptyMap();
};

void TestCheckReport::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("integer") << 3.0 << u"3"_qs;
    QTest::newRow("zero") << 0.0 << u"0"_qs;
    QTest::newRow("two decimals") << 4.25 << u"4.25"_qs;
    QTest::newRow("third") << 1.0 / 3 << u"0.3333"_qs;
    QTest::newRow("rounds up") << 0.03125 << u"0.0313"_qs;
    QTest::newRow("tiny negative is 0") << -0.00001 << u"0"_qs;
    QTest::newRow("rounds to integer") << 1.99999 << u"2"_qs;
    QTest::newRow("large") << 12345.5 << u"12345.5"_qs;
}

void TestCheckReport::numbers()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(formatDecimal(value), text);
}

void TestCheckReport::jsonMatchesGolden()
{
    const MapData map = metricsMap();
    const QByteArray json = checkReportJson(map, analyze(map));
    QFile golden(QStringLiteral(ORGMAP_TEST_DATA "/analysis/metrics-check.json"));
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
    const QByteArray expected = golden.readAll();
    if (json != expected)
        qWarning().noquote() << "actual:\n" << json;
    QCOMPARE(json, expected);

    QJsonParseError error;
    const QJsonObject parsed = QJsonDocument::fromJson(json, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(!parsed.contains(u"betweennessSampled"_qs));
}

void TestCheckReport::jsonOfEmptyMap()
{
    const MapData map = MapBuilder().name("Empty").map();
    const QByteArray expected = "{\n"
                                "  \"map\": \"Empty\",\n"
                                "  \"counts\": {\"domains\": 0, \"teams\": 0, \"assets\": 0, "
                                "\"links\": 0, \"interactions\": 0},\n"
                                "  \"findings\": [],\n"
                                "  \"hotspots\": [],\n"
                                "  \"domains\": [],\n"
                                "  \"coupling\": []\n"
                                "}\n";
    QCOMPARE(checkReportJson(map, analyze(map)), expected);
}

void TestCheckReport::jsonFlagsSampledBetweenness()
{
    const MapData map = metricsMap();
    AnalysisOptions options;
    options.betweenness = AnalysisOptions::Betweenness::Sampled;
    options.sampleSize = 3;
    const AnalysisResult result = analyze(map, options);
    QVERIFY(result.betweennessSampled);
    const QByteArray json = checkReportJson(map, result);
    QVERIFY(json.endsWith("],\n  \"betweennessSampled\": true\n}\n"));
    const QJsonObject parsed = QJsonDocument::fromJson(json).object();
    QCOMPARE(parsed.value(u"betweennessSampled"_qs).toBool(), true);
}

void TestCheckReport::jsonEscapesStrings()
{
    MapData map;
    map.info.name = QString::fromUtf8("Quote \" backslash \\ tab \t line\nend \x01 caf\xc3\xa9");
    const QByteArray json = checkReportJson(map, analyze(map));
    QVERIFY(json.contains(R"("map": "Quote \" backslash \\ tab \t line\nend \u0001 caf)"
                          "\xc3\xa9"
                          R"(")"));
    QCOMPARE(QJsonDocument::fromJson(json).object().value(u"map"_qs).toString(), map.info.name);
}

void TestCheckReport::hotspotsSortByScoreThenId()
{
    // Three hubs in d-a with 3 cross-domain links each: h-c and h-a by api
    // (score 3), h-b by events (score 1.5); ties broken by id.
    MapBuilder b;
    b.domain("d-a").domain("d-b").service("t1", "d-b").service("t2", "d-b").service("t3", "d-b");
    for (const char *hub : {"h-c", "h-b", "h-a"})
        b.service(hub, "d-a");
    for (const char *target : {"t1", "t2", "t3"}) {
        b.link("h-c", target).link("h-a", target);
        b.link("h-b", target, LinkKind::Event);
    }
    const AnalysisResult result = analyze(b.map());
    QStringList order;
    for (const AssetMetrics &a : hotspotMetrics(result))
        order.append(a.asset.str());
    // The targets have 3 links too: two api, one event (score 2.5).
    QCOMPARE(order, (QStringList{u"h-a"_qs, u"h-c"_qs, u"t1"_qs, u"t2"_qs, u"t3"_qs, u"h-b"_qs}));
}

void TestCheckReport::text()
{
    const MapData map = metricsMap();
    const QString text = checkReportText(map, analyze(map), false);
    QVERIFY(!text.contains(QLatin1Char('\x1b')));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QCOMPARE(lines.first(),
             u"Metrics \"sample\": 4 domains, 4 teams, 6 assets, 7 links, 0 interactions"_qs);
    QVERIFY(lines.contains(u"Errors (1)"_qs));
    QVERIFY(lines.contains(u"Warnings (3)"_qs));
    QVERIFY(lines.contains(u"Infos (3)"_qs));
    QVERIFY(lines.contains(u"Hotspots"_qs));
    QCOMPARE(lines.at(lines.size() - 2), u"1 error, 3 warnings, 3 infos"_qs);
    QVERIFY(text.endsWith(QLatin1Char('\n')));

    // Findings are one table: every message starts in the same column.
    const QRegularExpression finding(u"^  (\\S+) +(\\S+) +(.*)$"_qs);
    QList<qsizetype> messageColumns;
    for (const QString &line : lines) {
        const auto match = finding.match(line);
        if (match.hasMatch() && match.captured(3).endsWith(QLatin1Char('.')))
            messageColumns.append(match.capturedStart(3));
    }
    QCOMPARE(messageColumns.size(), 7);
    QVERIFY(std::all_of(messageColumns.begin(), messageColumns.end(),
                        [&](qsizetype c) { return c == messageColumns.first(); }));
    QVERIFY(lines.contains(u"  unowned       u    Data product \"U\" (u) has no owning team."_qs));

    // The hotspot table: header and b1's row, numbers right-aligned.
    const qsizetype header = lines.indexOf(u"  Asset  Cross-domain links  Score  Betweenness"_qs);
    QVERIFY(header > 0);
    QCOMPARE(lines.at(header + 1), u"  b1                      3    2.5         0.15"_qs);
}

void TestCheckReport::textColours()
{
    const MapData map = metricsMap();
    const QString text = checkReportText(map, analyze(map), true);
    QVERIFY(text.contains(u"\x1b[1;31mErrors (1)\x1b[0m"_qs));
    QVERIFY(text.contains(u"\x1b[1;33mWarnings (3)\x1b[0m"_qs));
    QVERIFY(text.contains(u"\x1b[1;36mInfos (3)\x1b[0m"_qs));
    QVERIFY(text.contains(u"\x1b[31munowned     \x1b[0m"_qs)); // padded inside the colour
    // Without the escapes it is the plain report.
    QString stripped = text;
    stripped.remove(QRegularExpression(u"\x1b\\[[0-9;]*m"_qs));
    QCOMPARE(stripped, checkReportText(map, analyze(map), false));
}

void TestCheckReport::textOfEmptyMap()
{
    const MapData map;
    const QString text = checkReportText(map, analyze(map), false);
    QCOMPARE(text, u"(unnamed map): 0 domains, 0 teams, 0 assets, 0 links, 0 interactions\n"
                   "\n"
                   "No findings.\n"
                   "\n"
                   "0 errors, 0 warnings, 0 infos\n"_qs);
}

QTEST_GUILESS_MAIN(TestCheckReport)
#include "tst_checkreport.moc"
