// merge-v1 on small maps: one row per case of the spec. Each side is the base
// map with a patch applied; the expected merge is a patch too, and the
// conflicts are the exact objects the file carries.

#include "merge/merge.h"
#include "json/jsonformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace OrgMap;

namespace {

// Every team, domain and asset kind, a link and an interaction.
const char *const kBase = R"({"format": "orgmap", "version": 1, "name": "M",
  "domains": [{"id": "d1", "name": "D1", "owner": "t1"}, {"id": "d2", "name": "D2"}],
  "teams": [{"id": "t1", "name": "T1"}, {"id": "t2", "name": "T2"}, {"id": "t3", "name": "T3"}],
  "assets": [
    {"id": "a1", "kind": "service", "name": "A1", "domain": "d1", "owner": "t1",
     "geometry": {"x": 0, "y": 0}},
    {"id": "a2", "kind": "service", "name": "A2", "domain": "d1", "owner": "t1"},
    {"id": "p1", "kind": "data-product", "name": "P1", "domain": "d2", "owner": "t2"}],
  "links": [{"from": "a1", "to": "a2", "kind": "api"}],
  "interactions": [{"from": "t1", "to": "t2", "mode": "collaboration"}]})";

EntryKey parseKey(const QString &text)
{
    if (text == QLatin1String("map"))
        return {};
    const QString section = text.section(QLatin1Char('/'), 0, 0);
    const QString rest = text.section(QLatin1Char('/'), 1);
    EntryKey key;
    if (section == QLatin1String("links") || section == QLatin1String("interactions")) {
        key.entity = section == QLatin1String("links") ? DiffEntity::Link : DiffEntity::Interaction;
        const QStringList parts = rest.split(QLatin1Char('>'));
        key.from = parts.value(0);
        key.to = parts.value(1);
        key.kind = parts.value(2);
        return key;
    }
    key.entity = section == QLatin1String("domains") ? DiffEntity::Domain
                 : section == QLatin1String("teams") ? DiffEntity::Team
                                                     : DiffEntity::Asset;
    key.id = rest;
    return key;
}

// `patch` is {"assets/a1": {"owner": "t2", "tags": null}, "links/a1>a2>api": null,
// "map": {...}}: null removes the entity or the field; an object adds the
// entity or sets its fields.
MapData patched(const char *patch)
{
    const JsonReadResult base = readMapJson(kBase);
    if (!base.map)
        qFatal("base map is invalid");
    KeyedMap entries = keyedEntries(*base.map);
    const QJsonObject edits = QJsonDocument::fromJson(patch).object();
    if (qstrlen(patch) > 0 && edits.isEmpty() && QByteArray(patch).trimmed() != "{}")
        qFatal("patch is not a JSON object: %s", patch);
    for (auto it = edits.begin(); it != edits.end(); ++it) {
        const EntryKey key = parseKey(it.key());
        if (it.value().isNull()) {
            entries.erase(key);
            continue;
        }
        EntryFields &fields = entries[key];
        const QJsonObject members = it.value().toObject();
        for (auto m = members.begin(); m != members.end(); ++m) {
            if (m.value().isNull())
                fields.remove(m.key());
            else
                fields.insert(m.key(), m.value());
        }
    }
    const JsonReadResult read = readMapJson(QJsonDocument(toMapDocument(entries)).toJson());
    if (!read.map)
        qFatal("patched map is invalid: %s (%s)", qPrintable(read.errors.value(0).toString()),
               patch);
    return *read.map;
}

QByteArray pretty(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

private slots:
    void merge_data();
    void merge();
    void earlierConflictsAreDropped();
    void conflictRoundTrip();
};

void TestMerge::merge_data()
{
    QTest::addColumn<QByteArray>("ours");
    QTest::addColumn<QByteArray>("theirs");
    QTest::addColumn<QByteArray>("expected");  // a patch of the base
    QTest::addColumn<QByteArray>("conflicts"); // the x-orgmap-conflicts array
    QTest::addColumn<QStringList>("geometryFromOurs");

    QTest::newRow("nobody changed") << QByteArray("{}") << QByteArray("{}") << QByteArray("{}")
                                    << QByteArray("[]") << QStringList();
    QTest::newRow("ours alone") << QByteArray(R"({"assets/a1": {"owner": "t2"}})")
                                << QByteArray("{}")
                                << QByteArray(R"({"assets/a1": {"owner": "t2"}})")
                                << QByteArray("[]") << QStringList();
    QTest::newRow("theirs alone")
        << QByteArray("{}") << QByteArray(R"({"assets/a1": {"owner": "t2"}, "teams/t3": null})")
        << QByteArray(R"({"assets/a1": {"owner": "t2"}, "teams/t3": null})") << QByteArray("[]")
        << QStringList();
    QTest::newRow("both the same")
        << QByteArray(R"({"assets/a1": {"owner": "t2"}})")
        << QByteArray(R"({"assets/a1": {"owner": "t2"}})")
        << QByteArray(R"({"assets/a1": {"owner": "t2"}})") << QByteArray("[]") << QStringList();
    QTest::newRow("different fields of one entity")
        << QByteArray(R"({"assets/a1": {"owner": "t2"}})")
        << QByteArray(R"({"assets/a1": {"description": "orders", "tags": ["core"]}})")
        << QByteArray(
               R"({"assets/a1": {"owner": "t2", "description": "orders", "tags": ["core"]}})")
        << QByteArray("[]") << QStringList();
    QTest::newRow("field conflict")
        << QByteArray(R"({"assets/a1": {"owner": "t2"}})")
        << QByteArray(R"({"assets/a1": {"owner": "t3"}})")
        << QByteArray(R"({"assets/a1": {"owner": "t2"}})")
        << QByteArray(R"([{"entity": "asset", "id": "a1", "field": "owner",
                           "base": "t1", "ours": "t2", "theirs": "t3"}])")
        << QStringList();
    QTest::newRow("field removed against changed")
        << QByteArray(R"({"assets/a1": {"owner": null}})")
        << QByteArray(R"({"assets/a1": {"owner": "t3"}})")
        << QByteArray(R"({"assets/a1": {"owner": null}})")
        << QByteArray(R"([{"entity": "asset", "id": "a1", "field": "owner",
                           "base": "t1", "ours": null, "theirs": "t3"}])")
        << QStringList();
    QTest::newRow("empty equals absent")
        << QByteArray(R"({"assets/a1": {"description": ""}})")
        << QByteArray(R"({"assets/a1": {"name": "Orders"}})")
        << QByteArray(R"({"assets/a1": {"name": "Orders"}})") << QByteArray("[]") << QStringList();
    QTest::newRow("geometry both changed takes ours")
        << QByteArray(R"({"assets/a1": {"geometry": {"x": 10, "y": 5}}})")
        << QByteArray(R"({"assets/a1": {"geometry": {"x": -20, "y": 7.5}, "owner": "t3"}})")
        << QByteArray(R"({"assets/a1": {"geometry": {"x": 10, "y": 5}, "owner": "t3"}})")
        << QByteArray("[]") << QStringList{QStringLiteral("a1")};
    QTest::newRow("geometry on one side only")
        << QByteArray("{}") << QByteArray(R"({"assets/a1": {"geometry": {"x": 3, "y": 4}}})")
        << QByteArray(R"({"assets/a1": {"geometry": {"x": 3, "y": 4}}})") << QByteArray("[]")
        << QStringList();
    QTest::newRow("add/add the same")
        << QByteArray(R"({"assets/a9": {"kind": "service", "name": "A9", "owner": "t2"}})")
        << QByteArray(R"({"assets/a9": {"kind": "service", "name": "A9", "owner": "t2"}})")
        << QByteArray(R"({"assets/a9": {"kind": "service", "name": "A9", "owner": "t2"}})")
        << QByteArray("[]") << QStringList();
    QTest::newRow("add/add different")
        << QByteArray(R"({"assets/a9": {"kind": "service", "name": "A9", "owner": "t1",
                                         "geometry": {"x": 1, "y": 1}}})")
        << QByteArray(R"({"assets/a9": {"kind": "service", "name": "A9", "owner": "t2",
                                         "description": "new", "geometry": {"x": 2, "y": 2}}})")
        << QByteArray(R"({"assets/a9": {"kind": "service", "name": "A9", "owner": "t1",
                                         "description": "new", "geometry": {"x": 1, "y": 1}}})")
        << QByteArray(R"([{"entity": "asset", "id": "a9", "field": "owner",
                           "base": null, "ours": "t1", "theirs": "t2"}])")
        << QStringList{QStringLiteral("a9")};
    QTest::newRow("ours deletes, theirs modifies")
        << QByteArray(R"({"assets/a2": null, "links/a1>a2>api": null})")
        << QByteArray(R"({"assets/a2": {"name": "Ledger"}})")
        << QByteArray(R"({"assets/a2": null, "links/a1>a2>api": null})")
        << QByteArray(R"([{"entity": "asset", "id": "a2", "field": "*",
             "base": {"kind": "service", "name": "A2", "domain": "d1", "owner": "t1"},
             "ours": null,
             "theirs": {"kind": "service", "name": "Ledger", "domain": "d1", "owner": "t1"}}])")
        << QStringList();
    QTest::newRow("ours modifies, theirs deletes")
        << QByteArray(R"({"assets/a2": {"name": "Ledger"}})")
        << QByteArray(R"({"assets/a2": null, "links/a1>a2>api": null})")
        << QByteArray(R"({"assets/a2": {"name": "Ledger"}, "links/a1>a2>api": null})")
        << QByteArray(R"([{"entity": "asset", "id": "a2", "field": "*",
             "base": {"kind": "service", "name": "A2", "domain": "d1", "owner": "t1"},
             "ours": {"kind": "service", "name": "Ledger", "domain": "d1", "owner": "t1"},
             "theirs": null}])")
        << QStringList();
    QTest::newRow("both delete") << QByteArray(R"({"teams/t3": null})")
                                 << QByteArray(R"({"teams/t3": null})")
                                 << QByteArray(R"({"teams/t3": null})") << QByteArray("[]")
                                 << QStringList();
    QTest::newRow("dangling owner, ours resolves")
        << QByteArray(R"({"teams/t3": null})") << QByteArray(R"({"assets/a1": {"owner": "t3"}})")
        << QByteArray(R"({"teams/t3": null})")
        << QByteArray(R"([{"entity": "asset", "id": "a1", "field": "owner",
                           "base": "t1", "ours": "t1", "theirs": "t3"}])")
        << QStringList();
    QTest::newRow("dangling owner, ours does not resolve")
        << QByteArray(R"({"assets/a1": {"owner": "t3"}})") << QByteArray(R"({"teams/t3": null})")
        << QByteArray(R"({"teams/t3": null, "assets/a1": {"owner": null}})")
        << QByteArray(R"([{"entity": "asset", "id": "a1", "field": "owner",
                           "base": "t1", "ours": "t3", "theirs": "t1"}])")
        << QStringList();
    QTest::newRow("dangling domain owner")
        << QByteArray(R"({"teams/t3": null})") << QByteArray(R"({"domains/d2": {"owner": "t3"}})")
        << QByteArray(R"({"teams/t3": null})")
        << QByteArray(R"([{"entity": "domain", "id": "d2", "field": "owner",
                           "base": null, "ours": null, "theirs": "t3"}])")
        << QStringList();
    QTest::newRow("dangling asset domain")
        << QByteArray(R"({"assets/a2": {"domain": "d2"}})")
        << QByteArray(R"({"domains/d2": null, "assets/p1": {"domain": "d1"}})")
        << QByteArray(R"({"domains/d2": null, "assets/p1": {"domain": "d1"},
                          "assets/a2": {"domain": null}})")
        << QByteArray(R"([{"entity": "asset", "id": "a2", "field": "domain",
                           "base": "d1", "ours": "d2", "theirs": "d1"}])")
        << QStringList();
    QTest::newRow("link whose end was removed")
        << QByteArray(R"({"assets/p1": null})")
        << QByteArray(R"({"links/a2>p1>data": {"label": "reads"}})")
        << QByteArray(R"({"assets/p1": null})")
        << QByteArray(R"([{"entity": "link", "from": "a2", "to": "p1", "kind": "data",
                           "field": "*", "base": null, "ours": null,
                           "theirs": {"label": "reads"}}])")
        << QStringList();
    QTest::newRow("link label conflict")
        << QByteArray(R"({"links/a1>a2>api": {"label": "ours"}})")
        << QByteArray(R"({"links/a1>a2>api": {"label": "theirs"}, "assets/a2": {"name": "X"}})")
        << QByteArray(R"({"links/a1>a2>api": {"label": "ours"}, "assets/a2": {"name": "X"}})")
        << QByteArray(R"([{"entity": "link", "from": "a1", "to": "a2", "kind": "api",
                           "field": "label", "base": null, "ours": "ours", "theirs": "theirs"}])")
        << QStringList();
    QTest::newRow("interaction whose end was removed")
        << QByteArray(R"({"interactions/t1>t3>facilitating": {}})")
        << QByteArray(R"({"teams/t3": null})") << QByteArray(R"({"teams/t3": null})")
        << QByteArray(R"([{"entity": "interaction", "from": "t1", "to": "t3",
                           "mode": "facilitating", "field": "*", "base": null, "ours": {},
                           "theirs": null}])")
        << QStringList();
    QTest::newRow("parent cycle from two re-parentings")
        << QByteArray(R"({"domains/d1": {"parent": "d2"}})")
        << QByteArray(R"({"domains/d2": {"parent": "d1"}})")
        << QByteArray(R"({"domains/d1": {"parent": "d2"}})")
        << QByteArray(R"([{"entity": "domain", "id": "d2", "field": "parent",
                           "base": null, "ours": null, "theirs": "d1"}])")
        << QStringList();
    QTest::newRow("parent cycle through three domains")
        << QByteArray(R"({"domains/d3": {"name": "D3", "parent": "d1"},
                          "domains/d2": {"parent": "d3"}})")
        << QByteArray(R"({"domains/d3": {"name": "D3"}, "domains/d1": {"parent": "d2"}})")
        << QByteArray(R"({"domains/d3": {"name": "D3", "parent": "d1"},
                          "domains/d2": {"parent": "d3"}})")
        << QByteArray(R"([{"entity": "domain", "id": "d1", "field": "parent",
                           "base": null, "ours": null, "theirs": "d2"}])")
        << QStringList();
    QTest::newRow("x- keys each on their own")
        << QByteArray(R"({"assets/a1": {"x-a": "1", "x-c": {"v": 1}}, "map": {"x-m": true}})")
        << QByteArray(R"({"assets/a1": {"x-b": [2], "x-c": {"v": 2}}})")
        << QByteArray(
               R"({"assets/a1": {"x-a": "1", "x-b": [2], "x-c": {"v": 1}}, "map": {"x-m": true}})")
        << QByteArray(R"([{"entity": "asset", "id": "a1", "field": "x-c",
                           "base": null, "ours": {"v": 1}, "theirs": {"v": 2}}])")
        << QStringList();
    QTest::newRow("same id added as a domain and as an asset")
        << QByteArray(R"({"domains/n1": {"name": "N1"}})")
        << QByteArray(R"({"assets/n1": {"kind": "service", "name": "N1"},
                          "links/a1>n1>event": {}})")
        << QByteArray(R"({"domains/n1": {"name": "N1"}})")
        << QByteArray(R"([{"entity": "asset", "id": "n1", "field": "*", "base": null,
                           "ours": null, "theirs": {"kind": "service", "name": "N1"}},
                          {"entity": "link", "from": "a1", "to": "n1", "kind": "event",
                           "field": "*", "base": null, "ours": null, "theirs": {}}])")
        << QStringList();
    QTest::newRow("kind changed on one side, data-product field on the other")
        << QByteArray(R"({"assets/p1": {"contract": "schemas/p1.json"}})")
        << QByteArray(R"({"assets/p1": {"kind": "service", "owner": "t3"}})")
        << QByteArray(R"({"assets/p1": {"contract": "schemas/p1.json", "owner": "t3"}})")
        << QByteArray(R"([{"entity": "asset", "id": "p1", "field": "kind",
                           "base": "data-product", "ours": "data-product", "theirs": "service"}])")
        << QStringList();
    QTest::newRow("kind changed by ours, ports added by theirs")
        << QByteArray(R"({"assets/p1": {"kind": "service"}})")
        << QByteArray(R"({"assets/p1": {"ports": [{"name": "orders", "type": "topic"}]}})")
        << QByteArray(R"({"assets/p1": {"kind": "service"}})")
        << QByteArray(R"([{"entity": "asset", "id": "p1", "field": "ports", "base": null,
                           "ours": null, "theirs": [{"name": "orders", "type": "topic"}]}])")
        << QStringList();
    QTest::newRow("conflicts sorted by entity, key, field")
        << QByteArray(R"({"map": {"name": "Ours"}, "links/a1>a2>api": {"label": "o"},
                          "assets/a2": {"owner": "t2", "name": "O"}, "domains/d2": {"name": "O"}})")
        << QByteArray(R"({"map": {"name": "Theirs"}, "links/a1>a2>api": {"label": "t"},
                          "assets/a2": {"owner": "t3", "name": "T"}, "domains/d2": {"name": "T"}})")
        << QByteArray(R"({"map": {"name": "Ours"}, "links/a1>a2>api": {"label": "o"},
                          "assets/a2": {"owner": "t2", "name": "O"}, "domains/d2": {"name": "O"}})")
        << QByteArray(R"([
             {"entity": "map", "id": "", "field": "name", "base": "M", "ours": "Ours", "theirs": "Theirs"},
             {"entity": "domain", "id": "d2", "field": "name", "base": "D2", "ours": "O", "theirs": "T"},
             {"entity": "asset", "id": "a2", "field": "name", "base": "A2", "ours": "O", "theirs": "T"},
             {"entity": "asset", "id": "a2", "field": "owner", "base": "t1", "ours": "t2", "theirs": "t3"},
             {"entity": "link", "from": "a1", "to": "a2", "kind": "api", "field": "label",
              "base": null, "ours": "o", "theirs": "t"}])")
        << QStringList();
}

void TestMerge::merge()
{
    QFETCH(QByteArray, ours);
    QFETCH(QByteArray, theirs);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, conflicts);
    QFETCH(QStringList, geometryFromOurs);

    const MergeResult result =
        mergeMaps(patched("{}"), patched(ours.constData()), patched(theirs.constData()));
    QVERIFY2(result.internalErrors.isEmpty(), qPrintable(result.internalErrors.join(u'\n')));

    // The merged map is valid: a file readMapJson accepts.
    const QByteArray written = writeMapJson(result.merged);
    QVERIFY(readMapJson(written).map.has_value());

    const QJsonArray expectedConflicts = QJsonDocument::fromJson(conflicts).array();
    QCOMPARE(pretty(conflictsToJson(result.conflicts)), pretty(expectedConflicts));
    const QJsonValue carried = result.merged.info.extensions.value(kConflictsKey);
    if (expectedConflicts.isEmpty())
        QVERIFY(carried.isUndefined());
    else
        QCOMPARE(pretty(carried.toArray()), pretty(expectedConflicts));

    MapData merged = result.merged;
    merged.info.extensions.remove(kConflictsKey);
    QCOMPARE(QString::fromUtf8(writeMapJson(merged)),
             QString::fromUtf8(writeMapJson(patched(expected.constData()))));

    QStringList geometry;
    for (const EntryKey &key : result.geometryFromOurs)
        geometry << key.toDisplayString();
    QCOMPARE(geometry, geometryFromOurs);
}

void TestMerge::earlierConflictsAreDropped()
{
    // A map committed with unresolved conflicts merged again: the old entries
    // describe another merge, so only this merge's conflicts remain.
    MapData ours = patched(R"({"assets/a1": {"owner": "t2"}})");
    ours.info.extensions.insert(
        kConflictsKey, QJsonArray{QJsonObject{{QStringLiteral("entity"), QStringLiteral("asset")},
                                              {QStringLiteral("id"), QStringLiteral("a2")},
                                              {QStringLiteral("field"), QStringLiteral("name")}}});
    const MergeResult clean = mergeMaps(patched("{}"), ours, patched("{}"));
    QCOMPARE(clean.earlierConflictsDropped, 1);
    QVERIFY(clean.conflicts.isEmpty());
    QVERIFY(!clean.merged.info.extensions.contains(kConflictsKey));
    QCOMPARE(clean.merged.assets.value(AssetId(QStringLiteral("a1"))).owner.str(),
             QStringLiteral("t2"));

    const MergeResult conflicting =
        mergeMaps(patched("{}"), ours, patched(R"({"assets/a1": {"owner": "t3"}})"));
    QCOMPARE(conflicting.conflicts.size(), 1);
    QCOMPARE(conflicting.merged.info.extensions.value(kConflictsKey).toArray().size(), 1);
}

void TestMerge::conflictRoundTrip()
{
    const MergeResult result = mergeMaps(
        patched("{}"),
        patched(R"({"assets/a2": null, "links/a1>a2>api": null, "interactions/t1>t2>collaboration":
                          {"x-note": "o"}})"),
        patched(R"({"assets/a2": {"name": "T"}, "interactions/t1>t2>collaboration":
                          {"x-note": "t"}, "map": {"name": "T"}})"));
    QCOMPARE(result.conflicts.size(), 2);
    QVERIFY(!result.conflicts.isEmpty());
    for (const MergeConflict &conflict : result.conflicts) {
        const auto back = MergeConflict::fromJson(conflict.toJson());
        QVERIFY(back.has_value());
        QCOMPARE(back->key, conflict.key);
        QCOMPARE(back->field, conflict.field);
        QCOMPARE(back->toJson(), conflict.toJson());
    }
    QVERIFY(!MergeConflict::fromJson(QJsonObject{{QStringLiteral("entity"), QStringLiteral("x")}}));
}

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
