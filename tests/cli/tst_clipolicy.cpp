// `orgmap-cli check --policy FILE [--format sarif]` as CI runs it: exit
// statuses, refusals of bad policies, and the SARIF log's structure.
#include "clirun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = CliRun;

QString example()
{
    return QStringLiteral(ORGMAP_EXAMPLES "/acme.orgmap.json");
}

QString examplePolicy()
{
    return QStringLiteral(ORGMAP_EXAMPLES "/acme.orgmap-policy.json");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray policy(const QByteArray &rules, const QByteArray &failOn = "error")
{
    return R"({"format": "orgmap-policy", "version": 1, "rules": {)" + rules + R"(}, "failOn": ")" +
           failOn + "\"}\n";
}

QJsonObject sarifRun(const Run &run)
{
    QJsonParseError error;
    const QJsonObject log = QJsonDocument::fromJson(run.out, &error).object();
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return log.value(u"runs"_qs).toArray().at(0).toObject();
}

// The 1-based line of the first line of `bytes` that contains `text`, or 0.
int lineContaining(const QByteArray &bytes, const QByteArray &text)
{
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (lines[i].contains(text))
            return int(i + 1);
    return 0;
}

} // namespace

class TestCliPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void failOnExitCodes_data();
    void failOnExitCodes();
    void refusesMalformedPolicies_data();
    void refusesMalformedPolicies();
    void withoutRulesIsAnalysisV1();
    void commandLineThresholdOverridesPolicy();
    void policyChangesTheJsonReport();
    void sarifStructure();
    void sarifLinesInCanonicalJson();
    void sarifLinesInHandWrittenJson();
    void sarifForSqliteHasNoRegion();

private:
    QTemporaryDir m_dir;
    QString m_idleMap; // one idle team: a single info finding
};

void TestCliPolicy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_idleMap = m_dir.filePath(u"idle.orgmap.json"_qs);
    QVERIFY(writeFile(m_idleMap, R"({"format": "orgmap", "version": 1, "name": "Idle",
        "teams": [{"id": "t-idle", "name": "Idle"}]})"));
}

void TestCliPolicy::failOnExitCodes_data()
{
    QTest::addColumn<QByteArray>("severity"); // of the one finding; "off" for none
    QTest::addColumn<QByteArray>("failOn");
    QTest::addColumn<int>("expected");
    const QList<QByteArray> levels{"error", "warning", "info"};
    for (qsizetype s = 0; s <= levels.size(); ++s)
        for (qsizetype f = 0; f < levels.size(); ++f) {
            const QByteArray severity = s < levels.size() ? levels[s] : QByteArray("off");
            QTest::addRow("%s finding, failOn %s", severity.constData(), levels[f].constData())
                << severity << levels[f] << (s < levels.size() && s <= f ? 1 : 0);
        }
}

void TestCliPolicy::failOnExitCodes()
{
    QFETCH(QByteArray, severity);
    QFETCH(QByteArray, failOn);
    QFETCH(int, expected);
    const QString file = m_dir.filePath(u"failon.orgmap-policy.json"_qs);
    QVERIFY(writeFile(file, policy(R"("idle-team": {"severity": ")" + severity + "\"}", failOn)));
    for (const char *format : {"text", "json", "sarif"}) {
        const Run run = runCli(
            {u"check"_qs, m_idleMap, u"--policy"_qs, file, u"--format"_qs, QLatin1String(format)});
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QCOMPARE(run.exitCode, expected);
    }
}

void TestCliPolicy::refusesMalformedPolicies_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QByteArray>("message"); // after "orgmap-cli: FILE: "
    QTest::newRow("threshold 0")
        << policy(R"("hotspot": {"threshold": 0})")
        << QByteArray("/rules/hotspot/threshold: must be an integer of at least 1, not 0");
    QTest::newRow("unknown rule") << policy(R"("orphan": {})")
                                  << QByteArray("/rules/orphan: unknown rule \"orphan\"");
    QTest::newRow("wrong type") << policy(R"("unowned": {"severity": true})")
                                << QByteArray("/rules/unowned/severity: must be a string, not a "
                                              "boolean");
    QTest::newRow("unknown key") << QByteArray(R"({"format": "orgmap-policy", "version": 1,
        "level": 3})") << QByteArray("/level: unknown key \"level\"");
    QTest::newRow("bad failOn") << policy("", "never")
                                << QByteArray("/failOn: unknown severity \"never\"");
}

void TestCliPolicy::refusesMalformedPolicies()
{
    QFETCH(QByteArray, policy);
    QFETCH(QByteArray, message);
    const QString file = m_dir.filePath(u"bad.orgmap-policy.json"_qs);
    QVERIFY(writeFile(file, policy));
    const Run run = runCli({u"check"_qs, example(), u"--policy"_qs, file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    const QByteArray prefix = "orgmap-cli: " + file.toUtf8() + ": ";
    QVERIFY2(run.err.startsWith(prefix + message), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);

    const Run missing =
        runCli({u"check"_qs, example(), u"--policy"_qs, m_dir.filePath(u"none.json"_qs)});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("none.json does not exist"));
}

void TestCliPolicy::withoutRulesIsAnalysisV1()
{
    // A policy that changes nothing gives the report of no policy, byte for
    // byte, and the same exit status.
    const QString file = m_dir.filePath(u"empty.orgmap-policy.json"_qs);
    QVERIFY(writeFile(file, policy("")));
    for (const char *format : {"text", "json"}) {
        const QStringList args{u"check"_qs, example(), u"--format"_qs, QLatin1String(format)};
        const Run plain = runCli(args);
        const Run withPolicy = runCli(args + QStringList{u"--policy"_qs, file});
        QCOMPARE(plain.exitCode, 1);
        QCOMPARE(withPolicy.exitCode, plain.exitCode);
        QCOMPARE(withPolicy.out, plain.out);
    }
}

void TestCliPolicy::commandLineThresholdOverridesPolicy()
{
    auto hotspots = [](const QStringList &extra) {
        const Run run = runCli(QStringList{u"check"_qs, example(), u"--format"_qs, u"json"_qs,
                                           u"--policy"_qs, examplePolicy()} +
                               extra);
        QStringList ids;
        for (const QJsonValue &h :
             QJsonDocument::fromJson(run.out).object().value(u"hotspots"_qs).toArray())
            ids.append(h.toObject().value(u"asset"_qs).toString());
        return ids;
    };
    // The policy's threshold is 4; s-orders has 10 cross-domain links.
    QCOMPARE(hotspots({}), (QStringList{u"s-orders"_qs, u"s-payment-gateway"_qs}));
    QCOMPARE(hotspots({u"--hotspot-threshold"_qs, u"10"_qs}), QStringList{u"s-orders"_qs});
    QCOMPARE(hotspots({u"--hotspot-threshold"_qs, u"11"_qs}), QStringList{});
}

void TestCliPolicy::policyChangesTheJsonReport()
{
    const Run run = runCli(
        {u"check"_qs, example(), u"--format"_qs, u"json"_qs, u"--policy"_qs, examplePolicy()});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray findings =
        QJsonDocument::fromJson(run.out).object().value(u"findings"_qs).toArray();
    QSet<QString> rules;
    int previous = 0;
    const QStringList order{u"error"_qs, u"warning"_qs, u"info"_qs};
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        const QString rule = f.value(u"rule"_qs).toString();
        rules.insert(rule);
        const int severity = int(order.indexOf(f.value(u"severity"_qs).toString()));
        QVERIFY(severity >= previous); // sorted by the policy's severity
        previous = severity;
        if (rule == u"hotspot"_qs)
            QCOMPARE(f.value(u"severity"_qs).toString(), u"error"_qs);
        if (rule == u"fair-interoperable"_qs) {
            QCOMPARE(f.value(u"severity"_qs).toString(), u"error"_qs);
            QVERIFY(f.value(u"subject"_qs).toString().startsWith(u"dp-"_qs));
            QCOMPARE(f.value(u"related"_qs).toArray(), QJsonArray());
        }
    }
    QVERIFY(!rules.contains(u"unconsumed"_qs)); // off
    QVERIFY(rules.contains(u"fair-accessible"_qs) || rules.contains(u"fair-interoperable"_qs));
}

void TestCliPolicy::sarifStructure()
{
    const QStringList args{u"check"_qs, example(), u"--policy"_qs, examplePolicy()};
    const Run sarif = runCli(args + QStringList{u"--format"_qs, u"sarif"_qs});
    const Run json = runCli(args + QStringList{u"--format"_qs, u"json"_qs});
    QCOMPARE(sarif.exitCode, json.exitCode);
    const QJsonObject log = QJsonDocument::fromJson(sarif.out).object();
    QCOMPARE(log.value(u"version"_qs).toString(), u"2.1.0"_qs);
    QCOMPARE(log.value(u"runs"_qs).toArray().size(), 1);
    const QJsonObject run = sarifRun(sarif);
    const QJsonObject driver = run.value(u"tool"_qs).toObject().value(u"driver"_qs).toObject();
    QCOMPARE(driver.value(u"name"_qs).toString(), u"orgmap"_qs);
    QCOMPARE(driver.value(u"version"_qs).toString(), QStringLiteral(ORGMAP_VERSION));

    const QJsonArray findings =
        QJsonDocument::fromJson(json.out).object().value(u"findings"_qs).toArray();
    const QJsonArray results = run.value(u"results"_qs).toArray();
    const QJsonArray rules = driver.value(u"rules"_qs).toArray();
    QCOMPARE(results.size(), findings.size());

    // One rules entry per rule that fired, each described.
    QStringList fired;
    for (const QJsonValue &f : findings)
        if (!fired.contains(f.toObject().value(u"rule"_qs).toString()))
            fired.append(f.toObject().value(u"rule"_qs).toString());
    QStringList listed;
    for (const QJsonValue &v : rules) {
        const QJsonObject r = v.toObject();
        listed.append(r.value(u"id"_qs).toString());
        QVERIFY(!r.value(u"shortDescription"_qs).toObject().value(u"text"_qs).toString().isEmpty());
        const QString help = r.value(u"help"_qs).toObject().value(u"text"_qs).toString();
        QVERIFY2(help.endsWith(u'.') && help.count(u'.') == 1, qPrintable(help)); // one sentence
    }
    QCOMPARE(QSet<QString>(listed.begin(), listed.end()),
             QSet<QString>(fired.begin(), fired.end()));
    QCOMPARE(listed.size(), fired.size());
    QVERIFY(!listed.contains(u"unconsumed"_qs));

    const QHash<QString, QString> level{
        {u"error"_qs, u"error"_qs}, {u"warning"_qs, u"warning"_qs}, {u"info"_qs, u"note"_qs}};
    QSet<QString> levelsSeen;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject r = results[i].toObject();
        const QJsonObject f = findings[i].toObject();
        QCOMPARE(r.value(u"ruleId"_qs).toString(), f.value(u"rule"_qs).toString());
        QCOMPARE(listed.at(r.value(u"ruleIndex"_qs).toInt()), f.value(u"rule"_qs).toString());
        QCOMPARE(r.value(u"level"_qs).toString(), level.value(f.value(u"severity"_qs).toString()));
        levelsSeen.insert(r.value(u"level"_qs).toString());
        QCOMPARE(r.value(u"message"_qs).toObject().value(u"text"_qs).toString(),
                 f.value(u"message"_qs).toString());
        const QJsonObject location = r.value(u"locations"_qs).toArray().at(0).toObject();
        QCOMPARE(location.value(u"physicalLocation"_qs)
                     .toObject()
                     .value(u"artifactLocation"_qs)
                     .toObject()
                     .value(u"uri"_qs)
                     .toString(),
                 example());
        QCOMPARE(location.value(u"logicalLocations"_qs)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"name"_qs)
                     .toString(),
                 f.value(u"subject"_qs).toString());
    }
    QCOMPARE(levelsSeen, (QSet<QString>{u"error"_qs, u"warning"_qs, u"note"_qs}));
}

void TestCliPolicy::sarifLinesInCanonicalJson()
{
    // Run from the examples folder with a relative path: the uri is the path
    // as given.
    const Run sarif = runCli({u"check"_qs, u"acme.orgmap.json"_qs, u"--format"_qs, u"sarif"_qs}, {},
                             QStringLiteral(ORGMAP_EXAMPLES));
    const QByteArray text = readAll(example());
    const QJsonArray results = sarifRun(sarif).value(u"results"_qs).toArray();
    QVERIFY(!results.isEmpty());
    for (const QJsonValue &v : results) {
        const QJsonObject location = v.toObject().value(u"locations"_qs).toArray().at(0).toObject();
        const QJsonObject physical = location.value(u"physicalLocation"_qs).toObject();
        QCOMPARE(physical.value(u"artifactLocation"_qs).toObject().value(u"uri"_qs).toString(),
                 u"acme.orgmap.json"_qs);
        const QString subject = location.value(u"logicalLocations"_qs)
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(u"name"_qs)
                                    .toString();
        // Canonical form: the object's "{" is the line before its "id".
        const int idLine = lineContaining(text, "\"id\": \"" + subject.toUtf8() + '"');
        QVERIFY(idLine > 1);
        const int startLine =
            physical.value(u"region"_qs).toObject().value(u"startLine"_qs).toInt();
        QCOMPARE(startLine, idLine - 1);
        QCOMPARE(text.split('\n').at(startLine - 1).trimmed(), QByteArray("{"));
    }
}

void TestCliPolicy::sarifLinesInHandWrittenJson()
{
    // Keys in any order, several objects on one line, an escaped id, braces
    // inside strings and nested extension objects before the id.
    const QByteArray text = R"({
"version": 1, "format": "orgmap", "name": "Hand {made}",
"x-notes": {"teams": [{"id": "t-fake"}]},
"teams": [
    {"name": "Idle one", "id": "t-one"}, {"name": "Idle two",
        "id": "t-two"},
    {
      "x-meta": {"id": "not-me", "nested": [{"a": "}"}]},
      "name": "Idle \"three\" {",
      "id": "t-\u0074hree"
    }
],
"domains": [ { "name": "Empty", "id": "d-empty" } ]
}
)";
    const QString path = m_dir.filePath(u"hand.orgmap.json"_qs);
    QVERIFY(writeFile(path, text));
    const Run sarif = runCli({u"check"_qs, path, u"--format"_qs, u"sarif"_qs});
    QCOMPARE(sarif.exitCode, 0); // infos only
    QHash<QString, int> lines;
    for (const QJsonValue &v : sarifRun(sarif).value(u"results"_qs).toArray()) {
        const QJsonObject location = v.toObject().value(u"locations"_qs).toArray().at(0).toObject();
        lines.insert(location.value(u"logicalLocations"_qs)
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(u"name"_qs)
                         .toString(),
                     location.value(u"physicalLocation"_qs)
                         .toObject()
                         .value(u"region"_qs)
                         .toObject()
                         .value(u"startLine"_qs)
                         .toInt());
    }
    const QHash<QString, int> expected{
        {u"t-one"_qs, 5}, {u"t-two"_qs, 5}, {u"t-three"_qs, 7}, {u"d-empty"_qs, 13}};
    QCOMPARE(lines, expected);
}

void TestCliPolicy::sarifForSqliteHasNoRegion()
{
    const QString db = m_dir.filePath(u"acme.orgmap"_qs);
    QCOMPARE(runCli({u"convert"_qs, example(), db}).exitCode, 0);
    const Run sarif = runCli({u"check"_qs, db, u"--format"_qs, u"sarif"_qs});
    QCOMPARE(sarif.exitCode, 1);
    const QJsonArray results = sarifRun(sarif).value(u"results"_qs).toArray();
    QVERIFY(!results.isEmpty());
    for (const QJsonValue &v : results) {
        const QJsonObject physical = v.toObject()
                                         .value(u"locations"_qs)
                                         .toArray()
                                         .at(0)
                                         .toObject()
                                         .value(u"physicalLocation"_qs)
                                         .toObject();
        QCOMPARE(physical.value(u"artifactLocation"_qs).toObject().value(u"uri"_qs).toString(), db);
        QVERIFY(!physical.contains(u"region"_qs));
    }
}

QTEST_GUILESS_MAIN(TestCliPolicy)
#include "tst_clipolicy.moc"
