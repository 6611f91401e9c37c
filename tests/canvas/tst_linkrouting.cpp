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
