#include "analysis/insight.h"
#include "document/document.h"
#include "highlightlayer.h"
#include "layout/autolayout.h"
#include "linklayer.h"
#include "mapitems.h"
#include "mapscene.h"
#include "theme.h"

#include "mapview.h"
#include "minimap.h"
#include "json/jsonformat.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <climits>

using namespace OrgMap;

namespace {

// Four domains; team "t-scattered" owns assets in three of them (a
// scattered-team finding); "a-unowned" has no owner, "a-homeless" no domain;
// d-a and d-b depend on each other (a domain cycle), d-c only on d-a.
MapData highlightMap()
{
    MapData m;
    for (const char *id : {"d-a", "d-b", "d-c", "d-d"}) {
        Domain d;
        d.id = DomainId(QString::fromLatin1(id));
        d.name = QString::fromLatin1(id).toUpper();
        m.domains.insert(d.id, d);
    }
    for (const char *id : {"t-scattered", "t-home"}) {
        Team t;
        t.id = TeamId(QString::fromLatin1(id));
        t.name = QString::fromLatin1(id);
        t.type = TeamType::StreamAligned;
        m.teams.insert(t.id, t);
    }
    auto asset = [&](const char *id, const char *domain, const char *owner) {
        Asset a;
        a.id = AssetId(QString::fromLatin1(id));
        a.name = QString::fromLatin1(id);
        a.domain = DomainId(QString::fromLatin1(domain));
        a.owner = TeamId(QString::fromLatin1(owner));
        m.assets.insert(a.id, a);
    };
    asset("a-1", "d-a", "t-scattered");
    asset("a-2", "d-a", "t-home");
    asset("b-1", "d-b", "t-scattered");
    asset("c-1", "d-c", "t-scattered");
    asset("d-1", "d-d", "t-home");
    asset("a-unowned", "d-a", "");
    asset("a-homeless", "", "t-home");
    auto link = [&](const char *from, const char *to) {
        Link l;
        l.key = {AssetId(QString::fromLatin1(from)), AssetId(QString::fromLatin1(to)),
                 LinkKind::Api};
        m.links.insert(l.key, l);
    };
    link("a-1", "a-2"); // internal
    link("a-1", "b-1"); // cross-domain, d-a -> d-b
    link("b-1", "a-2"); // cross-domain, d-b -> d-a: the cycle
    link("c-1", "a-1"); // cross-domain, d-c -> d-a (not on the cycle)
    return withLayout(m, LayoutScope::All);
}

LinkKey key(const char *from, const char *to)
{
    return {AssetId(QString::fromLatin1(from)), AssetId(QString::fromLatin1(to)), LinkKind::Api};
}

// The scene rendered 1:1 around `rect` (scene coordinates) into an image.
QImage renderAround(MapScene &scene, const QRectF &rect)
{
    QImage image(rect.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    scene.render(&p, QRectF(QPointF(), rect.size()), rect);
    return image;
}

bool containsColour(const QImage &image, const QColor &colour, int tolerance = 12)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) <= tolerance &&
                std::abs(c.green() - colour.green()) <= tolerance &&
                std::abs(c.blue() - colour.blue()) <= tolerance)
                return true;
        }
    return false;
}

struct LineSample
{
    int top = 0; // the band's first row
    int runs = 0;
};

// The legend painted alone; for each line sample drawn in `colour` (a band of
// rows holding it along the shaft, x 18..50, left of any arrow head) between
// rows `from` and `to`, how many separate runs of it its middle row has: 1
// for a solid line.
QList<LineSample> legendLines(const Theme &theme, const QColor &colour, int from = 0,
                              int to = INT_MAX)
{
    LegendItem legend(&theme);
    QImage image(legend.boundingRect().size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        legend.paint(&p, nullptr, nullptr);
    }
    auto hit = [&](int x, int y) {
        const QColor c = image.pixelColor(x, y);
        return std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                   std::abs(c.blue() - colour.blue()) <
               60;
    };
    auto hitsInRow = [&](int y) {
        int n = 0;
        for (int x = 18; x <= 50; ++x)
            n += hit(x, y);
        return n;
    };
    QList<LineSample> lines;
    int bandStart = -1;
    to = std::min(to, image.height());
    for (int y = from; y <= to; ++y) {
        const bool in = y < to && hitsInRow(y) >= 6;
        if (in && bandStart < 0)
            bandStart = y;
        if (in || bandStart < 0)
            continue;
        const int mid = (bandStart + y - 1) / 2;
        int count = 0;
        bool on = false;
        for (int x = 18; x <= 50; ++x) {
            count += hit(x, mid) && !on;
            on = hit(x, mid);
        }
        lines << LineSample{bandStart, count};
        bandStart = -1;
    }
    return lines;
}

} // namespace

class TestHighlights : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_document = std::make_unique<Document>();
        m_document->reset(highlightMap());
        m_scene = std::make_unique<MapScene>(m_document.get());
        m_scene->setInteractiveMenus(false);
    }
    void cleanup()
    {
        m_scene.reset();
        m_document.reset();
    }

    void noHighlightsByDefault()
    {
        analyse();
        QVERIFY(m_scene->highlightMode() == HighlightMode::None);
        QVERIFY(!m_scene->nodeHighlight(u"a-unowned"_qs).isOrphan());
        QVERIFY(m_scene->domainHighlight(u"d-a"_qs) == DomainHighlight{});
    }

    void orphansAreMarked()
    {
        m_scene->setHighlightMode(HighlightMode::Orphans);
        // Before any analysis nothing is claimed (and nothing faded).
        QVERIFY(!m_scene->nodeHighlight(u"a-unowned"_qs).isOrphan());
        QVERIFY(!m_scene->nodeHighlight(u"a-1"_qs).dimmed);
        analyse();
        const NodeHighlight unowned = m_scene->nodeHighlight(u"a-unowned"_qs);
        QVERIFY(unowned.unowned);
        QVERIFY(!unowned.noDomain);
        const NodeHighlight homeless = m_scene->nodeHighlight(u"a-homeless"_qs);
        QVERIFY(homeless.noDomain);
        QVERIFY(!homeless.unowned);
        const NodeHighlight fine = m_scene->nodeHighlight(u"a-1"_qs);
        QVERIFY(!fine.isOrphan());
        QVERIFY(fine.dimmed);
        // Other modes do not show orphans.
        m_scene->setHighlightMode(HighlightMode::Coupling);
        QVERIFY(!m_scene->nodeHighlight(u"a-unowned"_qs).isOrphan());
    }

    void orphanMarkerIsPainted()
    {
        m_scene->setHighlightMode(HighlightMode::Orphans);
        analyse();
        const QRectF body = m_scene->rectForId(u"a-unowned"_qs);
        const QRectF around = body.adjusted(-30, -30, 30, 30);
        QVERIFY(containsColour(renderAround(*m_scene, around), m_scene->theme().orphanUnowned));
        // An owned asset in the same mode carries no red marker or outline.
        const QRectF other = m_scene->rectForId(u"d-1"_qs).adjusted(-30, -30, 30, 30);
        QVERIFY(!containsColour(renderAround(*m_scene, other), m_scene->theme().orphanUnowned));
        m_scene->setHighlightMode(HighlightMode::None);
        QVERIFY(!containsColour(renderAround(*m_scene, around), m_scene->theme().orphanUnowned));
    }

    void markerFollowsOwnerAndUndo()
    {
        m_scene->setHighlightMode(HighlightMode::Orphans);
        analyse();
        QVERIFY(!m_scene->nodeHighlight(u"a-1"_qs).unowned);
        QVERIFY(m_document->setAssetOwner(AssetId(u"a-1"_qs), TeamId()));
        // The marker follows the analysis, not the edit itself.
        QVERIFY(!m_scene->nodeHighlight(u"a-1"_qs).unowned);
        analyse();
        QVERIFY(m_scene->nodeHighlight(u"a-1"_qs).unowned);
        m_document->undoStack()->undo();
        analyse();
        QVERIFY(!m_scene->nodeHighlight(u"a-1"_qs).unowned);
    }

    void crossDomainLinksAreHeavier()
    {
        // In every mode, even before any analysis: it is a fact of the map.
        for (HighlightMode mode : {HighlightMode::None, HighlightMode::Orphans,
                                   HighlightMode::Coupling, HighlightMode::Ownership}) {
            m_scene->setHighlightMode(mode);
            const QPen internal = m_scene->linkPen(key("a-1", "a-2"));
            const QPen cross = m_scene->linkPen(key("a-1", "b-1"));
            QVERIFY2(cross.widthF() > internal.widthF(),
                     qPrintable(u"mode %1: %2 vs %3"_qs.arg(int(mode))
                                    .arg(cross.widthF())
                                    .arg(internal.widthF())));
        }
        // Many links in view (cosmetic pens): still heavier.
        const Theme &t = m_scene->theme();
        QVERIFY(
            LinkLayer::linkPen(t, LinkKind::Event, LinkLayer::CrossDomain, HighlightMode::None,
                               false, true)
                .widthF() >
            LinkLayer::linkPen(t, LinkKind::Event, 0, HighlightMode::None, false, true).widthF());
        // Coupling emphasises them further.
        m_scene->setHighlightMode(HighlightMode::None);
        const double plain = m_scene->linkPen(key("a-1", "b-1")).widthF();
        m_scene->setHighlightMode(HighlightMode::Coupling);
        QVERIFY(m_scene->linkPen(key("a-1", "b-1")).widthF() > plain);
    }

    void domainCycleIsMarked()
    {
        m_scene->setHighlightMode(HighlightMode::Coupling);
        analyse();
        QVERIFY(m_scene->domainHighlight(u"d-a"_qs).cycle);
        QVERIFY(m_scene->domainHighlight(u"d-b"_qs).cycle);
        QVERIFY(!m_scene->domainHighlight(u"d-c"_qs).cycle);
        const QColor cycle = m_scene->theme().cycle;
        QCOMPARE(m_scene->linkPen(key("b-1", "a-2")).color(), cycle);
        QCOMPARE(m_scene->linkPen(key("a-1", "b-1")).color(), cycle);
        QVERIFY(m_scene->linkPen(key("c-1", "a-1")).color() != cycle); // cross, not on the cycle
        m_scene->setHighlightMode(HighlightMode::Ownership);
        QVERIFY(!m_scene->domainHighlight(u"d-a"_qs).cycle);
    }

    void couplingGlowFollowsScore()
    {
        m_scene->setHighlightMode(HighlightMode::Coupling);
        analyse();
        // a-1 has two cross-domain links (to b-1, from c-1), a-2 one, d-1 none.
        const float a1 = m_scene->nodeHighlight(u"a-1"_qs).glow;
        const float a2 = m_scene->nodeHighlight(u"a-2"_qs).glow;
        QCOMPARE(a1, 1.0f);
        QVERIFY(a2 > 0 && a2 < a1);
        QCOMPARE(m_scene->nodeHighlight(u"d-1"_qs).glow, 0.0f);
    }

    void ownershipTintsByTeam()
    {
        m_scene->setHighlightMode(HighlightMode::Ownership); // needs no analysis
        const QColor scattered = m_scene->teamColor(TeamId(u"t-scattered"_qs));
        const QColor home = m_scene->teamColor(TeamId(u"t-home"_qs));
        QVERIFY(scattered.isValid() && home.isValid() && scattered != home);
        QCOMPARE(m_scene->nodeHighlight(u"a-1"_qs).tint, scattered);
        QCOMPARE(m_scene->nodeHighlight(u"a-2"_qs).tint, home);
        QVERIFY(!m_scene->nodeHighlight(u"a-unowned"_qs).tint.isValid());
        QCOMPARE(m_scene->nodeHighlight(u"t-home"_qs).tint, home); // the team's own ring
        // A change of owner re-tints at once.
        QVERIFY(m_document->setAssetOwner(AssetId(u"a-2"_qs), TeamId(u"t-scattered"_qs)));
        QCOMPARE(m_scene->nodeHighlight(u"a-2"_qs).tint, scattered);
        m_scene->setHighlightMode(HighlightMode::None);
        QVERIFY(!m_scene->nodeHighlight(u"a-1"_qs).tint.isValid());
    }

    void scatteredTeamOutlinesItsDomains()
    {
        m_scene->setHighlightMode(HighlightMode::Coupling);
        analyse();
        QVERIFY(!m_scene->domainHighlight(u"d-a"_qs).span.isValid());
        m_scene->selectIds({u"t-scattered"_qs});
        const QColor team = m_scene->teamColor(TeamId(u"t-scattered"_qs));
        for (const QString &d : {u"d-a"_qs, u"d-b"_qs, u"d-c"_qs})
            QCOMPARE(m_scene->domainHighlight(d).span, team);
        QVERIFY(!m_scene->domainHighlight(u"d-d"_qs).span.isValid());
        // A team that is not scattered outlines nothing; deselecting clears.
        m_scene->selectIds({u"t-home"_qs});
        QVERIFY(!m_scene->domainHighlight(u"d-a"_qs).span.isValid());
        m_scene->selectIds({u"t-scattered"_qs});
        m_scene->selectIds({});
        QVERIFY(!m_scene->domainHighlight(u"d-b"_qs).span.isValid());
    }

    void highlightsSurviveRemovalAndReset()
    {
        m_scene->setHighlightMode(HighlightMode::Orphans);
        analyse();
        QSignalSpy spy(m_scene.get(), &MapScene::highlightsChanged);
        // Removing a decorated node must not leave the layers with a dangling node.
        m_document->remove({u"a-unowned"_qs});
        QVERIFY(m_scene->itemForId(u"a-unowned"_qs) == nullptr);
        QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
        QPainter p(&image);
        m_scene->render(&p); // paints the layers
        p.end();
        m_document->reset(highlightMap());
        analyse();
        QVERIFY(m_scene->nodeHighlight(u"a-unowned"_qs).unowned);
        QCOMPARE(spy.count(), 1);
    }

    void interactionLabelsDoNotOverlap()
    {
        // The example map's team lane: several pills used to pile up there.
        QFile file(QStringLiteral(ORGMAP_EXAMPLES "/acme.orgmap.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const JsonReadResult read = readMapJson(file.readAll());
        QVERIFY(read.map);
        m_document->reset(*read.map);
        const LinkLayer *labels = nullptr;
        for (QGraphicsItem *item : m_scene->items())
            if (item->type() == LinkLayer::Type && item->zValue() > 200)
                labels = static_cast<const LinkLayer *>(item);
        QVERIFY(labels);
        const QList<QRectF> rects = labels->labelRects();
        QCOMPARE(rects.size(), read.map->interactions.size());
        int placed = 0;
        for (qsizetype i = 0; i < rects.size(); ++i) {
            if (rects[i].isNull())
                continue;
            ++placed;
            for (qsizetype j = i + 1; j < rects.size(); ++j)
                QVERIFY2(!rects[i].intersects(rects[j]),
                         qPrintable(u"pills %1 and %2"_qs.arg(i).arg(j)));
            // No pill over a team or an asset: it would hide the name.
            for (const Team &t : read.map->teams)
                QVERIFY2(!rects[i].intersects(m_scene->rectForId(t.id.str())),
                         qPrintable(u"pill %1 covers team %2"_qs.arg(i).arg(t.id.str())));
            for (const Asset &a : read.map->assets)
                QVERIFY2(!rects[i].intersects(m_scene->rectForId(a.id.str())),
                         qPrintable(u"pill %1 covers asset %2"_qs.arg(i).arg(a.id.str())));
        }
        // Between neighbours in the team lane (closer than a pill is wide)
        // there is no free place: those pills are left out, the line's style
        // (and the legend) still tell the mode. Most still have theirs.
        QVERIFY2(placed * 2 >= rects.size(), qPrintable(u"only %1 pills placed"_qs.arg(placed)));
    }

    void minimapShowsTheMapOnFirstPaint()
    {
        // An offscreen grab right after show() used to show only the
        // visible-area box: the overview was rendered by a 250 ms timer.
        // The first paint must already be the picture the timer would give.
        m_scene->waitForRoutes(); // the same links in both pictures
        MapView view(m_scene.get());
        view.resize(800, 600);
        auto *minimap = static_cast<Minimap *>(view.createMinimap(nullptr));
        minimap->resize(240, 160);
        QCoreApplication::sendPostedEvents(); // the view's scroll bars settle (no timers)
        const QImage first = minimap->grab().toImage();
        QCOMPARE(minimap->renderCount(), 1); // by the paint, not the timer
        emit m_scene->highlightsChanged();   // asks for the timer's render
        QTRY_VERIFY_WITH_TIMEOUT(minimap->renderCount() >= 2, 2 * Minimap::kMinIntervalMs);
        const QImage settled = minimap->grab().toImage();
        delete minimap;
        QCOMPARE(first, settled);
        // And that is the map, not just the background and the visible-area
        // box (3 colours): four domains, seven assets, their links. Neither
        // the legend (a screen overlay now) nor bundle counts (they do not
        // fit a thumbnail) are in it.
        QSet<QRgb> colours;
        for (int y = 0; y < first.height(); y += 2)
            for (int x = 0; x < first.width(); x += 2)
                colours.insert(first.pixel(x, y));
        QVERIFY2(colours.size() > 12, qPrintable(QString::number(colours.size())));
    }

    // The legend's line samples tell the link kinds and the interaction modes
    // apart with the canvas's styles: api and collaboration solid, the others
    // broken, dotted ones (data, facilitating) more often than dashed ones
    // (event, X as a service).
    void legendTellsLinkKindsApart()
    {
        const Theme &theme = m_scene->theme();
        // The three link samples stand in the 95 rows above the interaction
        // samples (the icons above them may share a colour with a link).
        const QList<LineSample> modes = legendLines(theme, theme.interaction);
        QVERIFY(!modes.isEmpty());
        const int from = modes.first().top - 95, to = modes.first().top;
        const QList<LineSample> api = legendLines(theme, theme.linkApi, from, to);
        const QList<LineSample> event = legendLines(theme, theme.linkEvent, from, to);
        const QList<LineSample> data = legendLines(theme, theme.linkData, from, to);
        QCOMPARE(api.size(), 1);
        QCOMPARE(event.size(), 1);
        QCOMPARE(data.size(), 1);
        QVERIFY(api.first().top < event.first().top && event.first().top < data.first().top);
        QCOMPARE(api.first().runs, 1);
        QVERIFY2(event.first().runs > 1, qPrintable(QString::number(event.first().runs)));
        QVERIFY2(data.first().runs > event.first().runs,
                 qPrintable(u"%1 %2"_qs.arg(data.first().runs).arg(event.first().runs)));
    }
    // The view's legend is blitted from a kept picture: switching the
    // highlight mode must show the new mode's key below the shapes at once.
    void legendOverlayFollowsTheMode()
    {
        analyse();
        MapView view(m_scene.get());
        view.resize(900, 1100);
        view.show();
        QCoreApplication::sendPostedEvents();
        // In the legend's rows below `fromTop` of its height: pixels of the
        // legend's panel fill, and others (text, swatches).
        struct Rows
        {
            int height = 0, fill = 0, ink = 0;
        };
        auto rows = [&](double fromTop) {
            const QImage shot = view.viewport()->grab().toImage();
            const QRect legend = view.legendRect().toAlignedRect();
            const QRgb fill = m_scene->theme().nodeFill.rgb();
            Rows r{legend.height()};
            for (int y = legend.top() + int(legend.height() * fromTop); y < legend.bottom() - 8;
                 ++y)
                for (int x = legend.left() + 12; x < legend.right() - 12; ++x)
                    if (shot.rect().contains(x, y))
                        (shot.pixel(x, y) == fill ? r.fill : r.ink) += 1;
            return r;
        };
        const Rows plain = rows(0);
        m_scene->setHighlightMode(HighlightMode::Ownership);
        const int keyHeight = rows(0).height;
        QVERIFY2(keyHeight > plain.height + 40,
                 qPrintable(u"%1 %2"_qs.arg(keyHeight).arg(plain.height)));
        // The rows the key added are the legend's panel with the key in it,
        // not the map behind a picture kept from before.
        const Rows added = rows(double(plain.height) / keyHeight);
        QVERIFY2(added.fill > added.ink && added.ink > 200,
                 qPrintable(u"fill %1, ink %2"_qs.arg(added.fill).arg(added.ink)));
    }
    void legendTellsInteractionModesApart()
    {
        const Theme &theme = m_scene->theme();
        // One sample a mode, in kAllInteractionModes order.
        const QList<LineSample> modes = legendLines(theme, theme.interaction);
        QCOMPARE(modes.size(), 3);
        QCOMPARE(modes[0].runs, 1);                                              // collaboration
        QVERIFY2(modes[1].runs > 1, qPrintable(QString::number(modes[1].runs))); // X as a service
        QVERIFY2(modes[2].runs > modes[1].runs,                                  // facilitating
                 qPrintable(u"%1 %2"_qs.arg(modes[2].runs).arg(modes[1].runs)));
    }

private:
    // What the AnalysisRunner does after an edit, synchronously.
    void analyse() { m_scene->setInsight(computeInsight(m_document->data(), {}, ++m_generation)); }

    std::unique_ptr<Document> m_document;
    std::unique_ptr<MapScene> m_scene;
    quint64 m_generation = 0;
};

QTEST_MAIN(TestHighlights)
#include "tst_highlights.moc"
