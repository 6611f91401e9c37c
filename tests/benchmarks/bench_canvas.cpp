// Canvas benchmark: time to build the scene of a large map and to paint one
// 1920x1080 frame at fit-to-window zoom and at 100%, plus peak memory.
//
//   bench_canvas [--assets N] [--no-index] [--kept] [--cache|--nocache] [--dark] [--frames N]
//                [--png PREFIX] [--highlight none|orphans|coupling|ownership]
//                [--zoom Z] [--sweep [--zooms Z,...] [--modes M,...]]
//                [--link-pixels N] [--at FX,FY] [--ownership-lines] [--analysis]
//                [--band-budget N] [FILE.orgmap.json]
//
// --highlight computes the analysis (computeInsight), hands it to the scene and
// times both; --zoom adds frames at that zoom (map centre). --sweep prints a
// table of frame times, zoom (fit and 0.15 to 2, map centre) x highlight mode,
// with one analysis for all modes, and exits (--zooms: other zooms, 0 = fit;
// --modes: some of the modes). --link-pixels sets LinkLayer::setPixelBudget.
// --at: centre the zoomed views there instead of the map centre (fractions of
// the map's width and height: 0.5,0.02 is the team lane). --ownership-lines:
// the asset -> team lines on, as in the main window (View > Ownership Lines).
// --analysis: the scene gets the analysis as in the app once it has run (its
// coupling is the overview's bands; the sweep has it too when it sweeps a mode
// other than none). --band-budget N: LinkLayer::setBandBudget (-1: every band).
//
// --no-index: the scene without its BSP index (NoIndex), to compare.
// --kept: a second scenario of the same size (seed 2) shown once and kept
// hidden beside the map measured, as after a switch back to it.
//
// Without a file it generates the standard synthetic map (model/generate).
// Run with QT_QPA_PLATFORM=offscreen. Frame times are CPU ms of the painting
// thread; BENCH_WALL=1: wall-clock ms (counts waits for the raster engine's
// worker threads); BENCH_MIN=1: the fastest frame instead of the median.

#include "analysis/insight.h"
#include "document/document.h"
#include "generate/generator.h"
#include "layout/autolayout.h"
#include "linklayer.h"
#include "mapscene.h"
#include "mapview.h"
#include "theme.h"
#include "json/jsonformat.h"

#include "benchutil.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsItem>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <string_view>
#include <sys/resource.h>

using namespace OrgMap;

namespace {

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

// Paints the 1920x1080 viewport of `view` through its own paint event (the
// same code path as on screen, with the view's index lookup, exposed region
// and optimisation flags) and returns the milliseconds it took.
// CPU time of this thread: on the shared 2-core machine wall time varies 2x
// with the neighbours' builds, CPU time much less. BENCH_WALL=1: wall time
// instead, which also counts the raster engine's waits for its thread pool
// (large fills are split over worker threads; the GUI thread sleeps meanwhile).
double benchClockMs()
{
    static const bool wall = qEnvironmentVariableIsSet("BENCH_WALL");
    return wall ? Bench::wallMs() : Bench::threadCpuMs();
}

double frame(MapView &view, QImage &image)
{
    const double start = benchClockMs();
    view.viewport()->render(&image);
    return benchClockMs() - start;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    int assets = 10000, frames = 7;
    bool noIndex = false, kept = false, sweep = false, ownershipLines = false, analysis = false;
    std::optional<qsizetype> bandBudget;
    std::optional<QGraphicsItem::CacheMode> cache;
    QString file, pngPrefix, highlight;
    QList<double> zooms = {0, 0.15, 0.2, 0.3, 0.44, 0.6, 0.8, 1.0, 2.0};
    QStringList sweepModes = {u"none"_qs, u"orphans"_qs, u"coupling"_qs, u"ownership"_qs};
    double zoom = 0;
    qint64 linkPixels = -1;
    QPointF at(0.5, 0.5);
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--assets"_qs && i + 1 < args.size())
            assets = args[++i].toInt();
        else if (args[i] == u"--frames"_qs && i + 1 < args.size())
            frames = args[++i].toInt();
        else if (args[i] == u"--no-index"_qs)
            noIndex = true;
        else if (args[i] == u"--kept"_qs)
            kept = true;
        else if (args[i] == u"--cache"_qs)
            cache = QGraphicsItem::DeviceCoordinateCache;
        else if (args[i] == u"--nocache"_qs)
            cache = QGraphicsItem::NoCache;
        else if (args[i] == u"--dark"_qs) {
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            dark.setColor(QPalette::WindowText, Qt::white);
            QApplication::setPalette(dark);
        } else if (args[i] == u"--highlight"_qs && i + 1 < args.size())
            highlight = args[++i];
        else if (args[i] == u"--zoom"_qs && i + 1 < args.size())
            zoom = args[++i].toDouble();
        else if (args[i] == u"--sweep"_qs)
            sweep = true;
        else if (args[i] == u"--analysis"_qs)
            analysis = true;
        else if (args[i] == u"--band-budget"_qs && i + 1 < args.size())
            bandBudget = args[++i].toLongLong();
        else if (args[i] == u"--ownership-lines"_qs)
            ownershipLines = true;
        else if (args[i] == u"--at"_qs && i + 1 < args.size()) {
            const QStringList xy = args[++i].split(u',');
            at = QPointF(xy.value(0).toDouble(), xy.value(1).toDouble());
        } else if (args[i] == u"--link-pixels"_qs && i + 1 < args.size())
            linkPixels = args[++i].toLongLong();
        else if (args[i] == u"--modes"_qs && i + 1 < args.size())
            sweepModes = args[++i].split(u',');
        else if (args[i] == u"--zooms"_qs && i + 1 < args.size()) {
            zooms.clear();
            for (const QString &z : args[++i].split(u','))
                zooms << z.toDouble();
        } else if (args[i] == u"--png"_qs && i + 1 < args.size())
            pngPrefix = args[++i];
        else
            file = args[i];
    }

    QElapsedTimer total;
    total.start();
    MapData map;
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(file), qPrintable(f.errorString()));
            return 1;
        }
        JsonReadResult result = readMapJson(f.readAll());
        if (!result.map) {
            for (const FormatError &e : result.errors)
                std::fprintf(stderr, "%s%s\n", qPrintable(file), qPrintable(e.toString()));
            return 1;
        }
        map = *result.map;
    } else {
        map = generateMap({assets, 1});
    }
    const double loadMs = total.nsecsElapsed() / 1e6;

    QElapsedTimer timer;
    timer.start();
    if (needsLayout(map))
        map = withLayout(map, LayoutScope::MissingOnly);
    const double layoutMs = timer.nsecsElapsed() / 1e6;

    timer.restart();
    Document document;
    document.reset(map);
    MapScene scene(&document);
    if (noIndex)
        scene.setItemIndexMethod(QGraphicsScene::NoIndex);
    if (kept) {
        // Built, routed and hidden: switched to, then back from.
        MapData other = generateMap({assets, 2});
        if (needsLayout(other))
            other = withLayout(other, LayoutScope::MissingOnly);
        document.addScenario(u"Kept"_qs, other);
        document.setCurrentScenario(1);
        scene.waitForRoutes();
        document.setCurrentScenario(0);
    }
    scene.setShowOwnershipLines(ownershipLines);
    if (cache)
        for (QGraphicsItem *item : scene.items())
            if (item->type() == QGraphicsItem::UserType + 1)
                item->setCacheMode(*cache);
    const double sceneMs = timer.nsecsElapsed() / 1e6;
    // Frames with the links routed (the view shows straight lines until the
    // worker thread's routes are in; docs/canvas.md "Routing").
    timer.restart();
    scene.waitForRoutes();
    std::fprintf(stderr, "routes ready after %.0f ms\n", timer.nsecsElapsed() / 1e6);

    for (QGraphicsItem *item : scene.items())
        if (item->type() == LinkLayer::Type) {
            if (linkPixels >= 0)
                static_cast<LinkLayer *>(item)->setPixelBudget(linkPixels);
            if (bandBudget)
                static_cast<LinkLayer *>(item)->setBandBudget(*bandBudget);
        }
    if (analysis && highlight.isEmpty() && !sweep) {
        timer.restart();
        scene.setInsight(computeInsight(document.data(), {}, 1));
        std::fprintf(stderr, "analysis in after %.0f ms\n", timer.nsecsElapsed() / 1e6);
    }
    double insightMs = 0, setInsightMs = 0, setModeMs = 0;
    if (!highlight.isEmpty()) {
        timer.restart();
        InsightPtr insight = computeInsight(document.data(), {}, 1);
        insightMs = timer.nsecsElapsed() / 1e6;
        const HighlightMode mode = highlight == u"orphans"_qs     ? HighlightMode::Orphans
                                   : highlight == u"coupling"_qs  ? HighlightMode::Coupling
                                   : highlight == u"ownership"_qs ? HighlightMode::Ownership
                                                                  : HighlightMode::None;
        timer.restart();
        scene.setHighlightMode(mode);
        setModeMs = timer.nsecsElapsed() / 1e6;
        timer.restart();
        scene.setInsight(insight);
        setInsightMs = timer.nsecsElapsed() / 1e6;
        int orphans = 0, glowing = 0, hotspots = 0;
        for (const Asset &a : document.data().assets) {
            const NodeHighlight h = scene.nodeHighlight(a.id.str());
            orphans += h.isOrphan();
            glowing += h.glow > 0;
            hotspots += h.hotspot;
        }
        std::printf("highlighted: %d orphans, %d glowing, %d hotspots\n", orphans, glowing,
                    hotspots);
    }

    MapView view(&scene);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.resize(1920, 1080);
    view.show();
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    const QRectF fit = scene.mapBoundingRect();
    const QPointF centre = fit.topLeft() + QPointF(fit.width() * at.x(), fit.height() * at.y());
    if (sweep) {
        // Median of `frames` frames per cell, and in brackets the first frame
        // after the change of zoom or mode (it fills the per-zoom pixmap caches).
        if (analysis || sweepModes != QStringList{u"none"_qs})
            scene.setInsight(computeInsight(document.data(), {}, 1));
        // The moment a person looks at the opened map before zooming: the
        // scene's idle work (node texts laid out on idle ticks) runs, as in
        // the app.
        QElapsedTimer idle;
        idle.start();
        while (idle.elapsed() < 1000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        const std::pair<const char *, HighlightMode> modes[] = {
            {"none", HighlightMode::None},
            {"orphans", HighlightMode::Orphans},
            {"coupling", HighlightMode::Coupling},
            {"ownership", HighlightMode::Ownership}};
        std::printf("%-10s", "zoom");
        for (const auto &m : modes)
            if (sweepModes.contains(QLatin1String(m.first)))
                std::printf(" %16s", m.first);
        std::printf("\n");
        double worst = 0;
        for (double z : zooms) {
            if (z == 0) {
                view.zoomToFit();
                std::printf("fit %.3f ", view.transform().m11());
            } else {
                view.setZoom(z);
                view.centerOn(centre);
                std::printf("%-10.2f", z);
            }
            for (const auto &m : modes) {
                if (!sweepModes.contains(QLatin1String(m.first)))
                    continue;
                scene.setHighlightMode(m.second);
                const double first = frame(view, image);
                QList<double> ms;
                for (int i = 0; i < frames; ++i)
                    ms << frame(view, image);
                // BENCH_MIN: the fastest frame instead (the cost without the
                // neighbours' builds, for comparing two versions).
                const double value = qEnvironmentVariableIsSet("BENCH_MIN")
                                         ? *std::min_element(ms.cbegin(), ms.cend())
                                         : median(ms);
                worst = std::max(worst, value);
                std::printf(" %7.2f (%6.2f)", value, first);
            }
            // How long the links cut to stubs were in the last frame (0: none
            // cut), and how many domain bands it drew.
            for (QGraphicsItem *item : scene.items())
                if (item->type() == LinkLayer::Type && item->zValue() < 200) {
                    const auto *layer = static_cast<LinkLayer *>(item);
                    std::printf("  stub %.0f px", layer->lastStubLength());
                    if (view.transform().m11() < 0.3)
                        std::printf("  bands %lld", qlonglong(layer->lastBandsDrawn()));
                }
            std::printf("\n");
            std::fflush(stdout);
        }
        std::printf("worst median ms: %.2f; peak RSS MB: %.1f\n", worst, peakRssMb());
        return 0;
    }
    auto showFit = [&] { view.zoomToFit(); };
    // 100%: a window-sized piece of the map around its centre (dense middle).
    auto showActual = [&] {
        view.resetZoom();
        view.centerOn(centre);
    };

    showFit();
    const double firstFrameMs = frame(view, image);
    const double interactiveMs = total.nsecsElapsed() / 1e6;
    if (!pngPrefix.isEmpty())
        image.save(pngPrefix + u"-fit.png"_qs);
    QList<double> fitMs, actualMs;
    showActual();
    const double firstActualMs = frame(view, image);
    showFit();
    for (int i = 0; i < frames && !qEnvironmentVariableIsSet("BENCH_ONLY_100"); ++i)
        fitMs << frame(view, image);
    showActual();
    for (int i = 0; i < frames; ++i)
        actualMs << frame(view, image);
    if (!pngPrefix.isEmpty())
        image.save(pngPrefix + u"-100.png"_qs);
    QList<double> zoomMs;
    if (zoom > 0) {
        view.setZoom(zoom);
        view.centerOn(centre);
        for (int i = 0; i < frames; ++i)
            zoomMs << frame(view, image);
        if (!pngPrefix.isEmpty())
            image.save(pngPrefix + u"-zoom.png"_qs);
    }

    std::printf("map: %lld domains, %lld teams, %lld assets, %lld links, %lld interactions\n",
                qlonglong(map.domains.size()), qlonglong(map.teams.size()),
                qlonglong(map.assets.size()), qlonglong(map.links.size()),
                qlonglong(map.interactions.size()));
    std::printf("index: %s%s\n", noIndex ? "none" : "BSP tree", kept ? ", a scenario kept" : "");
    std::printf("load/generate ms: %.1f\n", loadMs);
    std::printf("layout ms: %.1f\n", layoutMs);
    std::printf("scene build ms: %.1f\n", sceneMs);
    std::printf("first frame (fit) ms: %.1f\n", firstFrameMs);
    std::printf("interactive (start to first frame) ms: %.1f\n", interactiveMs);
    std::printf(qEnvironmentVariableIsSet("BENCH_WALL")
                    ? "(frame times are wall-clock ms)\n"
                    : "(frame times are CPU ms of the painting thread)\n");
    std::printf("median frame fit ms: %.2f (scene %.0f x %.0f)\n", median(fitMs), fit.width(),
                fit.height());
    std::printf("median frame 100%% ms: %.2f (first after zooming: %.2f)\n", median(actualMs),
                firstActualMs);
    if (zoom > 0)
        std::printf("median frame at zoom %.2f ms: %.2f\n", zoom, median(zoomMs));
    if (!highlight.isEmpty())
        std::printf("highlight %s: computeInsight ms: %.1f, setHighlightMode ms: %.1f, "
                    "setInsight ms: %.1f\n",
                    qPrintable(highlight), insightMs, setModeMs, setInsightMs);
    // Where the time of a frame goes: hide one layer at a time.
    auto without = [&](int type) {
        QList<QGraphicsItem *> hidden;
        for (QGraphicsItem *item : scene.items())
            if (item->type() == type && item->isVisible()) {
                item->hide();
                hidden << item;
            }
        QList<double> ms;
        for (int i = 0; i < frames; ++i)
            ms << frame(view, image);
        for (QGraphicsItem *item : std::as_const(hidden))
            item->show();
        return median(ms);
    };
    const int types[] = {QGraphicsItem::UserType + 4, QGraphicsItem::UserType + 1,
                         QGraphicsItem::UserType + 2};
    auto showZoom = [&] {
        view.setZoom(zoom);
        view.centerOn(centre);
    };
    for (auto [name, show] : {std::pair{"fit", std::function<void()>(showFit)},
                              std::pair{"100%", std::function<void()>(showActual)},
                              std::pair{"zoom", std::function<void()>(showZoom)}}) {
        if (std::string_view(name) == "zoom" && zoom <= 0)
            continue;
        show();
        std::printf("%s frame without links: %.2f ms, without nodes: %.2f ms, without domains: "
                    "%.2f ms\n",
                    name, without(types[0]), without(types[1]), without(types[2]));
    }
    std::printf("peak RSS MB: %.1f\n", peakRssMb());
    return 0;
}
