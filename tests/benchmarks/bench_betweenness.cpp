// bench_betweenness N [--no-boost] [--generator]: builds an organisation-like map of N
// assets and 3N links (80% within domains of ~25 assets, 20% across), then
// times the betweenness with 1 and 2 threads, Boost's
// brandes_betweenness_centrality (exact sizes only), and the whole analyze().
// Above 20,000 assets it times the sampled estimate (4,096 sources) instead.
#include "analysis/analysis.h"
#include "analysis/betweenness.h"
#include "analysis/graphmodel.h"
#ifdef ORGMAP_HAVE_GENERATOR
#include "generate/generator.h"
#endif

#include <QElapsedTimer>
#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <random>

using namespace OrgMap;

namespace {

constexpr int kExactLimit = 20000;
constexpr int kSampleSize = 4096;

MapData generate(int n)
{
    std::mt19937 random(20270101);
    const int domainSize = 25;
    const int domainCount = std::max(1, n / domainSize);
    MapData map;
    map.info.name = QStringLiteral("bench");
    auto domainId = [](int d) {
        return DomainId(QStringLiteral("d-%1").arg(d, 5, 10, QLatin1Char('0')));
    };
    auto assetId = [](int a) {
        return AssetId(QStringLiteral("a-%1").arg(a, 6, 10, QLatin1Char('0')));
    };
    for (int d = 0; d < domainCount; ++d)
        map.domains.insert(
            domainId(d),
            Domain{domainId(d), QStringLiteral("Domain %1").arg(d), {}, {}, {}, {}, {}, {}});
    for (int a = 0; a < n; ++a) {
        Asset asset;
        asset.id = assetId(a);
        asset.name = QStringLiteral("Asset %1").arg(a);
        asset.kind = a % 5 < 3 ? AssetKind::Service : AssetKind::DataProduct;
        asset.domain = domainId(std::min(a / domainSize, domainCount - 1));
        map.assets.insert(asset.id, asset);
    }
    std::uniform_int_distribution<int> anyAsset(0, n - 1);
    std::uniform_int_distribution<int> inDomain(0, domainSize - 1);
    std::uniform_int_distribution<int> kind(0, 2);
    std::uniform_real_distribution<double> coin(0, 1);
    while (map.links.size() < 3 * qsizetype(n)) {
        const int from = anyAsset(random);
        int to = 0;
        if (coin(random) < 0.8) // same domain
            to = std::min(from / domainSize * domainSize + inDomain(random), n - 1);
        else
            to = anyAsset(random);
        if (from == to)
            continue;
        const LinkKey key{assetId(from), assetId(to), LinkKind(kind(random))};
        map.links.insert(key, Link{key, {}, {}});
    }
    return map;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double maxDifference(const std::vector<double> &a, const std::vector<double> &b)
{
    double worst = 0;
    for (size_t i = 0; i < a.size(); ++i)
        worst = std::max(worst, std::abs(a[i] - b[i]));
    return worst;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2 || std::atoi(argv[1]) < 3) {
        std::fprintf(stderr, "usage: %s N [--no-boost] [--generator]   (N >= 3 assets)\n", argv[0]);
        return 2;
    }
    const int n = std::atoi(argv[1]);
    bool boost = true;
    bool projectGenerator = false;
    for (int i = 2; i < argc; ++i) {
        boost = boost && std::strcmp(argv[i], "--no-boost") != 0;
        projectGenerator = projectGenerator || std::strcmp(argv[i], "--generator") == 0;
    }
#ifdef ORGMAP_HAVE_GENERATOR
    // --generator: the map of `orgmap-cli generate` (model/generate), the one
    // shared/PERF-NOTES.md measured the peers on.
    const MapData map = projectGenerator ? generateMap(GeneratorOptions{n, 1}) : generate(n);
#else
    if (projectGenerator)
        std::fprintf(stderr, "built without model/generate: using the built-in generator\n");
    const MapData map = generate(n);
#endif
    const GraphModel model(map);
    const AssetGraph &graph = model.assetGraph();
    const bool sampled = n > kExactLimit;
    const std::vector<int> sources = evenlySpacedSources(n, sampled ? kSampleSize : 0);
    std::printf("N=%d assets, %d links, %zu asset edges, %s (%zu sources)\n", n,
                int(map.links.size()), size_t(boost::num_edges(graph)),
                sampled ? "sampled" : "exact", sources.size());

    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu = std::clock();
    const std::vector<double> one = brandesDependencySums(graph, sources, 1);
    std::printf("ours, 1 thread:   %10.1f ms (%.1f ms CPU)\n", msSince(timer),
                double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC);
    timer.restart();
    const std::vector<double> two = brandesDependencySums(graph, sources, 2);
    std::printf("ours, 2 threads:  %10.1f ms\n", msSince(timer));
    std::printf("1 vs 2 threads: max raw difference %.3g\n", maxDifference(one, two));

    int status = 0;
    if (boost && !sampled) {
        using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
        Graph reference{size_t(n)};
        for (const auto &e : boost::make_iterator_range(boost::edges(graph)))
            boost::add_edge(boost::source(e, graph), boost::target(e, graph), reference);
        std::vector<double> centrality(size_t(n), 0.0);
        timer.restart();
        boost::brandes_betweenness_centrality(
            reference, boost::make_iterator_property_map(centrality.begin(),
                                                         get(boost::vertex_index, reference)));
        std::printf("Boost, 1 thread:  %10.1f ms\n", msSince(timer));
        const double scale = double(n - 1) * double(n - 2);
        double worst = 0;
        for (size_t v = 0; v < centrality.size(); ++v)
            worst = std::max(worst, std::abs(centrality[v] - two[v]) / scale);
        std::printf("ours vs Boost: max normalised difference %.3g %s\n", worst,
                    worst <= 1e-9 ? "(equal)" : "(DIFFERENT)");
        status = worst <= 1e-9 ? 0 : 1;
    }

    AnalysisOptions options;
    options.betweenness = AnalysisOptions::Betweenness::Skip;
    timer.restart();
    const AnalysisResult rest = analyze(map, options);
    std::printf("analyze() without betweenness: %6.1f ms\n", msSince(timer));
    options.betweenness = AnalysisOptions::Betweenness::Auto;
    options.threads = 2;
    timer.restart();
    const AnalysisResult result = analyze(map, options);
    std::printf("analyze(), 2 threads: %6.1f ms (%d findings%s)\n", msSince(timer),
                int(result.findings.size()), result.betweennessSampled ? ", sampled" : "");
    return status;
}
