// The link router (model/layout/linkrouter) and the overview bundles
// (linkbundles), GUI-free: routes of real maps cross no other box, ends sit on
// the borders, touching boxes keep a visible link, the same input gives the
// same routes; the bundles count the links the coupling matrix counts.
#include "analysis/analysis.h"
#include "layout/autolayout.h"
#include "layout/linkbundles.h"
#include "layout/linkrouter.h"
#include "routingmap.h"
#include "samplemaps.h"
#include "json/jsonformat.h"

#include <QFile>
#include <QHash>
#include <QLineF>
#include <QRandomGenerator>
#include <QTest>
#include <limits>

using namespace OrgMap;

namespace {

MapData exampleMap()
{
    QFile file(QStringLiteral(ORGMAP_EXAMPLES) + u"/acme.orgmap.json"_qs);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const JsonReadResult result = readMapJson(file.readAll());
    return result.map ? withLayout(*result.map, LayoutScope::MissingOnly) : MapData{};
}

// The boxes the canvas routes around (assets and teams) and the links between them.
struct Routed
{
    LinkRouter router;
    QList<RouteLink> links;
    QList<QList<QPointF>> paths;
};

Routed routeMap(const MapData &map)
{
    Samples::RoutingInput in = Samples::routingInput(map);
    LinkRouter router(std::move(in.boxes));
    QList<QList<QPointF>> paths = router.route(in.links);
    return {std::move(router), std::move(in.links), std::move(paths)};
}

// How far `p` is from the outline of `r`.
double distanceToBorder(QPointF p, const QRectF &r)
{
    const double dx = std::max({r.left() - p.x(), 0.0, p.x() - r.right()});
    const double dy = std::max({r.top() - p.y(), 0.0, p.y() - r.bottom()});
    if (dx > 0 || dy > 0)
        return std::hypot(dx, dy);
    return std::min({p.x() - r.left(), r.right() - p.x(), p.y() - r.top(), r.bottom() - p.y()});
}

double segmentDistance(QPointF p, const QLineF &s)
{
    const QPointF d = s.p2() - s.p1();
    const double len2 = QPointF::dotProduct(d, d);
    const double t =
        len2 > 0 ? std::clamp(QPointF::dotProduct(p - s.p1(), d) / len2, 0.0, 1.0) : 0.0;
    return QLineF(p, s.p1() + t * d).length();
}

// The least distance between two polylines (0 when they cross).
double polylineDistance(const QList<QPointF> &a, const QList<QPointF> &b)
{
    double best = std::numeric_limits<double>::max();
    for (qsizetype i = 0; i + 1 < a.size(); ++i)
        for (qsizetype j = 0; j + 1 < b.size(); ++j) {
            const QLineF s(a[i], a[i + 1]), t(b[j], b[j + 1]);
            if (s.intersects(t, nullptr) == QLineF::BoundedIntersection)
                return 0;
            best = std::min({best, segmentDistance(s.p1(), t), segmentDistance(s.p2(), t),
                             segmentDistance(t.p1(), s), segmentDistance(t.p2(), s)});
        }
    return best;
}

bool outsideBoth(QPointF p, const QRectF &a, const QRectF &b)
{
    return !a.contains(p) && !b.contains(p);
}

} // namespace

class TestLinkRouter : public QObject
{
    Q_OBJECT

private slots:
    void routesCrossNoOtherBox_data()
    {
        QTest::addColumn<int>("assets"); // 0: the example map
        QTest::newRow("example") << 0;
        QTest::newRow("generated 200") << 200;
        QTest::newRow("generated 1000") << 1000;
    }
    void routesCrossNoOtherBox()
    {
        QFETCH(int, assets);
        const MapData map =
            assets ? withLayout(Samples::generated(assets), LayoutScope::All) : exampleMap();
        QVERIFY(!map.links.isEmpty());
        const Routed r = routeMap(map);
        int straightThrough = 0, routedThrough = 0;
        for (qsizetype i = 0; i < r.links.size(); ++i) {
            const QRectF &a = r.router.boxes()[r.links[i].from];
            const QRectF &b = r.router.boxes()[r.links[i].to];
            straightThrough +=
                r.router.boxesCrossed({a.center(), b.center()}, r.links[i].from, r.links[i].to) > 0;
            routedThrough += r.router.boxesCrossed(r.paths[i], r.links[i].from, r.links[i].to) > 0;
        }
        // The straight lines do cross boxes: the test is not vacuous.
        QVERIFY(straightThrough > 0);
        QCOMPARE(routedThrough, 0);
    }

    void endsLieOnTheBorders()
    {
        const MapData map = exampleMap();
        const Routed r = routeMap(map);
        const double gap = RouterOptions().endGap;
        for (qsizetype i = 0; i < r.links.size(); ++i) {
            const QRectF &a = r.router.boxes()[r.links[i].from];
            const QRectF &b = r.router.boxes()[r.links[i].to];
            QVERIFY(r.paths[i].size() >= 2);
            // Outside the border by at most the gap (less when the line leaves
            // at a slant: the gap is measured along it).
            const double start = distanceToBorder(r.paths[i].first(), a);
            const double end = distanceToBorder(r.paths[i].last(), b);
            QVERIFY2(start > 0 && start <= gap + 0.01,
                     qPrintable(QStringLiteral("link %1 starts at %2,%3, from box %4,%5 %6x%7")
                                    .arg(i)
                                    .arg(r.paths[i].first().x())
                                    .arg(r.paths[i].first().y())
                                    .arg(a.x())
                                    .arg(a.y())
                                    .arg(a.width())
                                    .arg(a.height())));
            QVERIFY2(end > 0 && end <= gap + 0.01, qPrintable(QString::number(i)));
        }
    }

    void deterministic()
    {
        const MapData map = withLayout(Samples::generated(600), LayoutScope::All);
        const Routed first = routeMap(map);
        const Routed second = routeMap(map);
        QCOMPARE(first.paths, second.paths);
    }

    void longLinkAcrossAFieldOfBoxes_data()
    {
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QSizeF>("pitch");
        QTest::newRow("10x10") << 10 << 10 << QSizeF(240, 112);
        QTest::newRow("40x60") << 40 << 60 << QSizeF(240, 112);
        // Gaps narrower than a route needs (twice the clearance) between
        // rows, or columns: the route goes round each run of boxes they join.
        QTest::newRow("10x10, rows 14 apart") << 10 << 10 << QSizeF(240, 78);
        QTest::newRow("10x10, columns 14 apart") << 10 << 10 << QSizeF(206, 112);
        QTest::newRow("30x30, rows 14 apart") << 30 << 30 << QSizeF(240, 78);
        QTest::newRow("30x30, columns 14 apart") << 30 << 30 << QSizeF(206, 112);
    }
    void longLinkAcrossAFieldOfBoxes()
    {
        // A long cross-domain link: from one corner of a field of asset-sized
        // boxes (gaps wide enough for a route) to the opposite one, its
        // straight line through dozens of boxes. The route bends around every
        // one of them and still ends on both borders (the arrowhead at the
        // provider's), however many boxes it passes.
        QFETCH(int, columns);
        QFETCH(int, rows);
        QFETCH(QSizeF, pitch);
        QList<QRectF> boxes;
        for (int y = 0; y < rows; ++y)
            for (int x = 0; x < columns; ++x)
                boxes.append(QRectF(x * pitch.width(), y * pitch.height(), 192, 64));
        const int from = 0, to = int(boxes.size()) - 1;
        const LinkRouter router(boxes);
        const QList<QPointF> path = router.route({{from, to}}).first();
        QVERIFY(router.boxesCrossed({boxes[from].center(), boxes[to].center()}, from, to) >=
                std::min(columns, rows) - 2);
        QCOMPARE(router.boxesCrossed(path, from, to), 0);
        QVERIFY(path.size() > 2);
        const double gap = RouterOptions().endGap;
        QVERIFY(distanceToBorder(path.first(), boxes[from]) <= gap + 0.01);
        QVERIFY(distanceToBorder(path.last(), boxes[to]) <= gap + 0.01);
        QVERIFY(distanceToBorder(path.last(), boxes[to]) > 0);
        // Pulled tight: no longer than going round the field's outline.
        const QRectF field = boxes.first() | boxes.last();
        double length = 0;
        for (qsizetype i = 0; i + 1 < path.size(); ++i)
            length += QLineF(path[i], path[i + 1]).length();
        QVERIFY2(length < field.width() + field.height(), qPrintable(QString::number(length)));
    }

    // Boxes as a user drags them: of every size the canvas routes round,
    // some closer together than a route needs, none overlapping; links
    // between random pairs still pass through none of them.
    void crowdedBoxesOfMixedSizes_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 8; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
    void crowdedBoxesOfMixedSizes()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        const QSizeF sizes[] = {{192, 64}, {208, 64}, {120, 128}, {128, 128}};
        QList<QRectF> boxes;
        for (int y = 0; y < 16; ++y)
            for (int x = 0; x < 16; ++x) {
                const QSizeF s = sizes[rng.bounded(4)];
                boxes.append(
                    QRectF(QPointF(x * 230 + rng.bounded(20), y * 150 + rng.bounded(20)), s));
            }
        QList<RouteLink> links;
        for (int i = 0; i < 300; ++i) {
            const int from = int(rng.bounded(quint32(boxes.size())));
            const int to = int(rng.bounded(quint32(boxes.size())));
            if (from != to)
                links.append({from, to});
        }
        const LinkRouter router(boxes);
        const QList<QList<QPointF>> paths = router.route(links);
        int through = 0;
        QStringList which;
        for (qsizetype i = 0; i < links.size(); ++i)
            if (router.boxesCrossed(paths[i], links[i].from, links[i].to) > 0) {
                ++through;
                which << QStringLiteral("%1->%2").arg(links[i].from).arg(links[i].to);
            }
        QVERIFY2(through == 0, qPrintable(which.join(u", "_qs)));
    }

    // Links joining the same two boxes (either way round) run side by side,
    // never on top of each other: the fan's neighbours stay the parallel gap
    // apart on a straight route, and apart and uncrossed on one that bends
    // round a box between them.
    void parallelLinksKeptApart_data()
    {
        QTest::addColumn<bool>("bent");
        QTest::addColumn<double>("apart");
        QTest::newRow("straight") << false << RouterOptions().parallelGap - 0.01;
        QTest::newRow("round a box") << true << 3.0;
    }
    void parallelLinksKeptApart()
    {
        QFETCH(bool, bent);
        QFETCH(double, apart);
        QList<QRectF> boxes{QRectF(0, 0, 192, 64), QRectF(800, 0, 192, 64)};
        if (bent)
            boxes.append(QRectF(300, -40, 192, 144)); // across the straight line
        const LinkRouter router(boxes);
        const auto paths = router.route({{0, 1}, {1, 0}, {0, 1}});
        for (const QList<QPointF> &p : paths) {
            QCOMPARE(router.boxesCrossed(p, 0, 1), 0);
            QCOMPARE(p.size() > 2, bent);
        }
        for (int i = 0; i < 3; ++i)
            for (int j = i + 1; j < 3; ++j) {
                const double d = polylineDistance(paths[i], paths[j]);
                QVERIFY2(d >= apart,
                         qPrintable(
                             QStringLiteral("links %1 and %2 are %3 apart").arg(i).arg(j).arg(d)));
            }
    }

    void touchingBoxesKeepAVisibleLink_data()
    {
        QTest::addColumn<QRectF>("to");
        const QRectF from(0, 0, 192, 64);
        QTest::newRow("touching right") << from.translated(192, 0);
        QTest::newRow("overlapping") << from.translated(60, 20);
        QTest::newRow("below, 4 apart") << from.translated(0, 68);
        QTest::newRow("same place") << from;
        QTest::newRow("inside") << QRectF(40, 10, 60, 30);
    }
    void touchingBoxesKeepAVisibleLink()
    {
        QFETCH(QRectF, to);
        const QRectF from(0, 0, 192, 64);
        const LinkRouter router({from, to});
        const QList<QPointF> path = router.route({{0, 1}}).first();
        // Some segment runs outside both boxes for more than 10 units.
        double visible = 0;
        for (qsizetype i = 0; i + 1 < path.size(); ++i) {
            const QLineF seg(path[i], path[i + 1]);
            for (int k = 0; k < 20; ++k)
                if (outsideBoth(seg.pointAt((k + 0.5) / 20), from, to))
                    visible += seg.length() / 20;
        }
        QVERIFY2(visible > 10, qPrintable(QString::number(visible)));
        // Its arrow end still meets the target's border.
        QVERIFY(distanceToBorder(path.last(), to) < 4);
    }

    void bundleCountEqualsCouplingLinks_data()
    {
        QTest::addColumn<int>("assets");
        QTest::newRow("example") << 0;
        QTest::newRow("generated 1000") << 1000;
    }
    void bundleCountEqualsCouplingLinks()
    {
        QFETCH(int, assets);
        const MapData map = assets ? Samples::generated(assets) : exampleMap();
        const QList<LinkBundle> bundles = bundlesFromCoupling(analyze(map).coupling);
        // Counted here from the links themselves: both ends in a domain, different ones.
        QHash<QPair<QString, QString>, int> expected;
        int crossing = 0;
        for (const Link &l : map.links) {
            const DomainId &a = map.assets[l.key.from].domain, &b = map.assets[l.key.to].domain;
            if (a.isNull() || b.isNull() || a == b)
                continue;
            ++crossing;
            ++expected[std::minmax(a.str(), b.str())];
        }
        QVERIFY(crossing > 0);
        int total = 0;
        for (const LinkBundle &b : bundles) {
            QVERIFY(b.a.str() < b.b.str());
            QCOMPARE(b.links, expected.value({b.a.str(), b.b.str()}));
            total += b.links;
        }
        QCOMPARE(bundles.size(), expected.size());
        QCOMPARE(total, crossing);
    }

    // The overview's band budget: the heaviest pairs, never a cut through
    // equal pairs; all when they fit; none when the heaviest count alone is
    // over budget (docs/canvas.md, "Bundles").
    void bandThresholdKeepsTheHeaviestAndTiesWhole()
    {
        QCOMPARE(bandThreshold({1, 5, 2, 4, 3}, 3), 3); // 5, 4, 3 drawn
        QCOMPARE(bandThreshold({2, 1, 3, 2, 2}, 2), 3); // the 3; the three 2s do not fit
        QCOMPARE(bandThreshold({2, 2, 2}, 2), 3);       // nothing stands out: none
        QCOMPARE(bandThreshold({16, 1}, 40), 1);        // a sparse map: all
        QCOMPARE(bandThreshold({9, 1, 1}, -1), 1);      // no budget
    }
};

QTEST_GUILESS_MAIN(TestLinkRouter)
#include "tst_linkrouter.moc"
