// Policies (shared/spec/policy-v1.md): reading them strictly and what they
// change about the findings.
#include "analysis/analysis.h"
#include "analysis/policy.h"
#include "mapbuilder.h"

#include <QFile>
#include <QTest>
#include <functional>

using namespace OrgMap;

Q_DECLARE_METATYPE(OrgMap::MapData)
Q_DECLARE_METATYPE(OrgMap::Rule)

namespace {

QByteArray policyJson(const QByteArray &rules, const QByteArray &more = {})
{
    return R"({"format": "orgmap-policy", "version": 1, "rules": {)" + rules + "}" + more + "}";
}

Policy parse(const QByteArray &json)
{
    const PolicyReadResult read = readPolicyJson(json);
    if (!read.policy)
        qFatal("policy refused: %s", qPrintable(read.errors.join(u'\n')));
    return *read.policy;
}

AnalysisResult analyzeWith(const MapData &map, const Policy &policy)
{
    AnalysisOptions options;
    options.betweenness = AnalysisOptions::Betweenness::Skip;
    policy.applyTo(options);
    return analyze(map, options);
}

// "severity rule subject" per finding, in the order given.
QStringList summary(const AnalysisResult &result)
{
    QStringList out;
    for (const Finding &f : result.findings)
        out.append(toString(f.severity) + u' ' + toString(f.rule) + u' ' + f.subject);
    return out;
}

QStringList subjectsOf(const AnalysisResult &result, Rule rule)
{
    QStringList out;
    for (const Finding &f : result.findings)
        if (f.rule == rule)
            out.append(f.subject);
    return out;
}

// A data product that meets every FAIR rule.
Asset fairProduct(const char *id, const char *domain, const char *owner)
{
    Asset a;
    a.id = AssetId(QLatin1String(id));
    a.kind = AssetKind::DataProduct;
    a.name = QLatin1String(id).toString().toUpper();
    a.domain = DomainId(QLatin1String(domain));
    a.owner = TeamId(QLatin1String(owner));
    a.description = u"What it holds"_qs;
    a.tags = {u"sales"_qs};
    a.ports = {Port{u"orders"_qs, PortType::Table, u"warehouse.orders"_qs, {}}};
    a.contract = u"https://example.com/contract"_qs;
    a.documentation = u"https://example.com/docs"_qs;
    a.classification = Classification::Internal;
    return a;
}

// A map on which every rule of analysis-v1 and every FAIR rule fires (with
// the FAIR rules on): dp-bare misses every FAIR field and is in no domain,
// s-unowned has no owner, t-1 spans d-a, d-b and d-c, d-a and d-b form a
// cycle, s-hub has 3 cross-domain links, t-idle owns nothing, d-empty is
// empty. dp-fair meets every FAIR rule; s-plain, a service, has none of
// the FAIR fields.
MapData everyRuleMap()
{
    MapData map = MapBuilder()
                      .domain("d-a")
                      .domain("d-b")
                      .domain("d-c")
                      .domain("d-empty")
                      .team("t-1")
                      .team("t-idle")
                      .service("s-a", "d-a", "t-1")
                      .service("s-b", "d-b", "t-1")
                      .service("s-hub", "d-c", "t-1")
                      .service("s-unowned", "d-a")
                      .service("s-plain", "d-a", "t-1")
                      .product("dp-bare", "", "t-1")
                      .link("s-a", "s-b")
                      .link("s-b", "s-a")
                      .link("s-hub", "s-a")
                      .link("s-hub", "s-b")
                      .link("s-a", "s-hub", LinkKind::Event)
                      .link("s-a", "dp-fair", LinkKind::Data)
                      .map();
    const Asset fair = fairProduct("dp-fair", "d-a", "t-1");
    map.assets.insert(fair.id, fair);
    return map;
}

const QByteArray kAllFairOn = R"("fair-findable": {"severity": "warning"},
    "fair-accessible": {"severity": "warning"}, "fair-interoperable": {"severity": "warning"},
    "fair-reusable": {"severity": "warning"})";

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT

private slots:
    void everyRuleFiresOnTheTestMap();
    void severityOfEachRule_data();
    void severityOfEachRule();
    void findingsSortByThePolicysSeverity();
    void fairRules_data();
    void fairRules();
    void fairRulesAreOffWithoutAPolicy();
    void thresholds_data();
    void thresholds();
    void defaults();
    void malformed_data();
    void malformed();
    void acceptsTheExampleAndExtensions();
    void failsOn_data();
    void failsOn();
};

void TestPolicy::everyRuleFiresOnTheTestMap()
{
    // The premise of severityOfEachRule: each rule has a finding to change.
    const AnalysisResult result = analyzeWith(everyRuleMap(), parse(policyJson(kAllFairOn)));
    for (int r = 0; r < kRuleCount; ++r)
        QVERIFY2(!subjectsOf(result, Rule(r)).isEmpty(), qPrintable(toString(Rule(r))));
}

void TestPolicy::severityOfEachRule_data()
{
    QTest::addColumn<Rule>("rule");
    QTest::addColumn<QString>("severity");
    for (int r = 0; r < kRuleCount; ++r)
        for (const char *severity : {"error", "warning", "info", "off"})
            QTest::addRow("%s %s", qPrintable(toString(Rule(r))), severity)
                << Rule(r) << QString::fromLatin1(severity);
}

void TestPolicy::severityOfEachRule()
{
    QFETCH(Rule, rule);
    QFETCH(QString, severity);
    const MapData map = everyRuleMap();
    // The FAIR rules other than the one under test are on at "info", so that
    // the test sees they stay as they are.
    QByteArray rules =
        R"(")" + toString(rule).toLatin1() + R"(": {"severity": ")" + severity.toLatin1() + R"("})";
    for (Rule fair :
         {Rule::FairFindable, Rule::FairAccessible, Rule::FairInteroperable, Rule::FairReusable})
        if (fair != rule)
            rules += R"(, ")" + toString(fair).toLatin1() + R"(": {"severity": "info"})";
    const AnalysisResult withPolicy = analyzeWith(map, parse(policyJson(rules)));

    Policy reference; // the same without the rule under test changed
    for (Rule fair :
         {Rule::FairFindable, Rule::FairAccessible, Rule::FairInteroperable, Rule::FairReusable})
        reference.severities[size_t(fair)] = Severity::Info;
    if (rule >= Rule::FairFindable)
        reference.severities[size_t(rule)] = Severity::Info; // on, to know its subjects
    const AnalysisResult base = analyzeWith(map, reference);

    for (const Finding &f : base.findings) {
        QList<Finding> matching;
        for (const Finding &g : withPolicy.findings)
            if (g.rule == f.rule && g.subject == f.subject)
                matching.append(g);
        if (f.rule != rule) {
            QCOMPARE(matching.size(), 1);
            QCOMPARE(matching.first(), f); // untouched
        } else if (severity == u"off"_qs) {
            QVERIFY(matching.isEmpty());
        } else {
            QCOMPARE(matching.size(), 1);
            QCOMPARE(toString(matching.first().severity), severity);
            QCOMPARE(matching.first().message, f.message);
        }
    }
    if (severity == u"off"_qs)
        QVERIFY(subjectsOf(withPolicy, rule).isEmpty());
    else
        QCOMPARE(subjectsOf(withPolicy, rule).size(), subjectsOf(base, rule).size());
}

void TestPolicy::findingsSortByThePolicysSeverity()
{
    // idle-team as an error comes before unowned turned info; the FAIR rules
    // follow hotspot within a severity; then subject.
    const Policy policy = parse(policyJson(R"("idle-team": {"severity": "error"},
        "unowned": {"severity": "info"}, "no-domain": {"severity": "off"},
        "unconsumed": {"severity": "off"}, "empty-domain": {"severity": "off"},
        "scattered-team": {"severity": "off"}, "domain-cycle": {"severity": "off"},
        "hotspot": {"severity": "warning"}, "fair-reusable": {"severity": "warning"},
        "fair-accessible": {"severity": "warning"}, "fair-findable": {"severity": "error"})"));
    QCOMPARE(summary(analyzeWith(everyRuleMap(), policy)),
             (QStringList{u"error idle-team t-idle"_qs, u"error fair-findable dp-bare"_qs,
                          u"warning hotspot s-a"_qs, u"warning hotspot s-b"_qs,
                          u"warning hotspot s-hub"_qs, u"warning fair-accessible dp-bare"_qs,
                          u"warning fair-reusable dp-bare"_qs, u"info unowned s-unowned"_qs}));
}

void TestPolicy::fairRules_data()
{
    QTest::addColumn<MapData>("map");
    QTest::addColumn<QStringList>("expected"); // "rule subject"

    const auto withProduct = [](const std::function<void(Asset &)> &change) {
        MapData map = MapBuilder().domain("d").team("t").map();
        Asset a = fairProduct("dp", "d", "t");
        change(a);
        map.assets.insert(a.id, a);
        return map;
    };
    QTest::newRow("meets every rule") << withProduct([](Asset &) {}) << QStringList{};
    QTest::newRow("no description") << withProduct([](Asset &a) { a.description.clear(); })
                                    << QStringList{u"fair-findable dp"_qs};
    QTest::newRow("no tag") << withProduct([](Asset &a) { a.tags.clear(); })
                            << QStringList{u"fair-findable dp"_qs};
    QTest::newRow("no port") << withProduct([](Asset &a) { a.ports.clear(); })
                             << QStringList{u"fair-accessible dp"_qs};
    QTest::newRow("no contract") << withProduct([](Asset &a) { a.contract.clear(); })
                                 << QStringList{u"fair-interoperable dp"_qs};
    QTest::newRow("no documentation") << withProduct([](Asset &a) { a.documentation.clear(); })
                                      << QStringList{u"fair-reusable dp"_qs};
    QTest::newRow("no classification")
        << withProduct([](Asset &a) { a.classification = Classification::None; })
        << QStringList{u"fair-reusable dp"_qs};
    QTest::newRow("misses everything")
        << withProduct([](Asset &a) {
               Asset bare;
               bare.id = a.id;
               bare.kind = AssetKind::DataProduct;
               bare.name = a.name;
               bare.domain = a.domain;
               bare.owner = a.owner;
               a = bare;
           })
        << QStringList{u"fair-findable dp"_qs, u"fair-accessible dp"_qs,
                       u"fair-interoperable dp"_qs, u"fair-reusable dp"_qs};
    QTest::newRow("a service never gets a FAIR finding")
        << MapBuilder().domain("d").team("t").service("s", "d", "t").map() << QStringList{};
}

void TestPolicy::fairRules()
{
    QFETCH(MapData, map);
    QFETCH(QStringList, expected);
    Policy policy = parse(policyJson(kAllFairOn));
    // Only the FAIR rules, so the other rules' findings do not interfere.
    for (int r = 0; r < int(Rule::FairFindable); ++r)
        policy.severities[size_t(r)].reset();
    const AnalysisResult result = analyzeWith(map, policy);
    QStringList actual;
    for (const Finding &f : result.findings) {
        actual.append(toString(f.rule) + u' ' + f.subject);
        QVERIFY(f.related.isEmpty());
        QVERIFY2(f.message.contains(u"\"DP\" (dp)"_qs), qPrintable(f.message));
        QVERIFY(f.severity == Severity::Warning);
    }
    QCOMPARE(actual, expected);
}

void TestPolicy::fairRulesAreOffWithoutAPolicy()
{
    const MapData map = everyRuleMap();
    const AnalysisResult plain = analyze(map);
    for (const Finding &f : plain.findings)
        QVERIFY(f.rule < Rule::FairFindable);
    // An entry that names no severity leaves a FAIR rule off too.
    const AnalysisResult named = analyzeWith(map, parse(policyJson(R"("fair-findable": {})")));
    QVERIFY(subjectsOf(named, Rule::FairFindable).isEmpty());
    // And an empty policy is the analysis of the spec.
    AnalysisOptions options;
    options.betweenness = AnalysisOptions::Betweenness::Skip;
    QCOMPARE(analyzeWith(map, parse(policyJson(""))).findings, analyze(map, options).findings);
}

void TestPolicy::thresholds_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<Rule>("rule");
    QTest::addColumn<QStringList>("expected");
    // s-a has 4 cross-domain links, s-hub 3, s-b 3; t-1 spans 3 domains.
    QTest::newRow("hotspot default 3")
        << QByteArray() << Rule::Hotspot << QStringList{u"s-a"_qs, u"s-b"_qs, u"s-hub"_qs};
    QTest::newRow("hotspot 4") << QByteArray(R"("hotspot": {"threshold": 4})") << Rule::Hotspot
                               << QStringList{u"s-a"_qs};
    QTest::newRow("hotspot 5") << QByteArray(R"("hotspot": {"threshold": 5})") << Rule::Hotspot
                               << QStringList{};
    QTest::newRow("scattered-team default 3")
        << QByteArray() << Rule::ScatteredTeam << QStringList{u"t-1"_qs};
    QTest::newRow("scattered-team 4") << QByteArray(R"("scattered-team": {"threshold": 4})")
                                      << Rule::ScatteredTeam << QStringList{};
    QTest::newRow("scattered-team 1 with a severity")
        << QByteArray(R"("scattered-team": {"severity": "error", "threshold": 1})")
        << Rule::ScatteredTeam << QStringList{u"t-1"_qs};
}

void TestPolicy::thresholds()
{
    QFETCH(QByteArray, rules);
    QFETCH(Rule, rule);
    QFETCH(QStringList, expected);
    const AnalysisResult result = analyzeWith(everyRuleMap(), parse(policyJson(rules)));
    QCOMPARE(subjectsOf(result, rule), expected);
}

void TestPolicy::defaults()
{
    const Policy policy = parse(policyJson(""));
    QCOMPARE(policy.hotspotThreshold, 3);
    QCOMPARE(policy.scatteredThreshold, 3);
    QVERIFY(policy.failOn == Severity::Error);
    QVERIFY(policy.severities == defaultSeverities());
    QCOMPARE(parse(R"({"format": "orgmap-policy", "version": 1})"), policy); // rules optional
}

void TestPolicy::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // the one error line

    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << u"invalid JSON at line 1"_qs;
    QTest::newRow("not an object")
        << QByteArray("[]") << u"the document must be a JSON object, not an array"_qs;
    QTest::newRow("no format") << QByteArray(R"({"version": 1})")
                               << u"missing required key \"format\""_qs;
    QTest::newRow("a map, not a policy")
        << QByteArray(R"({"format": "orgmap", "version": 1})")
        << u"/format: must be \"orgmap-policy\", not \"orgmap\""_qs;
    QTest::newRow("no version") << QByteArray(R"({"format": "orgmap-policy"})")
                                << u"missing required key \"version\""_qs;
    QTest::newRow("version as text") << QByteArray(R"({"format": "orgmap-policy", "version": "1"})")
                                     << u"/version: must be an integer, not a string"_qs;
    QTest::newRow("newer version")
        << QByteArray(R"({"format": "orgmap-policy", "version": 2, "rulez": 1})")
        << u"/version: version 2 is newer than this OrgMap supports (highest: 1)"_qs;
    QTest::newRow("rules not an object")
        << QByteArray(R"({"format": "orgmap-policy", "version": 1, "rules": []})")
        << u"/rules: must be an object, not an array"_qs;
    QTest::newRow("unknown rule")
        << policyJson(R"("orphans": {"severity": "error"})")
        << u"/rules/orphans: unknown rule \"orphans\" (one of unowned, no-domain, unconsumed, "
           "idle-team, empty-domain, scattered-team, domain-cycle, hotspot, fair-findable, "
           "fair-accessible, fair-interoperable, fair-reusable)"_qs;
    QTest::newRow("unknown rule, escaped pointer")
        << policyJson(R"("a/b~c": {})")
        << u"/rules/a~1b~0c: unknown rule \"a/b~c\" (one of unowned, no-domain, unconsumed, "
           "idle-team, empty-domain, scattered-team, domain-cycle, hotspot, fair-findable, "
           "fair-accessible, fair-interoperable, fair-reusable)"_qs;
    QTest::newRow("rule not an object") << policyJson(R"("unowned": "off")")
                                        << u"/rules/unowned: must be an object, not a string"_qs;
    QTest::newRow("severity not a string")
        << policyJson(R"("unowned": {"severity": 1})")
        << u"/rules/unowned/severity: must be a string, not a number"_qs;
    QTest::newRow("unknown severity")
        << policyJson(R"("unowned": {"severity": "fatal"})")
        << u"/rules/unowned/severity: unknown severity \"fatal\" (one of error, warning, info, "
           "off)"_qs;
    QTest::newRow("threshold 0") << policyJson(R"("hotspot": {"threshold": 0})")
                                 << u"/rules/hotspot/threshold: must be an integer of at least 1, "
                                    "not 0"_qs;
    QTest::newRow("threshold not whole")
        << policyJson(R"("scattered-team": {"threshold": 2.5})")
        << u"/rules/scattered-team/threshold: must be an integer of at least 1, not 2.5"_qs;
    QTest::newRow("threshold as text")
        << policyJson(R"("hotspot": {"threshold": "4"})")
        << u"/rules/hotspot/threshold: must be an integer of at least 1, not a string"_qs;
    QTest::newRow("threshold too large")
        << policyJson(R"("hotspot": {"threshold": 1e12})")
        << u"/rules/hotspot/threshold: must be at most 2147483647"_qs;
    QTest::newRow("threshold on a rule without one")
        << policyJson(R"("unowned": {"threshold": 2})")
        << u"/rules/unowned/threshold: only hotspot and scattered-team have a threshold"_qs;
    QTest::newRow("unknown key in a rule")
        << policyJson(R"("hotspot": {"treshold": 4})")
        << u"/rules/hotspot/treshold: unknown key \"treshold\" (did you mean \"threshold\"?)"_qs;
    QTest::newRow("unknown top-level key")
        << policyJson("", R"(, "failon": "error")")
        << u"/failon: unknown key \"failon\" (did you mean \"failOn\"?)"_qs;
    QTest::newRow("failOn not a string")
        << policyJson("", R"(, "failOn": null)") << u"/failOn: must be a string, not null"_qs;
    QTest::newRow("failOn off") << policyJson("", R"(, "failOn": "off")")
                                << u"/failOn: unknown severity \"off\" (one of error, warning, "
                                   "info)"_qs;
}

void TestPolicy::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const PolicyReadResult read = readPolicyJson(json);
    QVERIFY(!read.policy);
    QCOMPARE(read.errors.size(), 1);
    if (expected.startsWith(u"invalid JSON"_qs))
        QVERIFY2(read.errors.first().startsWith(expected), qPrintable(read.errors.first()));
    else
        QCOMPARE(read.errors.first(), expected);
}

void TestPolicy::acceptsTheExampleAndExtensions()
{
    const PolicyReadResult example =
        loadPolicyFile(QStringLiteral(ORGMAP_EXAMPLES "/acme.orgmap-policy.json"));
    QVERIFY2(example.policy, qPrintable(example.errors.join(u'\n')));
    QCOMPARE(example.policy->hotspotThreshold, 4);
    QVERIFY(!example.policy->severities[size_t(Rule::Unconsumed)].has_value());
    QVERIFY(example.policy->severities[size_t(Rule::FairInteroperable)] == Severity::Error);

    // x- keys are extension data, as in maps, at every level.
    const Policy extended = parse(policyJson(R"("x-note": "why", "hotspot": {"x-by": "arch"})",
                                             R"(, "x-owner": "governance guild")"));
    QCOMPARE(extended, parse(policyJson("")));

    const PolicyReadResult missing = loadPolicyFile(u"/nonexistent/p.orgmap-policy.json"_qs);
    QCOMPARE(missing.errors, QStringList{u"/nonexistent/p.orgmap-policy.json does not exist"_qs});
}

void TestPolicy::failsOn_data()
{
    QTest::addColumn<QString>("worst"); // the most severe finding present, or ""
    QTest::addColumn<QString>("failOn");
    QTest::addColumn<bool>("fails");
    const QStringList levels{u"error"_qs, u"warning"_qs, u"info"_qs};
    for (qsizetype w = 0; w <= levels.size(); ++w)
        for (qsizetype f = 0; f < levels.size(); ++f) {
            const QString worst = w < levels.size() ? levels[w] : QString();
            QTest::addRow("worst %s, failOn %s", qPrintable(worst.isEmpty() ? u"none"_qs : worst),
                          qPrintable(levels[f]))
                << worst << levels[f] << (w < levels.size() && w <= f);
        }
}

void TestPolicy::failsOn()
{
    QFETCH(QString, worst);
    QFETCH(QString, failOn);
    QFETCH(bool, fails);
    // Idle teams only: their severity is the worst present.
    const MapData map = MapBuilder().team("t-a").team("t-b").map();
    const QByteArray rules = worst.isEmpty()
                                 ? QByteArray(R"("idle-team": {"severity": "off"})")
                                 : R"("idle-team": {"severity": ")" + worst.toLatin1() + R"("})";
    const Policy policy = parse(policyJson(rules, R"(, "failOn": ")" + failOn.toLatin1() + R"(")"));
    QCOMPARE(OrgMap::failsOn(analyzeWith(map, policy).findings, policy.failOn), fails);
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
