// What the canvas does on the GUI thread when the document or the insight
// changes (docs/canvas.md, "Live updates"): an insight re-colours the items it
// has, it rebuilds no item and no line geometry; an asset edit with the
// ownership lines on keeps them right; the minimap re-renders at most once a
// second however many changes come.

#include "analysis/insight.h"
#include "document/document.h"
#include "linklayer.h"
#include "mapscene.h"
#include "mapview.h"
#include "minimap.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QUndoStack>

using namespace OrgMap;

namespace {

// Two domains, a team owning three of four services, links inside and across
// the domains; the domains form a cycle, so the insight has findings of
// several rules (cycle, unowned, no domain).
MapData smallMap()
{
    MapData m;
    for (const auto &[id, x] : {std::pair{u"d-a"_qs, 0.0}, std::pair{u"d-b"_qs, 600.0}}) {
        Domain d;
        d.id = DomainId(id);
        d.name = id;
        d.geometry = Geometry::of(QRectF(x, 200, 500, 400));
        m.domains.insert(d.id, d);
    }
    Team t;
    t.id = TeamId(u"t-1"_qs);
    t.name = u"Team"_qs;
    t.geometry = Geometry::at({500, 0});
    m.teams.insert(t.id, t);
    const struct
    {
        const char *id;
        const char *domain;
        double x, y;
        bool owned;
    } assets[] = {{"a1", "d-a", 100, 300, true},
                  {"a2", "d-a", 300, 450, true},
                  {"b1", "d-b", 700, 300, true},
                  {"b2", "d-b", 900, 450, false}};
    for (const auto &spec : assets) {
        Asset a;
        a.id = AssetId(QString::fromLatin1(spec.id));
        a.name = a.id.str();
        a.domain = DomainId(QString::fromLatin1(spec.domain));
        if (spec.owned)
            a.owner = t.id;
        a.geometry = Geometry::at({spec.x, spec.y});
        m.assets.insert(a.id, a);
    }
    for (const auto &[from, to] : {std::pair{"a1", "a2"}, std::pair{"a1", "b1"},
                                   std::pair{"b2", "a2"}, std::pair{"b1", "b2"}}) {
        Link l;
        l.key = {AssetId(QString::fromLatin1(from)), AssetId(QString::fromLatin1(to)),
                 LinkKind::Api};
        m.links.insert(l.key, l);
    }
    return m;
}

LinkLayer *linkLayer(MapScene &scene)
{
    for (QGraphicsItem *item : scene.items())
        if (item->type() == LinkLayer::Type && item->zValue() < 200) // not the pill layer
            return static_cast<LinkLayer *>(item);
    return nullptr;
}

} // namespace

// The view's overview, shown on its own at the Overview dock's usual size.
static std::unique_ptr<Minimap> shownMinimap(MapView &view)
{
    std::unique_ptr<Minimap> minimap(static_cast<Minimap *>(view.createMinimap(nullptr)));
    minimap->resize(240, 160);
    minimap->show();
    return minimap;
}

class TestCanvasUpdates : public QObject
{
    Q_OBJECT

private slots:
    void insightRebuildsNothing()
    {
        Document document;
        document.reset(smallMap());
        MapScene scene(&document);
        scene.setHighlightMode(HighlightMode::Coupling);
        scene.setInsight(computeInsight(document.data(), {}, 1));
        LinkLayer *links = linkLayer(scene);
        QVERIFY(links);
        links->boundingRect(); // the lines as they are now
        const int builds = links->geometryBuilds();
        const QList<QGraphicsItem *> items = scene.items();
        QGraphicsItem *a1 = scene.itemForId(u"a1"_qs);

        // Insights of later generations over the same map, as after edits
        // that changed nothing the canvas shows.
        for (quint64 generation = 2; generation < 5; ++generation) {
            scene.setInsight(computeInsight(document.data(), {}, generation));
            links->boundingRect();
        }
        QCOMPARE(links->geometryBuilds(), builds);
        QCOMPARE(scene.items().size(), items.size());
        QCOMPARE(scene.itemForId(u"a1"_qs), a1);
        // The highlight still follows the insight: a1 -> b1 crosses domains.
        QVERIFY(links->flagsOf({AssetId(u"a1"_qs), AssetId(u"b1"_qs), LinkKind::Api}) &
                LinkLayer::CrossDomain);
    }

    void ownershipLinesFollowAnOwnerChange()
    {
        Document document;
        document.reset(smallMap());
        MapScene scene(&document);
        scene.setShowOwnershipLines(true);
        auto ownershipPixels = [&] {
            // Detail zoom, a small map: antialiased dash-dot lines in the
            // theme's colour; count the pixels on the way from b2 to the team.
            QImage image(1100, 700, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter p(&image);
            scene.render(&p, QRectF(0, 0, 1100, 700), QRectF(0, -50, 1100, 700));
            p.end();
            int n = 0;
            for (int i = 10; i < 90; ++i) { // from b2 (900, 450) towards t-1 (500, 0)
                const QPointF at =
                    QPointF(900, 500) + (QPointF(500, 50) - QPointF(900, 500)) * (i / 100.0);
                const QColor c = image.pixelColor(at.toPoint());
                n += c.red() < 235 && qAbs(c.red() - c.blue()) < 40; // greyish, not white
            }
            return n;
        };
        const int before = ownershipPixels();
        document.setAssetOwner(AssetId(u"b2"_qs), TeamId(u"t-1"_qs));
        const int after = ownershipPixels();
        QVERIFY2(after > before + 10, qPrintable(u"%1 -> %2"_qs.arg(before).arg(after)));
        document.undoStack()->undo();
        QCOMPARE(ownershipPixels(), before);
    }

    void minimapRendersAtMostOncePerInterval()
    {
        Document document;
        document.reset(smallMap());
        MapScene scene(&document);
        MapView view(&scene);
        view.resize(800, 600);
        std::unique_ptr<Minimap> minimap = shownMinimap(view);
        QVERIFY(QTest::qWaitForWindowExposed(minimap.get()));
        QTRY_VERIFY(minimap->renderCount() >= 1);
        QTest::qWait(Minimap::kMinIntervalMs + 100); // settled
        const int settled = minimap->renderCount();

        // A steady stream of changes for 2.5 intervals: a move every 50 ms
        // and an insight after each, as with live analysis during a drag.
        QElapsedTimer clock;
        clock.start();
        double x = 100;
        quint64 generation = 1;
        while (clock.elapsed() < Minimap::kMinIntervalMs * 5 / 2) {
            x += 5;
            document.setGeometries({{u"a1"_qs, Geometry::at({x, 300})}});
            scene.setInsight(computeInsight(document.data(), {}, ++generation));
            QTest::qWait(50);
        }
        const int during = minimap->renderCount() - settled;
        // Not postponed until the stream ends, and never more than once per
        // interval (one more for the first change's short wait).
        QVERIFY2(during >= 1 && during <= 3, qPrintable(QString::number(during)));
        // The last change shows once the stream has stopped: one render,
        // whether a refresh was pending already or this change asks for it.
        document.setGeometries({{u"a1"_qs, Geometry::at({x + 5, 300})}});
        QTRY_COMPARE_WITH_TIMEOUT(minimap->renderCount(), settled + during + 1,
                                  Minimap::kMinIntervalMs + 500);
        QTest::qWait(Minimap::kMinIntervalMs + 100);
        QCOMPARE(minimap->renderCount(), settled + during + 1); // and then nothing
    }

    // An empty map's overview is empty: it once drew the legend, large and
    // cut ("Leg"), beside the welcome card.
    void emptyMapOverviewShowsNothing()
    {
        Document document;
        MapScene scene(&document);
        scene.setShowLegend(true);
        MapView view(&scene);
        view.resize(800, 600);
        std::unique_ptr<Minimap> minimap = shownMinimap(view);
        QVERIFY(QTest::qWaitForWindowExposed(minimap.get()));
        QTRY_VERIFY(minimap->renderCount() >= 1);
        const QImage shown = minimap->grab().toImage();
        int dark = 0;
        for (int y = 0; y < shown.height(); ++y)
            for (int x = 0; x < shown.width(); ++x)
                dark += qGray(shown.pixel(x, y)) < 80;
        QCOMPARE(dark, 0);
        QVERIFY(scene.contentRect().isEmpty());
    }
};

QTEST_MAIN(TestCanvasUpdates)
#include "tst_canvasupdates.moc"
