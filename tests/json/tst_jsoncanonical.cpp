// The canonical form: golden files that must survive read -> write byte for
// byte, canonicalisation of a messy file, number and string spelling, and
// extension data carried through.

#include "json/jsonformat.h"
#include "json/jsonwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace OrgMap;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return file.readAll();
}

QString dataPath(const QString &relative)
{
    return QStringLiteral(ORGMAP_TEST_DATA "/json/") + relative;
}

QString dump(const QList<FormatError> &errors)
{
    QStringList lines;
    for (const FormatError &e : errors)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

// Readable failure output: the first line where two texts differ.
QString firstDifference(const QByteArray &actual, const QByteArray &expected)
{
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        const QByteArray la = a.value(i), le = e.value(i);
        if (la != le)
            return u"line %1: got [%2], expected [%3]"_qs.arg(i + 1).arg(QString::fromUtf8(la),
                                                                         QString::fromUtf8(le));
    }
    return {};
}

} // namespace

class TestJsonCanonical : public QObject
{
    Q_OBJECT

private slots:
    void goldenRoundTrip_data();
    void goldenRoundTrip();
    void canonicalizesMessyInput();
    void keepsExtensionData();
    void writesWhatItReads();
    void coordinates_data();
    void coordinates();
    void numbers_data();
    void numbers();
    void strings_data();
    void strings();
    void codePointOrder();
    void tinyDomainSizeStaysValid();
};

void TestJsonCanonical::goldenRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(dataPath(u"golden"_qs));
    const QStringList files = dir.entryList({u"*.orgmap.json"_qs}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 3);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestJsonCanonical::goldenRoundTrip()
{
    QFETCH(QString, path);
    const QByteArray bytes = readFile(path);
    const JsonReadResult result = readMapJson(bytes);
    QVERIFY2(result.map.has_value(), qPrintable(dump(result.errors)));
    const QByteArray written = writeMapJson(*result.map);
    QVERIFY2(written == bytes, qPrintable(firstDifference(written, bytes)));
}

void TestJsonCanonical::canonicalizesMessyInput()
{
    const JsonReadResult result = readMapJson(readFile(dataPath(u"canonical/messy.json"_qs)));
    QVERIFY2(result.map.has_value(), qPrintable(dump(result.errors)));
    const QByteArray expected = readFile(dataPath(u"canonical/messy.expected.orgmap.json"_qs));
    const QByteArray written = writeMapJson(*result.map);
    QVERIFY2(written == expected, qPrintable(firstDifference(written, expected)));

    // And the canonical form is a fixed point.
    const JsonReadResult again = readMapJson(written);
    QVERIFY(again.map.has_value());
    QCOMPARE(writeMapJson(*again.map), written);
}

void TestJsonCanonical::keepsExtensionData()
{
    const JsonReadResult result = readMapJson(readFile(dataPath(u"golden/full.orgmap.json"_qs)));
    QVERIFY2(result.map.has_value(), qPrintable(dump(result.errors)));
    const MapData &m = *result.map;

    QCOMPARE(m.info.extensions.value(u"x-generator"_qs).toString(), u"hand-written"_qs);
    QCOMPARE(m.info.extensions.value(u"x-tooling"_qs).toObject().value(u"a"_qs).toInt(), -1);

    const Domain sales = m.domains.value(DomainId(u"d-sales"_qs));
    QCOMPARE(sales.extensions.value(u"x-cost-center"_qs).toString(), u"CC-4711"_qs);
    QCOMPARE(sales.extensions.value(u"x-review"_qs).toObject().value(u"by"_qs).toString(),
             u"Zoë"_qs);
    QVERIFY(sales.geometry.has_value());
    QCOMPARE(sales.geometry->extensions.value(u"x-snap"_qs), QJsonValue(true));
    QCOMPARE(sales.geometry->h, 812.25);

    const Team data = m.teams.value(TeamId(u"t-data"_qs));
    QCOMPARE(data.extensions.value(u"x-slack"_qs).toString(), u"#data-platform"_qs);
    QCOMPARE(data.geometry->extensions.value(u"x-pinned"_qs).toInt(), 1);

    const Asset customers = m.assets.value(AssetId(u"dp-customers"_qs));
    QCOMPARE(customers.ports.size(), 2);
    QCOMPARE(customers.ports.first().extensions.value(u"x-retention-days"_qs).toInt(), 30);
    QVERIFY(customers.classification == Classification::Confidential);
    QCOMPARE(customers.tags, QStringList({u"gdpr"_qs, u"pii"_qs, u"Kunden"_qs}));
    const Asset orders = m.assets.value(AssetId(u"s-orders"_qs));
    QCOMPARE(orders.extensions.value(QString::fromUtf8("x-😀")), QJsonValue(QJsonObject()));

    const Link nightly =
        m.links.value({AssetId(u"s-orders"_qs), AssetId(u"dp-customers"_qs), LinkKind::Data});
    QCOMPARE(nightly.label, u"nightly"_qs);
    QCOMPARE(nightly.extensions.value(u"x-volume"_qs).toArray().size(), 4);
    const Interaction service = m.interactions.value(
        {TeamId(u"t-data"_qs), TeamId(u"t-orders"_qs), InteractionMode::XAsAService});
    QCOMPARE(service.extensions.value(u"x-since"_qs).toString(), u"2025-01"_qs);
}

void TestJsonCanonical::writesWhatItReads()
{
    // A map built in code (as the editor would) survives write -> read.
    MapData m;
    m.info.name = u"Built"_qs;
    m.info.extensions.insert(u"x-k"_qs, QJsonArray{1, u"two"_qs});
    m.domains.insert(DomainId(u"d"_qs), {DomainId(u"d"_qs),
                                         u"D"_qs,
                                         {},
                                         TeamId(u"t"_qs),
                                         u"text"_qs,
                                         u"#00ff00"_qs,
                                         Geometry{1.5, -2, 30, 40.25, {}},
                                         {}});
    m.teams.insert(TeamId(u"t"_qs), {TeamId(u"t"_qs),
                                     u"T"_qs,
                                     TeamType::ComplicatedSubsystem,
                                     {},
                                     Geometry{3, 4, 0, 0, {}},
                                     {}});
    Asset a;
    a.id = AssetId(u"a"_qs);
    a.kind = AssetKind::DataProduct;
    a.name = u"A \"quoted\"\n"_qs;
    a.domain = DomainId(u"d"_qs);
    a.ports = {Port{u"p"_qs, PortType::Topic, u"kafka://x"_qs, {}}};
    a.classification = Classification::Restricted;
    a.contract = u"c"_qs;
    m.assets.insert(a.id, a);
    Asset b;
    b.id = AssetId(u"b"_qs);
    b.name = u"B"_qs;
    b.tags = {u"z"_qs, u"a"_qs};
    m.assets.insert(b.id, b);
    const Link l{{AssetId(u"b"_qs), AssetId(u"a"_qs), LinkKind::Event}, u"l"_qs, {}};
    m.links.insert(l.key, l);

    const JsonReadResult result = readMapJson(writeMapJson(m));
    QVERIFY2(result.map.has_value(), qPrintable(dump(result.errors)));
    QVERIFY(*result.map == m);
}

void TestJsonCanonical::coordinates_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("integer") << 120.0 << QByteArray("120");
    QTest::newRow("one decimal") << 12.5 << QByteArray("12.5");
    QTest::newRow("two decimals") << 12.35 << QByteArray("12.35");
    QTest::newRow("rounds half up") << 12.345 << QByteArray("12.35");
    QTest::newRow("rounds down") << 12.3449 << QByteArray("12.34");
    QTest::newRow("decimal half, not binary") << 1.005 << QByteArray("1.01");
    QTest::newRow("2.675") << 2.675 << QByteArray("2.68");
    QTest::newRow("carry") << 9.995 << QByteArray("10");
    QTest::newRow("carry into new digit") << 99.999 << QByteArray("100");
    QTest::newRow("negative away from zero") << -12.345 << QByteArray("-12.35");
    QTest::newRow("tiny negative is 0, never -0") << -0.001 << QByteArray("0");
    QTest::newRow("negative zero") << -0.0 << QByteArray("0");
    QTest::newRow("negative rounding to -0.01") << -0.005 << QByteArray("-0.01");
    QTest::newRow("sum noise") << 0.1 + 0.2 << QByteArray("0.3");
    QTest::newRow("tiny") << 1e-9 << QByteArray("0");
    QTest::newRow("large, no exponent") << 1e21 << QByteArray("1000000000000000000000");
    QTest::newRow("large fraction") << 123456789.125 << QByteArray("123456789.13");
}

void TestJsonCanonical::coordinates()
{
    QFETCH(double, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(JsonDetail::formatCoordinate(value), expected);
}

void TestJsonCanonical::numbers_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("int") << QJsonValue(7) << QByteArray("7");
    QTest::newRow("integral double") << QJsonValue(2.0) << QByteArray("2");
    QTest::newRow("big int exact")
        << QJsonValue(qint64(9007199254740993)) << QByteArray("9007199254740993");
    QTest::newRow("fraction") << QJsonValue(0.1) << QByteArray("0.1");
    QTest::newRow("negative") << QJsonValue(-1.5) << QByteArray("-1.5");
    QTest::newRow("shortest round trip") << QJsonValue(0.999) << QByteArray("0.999");
    QTest::newRow("huge") << QJsonValue(1e20) << QByteArray("1e+20");
    QTest::newRow("small") << QJsonValue(1.5e-7) << QByteArray("1.5e-07");
}

void TestJsonCanonical::numbers()
{
    QFETCH(QJsonValue, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(JsonDetail::formatNumber(value), expected);
}

void TestJsonCanonical::strings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << u"abc"_qs << QByteArray(R"("abc")");
    QTest::newRow("quote and backslash") << u"a\"b\\c"_qs << QByteArray(R"("a\"b\\c")");
    QTest::newRow("slash stays") << u"a/b"_qs << QByteArray(R"("a/b")");
    QTest::newRow("short escapes") << u"\n\r\t\b\f"_qs << QByteArray(R"("\n\r\t\b\f")");
    QTest::newRow("other controls")
        << QString(QChar(1)) + QChar(0x1f) << QByteArray(R"("\u0001\u001f")");
    QTest::newRow("DEL stays raw") << QString(QChar(0x7f)) << QByteArray("\"\x7f\"");
    QTest::newRow("unicode raw") << QString::fromUtf8("Zoë 漢 😀") << QByteArray("\"Zoë 漢 😀\"");
}

void TestJsonCanonical::strings()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QByteArray out;
    JsonDetail::appendQuoted(out, text);
    QCOMPARE(out, expected);
}

void TestJsonCanonical::codePointOrder()
{
    const QString bmpHigh = QString(QChar(0xFF5A));      // U+FF5A
    const QString astral = QString::fromUtf8("😀");       // U+1F600, a surrogate pair
    QVERIFY(astral < bmpHigh);                           // UTF-16 order...
    QVERIFY(JsonDetail::codePointLess(bmpHigh, astral)); // ...is not code-point order
    QVERIFY(!JsonDetail::codePointLess(astral, bmpHigh));
    QVERIFY(JsonDetail::codePointLess(u"x-a"_qs, u"x-b"_qs));
    QVERIFY(JsonDetail::codePointLess(u"x"_qs, u"x-"_qs));
    QVERIFY(!JsonDetail::codePointLess(u"x-"_qs, u"x-"_qs));
}

void TestJsonCanonical::tinyDomainSizeStaysValid()
{
    MapData m;
    m.info.name = u"N"_qs;
    m.domains.insert(
        DomainId(u"d"_qs),
        {DomainId(u"d"_qs), u"D"_qs, {}, {}, {}, {}, Geometry{0, 0, 0.001, 5, {}}, {}});
    const QByteArray written = writeMapJson(m);
    QVERIFY(written.contains("\"w\": 0.01"));
    QVERIFY(readMapJson(written).map.has_value());
}

QTEST_GUILESS_MAIN(TestJsonCanonical)
#include "tst_jsoncanonical.moc"
