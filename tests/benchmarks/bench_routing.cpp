// Routing benchmark (issue 12, docs/benchmarks.md "Routing"): lays a map out
// where it lacks geometry, routes its links around the asset and team boxes
// (model/layout/linkrouter) and prints one JSON object: links, links through
// other boxes and mean length for straight centre lines and for the routes,
// crossing pairs (up to 6,000 links), and the routing time.
//
//   bench_routing [--assets N] [--explain] [FILE.orgmap.json]
//
// --explain lists on stderr each routed link that passes through a box: its
// bends, how many links share its two boxes, and whether it alone, routed
// without its fan, would pass through one too.
//
// Without a file it generates tests/layout/samplemaps.h's map of N assets
// (default 1000) and lays it all out.

#include "layout/autolayout.h"
#include "layout/linkrouter.h"
#include "routingmap.h"
#include "samplemaps.h"
#include "json/jsonformat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLineF>
#include <QSet>
#include <cstdio>

using namespace OrgMap;

namespace {

struct Figures
{
    int through = 0;
    qint64 crossings = -1;
    double meanLength = 0;
};

Figures measure(const LinkRouter &router, const QList<RouteLink> &links,
                const QList<QList<QPointF>> &paths)
{
    Figures f;
    double total = 0;
    QList<QLineF> segments;
    QList<int> owner;
    for (qsizetype i = 0; i < links.size(); ++i) {
        f.through += router.boxesCrossed(paths[i], links[i].from, links[i].to) > 0;
        for (qsizetype k = 0; k + 1 < paths[i].size(); ++k) {
            total += QLineF(paths[i][k], paths[i][k + 1]).length();
            segments.append(QLineF(paths[i][k], paths[i][k + 1]));
            owner.append(int(i));
        }
    }
    f.meanLength = links.isEmpty() ? 0 : total / double(links.size());
    if (links.size() <= 6000) {
        // Pairs of links that cross (links sharing an end do not count).
        QSet<QPair<int, int>> pairs;
        for (qsizetype a = 0; a < segments.size(); ++a)
            for (qsizetype b = a + 1; b < segments.size(); ++b) {
                const int la = owner[a], lb = owner[b];
                if (la == lb || links[la].from == links[lb].from ||
                    links[la].from == links[lb].to || links[la].to == links[lb].from ||
                    links[la].to == links[lb].to)
                    continue;
                if (segments[a].intersects(segments[b], nullptr) == QLineF::BoundedIntersection)
                    pairs.insert({std::min(la, lb), std::max(la, lb)});
            }
        f.crossings = pairs.size();
    }
    return f;
}

void print(const char *name, const Figures &f, bool comma)
{
    std::printf(
        "  \"%s\": {\"links_through_boxes\": %d, \"crossings\": %s, \"mean_length\": %.1f}%s\n",
        name, f.through, f.crossings < 0 ? "null" : QByteArray::number(f.crossings).constData(),
        f.meanLength, comma ? "," : "");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int assets = 1000;
    bool explain = false;
    QString file;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--assets" && i + 1 < args.size())
            assets = args[++i].toInt();
        else if (args[i] == u"--explain")
            explain = true;
        else
            file = args[i];
    }
    MapData map;
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench_routing: %s: cannot read\n", qPrintable(file));
            return 1;
        }
        JsonReadResult r = readMapJson(f.readAll());
        if (!r.map) {
            std::fprintf(stderr, "bench_routing: %s\n",
                         qPrintable(r.errors.isEmpty() ? QString() : r.errors.first().toString()));
            return 1;
        }
        map = withLayout(*r.map, LayoutScope::MissingOnly);
    } else {
        map = withLayout(Samples::generated(assets), LayoutScope::All);
    }
    Samples::RoutingInput in = Samples::routingInput(map);
    const QList<QRectF> &boxes = in.boxes;
    const QList<RouteLink> &links = in.links;
    QList<QList<QPointF>> straight;
    for (const RouteLink &l : links)
        straight.append({boxes[l.from].center(), boxes[l.to].center()});
    QElapsedTimer timer;
    timer.start();
    const LinkRouter router(boxes);
    const QList<QList<QPointF>> routed = router.route(links);
    const double ms = timer.nsecsElapsed() / 1e6;
    std::printf("{\n  \"map\": \"%s\",\n  \"assets\": %d,\n  \"links\": %d,\n",
                qPrintable(file.isEmpty() ? QStringLiteral("generated") : file),
                int(map.assets.size()), int(links.size()));
    print("straight", measure(router, links, straight), true);
    print("routed", measure(router, links, routed), true);
    std::printf("  \"route_ms\": %.1f\n}\n", ms);
    if (explain) {
        // The router fans out the links joining the same two boxes, either way.
        auto pairOf = [](const RouteLink &l) {
            return QPair<int, int>(std::min(l.from, l.to), std::max(l.from, l.to));
        };
        QHash<QPair<int, int>, int> fans;
        for (const RouteLink &l : links)
            ++fans[pairOf(l)];
        for (qsizetype i = 0; i < links.size(); ++i) {
            const RouteLink &l = links[i];
            const int crossed = router.boxesCrossed(routed[i], l.from, l.to);
            if (crossed == 0)
                continue;
            const QList<QPointF> alone = router.route({l}).first();
            std::fprintf(
                stderr, "link %d->%d: %d boxes, %d points, fan of %d, alone: %d boxes, %d points\n",
                l.from, l.to, crossed, int(routed[i].size()), fans.value(pairOf(l)),
                router.boxesCrossed(alone, l.from, l.to), int(alone.size()));
        }
    }
    return 0;
}
