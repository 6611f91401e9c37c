#include "analysis/analysis.h"
#include "analysis/findings.h"
#include "mapbuilder.h"

#include <QTest>

using namespace OrgMap;

Q_DECLARE_METATYPE(OrgMap::MapData)
Q_DECLARE_METATYPE(OrgMap::Rule)

namespace {

// The findings of one rule as "subject" or "subject: related,related".
QStringList findingsOf(const AnalysisResult &result, Rule rule)
{
    QStringList out;
    for (const Finding &f : result.findings)
        if (f.rule == rule)
            out.append(f.related.isEmpty() ? f.subject
                                           : f.subject + u": "_qs + f.related.join(u','));
    return out;
}

template <typename List, typename Id>
auto metricsOf(const List &list, const Id &id, Id(List::value_type::*member))
{
    for (const auto &m : list)
        if (m.*member == id)
            return m;
    qFatal("no metrics for %s", qPrintable(id.str()));
}

AssetMetrics assetMetrics(const AnalysisResult &r, const char *id)
{
    return metricsOf(r.assets, AssetId(QLatin1String(id)), &AssetMetrics::asset);
}
DomainMetrics domainMetrics(const AnalysisResult &r, const char *id)
{
    return metricsOf(r.domains, DomainId(QLatin1String(id)), &DomainMetrics::domain);
}
TeamMetrics teamMetrics(const AnalysisResult &r, const char *id)
{
    return metricsOf(r.teams, TeamId(QLatin1String(id)), &TeamMetrics::team);
}

} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void messagesNameTheSubject();
    void findingsAreSorted();
    void metrics();
    void domainCycleWithTwoComponents();
    void ruleNamesAndSeverities();
};

void TestAnalysis::rules_data()
{
    QTest::addColumn<MapData>("map");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<Rule>("rule");
    QTest::addColumn<QStringList>("expected");
    using L = LinkKind;

    const MapData owned = MapBuilder().domain("d").team("t").service("s-a", "d", "t").map();
    QTest::newRow("unowned fires") << MapBuilder().domain("d").service("s-a", "d").map() << 3
                                   << Rule::Unowned << QStringList{u"s-a"_qs};
    QTest::newRow("unowned: owned asset") << owned << 3 << Rule::Unowned << QStringList{};
    QTest::newRow("no-domain fires") << MapBuilder().team("t").product("dp", "", "t").map() << 3
                                     << Rule::NoDomain << QStringList{u"dp"_qs};
    QTest::newRow("no-domain: placed asset") << owned << 3 << Rule::NoDomain << QStringList{};

    const MapData consumption = MapBuilder()
                                    .product("dp-alone")
                                    .product("dp-read")
                                    .product("dp-reader")
                                    .service("s-lonely")
                                    .link("dp-reader", "dp-read", L::Event)
                                    .map();
    QTest::newRow("unconsumed: only products without incoming links")
        << consumption << 3 << Rule::Unconsumed << QStringList{u"dp-alone"_qs, u"dp-reader"_qs};

    const MapData teams = MapBuilder()
                              .team("t-asset")
                              .team("t-domain")
                              .team("t-idle")
                              .domain("d", "", "t-domain")
                              .service("s", "d", "t-asset")
                              .map();
    QTest::newRow("idle-team: owning a domain or an asset is not idle")
        << teams << 3 << Rule::IdleTeam << QStringList{u"t-idle"_qs};

    const MapData nested = MapBuilder()
                               .domain("d-root")
                               .domain("d-mid", "d-root")
                               .domain("d-leaf", "d-mid")
                               .domain("d-sibling", "d-root")
                               .domain("d-other")
                               .service("s", "d-leaf")
                               .map();
    QTest::newRow("empty-domain: an asset in a sub-subdomain fills its ancestors")
        << nested << 3 << Rule::EmptyDomain << QStringList{u"d-other"_qs, u"d-sibling"_qs};

    const MapData scattered = MapBuilder()
                                  .team("t-3")
                                  .team("t-2")
                                  .domain("d-a")
                                  .domain("d-sub", "d-a")
                                  .domain("d-b")
                                  .service("s1", "d-b", "t-3")
                                  .service("s2", "d-a", "t-3")
                                  .service("s3", "d-sub", "t-3")
                                  .service("s4", "d-a", "t-3")
                                  .service("s5", "", "t-3")
                                  .service("s6", "d-a", "t-2")
                                  .service("s7", "d-b", "t-2")
                                  .service("s8", "d-b", "t-2")
                                  .map();
    QTest::newRow("scattered-team: subdomains count, unplaced assets do not")
        << scattered << 3 << Rule::ScatteredTeam << QStringList{u"t-3: d-a,d-b,d-sub"_qs};

    const MapData acyclic = MapBuilder()
                                .domain("d-a")
                                .domain("d-b")
                                .service("a", "d-a")
                                .service("b", "d-b")
                                .service("c")
                                .link("a", "b")
                                .link("b", "c")
                                .link("c", "a")
                                .map();
    QTest::newRow("domain-cycle: a path through an unplaced asset is no cycle")
        << acyclic << 3 << Rule::DomainCycle << QStringList{};

    // h has 3 cross-domain links (one of them into a subdomain of its own
    // domain); its links to the unplaced asset never count.
    const MapData hot = MapBuilder()
                            .domain("d-a")
                            .domain("d-sub", "d-a")
                            .domain("d-b")
                            .service("h", "d-a")
                            .service("in-sub", "d-sub")
                            .service("in-b", "d-b")
                            .service("in-a", "d-a")
                            .service("nowhere")
                            .link("h", "in-sub", L::Data)
                            .link("h", "in-b", L::Api)
                            .link("in-b", "h", L::Event)
                            .link("h", "in-a")
                            .link("h", "nowhere")
                            .link("nowhere", "h")
                            .map();
    QTest::newRow("hotspot: subdomain counts, unplaced does not")
        << hot << 3 << Rule::Hotspot << QStringList{u"h"_qs};
    QTest::newRow("hotspot: threshold 4") << hot << 4 << Rule::Hotspot << QStringList{};
    QTest::newRow("hotspot: threshold 2")
        << hot << 2 << Rule::Hotspot << QStringList{u"h"_qs, u"in-b"_qs};
}

void TestAnalysis::rules()
{
    QFETCH(MapData, map);
    QFETCH(int, threshold);
    QFETCH(Rule, rule);
    QFETCH(QStringList, expected);
    AnalysisOptions options;
    options.hotspotThreshold = threshold;
    const AnalysisResult result = analyze(map, options);
    QCOMPARE(findingsOf(result, rule), expected);
    for (const Finding &f : result.findings)
        QCOMPARE(int(f.severity), int(severityOf(f.rule)));
}

void TestAnalysis::messagesNameTheSubject()
{
    const AnalysisResult result = analyze(metricsMap());
    QStringList messages;
    for (const Finding &f : result.findings)
        messages.append(f.message);
    const QStringList expected{
        u"Data product \"U\" (u) has no owning team."_qs,
        u"Data product \"X\" (x) is in no domain."_qs,
        u"Domain \"D-A\" (d-a) is on a dependency cycle of 2 domains: d-a, d-b."_qs,
        u"Service \"B1\" (b1) has 3 cross-domain links (coupling score 2.5)."_qs,
        u"Data product \"U\" (u) is consumed by no asset: no link leads to it."_qs,
        u"Team \"T-4\" (t-4) owns no asset and no domain."_qs,
        u"Domain \"D-E\" (d-e) contains no asset, neither directly nor in a subdomain."_qs,
    };
    QCOMPARE(messages, expected);

    AnalysisOptions low;
    low.hotspotThreshold = 1;
    bool seen = false;
    for (const Finding &f : analyze(metricsMap(), low).findings)
        if (f.subject == u"c1"_qs) {
            QCOMPARE(f.message,
                     u"Service \"C1\" (c1) has 1 cross-domain link (coupling score 0.5)."_qs);
            seen = true;
        }
    QVERIFY(seen);
}

void TestAnalysis::findingsAreSorted()
{
    // Severity first (the error on u before warnings), then rule in table
    // order (no-domain before domain-cycle before hotspot), then subject.
    const AnalysisResult result = analyze(metricsMap());
    QStringList order;
    for (const Finding &f : result.findings)
        order.append(toString(f.severity) + u' ' + toString(f.rule) + u' ' + f.subject);
    const QStringList expected{u"error unowned u"_qs,          u"warning no-domain x"_qs,
                               u"warning domain-cycle d-a"_qs, u"warning hotspot b1"_qs,
                               u"info unconsumed u"_qs,        u"info idle-team t-4"_qs,
                               u"info empty-domain d-e"_qs};
    QCOMPARE(order, expected);

    QList<Finding> reversed{result.findings.crbegin(), result.findings.crend()};
    QVERIFY(reversed != result.findings);
    sortFindings(reversed);
    QCOMPARE(reversed, result.findings);
}

void TestAnalysis::metrics()
{
    const AnalysisResult r = analyze(metricsMap());

    // Cross-domain links: a1->b1 twice (api 1 + data 0.75), a2->c1 (event
    // 0.5, into a subdomain), b1->a2 (data 0.75); c1->x is not (x unplaced).
    QCOMPARE(assetMetrics(r, "a1").crossDomainLinks, 2);
    QCOMPARE(assetMetrics(r, "a1").couplingScore, 1.75);
    QCOMPARE(assetMetrics(r, "a2").crossDomainLinks, 2);
    QCOMPARE(assetMetrics(r, "a2").couplingScore, 1.25);
    QCOMPARE(assetMetrics(r, "b1").crossDomainLinks, 3);
    QCOMPARE(assetMetrics(r, "b1").couplingScore, 2.5);
    QCOMPARE(assetMetrics(r, "c1").crossDomainLinks, 1);
    QCOMPARE(assetMetrics(r, "x").crossDomainLinks, 0);
    QCOMPARE(assetMetrics(r, "u").couplingScore, 0.0);

    // Pairs: a1->b1, a1->a2, a2->c1, b1->a2, c1->x, u->b1; n = 6, so the
    // normalisation is 5 * 4 = 20. b1 is on u->a2, u->c1, u->x; a2 on
    // a1->c1, a1->x, b1->c1, b1->x, u->c1, u->x; c1 on every path to x.
    QCOMPARE(assetMetrics(r, "b1").betweenness, 3.0 / 20);
    QCOMPARE(assetMetrics(r, "a2").betweenness, 6.0 / 20);
    QCOMPARE(assetMetrics(r, "c1").betweenness, 4.0 / 20);
    QCOMPARE(assetMetrics(r, "a1").betweenness, 0.0);
    QVERIFY(!r.betweennessSampled);
    QCOMPARE(r.betweennessSources, 6);

    QCOMPARE(domainMetrics(r, "d-a").assets, 2); // c1 is in the subdomain
    QCOMPARE(domainMetrics(r, "d-a").ce, 3);
    QCOMPARE(domainMetrics(r, "d-a").ca, 1);
    QCOMPARE(domainMetrics(r, "d-a").instability, 0.75);
    QCOMPARE(domainMetrics(r, "d-b").assets, 2);
    QCOMPARE(domainMetrics(r, "d-b").ce, 1);
    QCOMPARE(domainMetrics(r, "d-b").ca, 2);
    QCOMPARE(domainMetrics(r, "d-b").instability, 1.0 / 3);
    QCOMPARE(domainMetrics(r, "d-c").ce, 0);
    QCOMPARE(domainMetrics(r, "d-c").ca, 1);
    QCOMPARE(domainMetrics(r, "d-c").instability, 0.0);
    QCOMPARE(domainMetrics(r, "d-e").instability, 0.0); // 0 / 0

    QStringList cells;
    for (const CouplingCell &c : r.coupling)
        cells.append(
            QStringLiteral("%1>%2 %3 %4").arg(c.from.str(), c.to.str()).arg(c.links).arg(c.weight));
    QCOMPARE(cells, (QStringList{u"d-a>d-b 2 1.75"_qs, u"d-a>d-c 1 0.5"_qs, u"d-b>d-a 1 0.75"_qs}));

    // Cross-team links count for both teams; u is unowned, so u->b1 is none.
    QCOMPARE(teamMetrics(r, "t-1").assetsOwned, 2);
    QCOMPARE(teamMetrics(r, "t-1").domainsSpanned, 1);
    QCOMPARE(teamMetrics(r, "t-1").crossTeamLinks, 4);
    QCOMPARE(teamMetrics(r, "t-2").assetsOwned, 2);
    QCOMPARE(teamMetrics(r, "t-2").domainsSpanned, 2);
    QCOMPARE(teamMetrics(r, "t-2").crossTeamLinks, 5);
    QCOMPARE(teamMetrics(r, "t-3").assetsOwned, 1);
    QCOMPARE(teamMetrics(r, "t-3").domainsSpanned, 0);
    QCOMPARE(teamMetrics(r, "t-3").crossTeamLinks, 1);
    QCOMPARE(teamMetrics(r, "t-4").assetsOwned, 0);

    QCOMPARE(r.assets.size(), 6);
    QCOMPARE(r.domains.size(), 4);
    QCOMPARE(r.teams.size(), 4);
    QCOMPARE(r.assets.first().asset.str(), u"a1"_qs);

    // Other weights change only the scores.
    AnalysisOptions flat;
    flat.linkWeights = {2.0, 2.0, 2.0};
    QCOMPARE(assetMetrics(analyze(metricsMap(), flat), "b1").couplingScore, 6.0);
}

void TestAnalysis::domainCycleWithTwoComponents()
{
    // {d-b, d-a} and {d-e, d-c, d-d} are cycles; d-f only hangs off one.
    const MapData map = MapBuilder()
                            .domain("d-a")
                            .domain("d-b")
                            .domain("d-c")
                            .domain("d-d")
                            .domain("d-e")
                            .domain("d-f")
                            .service("a", "d-a")
                            .service("b", "d-b")
                            .service("c", "d-c")
                            .service("d", "d-d")
                            .service("e", "d-e")
                            .service("f", "d-f")
                            .link("b", "a")
                            .link("a", "b", LinkKind::Event)
                            .link("e", "d")
                            .link("d", "c")
                            .link("c", "e")
                            .link("c", "f")
                            .link("b", "c")
                            .map();
    const AnalysisResult result = analyze(map);
    QCOMPARE(findingsOf(result, Rule::DomainCycle),
             (QStringList{u"d-a: d-b"_qs, u"d-c: d-d,d-e"_qs}));
}

void TestAnalysis::ruleNamesAndSeverities()
{
    QCOMPARE(toString(Rule::NoDomain), u"no-domain"_qs);
    QCOMPARE(toString(Rule::ScatteredTeam), u"scattered-team"_qs);
    QCOMPARE(toString(Rule::DomainCycle), u"domain-cycle"_qs);
    QCOMPARE(toString(Severity::Warning), u"warning"_qs);
    QVERIFY(severityOf(Rule::Unowned) == Severity::Error);
    QVERIFY(severityOf(Rule::Hotspot) == Severity::Warning);
    QVERIFY(severityOf(Rule::EmptyDomain) == Severity::Info);
}

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
