#include "document/document.h"
#include "guitestutil.h"
#include "mapclipboard.h"

#include <QMimeData>
#include <QTest>
#include <QUndoStack>

using namespace OrgMap;

class TestMapClipboard : public QObject
{
    Q_OBJECT

private slots:
    void fragmentKeepsInnerLinksOnly();
    void roundTripThroughMime();
    void pasteIntoSameMapRestoresReferences();
    void pasteIntoOtherMapDropsUnknownReferences();
    void garbageIsRefused();
};

void TestMapClipboard::fragmentKeepsInnerLinksOnly()
{
    const MapData map = TestUtil::sampleMap();
    const MapData f = MapClipboard::fragmentOf(map, {u"s-orders"_qs, u"dp-customers"_qs});
    QCOMPARE(f.assets.size(), 2);
    QCOMPARE(f.links.size(), 1); // orders -> customers; cart -> orders is cut off
    QVERIFY(
        f.links.contains({AssetId(u"s-orders"_qs), AssetId(u"dp-customers"_qs), LinkKind::Data}));
    // The outside domain and owner are kept aside, not as dangling references.
    QVERIFY(f.assets.value(AssetId(u"s-orders"_qs)).domain.isNull());
    QVERIFY(f.assets.value(AssetId(u"s-orders"_qs)).owner.isNull());
}

void TestMapClipboard::roundTripThroughMime()
{
    const MapData map = TestUtil::sampleMap();
    const MapData f =
        MapClipboard::fragmentOf(map, {u"d-shop"_qs, u"s-cart"_qs, u"t-a"_qs, u"t-b"_qs});
    std::unique_ptr<QMimeData> mime(MapClipboard::createMimeData(f));
    QVERIFY(mime->hasFormat(QLatin1String(MapClipboard::kMimeType)));
    QVERIFY(mime->hasText());
    QVERIFY(MapClipboard::canPaste(mime.get()));
    QString error;
    const std::optional<MapData> back = MapClipboard::fragmentFromMime(mime.get(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, f);
    // Plain text holding a map pastes too (JSON from an editor).
    QMimeData text;
    text.setText(mime->text());
    QVERIFY(MapClipboard::fragmentFromMime(&text));
}

void TestMapClipboard::pasteIntoSameMapRestoresReferences()
{
    Document doc;
    doc.reset(TestUtil::sampleMap());
    const MapData f = MapClipboard::fragmentOf(doc.data(), {u"s-orders"_qs, u"dp-customers"_qs});
    const MapData p = MapClipboard::prepareForPaste(f, doc, MapClipboard::kPasteOffset);
    QCOMPARE(p.assets.size(), 2);
    for (const Asset &a : p.assets) {
        QVERIFY(!doc.data().containsId(a.id.str()));
        QCOMPARE(a.domain, DomainId(u"d-sales"_qs));
        QVERIFY(!a.owner.isNull());
        QVERIFY(!a.extensions.contains(u"x-orgmap-clipboard-domain"_qs));
    }
    QCOMPARE(p.links.size(), 1);
    const Link link = p.links.first();
    QVERIFY(p.assets.contains(link.key.from) && p.assets.contains(link.key.to));
    // Geometry moves by the paste offset.
    const Asset orig = doc.data().assets.value(AssetId(u"s-orders"_qs));
    const Asset copy = p.assets.value(link.key.from);
    QCOMPARE(copy.geometry->x, orig.geometry->x + 30);
    QCOMPARE(copy.geometry->y, orig.geometry->y + 30);
    // One undo step adds it all.
    const int steps = doc.undoStack()->count();
    QVERIFY(doc.addFragment(p, u"Paste"_qs));
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QCOMPARE(doc.data().assets.size(), 6);
}

void TestMapClipboard::pasteIntoOtherMapDropsUnknownReferences()
{
    Document source;
    source.reset(TestUtil::sampleMap());
    const MapData f = MapClipboard::fragmentOf(source.data(), {u"s-cart"_qs, u"s-orders"_qs});
    Document target;
    MapData empty;
    empty.info.name = u"Other"_qs;
    target.reset(empty);
    const MapData p = MapClipboard::prepareForPaste(f, target, {30, 30});
    for (const Asset &a : p.assets) {
        QVERIFY(a.domain.isNull());
        QVERIFY(a.owner.isNull());
        QVERIFY(a.extensions.isEmpty());
    }
    QVERIFY(target.addFragment(p, u"Paste"_qs));
    QCOMPARE(target.data().links.size(), 1);
    // Pasting twice gives fresh ids again.
    const MapData again = MapClipboard::prepareForPaste(f, target, {30, 30});
    for (const Asset &a : again.assets)
        QVERIFY(!target.data().containsId(a.id.str()));
    QVERIFY(target.addFragment(again, u"Paste"_qs));
    QCOMPARE(target.data().assets.size(), 4);
}

void TestMapClipboard::garbageIsRefused()
{
    QMimeData mime;
    mime.setText(u"hello"_qs);
    QVERIFY(!MapClipboard::canPaste(&mime));
    QString error;
    QVERIFY(!MapClipboard::fragmentFromMime(&mime, &error));
    QVERIFY(!error.isEmpty());
    QMimeData broken;
    broken.setData(QLatin1String(MapClipboard::kMimeType), "{\"format\": \"orgmap\"}");
    QVERIFY(!MapClipboard::fragmentFromMime(&broken, &error));
    QVERIFY2(error.contains(u"name"_qs) || error.contains(u"version"_qs), qPrintable(error));
}

QTEST_MAIN(TestMapClipboard)
#include "tst_mapclipboard.moc"
