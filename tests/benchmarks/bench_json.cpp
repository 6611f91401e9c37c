// Times readMapJson and writeMapJson on a file:
//   bench_json map.orgmap.json [runs]
// Prints the median over the runs (default 5) in milliseconds, as wall time
// and as thread CPU time (which a busy machine distorts less). Build in
// Release for figures worth comparing.

#include "json/jsonformat.h"

#include "benchutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace OrgMap;

namespace {

using Bench::threadCpuMs;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_json <file.orgmap.json> [runs]\n");
        return 2;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(args.at(1)));
        return 2;
    }
    const QByteArray bytes = file.readAll();
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5;

    std::vector<double> readMs, writeMs, readCpuMs, writeCpuMs, parseCpuMs;
    QByteArray written;
    MapData map;
    for (int run = 0; run < runs; ++run) {
        // The floor: Qt's parser alone, which readMapJson runs first.
        double parseStart = threadCpuMs();
        {
            const QJsonDocument document = QJsonDocument::fromJson(bytes);
        }
        parseCpuMs.push_back(threadCpuMs() - parseStart);

        QElapsedTimer timer;
        timer.start();
        double cpu = threadCpuMs();
        JsonReadResult result = readMapJson(bytes);
        readMs.push_back(timer.nsecsElapsed() / 1e6);
        readCpuMs.push_back(threadCpuMs() - cpu);
        if (!result.map) {
            for (const FormatError &e : std::as_const(result.errors))
                std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
            return 1;
        }
        map = std::move(*result.map);
        timer.restart();
        cpu = threadCpuMs();
        written = writeMapJson(map);
        writeMs.push_back(timer.nsecsElapsed() / 1e6);
        writeCpuMs.push_back(threadCpuMs() - cpu);
    }
    std::printf("%s: %.1f MB, %lld domains, %lld teams, %lld assets, %lld links\n",
                qPrintable(args.at(1)), bytes.size() / 1e6, qlonglong(map.domains.size()),
                qlonglong(map.teams.size()), qlonglong(map.assets.size()),
                qlonglong(map.links.size()));
    std::printf("read+validate: median %.1f ms wall, %.1f ms CPU (min %.1f wall) over %d runs\n",
                median(readMs), median(readCpuMs), *std::min_element(readMs.begin(), readMs.end()),
                runs);
    std::printf("  of which QJsonDocument::fromJson alone: median %.1f ms CPU\n",
                median(parseCpuMs));
    std::printf("write:         median %.1f ms wall, %.1f ms CPU (min %.1f wall) over %d runs\n",
                median(writeMs), median(writeCpuMs),
                *std::min_element(writeMs.begin(), writeMs.end()), runs);
    std::printf("canonical input: %s\n", written == bytes ? "yes (bytes identical)" : "no");
    return 0;
}
