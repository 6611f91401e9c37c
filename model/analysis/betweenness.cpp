#include "betweenness.h"

#include <QtGlobal>
#include <algorithm>
#include <boost/range/iterator_range.hpp>
#include <thread>

namespace OrgMap {
namespace {

// The CSR arrays in plain ints: the inner loops below index them directly.
struct Csr
{
    int n = 0;
    std::vector<int> rowStart; // n + 1 entries
    std::vector<int> column;
};

// A numbering of the vertices in breadth-first order over the graph taken as
// undirected (Cuthill-McKee without the degree sort): vertices that are
// linked get close numbers, so a BFS touches fewer cache lines. Map ids say
// nothing about structure ("dp-..." and "s-..." of one domain are far apart
// in id order). Deterministic: ties go by index.
std::vector<int> localityOrder(const AssetGraph &graph)
{
    const int n = int(boost::num_vertices(graph));
    std::vector<std::vector<int>> neighbours(static_cast<size_t>(n));
    for (const auto &e : boost::make_iterator_range(boost::edges(graph))) {
        const int a = int(boost::source(e, graph));
        const int b = int(boost::target(e, graph));
        neighbours[size_t(a)].push_back(b);
        neighbours[size_t(b)].push_back(a);
    }
    std::vector<int> order;
    order.reserve(size_t(n));
    std::vector<bool> seen(size_t(n), false);
    for (int start = 0; start < n; ++start) {
        if (seen[size_t(start)])
            continue;
        seen[size_t(start)] = true;
        for (size_t head = order.size(), tail = (order.push_back(start), order.size()); head < tail;
             ++head) {
            auto &next = neighbours[size_t(order[head])];
            std::sort(next.begin(), next.end());
            for (int w : next)
                if (!seen[size_t(w)]) {
                    seen[size_t(w)] = true;
                    order.push_back(w);
                    ++tail;
                }
        }
    }
    return order;
}

// The graph's CSR arrays as plain ints, vertex v of `csr` being vertex
// order[v] of `graph`; each row sorted.
Csr flatten(const AssetGraph &graph, const std::vector<int> &order, const std::vector<int> &index)
{
    Csr csr;
    csr.n = int(order.size());
    csr.rowStart.reserve(size_t(csr.n) + 1);
    csr.column.reserve(boost::num_edges(graph));
    for (int v = 0; v < csr.n; ++v) {
        csr.rowStart.push_back(int(csr.column.size()));
        for (const auto &e :
             boost::make_iterator_range(boost::out_edges(size_t(order[size_t(v)]), graph)))
            csr.column.push_back(index[boost::target(e, graph)]);
        std::sort(csr.column.begin() + csr.rowStart.back(), csr.column.end());
    }
    csr.rowStart.push_back(int(csr.column.size()));
    return csr;
}

// One thread's arrays, allocated once and reused for every source. After a
// source only the vertices it reached are reset, so a source that reaches few
// vertices costs little.
class Workspace
{
public:
    Workspace(int n, int m)
        : m_dist(size_t(n), -1), m_value(size_t(n)), m_order(size_t(n)), m_successors(size_t(m)),
          m_successorsEnd(size_t(n)), m_sums(size_t(n), 0.0)
    {
    }

    void accumulate(const Csr &g, int source);
    const std::vector<double> &sums() const { return m_sums; }

private:
    std::vector<int> m_dist; // BFS level, -1 when not reached
    // sigma (the number of shortest paths from the source) during the BFS;
    // once the backward pass has finished the vertex, (1 + delta) / sigma,
    // which is all its predecessors need of it.
    std::vector<double> m_value;
    std::vector<int> m_order; // vertices in BFS order, read backwards as the stack
    // The shortest-path successors of the i-th vertex of m_order are
    // m_successors[m_successorsEnd[i - 1] .. m_successorsEnd[i]).
    std::vector<int> m_successors;
    std::vector<int> m_successorsEnd;
    std::vector<double> m_sums; // this thread's partial betweenness
};

void Workspace::accumulate(const Csr &g, int source)
{
    const int *rowStart = g.rowStart.data();
    const int *column = g.column.data();
    int *dist = m_dist.data();
    double *value = m_value.data();
    int *order = m_order.data();
    int *successors = m_successors.data();
    int *successorsEnd = m_successorsEnd.data();
    double *sums = m_sums.data();

    // Forward: BFS counting shortest paths. Each out-edge to the next level is
    // a shortest-path edge; it is written down here, in BFS order, so that the
    // backward pass reads only those edges and needs no level test (the
    // successor lists that replace Brandes' predecessor lists, measured ~30%
    // faster than rescanning the out-edges; see docs/analysis.md).
    int head = 0;
    int tail = 0;
    int edges = 0;
    order[tail++] = source;
    dist[source] = 0;
    value[source] = 1.0;
    while (head < tail) {
        const int v = order[head];
        const int next = dist[v] + 1;
        const double sigma = value[v];
        for (int e = rowStart[v], end = rowStart[v + 1]; e < end; ++e) {
            const int w = column[e];
            const int dw = dist[w];
            if (dw < 0) { // first reached: sigma is set, not added, so needs no reset
                dist[w] = next;
                value[w] = sigma;
                order[tail++] = w;
                successors[edges++] = w;
            } else if (dw == next) {
                value[w] += sigma;
                successors[edges++] = w;
            }
        }
        successorsEnd[head++] = edges;
    }

    // Backward, in reverse BFS order, which finishes every successor before
    // its predecessors: delta(v) = sigma(v) * sum over successors w of
    // (1 + delta(w)) / sigma(w). The source (position 0) gets no credit.
    for (int i = tail - 1; i > 0; --i) {
        const int v = order[i];
        double sum = 0;
        for (int j = successorsEnd[i - 1], end = successorsEnd[i]; j < end; ++j)
            sum += value[successors[j]];
        const double sigma = value[v];
        sums[v] += sigma * sum;
        value[v] = sum + 1.0 / sigma;
    }
    for (int i = 0; i < tail; ++i)
        dist[order[i]] = -1;
}

} // namespace

std::vector<double> brandesDependencySums(const AssetGraph &graph, const std::vector<int> &sources,
                                          int threads)
{
    const int n = int(boost::num_vertices(graph));
    const std::vector<int> order = localityOrder(graph);
    std::vector<int> index(static_cast<size_t>(n));
    for (int v = 0; v < n; ++v)
        index[size_t(order[size_t(v)])] = v;
    const Csr csr = flatten(graph, order, index);
    if (threads <= 0)
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    // Below a few dozen sources per thread, starting a thread costs more than
    // it saves.
    threads = std::clamp(int(sources.size()) / 32, 1, threads);

    // Sources are dealt out interleaved (thread t takes sources t, t + T, ...):
    // neighbouring ids tend to cost alike, so the threads finish together.
    std::vector<Workspace> workspaces;
    workspaces.reserve(size_t(threads));
    for (int t = 0; t < threads; ++t)
        workspaces.emplace_back(csr.n, int(csr.column.size()));
    auto work = [&](int t) {
        for (size_t i = size_t(t); i < sources.size(); i += size_t(threads))
            workspaces[size_t(t)].accumulate(csr, index[size_t(sources[i])]);
    };
    if (threads == 1) {
        work(0);
    } else {
        std::vector<std::thread> pool;
        pool.reserve(size_t(threads));
        for (int t = 0; t < threads; ++t)
            pool.emplace_back(work, t);
        for (auto &thread : pool)
            thread.join();
    }

    // Partial sums are added in thread order, so the result does not depend
    // on which thread finished first.
    std::vector<double> total(size_t(n), 0.0);
    for (const Workspace &w : workspaces)
        for (int v = 0; v < n; ++v)
            total[size_t(v)] += w.sums()[size_t(index[size_t(v)])];
    return total;
}

std::vector<int> evenlySpacedSources(int n, int count)
{
    if (count <= 0 || count >= n) {
        std::vector<int> all(size_t(std::max(n, 0)));
        for (int i = 0; i < n; ++i)
            all[size_t(i)] = i;
        return all;
    }
    std::vector<int> sources;
    sources.reserve(size_t(count));
    for (int i = 0; i < count; ++i) // floor(i * n / count), strictly increasing
        sources.push_back(int(qint64(i) * n / count));
    return sources;
}

BetweennessScores betweenness(const AssetGraph &graph, int sampleSize, int threads)
{
    const int n = int(boost::num_vertices(graph));
    BetweennessScores scores;
    scores.values.assign(size_t(n), 0.0);
    const std::vector<int> sources = evenlySpacedSources(n, sampleSize);
    scores.sources = int(sources.size());
    scores.sampled = scores.sources < n;
    if (n < 3)
        return scores;

    std::vector<double> sums = brandesDependencySums(graph, sources, threads);
    const double scale = (double(n) / double(sources.size())) / (double(n - 1) * double(n - 2));
    for (size_t v = 0; v < sums.size(); ++v)
        scores.values[v] = sums[v] * scale;
    return scores;
}

} // namespace OrgMap
