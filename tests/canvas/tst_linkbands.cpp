// The overview's bundles as a reader sees them (docs/canvas.md, "Bundles"):
// zoomed out, the links between two domains are one band, wider for more
// links; zoomed in, the band is gone and each link is drawn on its own.
// Measured on the painted pixels, independent of how the layer draws.

#include "analysis/insight.h"
#include "document/document.h"
#include "mapscene.h"
#include "theme.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace OrgMap;

namespace {

constexpr int kCoupled = 16; // links between the two upper domains
constexpr double kRowStep = 100;

// Two columns of domains 2,400 units apart: the upper pair joined by 16
// parallel links (asset i on the left uses asset i on the right), the lower
// pair by one.
MapData fourDomains()
{
    MapData m;
    auto domain = [&](const QString &id, QRectF r) {
        Domain d;
        d.id = DomainId(id);
        d.name = id;
        d.geometry = Geometry::of(r);
        m.domains.insert(d.id, d);
    };
    auto asset = [&](const QString &id, const QString &in, double x, double y) {
        Asset a;
        a.id = AssetId(id);
        a.name = id;
        a.domain = DomainId(in);
        a.geometry = Geometry::at({x, y});
        m.assets.insert(a.id, a);
    };
    auto link = [&](const QString &from, const QString &to) {
        Link l;
        l.key = {AssetId(from), AssetId(to), LinkKind::Api};
        m.links.insert(l.key, l);
    };
    domain(u"d-left"_qs, QRectF(0, 0, 300, 100 + kCoupled * kRowStep));
    domain(u"d-right"_qs, QRectF(2700, 0, 300, 100 + kCoupled * kRowStep));
    for (int i = 0; i < kCoupled; ++i) {
        const double y = 100 + i * kRowStep;
        asset(u"l%1"_qs.arg(i), u"d-left"_qs, 150, y);
        asset(u"r%1"_qs.arg(i), u"d-right"_qs, 2850, y);
        link(u"l%1"_qs.arg(i), u"r%1"_qs.arg(i));
    }
    const double low = 200 + kCoupled * kRowStep + 600;
    domain(u"d-low-left"_qs, QRectF(0, low, 300, 300));
    domain(u"d-low-right"_qs, QRectF(2700, low, 300, 300));
    asset(u"ll"_qs, u"d-low-left"_qs, 150, low + 150);
    asset(u"lr"_qs, u"d-low-right"_qs, 2850, low + 150);
    link(u"ll"_qs, u"lr"_qs);
    return m;
}

// A dense overview: kPairs pairs of domains side by side, pair i joined by
// i + 1 links (i + 1 assets on the left use one asset on the right), more
// pairs than the overview draws bands for.
constexpr int kPairs = 50;
constexpr double kPairStep = 1500;
constexpr double kGapLeft = 1300, kGapRight = 4000; // the gap the bands cross

MapData manyPairs()
{
    MapData m;
    for (int i = 0; i < kPairs; ++i) {
        const double top = i * kPairStep;
        const QString left = u"d%1-left"_qs.arg(i, 2, 10, QChar(u'0'));
        const QString right = u"d%1-right"_qs.arg(i, 2, 10, QChar(u'0'));
        for (const auto &[id, r] : {std::pair{left, QRectF(0, top, kGapLeft, 700)},
                                    std::pair{right, QRectF(kGapRight, top, 300, 700)}}) {
            Domain d;
            d.id = DomainId(id);
            d.name = id;
            d.geometry = Geometry::of(r);
            m.domains.insert(d.id, d);
        }
        auto asset = [&](const QString &id, const QString &in, QPointF at) {
            Asset a;
            a.id = AssetId(id);
            a.name = id;
            a.domain = DomainId(in);
            a.geometry = Geometry::at(at);
            m.assets.insert(a.id, a);
        };
        const QString provider = right + u"-p"_qs;
        asset(provider, right, {kGapRight + 150, top + 350});
        for (int k = 0; k <= i; ++k) {
            const QString user = left + u"-%1"_qs.arg(k);
            asset(user, left, {100 + (k % 10) * 120, top + 100 + (k / 10) * 120});
            Link l;
            l.key = {AssetId(user), AssetId(provider), LinkKind::Api};
            m.links.insert(l.key, l);
        }
    }
    return m;
}

QImage render(MapScene &scene, const QRectF &view, double scale)
{
    QImage image((view.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    scene.render(&p, QRectF(QPointF(), image.size()), view);
    return image;
}

// The runs of painted pixels down the device column at scene x = `sceneX`:
// per run its first scene y and its height in device pixels.
QList<QPair<double, int>> runs(const QImage &image, const QRectF &view, double scale, double sceneX,
                               const QColor &background)
{
    QList<QPair<double, int>> out;
    const int x = int((sceneX - view.left()) * scale);
    int start = -1;
    for (int y = 0; y <= image.height(); ++y) {
        bool painted = false;
        if (y < image.height()) {
            const QColor c = image.pixelColor(x, y);
            painted = std::abs(c.red() - background.red()) +
                          std::abs(c.green() - background.green()) +
                          std::abs(c.blue() - background.blue()) >
                      40;
        }
        if (painted && start < 0)
            start = y;
        if (!painted && start >= 0) {
            out.append({view.top() + start / scale, y - start});
            start = -1;
        }
    }
    return out;
}

} // namespace

class TestLinkBands : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_document = std::make_unique<Document>();
        m_document->reset(fourDomains());
        m_scene = std::make_unique<MapScene>(m_document.get());
        m_scene->setShowLegend(false);
        Theme theme = m_scene->theme();
        theme.showGrid = false; // its lines would count as painted
        m_scene->setTheme(theme);
        m_scene->setInsight(computeInsight(m_document->data(), {}, 1));
        m_scene->waitForRoutes();
    }
    void cleanup()
    {
        m_scene.reset();
        m_document.reset();
    }

    // At 20 % (overview) the 16 links are one band, clearly wider than the
    // band of the pair joined by one link; nothing else crosses the gap.
    void overviewDrawsOneBandPerDomainPair()
    {
        const QRectF view(-100, -100, 3200, 3000);
        const double scale = 0.2;
        const QImage image = render(*m_scene, view, scale);
        // Off the bands' middle, where their count labels are.
        const auto column = runs(image, view, scale, 900, m_scene->theme().background);
        QCOMPARE(column.size(), 2);
        const auto &[upperY, upper] = column[0];
        const auto &[lowerY, lower] = column[1];
        QVERIFY2(upperY > 0 && upperY < 100 + kCoupled * kRowStep,
                 qPrintable(QString::number(upperY)));
        QVERIFY2(upper >= 7, qPrintable(u"the band of 16 links is %1 px"_qs.arg(upper)));
        QVERIFY2(lower >= 2 && upper >= lower + 4,
                 qPrintable(u"bands of 16 and 1 links: %1 and %2 px"_qs.arg(upper).arg(lower)));
        QVERIFY(lowerY > 100 + kCoupled * kRowStep);
    }

    // At 100 % the band is gone: each of the 16 links is a thin line of its own
    // at its assets' height.
    void zoomedInTheLinksAreUnbundled()
    {
        const QRectF view(1200, -100, 600, 200 + kCoupled * kRowStep);
        const QImage image = render(*m_scene, view, 1.0);
        const auto column = runs(image, view, 1.0, 1300, m_scene->theme().background);
        QCOMPARE(column.size(), kCoupled);
        for (int i = 0; i < kCoupled; ++i) {
            QVERIFY2(column[i].second <= 4,
                     qPrintable(u"link %1 is %2 px"_qs.arg(i).arg(column[i].second)));
            QVERIFY(std::abs(column[i].first - (100 + i * kRowStep)) < 10);
        }
    }

    // A dense overview (more coupled pairs than kBandBudget) draws the
    // heaviest pairs' bands and drops the lightest: here the 40 pairs of 11 to
    // 50 links, not the ten of 1 to 10. (The sparse map above draws all, its
    // band of one link too.)
    void denseOverviewDrawsOnlyTheHeaviestBands()
    {
        Document document;
        document.reset(manyPairs());
        MapScene scene(&document);
        scene.setShowLegend(false);
        Theme theme = scene.theme();
        theme.showGrid = false;
        scene.setTheme(theme);
        scene.setInsight(computeInsight(document.data(), {}, 1));
        scene.waitForRoutes();
        const QRectF view(-100, -200, kGapRight + 400, kPairs * kPairStep + 200);
        const double scale = 0.02;
        const QImage image = render(scene, view, scale);
        const auto column =
            runs(image, view, scale, (kGapLeft + kGapRight) / 2, scene.theme().background);
        QList<int> drawn; // pair index of each band
        for (const auto &[y, height] : column)
            drawn.append(int((y + 350) / kPairStep));
        QList<int> heaviest;
        for (int i = kPairs - 40; i < kPairs; ++i)
            heaviest.append(i);
        QCOMPARE(drawn, heaviest);
        // The widths still tell the counts apart: 50 links against 11.
        QVERIFY2(
            column.last().second >= column.first().second + 4,
            qPrintable(u"%1 px and %2 px"_qs.arg(column.last().second).arg(column.first().second)));
    }

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<MapScene> m_scene;
};

QTEST_MAIN(TestLinkBands)
#include "tst_linkbands.moc"
