// Scenario switching benchmark (docs/benchmarks.md, "Scenarios"): the time
// from a tab click (Document::setCurrentScenario) until the main window's
// scene, docks and status have re-synced, on the example map and on
// generated 10,000-asset maps: a target duplicated from the map and edited a
// little (the usual case), and two unrelated maps. Median of 9 switches (--runs),
// wall ms.
//
//   bench_scenarios [--assets N] [--runs N (9)] [--write-example OUT.orgmap EXAMPLES_DIR]
//
// --write-example writes the example document with "As-is" (acme.orgmap.json)
// and "Target" (acme-target.orgmap.json) and exits. Run with
// QT_QPA_PLATFORM=offscreen.

#include "document/document.h"
#include "generate/generator.h"
#include "layout/autolayout.h"
#include "mainwindow.h"
#include "storage/mapfile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>

using namespace OrgMap;

namespace {

int g_runs = 9;
double g_first = 0; // the first switch of the last medianSwitchMs (nothing kept yet)

double medianSwitchMs(MainWindow &window)
{
    QList<double> times;
    for (int i = 0; i < g_runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        window.document()->setCurrentScenario(1 - window.document()->currentScenario());
        QCoreApplication::processEvents(); // what the next paint would wait for
        times << clock.nsecsElapsed() / 1e6;
    }
    g_first = times.first();
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// The usual target: a duplicate of `map` with `edits` assets moved to another
// domain, as many renamed and as many links removed. A moved asset loses its
// place (`unplaceMoved`): it is laid out in its new domain, as an import does.
MapData editedCopy(MapData map, int edits, bool unplaceMoved = false)
{
    const QList<DomainId> domains = map.domains.keys();
    int i = 0;
    for (auto it = map.assets.begin(); it != map.assets.end() && i < 2 * edits; ++it, ++i) {
        if (i % 2 == 0) {
            it->domain = domains.at((domains.indexOf(it->domain) + 1) % domains.size());
            if (unplaceMoved)
                it->geometry.reset();
        } else
            it->name += u" (renamed)"_qs;
    }
    for (int k = 0; k < edits && !map.links.isEmpty(); ++k)
        map.links.erase(map.links.begin());
    return map;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto value = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    if (const qsizetype i = args.indexOf(u"--write-example"_qs); i >= 0 && i + 2 < args.size()) {
        const QString dir = args.at(i + 2);
        const MapFileResult asIs = loadMapFile(dir + u"/acme.orgmap.json"_qs);
        const MapFileResult target = loadMapFile(dir + u"/acme-target.orgmap.json"_qs);
        QString error;
        if (!asIs.map || !target.map ||
            !saveScenariosFile({{u"As-is"_qs, *asIs.map}, {u"Target"_qs, *target.map}},
                               args.at(i + 1), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error + asIs.errors.join(u'\n')));
            return 1;
        }
        return 0;
    }

    const int assets = value(u"--assets"_qs, u"10000"_qs).toInt();
    g_runs = qMax(1, value(u"--runs"_qs, u"9"_qs).toInt());
    MapData big = generateMap({assets, 1});
    MapData bigTarget = generateMap({assets, 2});
    MainWindow window(false);
    window.resize(1280, 720);
    window.show();
    // Generated maps have no geometry: each scenario is laid out on its own,
    // so the moves shift most of the layout (8,673 of 10,000 assets at other
    // places). "Duplicate current" copies the laid-out map instead: only what
    // was edited differs.
    window.setScenarios({{u"As-is"_qs, big}, {u"Target"_qs, editedCopy(big, 20)}});
    QCoreApplication::processEvents();
    std::printf("switch, %d assets, target = edited copy laid out on its own (20 moved, 20 "
                "renamed, 20 links removed): %.1f ms\n",
                assets, medianSwitchMs(window));
    const MapData placed = withLayout(big, LayoutScope::MissingOnly);
    window.setScenarios({{u"As-is"_qs, placed}, {u"Target"_qs, editedCopy(placed, 20, true)}});
    QCoreApplication::processEvents();
    std::printf("switch, %d assets, target = edited duplicate (20 moved, 20 renamed, 20 "
                "links removed): %.1f ms\n",
                assets, medianSwitchMs(window));
    window.setScenarios({{u"As-is"_qs, big}, {u"Target"_qs, bigTarget}});
    QCoreApplication::processEvents();
    const double unrelated = medianSwitchMs(window);
    std::printf("switch, 2 x %d assets: %.1f ms (the first, to a scenario not shown before: "
                "%.1f ms)\n",
                assets, unrelated, g_first);

    const MapFileResult example = loadMapFile(QStringLiteral(ORGMAP_EXAMPLES "/acme.orgmap.json"));
    const MapFileResult target =
        loadMapFile(QStringLiteral(ORGMAP_EXAMPLES "/acme-target.orgmap.json"));
    if (example.map && target.map) {
        window.setScenarios({{u"As-is"_qs, *example.map}, {u"Target"_qs, *target.map}});
        QCoreApplication::processEvents();
        std::printf("switch, example map: %.1f ms\n", medianSwitchMs(window));
    }
    return 0;
}
