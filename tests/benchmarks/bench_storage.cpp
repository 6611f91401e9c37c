// bench_storage [N | path.orgmap | path.orgmap.json]: median save and open
// times of the SQLite document over 5 runs, for a synthetic map of N assets
// (default 10,000 assets, 30,000 links) or for a given map file.

#include "samplemaps.h"
#include "storage/mapcheck.h"
#include "storage/mapfile.h"
#include "storage/sqlitestore.h"

#include "benchutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace OrgMap;

namespace {

const auto cpuMs = Bench::threadCpuMs;

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    MapData map;
    bool isNumber = false;
    const int n = args.isEmpty() ? 10000 : args.first().toInt(&isNumber);
    if (args.isEmpty() || isNumber) {
        map = TestMaps::syntheticMap(n);
    } else {
        const MapFileResult loaded = loadMapFile(args.first());
        if (!loaded.map) {
            std::fprintf(stderr, "%s\n", qPrintable(loaded.errors.join(u'\n')));
            return 1;
        }
        map = *loaded.map;
    }
    std::printf("map: %lld domains, %lld teams, %lld assets, %lld links\n",
                qint64(map.domains.size()), qint64(map.teams.size()), qint64(map.assets.size()),
                qint64(map.links.size()));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.orgmap"));
    QList<double> saves, opens, checks, saveCpu, openCpu;
    for (int run = 0; run < 5; ++run) {
        QString error;
        QElapsedTimer timer;
        timer.start();
        // The rule check that both save and open run, measured alone.
        if (!SqliteStore::Internal::checkMap(map, 1).isEmpty())
            return 1;
        checks << timer.nsecsElapsed() / 1e6;
        double cpu = cpuMs();
        timer.restart();
        if (!SqliteStore::save(map, path, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        saves << timer.nsecsElapsed() / 1e6;
        saveCpu << cpuMs() - cpu;
        cpu = cpuMs();
        timer.restart();
        const std::optional<MapData> loaded = SqliteStore::open(path, &error);
        opens << timer.nsecsElapsed() / 1e6;
        openCpu << cpuMs() - cpu;
        if (!loaded || !(*loaded == map)) {
            std::fprintf(stderr, "round trip failed: %s\n", qPrintable(error));
            return 1;
        }
    }
    std::printf("file: %lld bytes\n"
                "save: median %.1f ms (CPU %.1f ms)\n"
                "open: median %.1f ms (CPU %.1f ms)\n"
                "rule check, part of both: median %.1f ms\n",
                qint64(QFileInfo(path).size()), median(saves), median(saveCpu), median(opens),
                median(openCpu), median(checks));
    return 0;
}
