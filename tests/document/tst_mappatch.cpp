// MapPatch::between: the patch from one whole map to another, applied through
// the document as one undoable step.
#include "document/document.h"
#include "document/mappatch.h"

#include <QTest>
#include <QUndoStack>
#include <functional>

using namespace OrgMap;

namespace {

Asset asset(const QString &id, AssetKind kind, const QString &domain, const QString &owner)
{
    Asset a;
    a.id = AssetId(id);
    a.kind = kind;
    a.name = id.toUpper();
    a.domain = DomainId(domain);
    a.owner = TeamId(owner);
    a.geometry = Geometry{10, 20, 0, 0, {}};
    return a;
}

MapData base()
{
    MapData m;
    m.info.name = u"Base"_qs;
    m.domains.insert(DomainId(u"d-sales"_qs), {DomainId(u"d-sales"_qs),
                                               u"Sales"_qs,
                                               {},
                                               TeamId(u"t-a"_qs),
                                               {},
                                               {},
                                               Geometry{0, 0, 400, 300, {}},
                                               {}});
    m.teams.insert(TeamId(u"t-a"_qs),
                   {TeamId(u"t-a"_qs), u"Team A"_qs, TeamType::StreamAligned, {}, {}, {}});
    m.teams.insert(TeamId(u"t-b"_qs),
                   {TeamId(u"t-b"_qs), u"Team B"_qs, TeamType::Platform, {}, {}, {}});
    for (const Asset &a : {asset(u"s-orders"_qs, AssetKind::Service, u"d-sales"_qs, u"t-a"_qs),
                           asset(u"s-cart"_qs, AssetKind::Service, u"d-sales"_qs, u"t-b"_qs),
                           asset(u"dp-x"_qs, AssetKind::DataProduct, {}, u"t-b"_qs)})
        m.assets.insert(a.id, a);
    Link l{{AssetId(u"s-orders"_qs), AssetId(u"dp-x"_qs), LinkKind::Data}, {}, {}};
    m.links.insert(l.key, l);
    Interaction i{{TeamId(u"t-a"_qs), TeamId(u"t-b"_qs), InteractionMode::XAsAService}, {}};
    m.interactions.insert(i.key, i);
    return m;
}

using Edit = std::function<void(MapData &)>;

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestMapPatch : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void equalMapsGiveNoStep();
    void limitStopsTheComparison();
};

void TestMapPatch::roundTrip_data()
{
    QTest::addColumn<Edit>("beforeEdit");
    QTest::addColumn<Edit>("afterEdit");
    QTest::addColumn<int>("changes"); // keys the patch must touch
    const Edit none = [](MapData &) {};
    QTest::newRow("empty to full")
        << Edit([](MapData &m) { m = MapData{}; }) << none << 1 + 1 + 2 + 3 + 1 + 1;
    QTest::newRow("full to empty")
        << none << Edit([](MapData &m) { m = MapData{}; }) << 1 + 1 + 2 + 3 + 1 + 1;
    QTest::newRow("one asset renamed")
        << none << Edit([](MapData &m) { m.assets[AssetId(u"s-cart"_qs)].name = u"Basket"_qs; })
        << 1;
    QTest::newRow("add, remove and change at once") << none << Edit([](MapData &m) {
        m.assets.remove(AssetId(u"s-cart"_qs));
        const Asset a = asset(u"s-new"_qs, AssetKind::Service, u"d-sales"_qs, {});
        m.assets.insert(a.id, a);
        m.teams[TeamId(u"t-b"_qs)].type = TeamType::Enabling;
        m.links.clear();
    }) << 3 + 1;
    QTest::newRow("geometry only") << none << Edit([](MapData &m) {
        m.domains[DomainId(u"d-sales"_qs)].geometry = Geometry{5, 5, 500, 300, {}};
    }) << 1;
}

void TestMapPatch::roundTrip()
{
    QFETCH(Edit, beforeEdit);
    QFETCH(Edit, afterEdit);
    QFETCH(int, changes);
    MapData before = base();
    beforeEdit(before);
    MapData after = base();
    afterEdit(after);

    const MapPatch patch = MapPatch::between(before, after);
    const int touched = (patch.info ? 1 : 0) + patch.domains.size() + patch.teams.size() +
                        patch.assets.size() + patch.links.size() + patch.interactions.size();
    QCOMPARE(touched, changes);

    // Applied directly: forward gives after, backward gives before again.
    MapData data = before;
    patch.apply(data, MapPatch::Direction::Forward);
    QVERIFY(data == after);
    patch.apply(data, MapPatch::Direction::Backward);
    QVERIFY(data == before);

    // Through the document: one step, undo and redo.
    Document doc;
    doc.reset(before);
    QVERIFY(doc.replaceContent(after, u"Import"_qs));
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(doc.data() == after);
    doc.undoStack()->undo();
    QVERIFY(doc.data() == before);
    doc.undoStack()->redo();
    QVERIFY(doc.data() == after);
}

void TestMapPatch::equalMapsGiveNoStep()
{
    QVERIFY(MapPatch::between(base(), base()).isEmpty());
    Document doc;
    doc.reset(base());
    QVERIFY(!doc.replaceContent(base(), u"Import"_qs));
    QCOMPARE(doc.undoStack()->count(), 0);
}

// With a limit, the comparison stops once more keys differ than that (a
// switch between unrelated scenarios only needs to know "too many"); below
// it the patch is the whole one.
void TestMapPatch::limitStopsTheComparison()
{
    const MapData empty;
    const MapData full = base(); // 1 info + 1 domain + 2 teams + 3 assets + 1 link + 1 interaction
    const MapPatch whole = MapPatch::between(empty, full);
    QCOMPARE(whole.size(), 9);
    QCOMPARE(MapPatch::between(empty, full, 9).size(), 9);
    QCOMPARE(MapPatch::between(empty, full, 100).size(), 9);
    for (const qsizetype limit : {0, 1, 3, 8}) {
        const MapPatch cut = MapPatch::between(empty, full, limit);
        QCOMPARE(cut.size(), limit + 1); // stopped at the first key past the limit
        QVERIFY(cut.size() > limit);
    }
    // Equal maps stay empty whatever the limit.
    QVERIFY(MapPatch::between(full, base(), 0).isEmpty());
}

QTEST_GUILESS_MAIN(TestMapPatch)
#include "tst_mappatch.moc"
