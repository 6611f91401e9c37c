// Presentation benchmark: the spotlight's camera glide (docs/workshop.md).
// Paints the frames of a 400 ms glide at 60 Hz (24 frames) from the whole map
// to a spotlight, in the projector theme at 1280x720, with the veil, and
// prints the slowest and median frame.
//
//   bench_glide [--assets N] [--no-wait] [--analysis] [FILE.orgmap.json]
//
// The glide starts once the links' routes are in (as a presenter sees it: the
// map was open before presenting); --no-wait glides while the worker thread
// still routes, as this benchmark did before (each arrival of routes rebuilds
// the link geometry inside a frame).
// Without a file it generates the standard synthetic map (model/generate).
// The spotlight is the domain with the most assets, then the asset with the
// most links (its neighbourhood). Run with QT_QPA_PLATFORM=offscreen. Frame
// times are CPU ms of the painting thread (as bench_canvas).
#include "analysis/insight.h"
#include "document/document.h"
#include "generate/generator.h"
#include "layout/autolayout.h"
#include "mapscene.h"
#include "mapview.h"
#include "present/spotlightset.h"
#include "theme.h"
#include "json/jsonformat.h"

#include "benchutil.h"

#include <QApplication>
#include <QEasingCurve>
#include <QFile>
#include <QImage>
#include <algorithm>
#include <cstdio>

using namespace OrgMap;

namespace {

const auto cpuMs = Bench::threadCpuMs;

// The glide's frames, painted as glideTo() shows them (fitRect of the
// interpolated rectangle each frame).
QList<double> glide(MapView &view, const QStringList &ids)
{
    MapScene *scene = view.mapScene();
    QList<QRectF> rects;
    QRectF target;
    for (const QString &id : ids) {
        rects.append(scene->rectForId(id));
        target |= rects.last();
    }
    target.adjust(-60, -60, 60, 60);
    view.setSpotlight(rects);
    const QRectF from = view.mapToScene(view.viewport()->rect()).boundingRect();
    const double zoom = std::min({1280 / target.width(), 720 / target.height(), 2.0});
    const QRectF to(target.center() - QPointF(640, 360) / zoom, QSizeF(1280, 720) / zoom);
    const QEasingCurve curve(QEasingCurve::InOutCubic);
    QImage image(1280, 720, QImage::Format_ARGB32_Premultiplied);
    QList<double> times;
    for (int i = 1; i <= 24; ++i) {
        const double t = curve.valueForProgress(i / 24.0);
        const QRectF r(from.topLeft() + (to.topLeft() - from.topLeft()) * t,
                       from.size() + (to.size() - from.size()) * t);
        const double start = cpuMs();
        view.fitRect(r, 1e9);
        view.viewport()->render(&image);
        times.append(cpuMs() - start);
        if (qEnvironmentVariableIsSet("GLIDE_FRAMES")) {
            const double again = cpuMs();
            view.viewport()->render(&image);
            std::printf("  frame %2d zoom %.3f  %.1f ms  (same zoom again %.1f ms)\n", i,
                        view.transform().m11(), times.last(), cpuMs() - again);
        }
    }
    if (qEnvironmentVariableIsSet("GLIDE_FRAMES")) {
        for (int k = 0; k < 3; ++k) {
            double a = cpuMs();
            view.viewport()->render(&image);
            double b = cpuMs();
            view.setSpotlight({});
            view.viewport()->render(&image);
            double c = cpuMs();
            view.setSpotlight(rects);
            std::printf("  end: with veil %.1f ms, without %.1f ms (%lld rects)\n", b - a, c - b,
                        qlonglong(rects.size()));
        }
    }
    view.setSpotlight({});
    view.zoomToFit();
    return times;
}

void report(const char *what, QList<double> times)
{
    std::sort(times.begin(), times.end());
    std::printf("%-40s median %6.1f ms  max %6.1f ms  (%lld frames)\n", what,
                times[times.size() / 2], times.last(), qlonglong(times.size()));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    int assets = 10000;
    QString file;
    bool wait = true, analysis = false;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--assets") == 0 && i + 1 < argc)
            assets = std::atoi(argv[++i]);
        else if (qstrcmp(argv[i], "--no-wait") == 0)
            wait = false;
        else if (qstrcmp(argv[i], "--analysis") == 0)
            analysis = true;
        else
            file = QString::fromLocal8Bit(argv[i]);
    }
    MapData map;
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: cannot open\n", qPrintable(file));
            return 1;
        }
        JsonReadResult result = readMapJson(f.readAll());
        if (!result.map) {
            std::fprintf(stderr, "%s: not a map\n", qPrintable(file));
            return 1;
        }
        map = *result.map;
    } else {
        map = generateMap({assets, 1});
    }
    if (needsLayout(map))
        map = withLayout(map, LayoutScope::MissingOnly);
    Document document;
    document.reset(map);
    MapScene scene(&document);
    scene.setTheme(Theme::projectorTheme(false));
    MapView view(&scene);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.resize(1280, 720);
    view.show();
    QApplication::processEvents();
    view.zoomToFit();
    if (wait)
        scene.waitForRoutes();
    if (analysis)
        scene.setInsight(computeInsight(document.data(), {}, 1));

    QHash<DomainId, int> perDomain;
    QHash<AssetId, int> degree;
    for (const Asset &a : map.assets)
        ++perDomain[a.domain];
    for (const Link &l : map.links) {
        ++degree[l.key.from];
        ++degree[l.key.to];
    }
    DomainId domain;
    for (auto it = perDomain.cbegin(); it != perDomain.cend(); ++it)
        if (!it.key().isNull() && (domain.isNull() || it.value() > perDomain[domain]))
            domain = it.key();
    AssetId hub;
    for (auto it = degree.cbegin(); it != degree.cend(); ++it)
        if (hub.isNull() || it.value() > degree[hub])
            hub = it.key();
    std::printf("%lld assets, %lld links, 1280x720, projector theme, %s, %s\n",
                qlonglong(map.assets.size()), qlonglong(map.links.size()),
                wait ? "routes in" : "routes arriving during the glide",
                analysis ? "with the analysis" : "no analysis");
    report("glide to the largest domain", glide(view, spotlightSet(map, domain.str())));
    report("glide to the busiest asset's neighbours", glide(view, spotlightSet(map, hub.str())));
    return 0;
}
