#include "analysis/analysis.h"
#include "analysis/betweenness.h"
#include "analysis/graphmodel.h"
#include "mapbuilder.h"

#include <QTest>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <random>

using namespace OrgMap;

namespace {

using Edges = std::vector<std::pair<int, int>>;

AssetGraph graphOf(int n, Edges edges)
{
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    return AssetGraph(boost::edges_are_sorted, edges.begin(), edges.end(), size_t(n));
}

// Boost's exact betweenness on an adjacency_list of the same graph, with the
// spec's normalisation.
std::vector<double> boostBetweenness(const AssetGraph &graph)
{
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    const int n = int(boost::num_vertices(graph));
    Graph reference{size_t(n)};
    for (const auto &e : boost::make_iterator_range(boost::edges(graph)))
        boost::add_edge(boost::source(e, graph), boost::target(e, graph), reference);
    std::vector<double> centrality(size_t(n), 0.0);
    boost::brandes_betweenness_centrality(
        reference,
        boost::make_iterator_property_map(centrality.begin(), get(boost::vertex_index, reference)));
    for (double &c : centrality)
        c = n < 3 ? 0.0 : c / (double(n - 1) * double(n - 2));
    return centrality;
}

// An organisation-like random graph: domains of ~10 vertices, most edges
// inside a domain, some across, no self-loops.
Edges randomEdges(int n, int m, unsigned seed)
{
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> any(0, n - 1);
    Edges edges;
    while (int(edges.size()) < m) {
        const int from = any(random);
        const int to =
            any(random) % 4 == 0 ? any(random) : std::min(n - 1, from / 10 * 10 + any(random) % 10);
        if (from != to)
            edges.emplace_back(from, to);
    }
    return edges;
}

} // namespace

class TestBetweenness : public QObject
{
    Q_OBJECT

private slots:
    void handComputed_data();
    void handComputed();
    void parallelLinksCountOnce();
    void equalsBoostOnRandomGraphs_data();
    void equalsBoostOnRandomGraphs();
    void evenlySpacedSources();
    void sampledIsDeterministicAndFlagged();
    void sampledScalesTheSourcesContributions();
};

void TestBetweenness::handComputed_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QList<int>>("edges"); // from, to, from, to, ...
    QTest::addColumn<QList<double>>("expected");

    // a -> b -> c: b is on the one path a..c, over (3-1)(3-2) = 2.
    QTest::newRow("path") << 3 << QList<int>{0, 1, 1, 2} << QList<double>{0, 0.5, 0};
    // l1, l2 -> h -> r1, r2: h is on 4 paths, over 4 * 3.
    QTest::newRow("star") << 5 << QList<int>{0, 2, 1, 2, 2, 3, 2, 4}
                          << QList<double>{0, 0, 4.0 / 12, 0, 0};
    // Only out-edges from the hub: nothing passes through anything.
    QTest::newRow("out-star") << 4 << QList<int>{0, 1, 0, 2, 0, 3} << QList<double>{0, 0, 0, 0};
    // a -> b -> c -> a: each vertex is on one path.
    QTest::newRow("cycle") << 3 << QList<int>{0, 1, 1, 2, 2, 0} << QList<double>{0.5, 0.5, 0.5};
    // s -> a, s -> b, a -> t, b -> t: a and b share the two shortest paths.
    QTest::newRow("diamond") << 4 << QList<int>{0, 1, 0, 2, 1, 3, 2, 3}
                             << QList<double>{0, 0.5 / 6, 0.5 / 6, 0};
    QTest::newRow("two vertices") << 2 << QList<int>{0, 1, 1, 0} << QList<double>{0, 0};
    QTest::newRow("no vertices") << 0 << QList<int>{} << QList<double>{};
}

void TestBetweenness::handComputed()
{
    QFETCH(int, n);
    QFETCH(QList<int>, edges);
    QFETCH(QList<double>, expected);
    Edges pairs;
    for (qsizetype i = 0; i + 1 < edges.size(); i += 2)
        pairs.emplace_back(edges[i], edges[i + 1]);
    const AssetGraph graph = graphOf(n, pairs);
    for (int threads : {1, 2}) {
        const BetweennessScores scores = betweenness(graph, 0, threads);
        QCOMPARE(int(scores.values.size()), n);
        QVERIFY(!scores.sampled);
        for (int v = 0; v < n; ++v)
            QVERIFY2(std::abs(scores.values[size_t(v)] - expected[v]) < 1e-12,
                     qPrintable(QStringLiteral("vertex %1: %2, expected %3")
                                    .arg(v)
                                    .arg(scores.values[size_t(v)])
                                    .arg(expected[v])));
    }
    const std::vector<double> reference = boostBetweenness(graph);
    for (int v = 0; v < n; ++v)
        QVERIFY(std::abs(reference[size_t(v)] - expected[v]) < 1e-12);
}

void TestBetweenness::parallelLinksCountOnce()
{
    // The diamond with two links (api and data) from s to a. As a multigraph
    // a would carry 2/3 of the s..t paths; as the spec's graph, half.
    const MapData map = MapBuilder()
                            .service("a")
                            .service("b")
                            .service("s")
                            .service("t")
                            .link("s", "a", LinkKind::Api)
                            .link("s", "a", LinkKind::Data)
                            .link("s", "b")
                            .link("a", "t", LinkKind::Event)
                            .link("b", "t")
                            .map();
    const GraphModel model(map);
    QCOMPARE(int(boost::num_edges(model.assetGraph())), 4);
    const AnalysisResult result = analyze(map);
    QCOMPARE(result.assets[0].betweenness, 0.5 / 6); // a
    QCOMPARE(result.assets[1].betweenness, 0.5 / 6); // b
}

void TestBetweenness::equalsBoostOnRandomGraphs_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("m");
    QTest::addColumn<unsigned>("seed");
    QTest::newRow("sparse 300") << 300 << 450 << 1u;
    QTest::newRow("org-like 400") << 400 << 1200 << 2u;
    QTest::newRow("dense 200") << 200 << 2000 << 3u;
    QTest::newRow("tree-like 250") << 250 << 249 << 4u;
}

void TestBetweenness::equalsBoostOnRandomGraphs()
{
    QFETCH(int, n);
    QFETCH(int, m);
    QFETCH(unsigned, seed);
    const AssetGraph graph = graphOf(n, randomEdges(n, m, seed));
    const std::vector<double> reference = boostBetweenness(graph);
    double largest = 0;
    for (int threads : {1, 2, 3}) {
        const BetweennessScores scores = betweenness(graph, 0, threads);
        for (int v = 0; v < n; ++v) {
            QVERIFY2(std::abs(scores.values[size_t(v)] - reference[size_t(v)]) <= 1e-9,
                     qPrintable(QStringLiteral("vertex %1 with %2 threads: %3, Boost %4")
                                    .arg(v)
                                    .arg(threads)
                                    .arg(scores.values[size_t(v)])
                                    .arg(reference[size_t(v)])));
            largest = std::max(largest, scores.values[size_t(v)]);
        }
    }
    QVERIFY(largest > 0); // the graphs do have paths through vertices
}

void TestBetweenness::evenlySpacedSources()
{
    QCOMPARE(OrgMap::evenlySpacedSources(10, 4), (std::vector<int>{0, 2, 5, 7}));
    QCOMPARE(OrgMap::evenlySpacedSources(3, 0), (std::vector<int>{0, 1, 2}));
    QCOMPARE(OrgMap::evenlySpacedSources(3, 5), (std::vector<int>{0, 1, 2}));
    const std::vector<int> many = OrgMap::evenlySpacedSources(100000, 4096);
    QCOMPARE(int(many.size()), 4096);
    QVERIFY(std::is_sorted(many.begin(), many.end()));
    QCOMPARE(many.back(), int(qint64(4095) * 100000 / 4096));
}

void TestBetweenness::sampledIsDeterministicAndFlagged()
{
    MapBuilder builder;
    const int n = 300;
    std::vector<QByteArray> ids;
    for (int i = 0; i < n; ++i)
        ids.push_back(QByteArray("s-") + QByteArray::number(1000 + i));
    for (int i = 0; i < n; ++i)
        builder.service(ids[size_t(i)].constData(), "d");
    builder.domain("d");
    for (const auto &[from, to] : randomEdges(n, 3 * n, 7))
        builder.link(ids[size_t(from)].constData(), ids[size_t(to)].constData());
    const MapData map = builder.map();

    AnalysisOptions options;
    options.exactLimit = 200; // Auto samples above this
    options.sampleSize = 50;
    options.threads = 2;
    const AnalysisResult first = analyze(map, options);
    const AnalysisResult second = analyze(map, options);
    QVERIFY(first.betweennessSampled);
    QCOMPARE(first.betweennessSources, 50);
    QVERIFY(first == second);

    options.exactLimit = 300; // n is not above it: exact
    const AnalysisResult exact = analyze(map, options);
    QVERIFY(!exact.betweennessSampled);
    QCOMPARE(exact.betweennessSources, n);

    options.betweenness = AnalysisOptions::Betweenness::Skip;
    const AnalysisResult skipped = analyze(map, options);
    QVERIFY(!skipped.betweennessSampled);
    for (const AssetMetrics &a : skipped.assets)
        QCOMPARE(a.betweenness, 0.0);

    // The estimate is in the right neighbourhood of the exact values.
    double sampledSum = 0;
    double exactSum = 0;
    for (int i = 0; i < n; ++i) {
        sampledSum += first.assets[i].betweenness;
        exactSum += exact.assets[i].betweenness;
    }
    QVERIFY(std::abs(sampledSum - exactSum) < 0.25 * exactSum);
}

void TestBetweenness::sampledScalesTheSourcesContributions()
{
    const int n = 120;
    const AssetGraph graph = graphOf(n, randomEdges(n, 360, 11));
    const BetweennessScores scores = betweenness(graph, 16, 2);
    QVERIFY(scores.sampled);
    QCOMPARE(scores.sources, 16);
    std::vector<double> expected(size_t(n), 0.0);
    for (int s : OrgMap::evenlySpacedSources(n, 16)) {
        const std::vector<double> one = brandesDependencySums(graph, {s}, 1);
        for (int v = 0; v < n; ++v)
            expected[size_t(v)] += one[size_t(v)];
    }
    for (int v = 0; v < n; ++v) {
        const double value = expected[size_t(v)] * (double(n) / 16) / (double(n - 1) * (n - 2));
        QVERIFY(std::abs(scores.values[size_t(v)] - value) < 1e-12);
    }
}

QTEST_GUILESS_MAIN(TestBetweenness)
#include "tst_betweenness.moc"
