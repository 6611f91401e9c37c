// Times what the quick-entry line does on the GUI thread per keystroke
// (quickEntryCompletions) and on Return (parseQuickEntry) on a generated map:
//   bench_quickentry [--assets N] [runs]
// Prints the median thread CPU time over the runs (default 9) in ms. Build in
// Release for figures worth comparing.

#include "document/quickentry.h"
#include "generate/generator.h"

#include "benchutil.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace OrgMap;

namespace {

using Bench::threadCpuMs;

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        const double start = threadCpuMs();
        work();
        times.push_back(threadCpuMs() - start);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    GeneratorOptions options;
    options.assets = 10000;
    if (const qsizetype i = args.indexOf(u"--assets"_qs); i >= 0 && i + 1 < args.size()) {
        options.assets = std::clamp(args.at(i + 1).toInt(), 1, GeneratorOptions::kMaxAssets);
        args.remove(i, 2);
    }
    const int runs = args.isEmpty() ? 9 : std::max(1, args.first().toInt());
    const MapData map = generateMap(options);
    const QString domain = map.domains.begin()->name;
    const QString asset = map.assets.begin()->name;

    qsizetype offered = 0;
    std::printf("quick entry, %d assets, %lld names; median of %d runs, thread CPU ms\n",
                options.assets,
                qlonglong(map.assets.size() + map.domains.size() + map.teams.size()), runs);
    // The first keystroke: every command word and asset name.
    std::printf("  complete \"s\"                   %8.2f\n",
                medianMs(runs, [&] { offered = quickEntryCompletions(u"s"_qs, map).size(); }));
    std::printf("    (%lld completions)\n", qlonglong(offered));
    // After "in": every domain name.
    std::printf("  complete \"service X in \"       %8.2f\n", medianMs(runs, [&] {
                    offered = quickEntryCompletions(u"service X in "_qs, map).size();
                }));
    std::printf("    (%lld completions)\n", qlonglong(offered));
    std::printf("  parse \"service X in <domain>\"  %8.2f\n",
                medianMs(runs, [&] { parseQuickEntry(u"service X in "_qs + domain, map); }));
    std::printf("  parse \"<asset> -> <asset>\"     %8.2f\n",
                medianMs(runs, [&] { parseQuickEntry(asset + u" -> "_qs + asset, map); }));
    return 0;
}
