// The link pixel budget (docs/canvas.md, "Dense views"): over it, links that
// leave the view are drawn as stubs from their end on screen, but the links
// of selected nodes are always drawn whole.

#include "document/document.h"
#include "hairlinelayer.h"
#include "linklayer.h"
#include "mapitems.h"
#include "mapscene.h"
#include "theme.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace OrgMap;

namespace {

constexpr int kRows = 20;

void addAsset(MapData &m, const QString &id, double x, double y)
{
    Asset a;
    a.id = AssetId(id);
    a.name = id;
    a.geometry = Geometry::at({x, y});
    m.assets.insert(a.id, a);
}

// Two columns of kRows services 6,000 units apart, every service on the left
// linked to every one on the right: 400 links, all of them leaving a view of
// the left column (more than the 250 that switch to batched hairlines).
MapData twoColumns()
{
    MapData m;
    auto asset = [&](const QString &id, double x, double y) { addAsset(m, id, x, y); };
    for (int i = 0; i < kRows; ++i) {
        asset(u"l%1"_qs.arg(i), 0, i * 100);
        asset(u"r%1"_qs.arg(i), 6000, i * 100);
    }
    for (int i = 0; i < kRows; ++i)
        for (int j = 0; j < kRows; ++j) {
            Link l;
            l.key = {AssetId(u"l%1"_qs.arg(i)), AssetId(u"r%1"_qs.arg(j)), LinkKind::Api};
            m.links.insert(l.key, l);
        }
    return m;
}

// `rows` pairs of services 6,000 units apart, each pair joined by one link:
// few links, all of them long.
MapData longPairs(int rows)
{
    MapData m;
    auto asset = [&](const QString &id, double x, double y) { addAsset(m, id, x, y); };
    for (int i = 0; i < rows; ++i) {
        asset(u"l%1"_qs.arg(i), 0, i * 100);
        asset(u"r%1"_qs.arg(i), 6000, i * 100);
        Link l;
        l.key = {AssetId(u"l%1"_qs.arg(i)), AssetId(u"r%1"_qs.arg(i)), LinkKind::Api};
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

// The left column and 800 units to its right, at 50%.
constexpr double kScale = 0.5;
const QRectF kView(-300, -200, 1200, 2400);

QImage render(MapScene &scene)
{
    QImage image((kView.size() * kScale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    scene.render(&p, QRectF(QPointF(), image.size()), kView);
    return image;
}

// Rows of the device column at scene x = `sceneX` painted in `colour`, as
// scene y coordinates.
QList<double> linkRows(const QImage &image, double sceneX, const QColor &colour)
{
    QList<double> rows;
    const int x = int((sceneX - kView.left()) * kScale);
    for (int y = 0; y < image.height(); ++y) {
        const QColor c = image.pixelColor(x, y);
        if (std::abs(c.red() - colour.red()) <= 8 && std::abs(c.green() - colour.green()) <= 8 &&
            std::abs(c.blue() - colour.blue()) <= 8)
            rows << kView.top() + y / kScale;
    }
    return rows;
}

} // namespace

class TestLinkBudget : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_document = std::make_unique<Document>();
        m_document->reset(twoColumns());
        m_scene = std::make_unique<MapScene>(m_document.get());
        m_scene->setShowLegend(false);
        m_layer = linkLayer(*m_scene);
        QVERIFY(m_layer);
    }
    void cleanup()
    {
        m_scene.reset();
        m_document.reset();
    }

    // The overview's own hairline raster (HairlineLayer) draws where Qt's
    // aliased lines would, in the pen's colour, clipped to the frame: a line
    // reaching far beyond the image writes no pixel outside it.
    void hairlineLayerDrawsWhereQtDraws()
    {
        QImage ours(200, 100, QImage::Format_ARGB32_Premultiplied);
        QImage qts = ours;
        ours.fill(Qt::white);
        qts.fill(Qt::white);
        const QList<QLineF> lines{{QPointF(10, 20), QPointF(900, 20)},      // off the right
                                  {QPointF(-500, -500), QPointF(300, 300)}, // through, both off
                                  {QPointF(50, 10), QPointF(50, 80)}};
        const QColor colour(40, 90, 160);
        const QTransform view = QTransform::fromScale(0.5, 0.5) * QTransform::fromTranslate(7, 3);
        {
            QPainter p(&ours);
            p.setTransform(view);
            QVERIFY(HairlineLayer::usable(&p));
            HairlineLayer layer;
            layer.begin(&p, view.inverted().mapRect(QRectF(ours.rect())));
            layer.add(lines, colour, 1);
            layer.end(&p);
        }
        {
            QPainter p(&qts);
            p.setTransform(view);
            QPen pen(colour, 1);
            pen.setCosmetic(true);
            p.setPen(pen);
            p.drawLines(lines);
        }
        int drawn = 0, qtDrawn = 0, apart = 0;
        for (int y = 0; y < ours.height(); ++y)
            for (int x = 0; x < ours.width(); ++x) {
                const bool a = ours.pixel(x, y) == colour.rgb();
                const bool b = qts.pixel(x, y) == colour.rgb();
                drawn += a;
                qtDrawn += b;
                // Bresenham and Qt's stroker may pick the neighbouring pixel.
                if (a && !b) {
                    bool near = false;
                    for (int dy = -1; dy <= 1; ++dy)
                        for (int dx = -1; dx <= 1; ++dx)
                            near = near || (qts.rect().contains(x + dx, y + dy) &&
                                            qts.pixel(x + dx, y + dy) == colour.rgb());
                    apart += !near;
                }
            }
        QVERIFY2(qtDrawn > 250, qPrintable(QString::number(qtDrawn)));
        QVERIFY2(std::abs(drawn - qtDrawn) <= qtDrawn / 20,
                 qPrintable(QStringLiteral("%1 vs %2").arg(drawn).arg(qtDrawn)));
        QCOMPARE(apart, 0);
        // Everything else stayed white.
        QCOMPARE(ours.pixel(199, 99), QColor(Qt::white).rgb());
    }

    // Dashes and dots as a one-pixel cosmetic pen draws them: 4 on, 2 off;
    // 1 on, 2 off.
    void hairlineLayerDashes()
    {
        const QColor colour(200, 80, 20);
        auto count = [&](Qt::PenStyle style) {
            QImage image(130, 10, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter p(&image);
            HairlineLayer layer;
            layer.begin(&p, QRectF(image.rect()));
            layer.add({QLineF(QPointF(0, 5), QPointF(119.5, 5))}, colour, 1, style);
            layer.end(&p);
            p.end();
            int n = 0;
            for (int x = 0; x < image.width(); ++x)
                n += image.pixel(x, 5) == colour.rgb();
            return n;
        };
        QCOMPARE(count(Qt::SolidLine), 120);
        QCOMPARE(count(Qt::DashLine), 80);
        QCOMPARE(count(Qt::DotLine), 40);
        QVERIFY(!HairlineLayer::draws(Qt::CustomDashLine));
    }

    void withinBudgetLinksAreWhole()
    {
        m_layer->setPixelBudget(0); // no limit
        const QImage image = render(*m_scene);
        QCOMPARE(m_layer->lastStubLength(), 0.0);
        // 600 units out, the fan of 400 links covers most rows of the column.
        QVERIFY2(linkRows(image, 600, m_scene->theme().linkApi).size() > 200,
                 "the links should reach the edge of the view");
    }

    void overBudgetLinksLeavingTheViewAreStubs()
    {
        m_layer->setPixelBudget(10000);
        const QImage image = render(*m_scene);
        // Cut to the shortest stub (48 px = 96 units at 50%), from the left column.
        QCOMPARE(m_layer->lastStubLength(), 48.0);
        const QColor api = m_scene->theme().linkApi;
        QVERIFY2(!linkRows(image, 150, api).isEmpty(), "the stubs start at the nodes");
        QVERIFY2(linkRows(image, 600, api).isEmpty(), "nothing beyond the stubs");
    }

    void overBudgetLinksWithBothEndsInViewLoseTheirMiddle()
    {
        // The whole map in view (an overview, 10%): no link leaves it, and
        // the 400 links (~240,000 px) are far over a 10,000 px budget. Each is
        // drawn as half a stub from each end, pointing at the other column;
        // nothing across the middle.
        m_layer->setPixelBudget(10000);
        const QRectF whole(-300, -200, 6600, 2400);
        constexpr double scale = 0.1;
        QImage image((whole.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            m_scene->render(&p, QRectF(QPointF(), image.size()), whole);
        }
        QCOMPARE(m_layer->lastStubLength(), 48.0);
        const QColor api = m_scene->theme().linkApi;
        auto rowsAt = [&](double sceneX) {
            int n = 0;
            const int x = int((sceneX - whole.left()) * scale);
            for (int y = 0; y < image.height(); ++y) {
                const QColor c = image.pixelColor(x, y);
                n += std::abs(c.red() - api.red()) <= 8 && std::abs(c.green() - api.green()) <= 8 &&
                     std::abs(c.blue() - api.blue()) <= 8;
            }
            return n;
        };
        QVERIFY2(rowsAt(3000) == 0, "the links' middles are not drawn");
        QVERIFY2(rowsAt(150) > 0, "stubs leave the left column");
        QVERIFY2(rowsAt(5850) > 0, "stubs reach the right column");
        // Within budget they are whole again.
        m_layer->setPixelBudget(0);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            m_scene->render(&p, QRectF(QPointF(), image.size()), whole);
        }
        QVERIFY2(rowsAt(3000) > 0, "without a budget the links cross the map");
    }

    void linksOfHiddenNodesAreNotDrawn()
    {
        // A selection-only export hides the other nodes; the layer then asks
        // each link's ends (it does not while no node is hidden anywhere).
        m_layer->setPixelBudget(0);
        QVERIFY(!NodeItem::anyHidden());
        const QColor api = m_scene->theme().linkApi;
        QVERIFY2(!linkRows(render(*m_scene), 600, api).isEmpty(), "links are drawn");
        QList<QGraphicsItem *> hidden;
        for (QGraphicsItem *item : m_scene->items())
            if (item->type() == NodeItem::Type &&
                static_cast<NodeItem *>(item)->id().startsWith(u'r')) {
                item->hide();
                hidden << item;
            }
        QVERIFY(NodeItem::anyHidden());
        QVERIFY2(linkRows(render(*m_scene), 600, api).isEmpty(),
                 "no link to a hidden node is drawn");
        for (QGraphicsItem *item : std::as_const(hidden))
            item->show();
        QVERIFY(!NodeItem::anyHidden());
        QVERIFY2(!linkRows(render(*m_scene), 600, api).isEmpty(), "drawn again when shown");
    }

    void fewButLongLinksAreBatchedHairlines()
    {
        // Under 250 links in a detailed view, but together over 60,000 px
        // long: drawn as batched hairlines (cut to the budget) rather than
        // wide antialiased pens one by one, which are never cut. 8 such
        // links (~47,000 px at 100%) keep the wide pens.
        struct Case
        {
            int rows;
            double scale;
            bool batched;
        };
        for (const Case &c : {Case{40, 0.5, true}, Case{8, 1.0, false}}) {
            const int rows = c.rows;
            const bool batched = c.batched;
            Document document;
            document.reset(longPairs(rows));
            MapScene scene(&document);
            scene.setShowLegend(false);
            LinkLayer *layer = linkLayer(scene);
            QVERIFY(layer);
            layer->setPixelBudget(10000);
            const QRectF whole(-300, -200, 6600, rows * 100 + 300);
            QImage image((whole.size() * c.scale).toSize(), QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            {
                QPainter p(&image);
                scene.render(&p, QRectF(QPointF(), image.size()), whole);
            }
            // Link pixels half way between the columns (antialiased: near the colour).
            const QColor api = scene.theme().linkApi;
            int inked = 0;
            const int x = int((3000 - whole.left()) * c.scale);
            for (int y = 0; y < image.height(); ++y) {
                const QColor px = image.pixelColor(x, y);
                inked += std::abs(px.red() - api.red()) <= 40 &&
                         std::abs(px.green() - api.green()) <= 40 &&
                         std::abs(px.blue() - api.blue()) <= 40;
            }
            if (batched) {
                // 10,000 px shared by 40 links, in 16 px steps.
                QCOMPARE(layer->lastStubLength(), 240.0);
                QVERIFY2(inked == 0, "cut to stubs: nothing half way");
            } else {
                QCOMPARE(layer->lastStubLength(), 0.0);
                QVERIFY2(inked >= rows, "wide pens, drawn whole");
            }
        }
    }

    void selectedNodesKeepTheirLinksWhole()
    {
        m_layer->setPixelBudget(10000);
        m_scene->selectIds({u"l0"_qs});
        const QImage image = render(*m_scene);
        // l0 (y 0) fans out to y 0..1900 over 6,000 units: at x 600 its links
        // are within y 0..200; the other nodes' links stay stubs.
        const QList<double> rows = linkRows(image, 600, m_scene->theme().linkApi);
        QVERIFY2(rows.size() >= 10, "the selected node's links are drawn whole");
        for (double y : rows)
            QVERIFY2(y > -20 && y < 220, qPrintable(u"a link of another node at y %1"_qs.arg(y)));
    }

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<MapScene> m_scene;
    LinkLayer *m_layer = nullptr;
};

QTEST_MAIN(TestLinkBudget)
#include "tst_linkbudget.moc"
