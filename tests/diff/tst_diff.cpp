// diff-v1 on small hand-made pairs of maps: matching, every field, absent vs
// empty, geometry, the metrics, the order and the JSON and text reports.
#include "diff/diff.h"
#include "diff/diffreport.h"
#include "mapbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <functional>

using namespace OrgMap;

using Edit = std::function<void(MapData &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

Domain &domainOf(MapData &m, const char *id)
{
    return m.domains[DomainId(QLatin1String(id))];
}
Team &teamOf(MapData &m, const char *id)
{
    return m.teams[TeamId(QLatin1String(id))];
}
Asset &assetOf(MapData &m, const char *id)
{
    return m.assets[AssetId(QLatin1String(id))];
}
LinkKey linkKey(const char *from, const char *to, LinkKind kind)
{
    return {AssetId(QLatin1String(from)), AssetId(QLatin1String(to)), kind};
}
InteractionKey interactionKey(const char *from, const char *to, InteractionMode mode)
{
    return {TeamId(QLatin1String(from)), TeamId(QLatin1String(to)), mode};
}

// A map with every kind of entity and most optional fields set.
MapData baseMap()
{
    MapData m = MapBuilder()
                    .name("Base")
                    .domain("d-a", "", "t-1")
                    .domain("d-b")
                    .domain("d-c", "d-a")
                    .team("t-1")
                    .team("t-2")
                    .service("s-1", "d-a", "t-1")
                    .product("dp-1", "d-b", "t-2")
                    .service("s-2")
                    .link("s-1", "dp-1", LinkKind::Data)
                    .link("s-2", "s-1", LinkKind::Api)
                    .map();
    m.info.description = QStringLiteral("the map as it is");
    Domain &a = domainOf(m, "d-a");
    a.description = QStringLiteral("sales");
    a.color = QStringLiteral("#336699");
    a.geometry = Geometry{0, 0, 400, 300, {}};
    teamOf(m, "t-1").type = TeamType::Platform;
    Asset &s1 = assetOf(m, "s-1");
    s1.geometry = Geometry{100, 50, 0, 0, {}};
    s1.tags = QStringList{QStringLiteral("core")};
    Asset &dp = assetOf(m, "dp-1");
    dp.ports = {Port{QStringLiteral("orders"), PortType::Table, QStringLiteral("db.orders"), {}}};
    dp.contract = QStringLiteral("contracts/orders.yaml");
    dp.classification = Classification::Internal;
    const InteractionKey ik = interactionKey("t-1", "t-2", InteractionMode::XAsAService);
    m.interactions.insert(ik, Interaction{ik, {}});
    return m;
}

// "change asset s-1 owner: \"t-1\" -> null" for every field of every entry;
// "add link s-1 -> s-2 (api)" for entries without fields.
QStringList describe(const MapDiff &diff)
{
    QStringList lines;
    for (const EntryChange &c : diff.changes) {
        const QString head = toString(c.op) + QLatin1Char(' ') + toString(c.key.entity) +
                             QLatin1Char(' ') + c.key.toDisplayString();
        if (c.fields.isEmpty())
            lines.append(head.trimmed());
        for (const FieldChange &f : c.fields)
            lines.append(QStringLiteral("%1 %2: %3 -> %4")
                             .arg(head, f.field,
                                  QString::fromUtf8(diffValueJson(f.field, f.oldValue)),
                                  QString::fromUtf8(diffValueJson(f.field, f.newValue))));
    }
    return lines;
}

double metricValue(const MapDiff &diff, DiffMetric metric, bool newSide)
{
    for (const MetricChange &m : diff.metrics)
        if (m.metric == metric)
            return newSide ? m.newValue : m.oldValue;
    return -1;
}

} // namespace

class TestDiff : public QObject
{
    Q_OBJECT

private slots:
    void changes_data();
    void changes();
    void geometryOnlyWithTheOption();
    void changesAreSortedByEntityThenKey();
    void summaryCountsByOpAndEntity();
    void metrics_data();
    void metrics();
    void hotspotThresholdReachesTheMetrics();
    void metricOrderIsTheSpecs();
    void domainsOfEitherMap();
    void jsonReport();
    void jsonOfIdenticalMaps();
    void textReport();
    void textColoursOnlyWhenAsked();
};

void TestDiff::changes_data()
{
    QTest::addColumn<Edit>("editOld");
    QTest::addColumn<Edit>("editNew");
    QTest::addColumn<QStringList>("expected");
    const Edit none = [](MapData &) {};
    const auto row = [&](const char *name, Edit editNew, QStringList expected) {
        QTest::newRow(name) << none << editNew << expected;
    };

    row("identical", none, {});

    // The map entity: name, description, x- keys; id "".
    row("map name", [](MapData &m) { m.info.name = QStringLiteral("Target"); },
        {u"change map  name: \"Base\" -> \"Target\""_qs});
    row("map description removed", [](MapData &m) { m.info.description.clear(); },
        {u"change map  description: \"the map as it is\" -> null"_qs});
    row("map extension", [](MapData &m) { m.info.extensions[u"x-owner"_qs] = u"cto"_qs; },
        {u"change map  x-owner: null -> \"cto\""_qs});

    // Domains.
    row("domain added",
        [](MapData &m) {
            Domain d;
            d.id = DomainId(u"d-new"_qs);
            d.name = u"New"_qs;
            m.domains.insert(d.id, d);
        },
        {u"add domain d-new"_qs});
    row("domain removed", [](MapData &m) { m.domains.remove(DomainId(u"d-c"_qs)); },
        {u"remove domain d-c"_qs});
    row("domain name", [](MapData &m) { domainOf(m, "d-b").name = u"Billing"_qs; },
        {u"change domain d-b name: \"D-B\" -> \"Billing\""_qs});
    row("domain parent", [](MapData &m) { domainOf(m, "d-c").parent = DomainId(u"d-b"_qs); },
        {u"change domain d-c parent: \"d-a\" -> \"d-b\""_qs});
    row("domain owner", [](MapData &m) { domainOf(m, "d-a").owner = TeamId(); },
        {u"change domain d-a owner: \"t-1\" -> null"_qs});
    row("domain description", [](MapData &m) { domainOf(m, "d-a").description = u"Sales"_qs; },
        {u"change domain d-a description: \"sales\" -> \"Sales\""_qs});
    row("domain color", [](MapData &m) { domainOf(m, "d-b").color = u"#ff0000"_qs; },
        {u"change domain d-b color: null -> \"#ff0000\""_qs});
    row("domain extension", [](MapData &m) { domainOf(m, "d-a").extensions[u"x-budget"_qs] = 12; },
        {u"change domain d-a x-budget: null -> 12"_qs});

    // Teams.
    row("team added",
        [](MapData &m) {
            Team t;
            t.id = TeamId(u"t-new"_qs);
            t.name = u"New team"_qs;
            m.teams.insert(t.id, t);
        },
        {u"add team t-new"_qs});
    row("team removed",
        [](MapData &m) {
            m.teams.remove(TeamId(u"t-2"_qs));
            m.interactions.clear();
            assetOf(m, "dp-1").owner = TeamId();
        },
        {u"remove team t-2"_qs, u"change asset dp-1 owner: \"t-2\" -> null"_qs,
         u"remove interaction t-1 -> t-2 (x-as-a-service)"_qs});
    row("team name", [](MapData &m) { teamOf(m, "t-2").name = u"Two"_qs; },
        {u"change team t-2 name: \"T-2\" -> \"Two\""_qs});
    row("team type", [](MapData &m) { teamOf(m, "t-1").type = TeamType::StreamAligned; },
        {u"change team t-1 type: \"platform\" -> \"stream-aligned\""_qs});
    row("team description", [](MapData &m) { teamOf(m, "t-2").description = u"ops"_qs; },
        {u"change team t-2 description: null -> \"ops\""_qs});
    row("team extension",
        [](MapData &m) { teamOf(m, "t-2").extensions[u"x-slack"_qs] = u"#two"_qs; },
        {u"change team t-2 x-slack: null -> \"#two\""_qs});

    // Assets: every field of the format.
    row("asset added",
        [](MapData &m) {
            Asset a;
            a.id = AssetId(u"s-3"_qs);
            a.name = u"S3"_qs;
            m.assets.insert(a.id, a);
        },
        {u"add asset s-3"_qs});
    row("asset removed",
        [](MapData &m) {
            m.assets.remove(AssetId(u"s-2"_qs));
            m.links.remove(linkKey("s-2", "s-1", LinkKind::Api));
        },
        {u"remove asset s-2"_qs, u"remove link s-2 -> s-1 (api)"_qs});
    row("asset kind", [](MapData &m) { assetOf(m, "s-2").kind = AssetKind::DataProduct; },
        {u"change asset s-2 kind: \"service\" -> \"data-product\""_qs});
    row("asset name", [](MapData &m) { assetOf(m, "s-1").name = u"Orders"_qs; },
        {u"change asset s-1 name: \"S-1\" -> \"Orders\""_qs});
    row("asset domain", [](MapData &m) { assetOf(m, "s-1").domain = DomainId(u"d-c"_qs); },
        {u"change asset s-1 domain: \"d-a\" -> \"d-c\""_qs});
    row("asset owner", [](MapData &m) { assetOf(m, "s-2").owner = TeamId(u"t-2"_qs); },
        {u"change asset s-2 owner: null -> \"t-2\""_qs});
    row("asset description", [](MapData &m) { assetOf(m, "s-1").description = u"d"_qs; },
        {u"change asset s-1 description: null -> \"d\""_qs});
    row("asset tags as a whole",
        [](MapData &m) {
            assetOf(m, "s-1").tags = {u"core"_qs, u"pci"_qs};
        },
        {u"change asset s-1 tags: [\"core\"] -> [\"core\", \"pci\"]"_qs});
    row("asset ports as a whole",
        [](MapData &m) { assetOf(m, "dp-1").ports[0].location = u"db.orders_v2"_qs; },
        {u"change asset dp-1 ports: [{\"name\": \"orders\", \"type\": \"table\", \"location\": "
         "\"db.orders\"}] -> [{\"name\": \"orders\", \"type\": \"table\", \"location\": "
         "\"db.orders_v2\"}]"_qs});
    row("asset contract", [](MapData &m) { assetOf(m, "dp-1").contract.clear(); },
        {u"change asset dp-1 contract: \"contracts/orders.yaml\" -> null"_qs});
    row("asset documentation",
        [](MapData &m) { assetOf(m, "s-1").documentation = u"https://wiki/s1"_qs; },
        {u"change asset s-1 documentation: null -> \"https://wiki/s1\""_qs});
    row("asset classification",
        [](MapData &m) { assetOf(m, "dp-1").classification = Classification::Restricted; },
        {u"change asset dp-1 classification: \"internal\" -> \"restricted\""_qs});
    row("asset x- keys each their own field",
        [](MapData &m) {
            assetOf(m, "s-1").extensions[u"x-cost"_qs] = 3.5;
            assetOf(m, "s-1").extensions[u"x-tier"_qs] = QJsonObject{{u"b"_qs, 1}, {u"a"_qs, 2}};
        },
        {u"change asset s-1 x-cost: null -> 3.5"_qs,
         u"change asset s-1 x-tier: null -> {\"a\": 2, \"b\": 1}"_qs});
    row("several fields of one asset: one entry, fields sorted",
        [](MapData &m) {
            assetOf(m, "s-1").owner = TeamId(u"t-2"_qs);
            assetOf(m, "s-1").domain = DomainId(u"d-b"_qs);
        },
        {u"change asset s-1 domain: \"d-a\" -> \"d-b\""_qs,
         u"change asset s-1 owner: \"t-1\" -> \"t-2\""_qs});

    // Links are keyed by (from, to, kind); interactions by (from, to, mode).
    row("link added",
        [](MapData &m) {
            const LinkKey k = linkKey("s-2", "dp-1", LinkKind::Event);
            m.links.insert(k, Link{k, {}, {}});
        },
        {u"add link s-2 -> dp-1 (event)"_qs});
    row("link removed", [](MapData &m) { m.links.remove(linkKey("s-1", "dp-1", LinkKind::Data)); },
        {u"remove link s-1 -> dp-1 (data)"_qs});
    row("link label",
        [](MapData &m) { m.links[linkKey("s-2", "s-1", LinkKind::Api)].label = u"calls"_qs; },
        {u"change link s-2 -> s-1 (api) label: null -> \"calls\""_qs});
    row("link extension",
        [](MapData &m) {
            m.links[linkKey("s-2", "s-1", LinkKind::Api)].extensions[u"x-sla"_qs] = u"99.9"_qs;
        },
        {u"change link s-2 -> s-1 (api) x-sla: null -> \"99.9\""_qs});
    row("link of another kind is a removal and an addition",
        [](MapData &m) {
            m.links.remove(linkKey("s-2", "s-1", LinkKind::Api));
            const LinkKey k = linkKey("s-2", "s-1", LinkKind::Event);
            m.links.insert(k, Link{k, {}, {}});
        },
        {u"remove link s-2 -> s-1 (api)"_qs, u"add link s-2 -> s-1 (event)"_qs});
    row("interaction added",
        [](MapData &m) {
            const InteractionKey k = interactionKey("t-2", "t-1", InteractionMode::Facilitating);
            m.interactions.insert(k, Interaction{k, {}});
        },
        {u"add interaction t-2 -> t-1 (facilitating)"_qs});
    row("interaction of another mode is a removal and an addition",
        [](MapData &m) {
            m.interactions.clear();
            const InteractionKey k = interactionKey("t-1", "t-2", InteractionMode::Collaboration);
            m.interactions.insert(k, Interaction{k, {}});
        },
        {u"add interaction t-1 -> t-2 (collaboration)"_qs,
         u"remove interaction t-1 -> t-2 (x-as-a-service)"_qs});
    row("interaction extension",
        [](MapData &m) {
            m.interactions[interactionKey("t-1", "t-2", InteractionMode::XAsAService)]
                .extensions[u"x-since"_qs] = 2024;
        },
        {u"change interaction t-1 -> t-2 (x-as-a-service) x-since: null -> 2024"_qs});

    // Absent and empty are equal.
    row("empty x- value equals absent",
        [](MapData &m) {
            assetOf(m, "s-1").extensions[u"x-note"_qs] = u""_qs;
            domainOf(m, "d-b").extensions[u"x-list"_qs] = QJsonArray();
            teamOf(m, "t-1").extensions[u"x-obj"_qs] = QJsonObject();
        },
        {});
    QTest::newRow("absent x- value equals empty (old side)")
        << Edit([](MapData &m) { m.info.extensions[u"x-e"_qs] = u""_qs; }) << none << QStringList{};
    row("ports on a service are not a field of the format",
        [](MapData &m) {
            assetOf(m, "s-1").ports = {Port{u"p"_qs, PortType::Api, {}, {}}};
        },
        {});
    row("geometry is ignored without the option",
        [](MapData &m) {
            assetOf(m, "s-1").geometry = Geometry{300, 50, 0, 0, {}};
        },
        {});
}

void TestDiff::changes()
{
    QFETCH(Edit, editOld);
    QFETCH(Edit, editNew);
    QFETCH(QStringList, expected);
    MapData oldMap = baseMap();
    MapData newMap = baseMap();
    editOld(oldMap);
    editNew(newMap);
    const MapDiff diff = diffMaps(oldMap, newMap);
    QCOMPARE(describe(diff), expected);
    QCOMPARE(diff.hasChanges(), !expected.isEmpty());
    // The reverse diff swaps add and remove, and old and new.
    const MapDiff back = diffMaps(newMap, oldMap);
    QCOMPARE(back.changes.size(), diff.changes.size());
    for (qsizetype i = 0; i < diff.changes.size(); ++i) {
        const EntryChange &c = diff.changes[i];
        const EntryChange &r = back.changes[i];
        QVERIFY(r.key == c.key);
        const DiffOp reversed = c.op == DiffOp::Add      ? DiffOp::Remove
                                : c.op == DiffOp::Remove ? DiffOp::Add
                                                         : DiffOp::Change;
        QCOMPARE(int(r.op), int(reversed));
        for (qsizetype f = 0; f < c.fields.size(); ++f) {
            QCOMPARE(r.fields[f].oldValue, c.fields[f].newValue);
            QCOMPARE(r.fields[f].newValue, c.fields[f].oldValue);
        }
    }
}

void TestDiff::geometryOnlyWithTheOption()
{
    const MapData oldMap = baseMap();
    MapData newMap = baseMap();
    assetOf(newMap, "s-1").geometry = Geometry{120.5, 50, 0, 0, {}};
    domainOf(newMap, "d-a").geometry = Geometry{0, 0, 500, 300, {}};
    assetOf(newMap, "s-2").geometry = Geometry{7, 8, 0, 0, {}};
    QVERIFY(!diffMaps(oldMap, newMap).hasChanges());

    DiffOptions options;
    options.geometry = true;
    const MapDiff diff = diffMaps(oldMap, newMap, options);
    QCOMPARE(
        describe(diff),
        (QStringList{
            u"change domain d-a geometry: {\"x\": 0, \"y\": 0, \"w\": 400, \"h\": 300} -> "
            "{\"x\": 0, \"y\": 0, \"w\": 500, \"h\": 300}"_qs,
            u"change asset s-1 geometry: {\"x\": 100, \"y\": 50} -> {\"x\": 120.5, \"y\": 50}"_qs,
            u"change asset s-2 geometry: null -> {\"x\": 7, \"y\": 8}"_qs}));
}

void TestDiff::changesAreSortedByEntityThenKey()
{
    const MapData oldMap = baseMap();
    MapData newMap = baseMap();
    // Made in an order unlike the expected one.
    const InteractionKey ik = interactionKey("t-2", "t-1", InteractionMode::Collaboration);
    newMap.interactions.insert(ik, Interaction{ik, {}});
    const LinkKey lk = linkKey("dp-1", "s-2", LinkKind::Event);
    newMap.links.insert(lk, Link{lk, {}, {}});
    assetOf(newMap, "s-2").name = u"Two"_qs;
    assetOf(newMap, "dp-1").name = u"Product"_qs;
    teamOf(newMap, "t-2").name = u"Two"_qs;
    domainOf(newMap, "d-c").name = u"C"_qs;
    Domain d;
    d.id = DomainId(u"d-0"_qs);
    d.name = u"Zero"_qs;
    newMap.domains.insert(d.id, d);
    newMap.info.name = u"Target"_qs;
    QStringList order;
    for (const EntryChange &c : diffMaps(oldMap, newMap).changes)
        order.append(toString(c.key.entity) + QLatin1Char(' ') + c.key.toDisplayString());
    QCOMPARE(order, (QStringList{u"map "_qs, u"domain d-0"_qs, u"domain d-c"_qs, u"team t-2"_qs,
                                 u"asset dp-1"_qs, u"asset s-2"_qs, u"link dp-1 -> s-2 (event)"_qs,
                                 u"interaction t-2 -> t-1 (collaboration)"_qs}));
}

void TestDiff::summaryCountsByOpAndEntity()
{
    const MapData oldMap = baseMap();
    MapData newMap = baseMap();
    newMap.info.name = u"Target"_qs; // the map is not counted
    newMap.assets.remove(AssetId(u"s-2"_qs));
    newMap.links.remove(linkKey("s-2", "s-1", LinkKind::Api));
    const LinkKey lk = linkKey("dp-1", "s-1", LinkKind::Event);
    newMap.links.insert(lk, Link{lk, {}, {}});
    assetOf(newMap, "s-1").name = u"One"_qs;
    assetOf(newMap, "dp-1").name = u"Product"_qs;
    teamOf(newMap, "t-2").name = u"Two"_qs;
    const MapDiff diff = diffMaps(oldMap, newMap);
    const std::array<EntityCounts, 3> expected{
        EntityCounts{0, 0, 0, 1, 0}, EntityCounts{0, 0, 1, 1, 0}, EntityCounts{0, 1, 2, 0, 0}};
    QVERIFY(diff.summary == expected);
    QCOMPARE(diff.count(DiffOp::Change, DiffEntity::Asset), 2);
    QCOMPARE(diff.count(DiffOp::Change, DiffEntity::Map), 0);
}

void TestDiff::metrics_data()
{
    // metricsMap() (tests/analysis/mapbuilder.h), then u owned by t-4 and the
    // api link a1 -> b1 removed.
    QTest::addColumn<int>("metric");
    QTest::addColumn<double>("oldValue");
    QTest::addColumn<double>("newValue");
    const auto row = [](DiffMetric m, double o, double n) {
        QTest::newRow(qPrintable(toString(m))) << int(m) << o << n;
    };
    row(DiffMetric::Domains, 4, 4);
    row(DiffMetric::Teams, 4, 4);
    row(DiffMetric::Assets, 6, 6);
    row(DiffMetric::Links, 7, 6);
    row(DiffMetric::Interactions, 0, 0);
    row(DiffMetric::CrossDomainLinks, 4, 3); // a1->b1 x2, a2->c1, b1->a2
    row(DiffMetric::CrossDomainWeight, 3.0, 2.0);
    row(DiffMetric::OrphanedAssets, 2, 1); // x (no domain), u (unowned)
    row(DiffMetric::UnownedAssets, 1, 0);
    row(DiffMetric::Hotspots, 1, 0);     // b1 with 3 cross-domain links, then 2
    row(DiffMetric::DomainCycles, 1, 1); // d-a <-> d-b
    row(DiffMetric::DomainsOnCycles, 2, 2);
    row(DiffMetric::ScatteredTeams, 0, 0);
    row(DiffMetric::Errors, 1, 0);
    row(DiffMetric::Warnings, 3, 2); // no-domain, hotspot, cycle
    row(DiffMetric::Infos, 3, 2);    // unconsumed u, idle t-4, empty d-e
}

void TestDiff::metrics()
{
    QFETCH(int, metric);
    QFETCH(double, oldValue);
    QFETCH(double, newValue);
    const MapData oldMap = metricsMap();
    MapData newMap = metricsMap();
    assetOf(newMap, "u").owner = TeamId(u"t-4"_qs);
    newMap.links.remove(linkKey("a1", "b1", LinkKind::Api));
    const MapDiff diff = diffMaps(oldMap, newMap);
    QCOMPARE(metricValue(diff, DiffMetric(metric), false), oldValue);
    QCOMPARE(metricValue(diff, DiffMetric(metric), true), newValue);
    QCOMPARE(diff.metrics[metric].delta(), newValue - oldValue);
}

void TestDiff::hotspotThresholdReachesTheMetrics()
{
    DiffOptions options;
    options.analysis.hotspotThreshold = 2; // a1, a2 (2 each) and b1 (3)
    const MapDiff diff = diffMaps(metricsMap(), MapData(), options);
    QCOMPARE(metricValue(diff, DiffMetric::Hotspots, false), 3.0);
    QCOMPARE(metricValue(diff, DiffMetric::Hotspots, true), 0.0);
}

void TestDiff::metricOrderIsTheSpecs()
{
    QStringList keys;
    for (const MetricChange &m : diffMaps(MapData(), MapData()).metrics)
        keys.append(toString(m.metric));
    QCOMPARE(keys, (QStringList{u"domains"_qs, u"teams"_qs, u"assets"_qs, u"links"_qs,
                                u"interactions"_qs, u"crossDomainLinks"_qs, u"crossDomainWeight"_qs,
                                u"orphanedAssets"_qs, u"unownedAssets"_qs, u"hotspots"_qs,
                                u"domainCycles"_qs, u"domainsOnCycles"_qs, u"scatteredTeams"_qs,
                                u"errors"_qs, u"warnings"_qs, u"infos"_qs}));
}

void TestDiff::domainsOfEitherMap()
{
    const MapData oldMap = metricsMap();
    MapData newMap = metricsMap();
    newMap.domains.remove(DomainId(u"d-e"_qs));
    Domain d;
    d.id = DomainId(u"d-d"_qs);
    d.name = u"D"_qs;
    newMap.domains.insert(d.id, d);
    const MapDiff diff = diffMaps(oldMap, newMap);
    QStringList ids;
    for (const DomainChange &c : diff.domains)
        ids.append(c.domain.str());
    QCOMPARE(ids, (QStringList{u"d-a"_qs, u"d-b"_qs, u"d-c"_qs, u"d-d"_qs, u"d-e"_qs}));
    QVERIFY(!diff.domains[3].oldMetrics && diff.domains[3].newMetrics);
    QVERIFY(diff.domains[4].oldMetrics && !diff.domains[4].newMetrics);
    // d-a: a1, a2; ce a1->b1 twice and a2->c1; ca b1->a2.
    const DomainMetrics a = *diff.domains[0].oldMetrics;
    QCOMPARE(a.assets, 2);
    QCOMPARE(a.ce, 3);
    QCOMPARE(a.ca, 1);
    QCOMPARE(a.instability, 0.75);
}

void TestDiff::jsonReport()
{
    MapData oldMap = MapBuilder()
                         .name("Acme 2026")
                         .domain("d-sales")
                         .domain("d-ledger")
                         .team("t-sales")
                         .service("s-orders", "d-sales", "t-sales")
                         .service("s-legacy-crm", "d-sales", "t-sales")
                         .service("s-ledger", "d-ledger", "t-sales")
                         .link("s-legacy-crm", "s-orders", LinkKind::Api)
                         .map();
    MapData newMap = oldMap;
    newMap.info.name = u"Acme target 2027"_qs;
    newMap.assets.remove(AssetId(u"s-legacy-crm"_qs));
    newMap.links.clear();
    const LinkKey lk = linkKey("s-orders", "s-ledger", LinkKind::Event);
    newMap.links.insert(lk, Link{lk, {}, {}});
    assetOf(newMap, "s-orders").owner = TeamId();
    assetOf(newMap, "s-orders").extensions[u"x-cost"_qs] = 1.25;

    const QByteArray expected = R"({
  "old": "Acme 2026",
  "new": "Acme target 2027",
  "changes": [
    {"op": "change", "entity": "map", "id": "", "fields": {"name": {"old": "Acme 2026", "new": "Acme target 2027"}}},
    {"op": "remove", "entity": "asset", "id": "s-legacy-crm"},
    {"op": "change", "entity": "asset", "id": "s-orders", "fields": {"owner": {"old": "t-sales", "new": null}, "x-cost": {"old": null, "new": 1.25}}},
    {"op": "remove", "entity": "link", "from": "s-legacy-crm", "to": "s-orders", "kind": "api"},
    {"op": "add", "entity": "link", "from": "s-orders", "to": "s-ledger", "kind": "event"}
  ],
  "summary": {
    "added": {"domain": 0, "team": 0, "asset": 0, "link": 1, "interaction": 0},
    "removed": {"domain": 0, "team": 0, "asset": 1, "link": 1, "interaction": 0},
    "changed": {"domain": 0, "team": 0, "asset": 1, "link": 0, "interaction": 0}
  },
  "metrics": [
    {"metric": "domains", "old": 2, "new": 2, "delta": 0},
    {"metric": "teams", "old": 1, "new": 1, "delta": 0},
    {"metric": "assets", "old": 3, "new": 2, "delta": -1},
    {"metric": "links", "old": 1, "new": 1, "delta": 0},
    {"metric": "interactions", "old": 0, "new": 0, "delta": 0},
    {"metric": "crossDomainLinks", "old": 0, "new": 1, "delta": 1},
    {"metric": "crossDomainWeight", "old": 0, "new": 0.5, "delta": 0.5},
    {"metric": "orphanedAssets", "old": 0, "new": 1, "delta": 1},
    {"metric": "unownedAssets", "old": 0, "new": 1, "delta": 1},
    {"metric": "hotspots", "old": 0, "new": 0, "delta": 0},
    {"metric": "domainCycles", "old": 0, "new": 0, "delta": 0},
    {"metric": "domainsOnCycles", "old": 0, "new": 0, "delta": 0},
    {"metric": "scatteredTeams", "old": 0, "new": 0, "delta": 0},
    {"metric": "errors", "old": 0, "new": 1, "delta": 1},
    {"metric": "warnings", "old": 0, "new": 0, "delta": 0},
    {"metric": "infos", "old": 0, "new": 0, "delta": 0}
  ],
  "domains": [
    {"domain": "d-ledger", "old": {"assets": 1, "ce": 0, "ca": 0, "instability": 0}, "new": {"assets": 1, "ce": 0, "ca": 1, "instability": 0}},
    {"domain": "d-sales", "old": {"assets": 2, "ce": 0, "ca": 0, "instability": 0}, "new": {"assets": 1, "ce": 1, "ca": 0, "instability": 1}}
  ]
}
)";
    const QByteArray json = diffReportJson(diffMaps(oldMap, newMap));
    QCOMPARE(json, expected);
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestDiff::jsonOfIdenticalMaps()
{
    const QJsonObject report =
        QJsonDocument::fromJson(diffReportJson(diffMaps(baseMap(), baseMap()))).object();
    QCOMPARE(report.value(u"changes"_qs).toArray().size(), 0);
    const QJsonObject summary = report.value(u"summary"_qs).toObject();
    QCOMPARE(summary.keys(), (QStringList{u"added"_qs, u"changed"_qs, u"removed"_qs}));
    for (const QString &op : summary.keys()) {
        const QJsonObject counts = summary.value(op).toObject();
        QCOMPARE(counts.size(), 5); // every key present
        for (const QJsonValue &n : counts)
            QCOMPARE(n.toInt(-1), 0);
    }
    for (const QJsonValue &m : report.value(u"metrics"_qs).toArray())
        QCOMPARE(m.toObject().value(u"delta"_qs).toDouble(-1), 0.0);
    QCOMPARE(report.value(u"domains"_qs).toArray().size(), 3);
}

void TestDiff::textReport()
{
    const MapData oldMap = baseMap();
    MapData newMap = baseMap();
    assetOf(newMap, "s-1").owner = TeamId(u"t-2"_qs);
    newMap.assets.remove(AssetId(u"s-2"_qs));
    newMap.links.remove(linkKey("s-2", "s-1", LinkKind::Api));
    const QString text = diffReportText(diffMaps(oldMap, newMap), oldMap, newMap, false);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QCOMPARE(lines[0], u"Base -> Base"_qs);
    QCOMPARE(lines[1], u"3 changes: 0 added, 2 removed, 1 changed"_qs);
    // Grouped by entity, names beside ids, old owner and new owner with names.
    QVERIFY2(lines.contains(u"Assets (2)"_qs), qPrintable(text));
    QVERIFY2(lines.contains(u"  ~  s-1  S-1"_qs), qPrintable(text));
    QVERIFY2(lines.contains(u"      owner  t-1 (T-1)  ->  t-2 (T-2)"_qs), qPrintable(text));
    QVERIFY2(lines.contains(u"  -  s-2  S-2"_qs), qPrintable(text));
    QVERIFY2(lines.contains(u"  -  s-2 -> s-1 (api)  S-2 -> S-1"_qs), qPrintable(text));
    // The metric table: aligned columns and signed deltas.
    QVERIFY2(lines.contains(u"  Metric                Old   New  Delta"_qs), qPrintable(text));
    QVERIFY2(lines.contains(u"  Assets                  3     2     -1"_qs), qPrintable(text));
    QVERIFY(!text.contains(QLatin1Char('\x1b')));
    QCOMPARE(diffReportText(diffMaps(oldMap, oldMap), oldMap, oldMap, false),
             u"Base -> Base\nNo changes.\n"_qs);
}

void TestDiff::textColoursOnlyWhenAsked()
{
    const MapData oldMap = baseMap();
    MapData newMap = baseMap();
    newMap.assets.remove(AssetId(u"s-2"_qs));
    newMap.links.remove(linkKey("s-2", "s-1", LinkKind::Api));
    const QString coloured = diffReportText(diffMaps(oldMap, newMap), oldMap, newMap, true);
    QVERIFY(coloured.contains(u"\x1b[31m-\x1b[0m"_qs)); // removals red
    // Fewer orphans is better: a green delta.
    QVERIFY(coloured.contains(u"\x1b[32m   -1\x1b[0m"_qs));
    const QString plain = diffReportText(diffMaps(oldMap, newMap), oldMap, newMap, false);
    QVERIFY(!plain.contains(QLatin1Char('\x1b')));
}

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
