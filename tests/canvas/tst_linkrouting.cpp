// The links as the canvas paints them (LinkLayer over the router's output):
// on the example map no link passes through another node, ownership lines end
// on the asset's and the team's borders, links between touching nodes stay
// visible, and the overview's bundles count the coupling matrix's links.
#include "analysis/insight.h"
#include "document/document.h"
#include "layout/autolayout.h"
#include "linklayer.h"
#include "mapitems.h"
#include "mapscene.h"
#include "json/jsonformat.h"

#include <QFile>
#include <QTest>
#include <map>

using namespace OrgMap;

namespace {

LinkLayer *linkLayer(MapScene &scene)
{
    for (QGraphicsItem *item : scene.items())
        if (item->type() == LinkLayer::Type && item->zValue() < 200) // not the pill layer
            return static_cast<LinkLayer *>(item);
    return nullptr;
}

NodeItem *node(MapScene &scene, const QString &id)
{
    return static_cast<NodeItem *>(scene.itemForId(id));
}

// Whether the polyline enters `r` (sampled every unit: independent of the router's maths).
bool enters(const QList<QPointF> &path, const QRectF &r)
{
    const QRectF inside = r.adjusted(1, 1, -1, -1);
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        const QLineF seg(path[i], path[i + 1]);
        const int steps = std::max(1, int(seg.length()));
        for (int k = 0; k <= steps; ++k)
            if (inside.contains(seg.pointAt(double(k) / steps)))
                return true;
    }
    return false;
}

double distanceToBorder(QPointF p, const QRectF &r)
{
    const double dx = std::max({r.left() - p.x(), 0.0, p.x() - r.right()});
    const double dy = std::max({r.top() - p.y(), 0.0, p.y() - r.bottom()});
    if (dx > 0 || dy > 0)
        return std::hypot(dx, dy);
    return -std::min({p.x() - r.left(), r.right() - p.x(), p.y() - r.top(), r.bottom() - p.y()});
}

} // namespace

class TestLinkRouting : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QFile file(QStringLiteral(ORGMAP_EXAMPLES) + u"/acme.orgmap.json"_qs);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const JsonReadResult result = readMapJson(file.readAll());
        QVERIFY(result.map);
        m_document = std::make_unique<Document>();
        m_document->reset(withLayout(*result.map, LayoutScope::MissingOnly));
        m_scene = std::make_unique<MapScene>(m_document.get());
        m_scene->setShowOwnershipLines(true);
        m_scene->setInsight(computeInsight(m_document->data(), {}, 1));
        m_scene->waitForRoutes();
    }
    void cleanup()
    {
        m_scene.reset();
        m_document.reset();
    }

    void paintedLinksPassThroughNoNode()
    {
        LinkLayer *layer = linkLayer(*m_scene);
        QVERIFY(layer);
        QVERIFY(layer->routesReady());
        const MapData &data = m_document->data();
        int through = 0, bent = 0;
        for (const Link &l : data.links) {
            const QList<QPointF> path = layer->linkPath(l.key);
            QVERIFY(path.size() >= 2);
            bent += path.size() > 2;
            for (QGraphicsItem *item : m_scene->items()) {
                if (item->type() != NodeItem::Type)
                    continue;
                const auto *n = static_cast<NodeItem *>(item);
                if (n->id() != l.key.from.str() && n->id() != l.key.to.str() &&
                    enters(path, n->sceneBodyRect()))
                    ++through;
            }
            // The arrow's tip is at the provider's border.
            QVERIFY(std::abs(distanceToBorder(
                        path.last(), node(*m_scene, l.key.to.str())->sceneBodyRect())) <= 3.01);
        }
        QVERIFY(bent > 0); // the example needs detours: the test is not vacuous
        QCOMPARE(through, 0);
    }

    void ownershipLinesEndOnTheirNodes()
    {
        LinkLayer *layer = linkLayer(*m_scene);
        const QList<QList<QPointF>> paths = layer->ownershipPaths();
        QList<QPair<QRectF, QRectF>> ends; // in the scene's order: assets by id
        for (const Asset &a : m_document->data().assets)
            if (!a.owner.isNull())
                ends.append({node(*m_scene, a.id.str())->sceneBodyRect(),
                             node(*m_scene, a.owner.str())->sceneBodyRect()});
        QCOMPARE(paths.size(), ends.size());
        QVERIFY(!paths.isEmpty());
        for (qsizetype i = 0; i < paths.size(); ++i) {
            const double start = distanceToBorder(paths[i].first(), ends[i].first);
            const double end = distanceToBorder(paths[i].last(), ends[i].second);
            QVERIFY2(start > 0 && start <= 3.01, qPrintable(QString::number(start)));
            QVERIFY2(end > 0 && end <= 3.01, qPrintable(QString::number(end)));
        }
    }

    void bundlesCountTheCouplingLinks()
    {
        LinkLayer *layer = linkLayer(*m_scene);
        int crossing = 0;
        const MapData &data = m_document->data();
        for (const Link &l : data.links) {
            const DomainId &a = data.assets[l.key.from].domain, &b = data.assets[l.key.to].domain;
            crossing += !a.isNull() && !b.isNull() && a != b;
        }
        int total = 0;
        for (const LinkBundle &b : layer->bundles())
            total += b.links;
        QVERIFY(crossing > 0);
        QCOMPARE(total, crossing);
        // Every bundle is drawn as a band.
        QCOMPARE(layer->bands().size(), layer->bundles().size());
    }

    // A scenario switch (or any change) routes only the links it touched: a
    // new link, the links of a node that moved; the other routes are kept,
    // and they are the routes a fresh scene of the target makes.
    void aSwitchRoutesOnlyTheChangedLinks_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("one link added") << u"add"_qs;
        QTest::newRow("one link removed") << u"remove"_qs;
        QTest::newRow("one asset moved") << u"move"_qs;
    }
    void aSwitchRoutesOnlyTheChangedLinks()
    {
        QFETCH(QString, change);
        const MapData asIs = m_document->data();
        MapData target = asIs;
        qsizetype expected = 0;
        const auto samePair = [](const LinkKey &a, const LinkKey &b) {
            return (a.from == b.from && a.to == b.to) || (a.from == b.to && a.to == b.from);
        };
        const auto fanOf = [&](const LinkKey &key) {
            return std::count_if(target.links.cbegin(), target.links.cend(),
                                 [&](const Link &l) { return samePair(l.key, key); });
        };
        if (change == u"add"_qs) {
            // Two assets with no link between them: the new link is a fan of its own.
            const QList<AssetId> ids = asIs.assets.keys();
            Link l;
            for (qsizetype i = 1; i < ids.size() && l.key.from.isNull(); ++i) {
                const LinkKey key{ids[0], ids[i], LinkKind::Event};
                if (fanOf(key) == 0)
                    l.key = key;
            }
            QVERIFY(!l.key.from.isNull());
            target.links.insert(l.key, l);
            expected = 1;
        } else if (change == u"remove"_qs) {
            const auto it = std::find_if(target.links.cbegin(), target.links.cend(),
                                         [&](const Link &l) { return fanOf(l.key) == 1; });
            QVERIFY(it != target.links.cend());
            target.links.remove(it->key);
            expected = 0;
        } else {
            Asset &a = *target.assets.begin();
            a.geometry->x += 7; // a small nudge: inside its domain, clear of its neighbours
            expected =
                std::count_if(target.links.cbegin(), target.links.cend(), [&](const Link &l) {
                    return l.key.from == a.id || l.key.to == a.id;
                });
            QVERIFY(expected > 0);
        }
        m_document->reset({{u"As-is"_qs, asIs}, {u"Target"_qs, target}});
        m_scene->waitForRoutes();
        LinkLayer *layer = linkLayer(*m_scene);
        const qsizetype before = layer->routedLinks();
        QVERIFY(before >= asIs.links.size());

        QHash<QString, QRectF> boxes;
        for (const Asset &a : asIs.assets)
            boxes.insert(a.id.str(), node(*m_scene, a.id.str())->sceneBodyRect());
        m_document->setCurrentScenario(1);
        m_scene->waitForRoutes();
        QVERIFY(layer->routesReady());
        if (change == u"move"_qs) {
            // The links of every node whose box moved (the nudged asset's, and
            // any its domain pushed aside), and those only.
            expected =
                std::count_if(target.links.cbegin(), target.links.cend(), [&](const Link &l) {
                    return boxes.value(l.key.from.str()) !=
                               node(*m_scene, l.key.from.str())->sceneBodyRect() ||
                           boxes.value(l.key.to.str()) !=
                               node(*m_scene, l.key.to.str())->sceneBodyRect();
                });
            QVERIFY(expected > 0 && expected < target.links.size() / 4);
            // A moved node may be routed twice (a job for its first place in
            // the patch, one for where it settles): still only its links.
            QVERIFY2(layer->routedLinks() - before >= expected &&
                         layer->routedLinks() - before <= 2 * expected,
                     qPrintable(QString::number(layer->routedLinks() - before)));
            return;
        }
        QCOMPARE(layer->routedLinks() - before, expected);
        // Back to the as-is map: its routes were kept, nothing is routed.
        m_document->setCurrentScenario(0);
        m_scene->waitForRoutes();
        QCOMPARE(layer->routedLinks() - before, expected);

        m_document->setCurrentScenario(1);
        m_scene->waitForRoutes();
        Document fresh;
        fresh.reset(target);
        MapScene freshScene(&fresh);
        freshScene.waitForRoutes();
        for (const Link &l : target.links)
            QCOMPARE(layer->linkPath(l.key), linkLayer(freshScene)->linkPath(l.key));
    }

    void aBoxMovedOntoAKeptRouteIsAvoided()
    {
        // An asset dropped onto the path of a link it is not part of: the
        // link's ends stay where they were, so only the box that arrived can
        // tell the link's kept route to go round it.
        LinkLayer *layer = linkLayer(*m_scene);
        const MapData &data = m_document->data();
        LinkKey key;
        QPointF spot;
        double longest = 0;
        for (const Link &l : data.links) {
            const QList<QPointF> path = layer->linkPath(l.key);
            for (qsizetype i = 1; i < path.size(); ++i)
                if (const double length = QLineF(path[i - 1], path[i]).length(); length > longest) {
                    longest = length;
                    key = l.key;
                    spot = (path[i - 1] + path[i]) / 2;
                }
        }
        QVERIFY(longest > 3 * kAssetWidth); // room for a box clear of the link's ends
        const auto mover =
            std::find_if(data.assets.cbegin(), data.assets.cend(), [&](const Asset &a) {
                return a.id != key.from && a.id != key.to && a.geometry;
            });
        QVERIFY(mover != data.assets.cend());
        const QString id = mover->id.str();
        m_document->setGeometries({{id, Geometry::at(spot)}});
        m_scene->waitForRoutes();
        QVERIFY(layer->routesReady());
        const QRectF box = node(*m_scene, id)->sceneBodyRect();
        QVERIFY(box.contains(spot));
        QVERIFY2(!enters(layer->linkPath(key), box),
                 qPrintable(key.from.str() + u" -> "_qs + key.to.str()));
    }

    // Routes are made off the GUI thread: a new scene is drawn at once with
    // its links straight, and the routes replace them only when the worker's
    // result comes back through the event loop. After a node moves, its links
    // are straight until their new routes arrive; the others keep theirs.
    void linksAreStraightUntilTheirRoutesArrive()
    {
        Document document;
        document.reset(m_document->data());
        MapScene scene(&document);
        LinkLayer *layer = linkLayer(scene);
        const MapData &data = document.data();
        QVERIFY(!layer->routesReady());
        for (const Link &l : data.links)
            QCOMPARE(layer->linkPath(l.key).size(), 2);
        scene.waitForRoutes();
        QVERIFY(layer->routesReady());
        std::map<LinkKey, QList<QPointF>> routed;
        int bent = 0;
        for (const Link &l : data.links) {
            routed[l.key] = layer->linkPath(l.key);
            bent += routed[l.key].size() > 2;
        }
        QVERIFY(bent > 0);

        // Nudge an asset with a bent link: none of its links may keep a route
        // made for where it was.
        const AssetId moved =
            std::find_if(data.links.cbegin(), data.links.cend(), [&](const Link &l) {
                return routed[l.key].size() > 2;
            })->key.from;
        Geometry nudged = *data.assets.value(moved).geometry;
        nudged.x += 7;
        document.setGeometries({{moved.str(), nudged}});
        QVERIFY(!layer->routesReady());
        int kept = 0;
        for (const Link &l : data.links) {
            const QList<QPointF> path = layer->linkPath(l.key);
            if (l.key.from == moved || l.key.to == moved) {
                QCOMPARE(path.size(), 2);
            } else if (path == routed[l.key]) {
                ++kept;
            }
        }
        QVERIFY2(kept > data.links.size() / 2, qPrintable(QString::number(kept)));
        scene.waitForRoutes();
        QVERIFY(layer->routesReady());
    }

    void touchingNodesKeepAVisibleLink()
    {
        MapData m;
        for (const auto &[id, x] : {std::pair{u"a"_qs, 0.0}, std::pair{u"b"_qs, 100.0}}) {
            Asset a;
            a.id = AssetId(id);
            a.name = id;
            a.geometry = Geometry::at({x, 0}); // 192 wide: they overlap
            m.assets.insert(a.id, a);
        }
        Link l;
        l.key = {AssetId(u"a"_qs), AssetId(u"b"_qs), LinkKind::Api};
        m.links.insert(l.key, l);
        m_document->reset(m);
        m_scene->waitForRoutes();
        LinkLayer *layer = linkLayer(*m_scene);
        const QList<QPointF> path = layer->linkPath(l.key);
        const QRectF a = node(*m_scene, u"a"_qs)->sceneBodyRect();
        const QRectF b = node(*m_scene, u"b"_qs)->sceneBodyRect();
        bool visible = false;
        for (const QPointF &p : path)
            visible = visible || (!a.contains(p) && !b.contains(p));
        QVERIFY(visible);
    }

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<MapScene> m_scene;
};

QTEST_MAIN(TestLinkRouting)
#include "tst_linkrouting.moc"
