#include "document/document.h"
#include "json/jsonformat.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <functional>

using namespace OrgMap;

namespace {

// A small map: two domains (one nested), two teams, three assets, links.
MapData sampleMap()
{
    MapData m;
    m.info.name = QStringLiteral("Sample");
    m.domains.insert(DomainId(u"d-sales"_qs), {DomainId(u"d-sales"_qs),
                                               u"Sales"_qs,
                                               {},
                                               TeamId(u"t-a"_qs),
                                               {},
                                               u"#336699"_qs,
                                               Geometry{0, 0, 400, 300, {}},
                                               {}});
    m.domains.insert(
        DomainId(u"d-shop"_qs),
        {DomainId(u"d-shop"_qs), u"Shop"_qs, DomainId(u"d-sales"_qs), {}, {}, {}, {}, {}});
    m.teams.insert(TeamId(u"t-a"_qs),
                   {TeamId(u"t-a"_qs), u"Team A"_qs, TeamType::StreamAligned, {}, {}, {}});
    m.teams.insert(TeamId(u"t-b"_qs),
                   {TeamId(u"t-b"_qs), u"Team B"_qs, TeamType::Platform, {}, {}, {}});
    auto asset = [&](const char16_t *id, AssetKind kind, const char16_t *domain,
                     const char16_t *owner) {
        Asset a;
        a.id = AssetId(QString::fromUtf16(id));
        a.kind = kind;
        a.name = a.id.str().toUpper();
        a.domain = DomainId(QString::fromUtf16(domain));
        a.owner = TeamId(QString::fromUtf16(owner));
        a.geometry = Geometry{10, 20, 0, 0, {}};
        m.assets.insert(a.id, a);
    };
    asset(u"s-orders", AssetKind::Service, u"d-sales", u"t-a");
    asset(u"s-cart", AssetKind::Service, u"d-shop", u"t-b");
    asset(u"dp-customers", AssetKind::DataProduct, u"d-sales", u"t-b");
    auto link = [&](const char16_t *from, const char16_t *to, LinkKind kind) {
        Link l{{AssetId(QString::fromUtf16(from)), AssetId(QString::fromUtf16(to)), kind}, {}, {}};
        m.links.insert(l.key, l);
    };
    link(u"s-orders", u"dp-customers", LinkKind::Data);
    link(u"s-cart", u"s-orders", LinkKind::Api);
    Interaction i{{TeamId(u"t-a"_qs), TeamId(u"t-b"_qs), InteractionMode::XAsAService}, {}};
    m.interactions.insert(i.key, i);
    return m;
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void undoRedoRoundTrip_data();
    void undoRedoRoundTrip();
    void removingTeamClearsOwnershipInOneStep();
    void removingDomainUnplacesAssetsAndReparentsSubdomains();
    void refusesInvalidEdits();
    void refusedEditSaysWhatTheFileSays_data();
    void refusedEditSaysWhatTheFileSays();
    void typingMergesAndReturningIsObsolete();
    void emitsTypedChanges();
    void markModifiedOutlastsUndo();
};

void TestDocument::undoRedoRoundTrip_data()
{
    QTest::addColumn<std::function<bool(Document &)>>("edit");
    using Edit = std::function<bool(Document &)>;
    QTest::newRow("add domain") << Edit([](Document &d) {
        return d.addDomain(
            {DomainId(u"d-new"_qs), u"New"_qs, DomainId(u"d-sales"_qs), {}, {}, {}, {}, {}});
    });
    QTest::newRow("add team") << Edit([](Document &d) {
        return d.addTeam({TeamId(u"t-new"_qs), u"New team"_qs, TeamType::Enabling, {}, {}, {}});
    });
    QTest::newRow("add asset") << Edit([](Document &d) {
        Asset a;
        a.id = AssetId(u"s-new"_qs);
        a.name = u"New"_qs;
        return d.addAsset(a);
    });
    QTest::newRow("remove asset") << Edit([](Document &d) {
        d.remove({u"s-orders"_qs});
        return !d.data().assets.contains(AssetId(u"s-orders"_qs)) && d.data().links.isEmpty();
    });
    QTest::newRow("remove team") << Edit([](Document &d) {
        d.remove({u"t-a"_qs});
        return true;
    });
    QTest::newRow("remove domain") << Edit([](Document &d) {
        d.remove({u"d-sales"_qs});
        return true;
    });
    QTest::newRow("rename") << Edit(
        [](Document &d) { return d.rename(u"s-cart"_qs, u"Basket"_qs); });
    QTest::newRow("change owner") << Edit(
        [](Document &d) { return d.setAssetOwner(AssetId(u"s-cart"_qs), TeamId(u"t-a"_qs)); });
    QTest::newRow("change domain") << Edit([](Document &d) {
        return d.setAssetDomain(AssetId(u"s-cart"_qs), DomainId(u"d-sales"_qs));
    });
    QTest::newRow("change field") << Edit([](Document &d) {
        Asset a = d.data().assets.value(AssetId(u"dp-customers"_qs));
        a.classification = Classification::Confidential;
        a.tags = {u"pii"_qs};
        return d.changeAsset(a);
    });
    QTest::newRow("move") << Edit([](Document &d) {
        return d.setGeometries(
            {{u"s-cart"_qs, Geometry{50, 60, 0, 0, {}}}, {u"t-a"_qs, Geometry{1, 2, 0, 0, {}}}});
    });
    QTest::newRow("resize") << Edit([](Document &d) {
        return d.resizeDomain(DomainId(u"d-sales"_qs), QRectF(0, 0, 500, 500));
    });
    QTest::newRow("connect") << Edit([](Document &d) {
        return d.addLink(
            {{AssetId(u"s-orders"_qs), AssetId(u"s-cart"_qs), LinkKind::Event}, {}, {}});
    });
    QTest::newRow("disconnect") << Edit([](Document &d) {
        d.remove({}, {{AssetId(u"s-cart"_qs), AssetId(u"s-orders"_qs), LinkKind::Api}});
        return d.data().links.size() == 1;
    });
    QTest::newRow("add interaction") << Edit([](Document &d) {
        return d.addInteraction(
            {{TeamId(u"t-b"_qs), TeamId(u"t-a"_qs), InteractionMode::Facilitating}, {}});
    });
    QTest::newRow("map info") << Edit([](Document &d) {
        return d.changeInfo({u"Renamed"_qs, u"About"_qs, {}});
    });
}

void TestDocument::undoRedoRoundTrip()
{
    QFETCH(std::function<bool(Document &)>, edit);
    Document doc;
    doc.reset(sampleMap());
    const MapData before = doc.data();
    QVERIFY(edit(doc));
    const MapData after = doc.data();
    QVERIFY(!(after == before));
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(doc.isModified());
    doc.undoStack()->undo();
    QVERIFY(doc.data() == before);
    QVERIFY(!doc.isModified());
    doc.undoStack()->redo();
    QVERIFY(doc.data() == after);
}

void TestDocument::removingTeamClearsOwnershipInOneStep()
{
    Document doc;
    doc.reset(sampleMap());
    doc.remove({u"t-a"_qs});
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(doc.data().assets.value(AssetId(u"s-orders"_qs)).owner.isNull());
    QVERIFY(doc.data().domains.value(DomainId(u"d-sales"_qs)).owner.isNull());
    QVERIFY(doc.data().interactions.isEmpty());
    QCOMPARE(doc.data().assets.value(AssetId(u"s-cart"_qs)).owner, TeamId(u"t-b"_qs));
}

void TestDocument::removingDomainUnplacesAssetsAndReparentsSubdomains()
{
    Document doc;
    doc.reset(sampleMap());
    doc.remove({u"d-sales"_qs, u"s-orders"_qs});
    QVERIFY(doc.data().assets.value(AssetId(u"dp-customers"_qs)).domain.isNull());
    QVERIFY(doc.data().domains.value(DomainId(u"d-shop"_qs)).parent.isNull());
    QVERIFY(doc.data().links.isEmpty()); // both links touched s-orders
    QCOMPARE(doc.undoStack()->undoText(), u"Delete 2 item(s)"_qs);
}

void TestDocument::refusesInvalidEdits()
{
    Document doc;
    doc.reset(sampleMap());
    const MapData before = doc.data();
    QVERIFY(!doc.setAssetOwner(AssetId(u"s-cart"_qs), TeamId(u"d-sales"_qs))); // a domain
    QVERIFY(!doc.setAssetDomain(AssetId(u"s-cart"_qs), DomainId(u"nowhere"_qs)));
    QVERIFY(!doc.setDomainParent(DomainId(u"d-sales"_qs), DomainId(u"d-shop"_qs))); // cycle
    QVERIFY(!doc.rename(u"s-cart"_qs, QString()));
    QVERIFY(!doc.addLink({{AssetId(u"s-cart"_qs), AssetId(u"s-cart"_qs), LinkKind::Api}, {}, {}}));
    QVERIFY(
        !doc.addLink({{AssetId(u"s-cart"_qs), AssetId(u"s-orders"_qs), LinkKind::Api}, {}, {}}));
    Asset service = doc.data().assets.value(AssetId(u"s-cart"_qs));
    service.contract = u"schema.json"_qs;
    QVERIFY(!doc.changeAsset(service));
    Team clash{TeamId(u"s-cart"_qs), u"Clash"_qs, TeamType::None, {}, {}, {}};
    QVERIFY(!doc.addTeam(clash));
    QVERIFY(doc.data() == before);
    QCOMPARE(doc.undoStack()->count(), 0);
}

// An edit the document refuses and a file holding the same change that the
// reader refuses give one reason; the edit names the field instead of a
// JSON pointer.
void TestDocument::refusedEditSaysWhatTheFileSays_data()
{
    // Breaks `map` and returns the document's check of the broken object.
    using Break = std::function<QString(const Document &, MapData &)>;
    QTest::addColumn<Break>("breakMap");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("editMessage");
    auto asset = [](const char16_t *id, std::function<void(Asset &)> change) {
        return Break([=](const Document &doc, MapData &map) {
            Asset &a = map.assets[AssetId(QString::fromUtf16(id))];
            change(a);
            return doc.checkAsset(a, map);
        });
    };
    auto domain = [](const char16_t *id, std::function<void(Domain &)> change) {
        return Break([=](const Document &doc, MapData &map) {
            Domain &d = map.domains[DomainId(QString::fromUtf16(id))];
            change(d);
            return doc.checkDomain(d, map);
        });
    };
    QTest::newRow("owner is a domain")
        << asset(u"s-cart", [](Asset &a) { a.owner = TeamId(u"d-sales"_qs); })
        << u"/assets/1/owner"_qs << u"Owner: \"d-sales\" is a domain, not a team"_qs;
    QTest::newRow("unknown domain")
        << asset(u"s-cart", [](Asset &a) { a.domain = DomainId(u"nowhere"_qs); })
        << u"/assets/1/domain"_qs << u"Domain: unknown domain \"nowhere\""_qs;
    QTest::newRow("empty name") << asset(u"s-cart", [](Asset &a) { a.name.clear(); })
                                << u"/assets/1/name"_qs << u"Name: must not be empty"_qs;
    QTest::newRow("unknown owner")
        << asset(u"s-cart", [](Asset &a) { a.owner = TeamId(u"t-gone"_qs); })
        << u"/assets/1/owner"_qs << u"Owner: unknown team \"t-gone\""_qs;
    QTest::newRow("position out of range")
        << asset(u"s-cart", [](Asset &a) { a.geometry->x = 1e12; }) << u"/assets/1/geometry/x"_qs
        << u"Position x: 1e+12 is out of range (at most 1e+09 either way)"_qs;
    QTest::newRow("parent cycle")
        << domain(u"d-sales", [](Domain &d) { d.parent = DomainId(u"d-shop"_qs); })
        << u"/domains/0/parent"_qs
        << u"Parent: cycle in domain parents: d-sales -> d-shop -> d-sales"_qs;
    QTest::newRow("own parent") << domain(u"d-shop", [](Domain &d) { d.parent = d.id; })
                                << u"/domains/1/parent"_qs
                                << u"Parent: a domain cannot be its own parent"_qs;
    QTest::newRow("colour") << domain(u"d-sales", [](Domain &d) { d.color = u"blue"_qs; })
                            << u"/domains/0/color"_qs
                            << u"Colour: invalid colour \"blue\": use the form #rrggbb"_qs;
    QTest::newRow("zero width") << domain(u"d-sales", [](Domain &d) { d.geometry->w = 0; })
                                << u"/domains/0/geometry/w"_qs
                                << u"Width: must be greater than 0, not 0"_qs;
}

void TestDocument::refusedEditSaysWhatTheFileSays()
{
    QFETCH(std::function<QString(const Document &, MapData &)>, breakMap);
    QFETCH(QString, pointer);
    QFETCH(QString, editMessage);
    Document doc;
    doc.reset(sampleMap());
    MapData broken = doc.data();
    const QString edit = breakMap(doc, broken);
    QCOMPARE(edit, editMessage);

    const JsonReadResult read = readMapJson(writeMapJson(broken));
    QVERIFY(!read.map);
    QCOMPARE(read.errors.size(), 1);
    QCOMPARE(read.errors.first().pointer, pointer);
    // The same words after the location.
    QVERIFY2(edit.endsWith(u": "_qs + read.errors.first().message),
             qPrintable(read.errors.first().toString()));
}

void TestDocument::typingMergesAndReturningIsObsolete()
{
    Document doc;
    doc.reset(sampleMap());
    Asset a = doc.data().assets.value(AssetId(u"s-cart"_qs));
    const QString original = a.description;
    for (const QString &text : {u"A"_qs, u"AB"_qs, u"ABC"_qs}) {
        a.description = text;
        QVERIFY(doc.changeAsset(a, u"Edit description"_qs, u"s-cart/description"_qs));
    }
    QCOMPARE(doc.undoStack()->count(), 1);
    a.description = original;
    QVERIFY(doc.changeAsset(a, u"Edit description"_qs, u"s-cart/description"_qs));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(doc.data() == sampleMap());
}

void TestDocument::emitsTypedChanges()
{
    Document doc;
    doc.reset(sampleMap());
    QSignalSpy spy(&doc, &Document::changed);
    doc.remove({u"s-orders"_qs});
    QCOMPARE(spy.count(), 1);
    const auto change = spy.at(0).at(0).value<DocumentChange>();
    QCOMPARE(change.assets.removed, QList<AssetId>{AssetId(u"s-orders"_qs)});
    QCOMPARE(change.links.removed.size(), 2);
    doc.undoStack()->undo();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).value<DocumentChange>().assets.added.size(), 1);
}

// A map restored from a recovery copy is modified with an empty history:
// undoing an edit made after it does not make it "saved" (docs/recovery.md).
void TestDocument::markModifiedOutlastsUndo()
{
    Document doc;
    doc.reset(sampleMap());
    QSignalSpy modified(&doc, &Document::modifiedChanged);
    doc.markModified();
    QVERIFY(doc.isModified());
    QCOMPARE(modified.size(), 1);
    QCOMPARE(modified.at(0).at(0).toBool(), true);
    QVERIFY(doc.rename(u"s-cart"_qs, u"Cart"_qs));
    doc.undoStack()->undo();
    QVERIFY(doc.isModified());
    QVERIFY(modified.isEmpty() || modified.last().at(0).toBool());
    doc.markSaved();
    QVERIFY(!doc.isModified());
    QCOMPARE(modified.last().at(0).toBool(), false);
    doc.markModified();
    doc.reset(sampleMap());
    QVERIFY(!doc.isModified());
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
