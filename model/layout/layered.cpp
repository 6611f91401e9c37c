#include "layered.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace OrgMap::Layout {

namespace {

struct Neighbour
{
    int node;
    double weight;
};

struct Graph
{
    QList<QList<Neighbour>> out; // consumer -> providers (after cycle breaking)
    QList<QList<Neighbour>> in;
    QList<QList<Neighbour>> all; // undirected, for barycentres
};

// Merges parallel edges, drops self-loops and reverses the back edges of a
// depth-first search in node order, so that the result is acyclic (a weighted
// greedy feedback-arc order was tried: more crossings on the example map). `dfsOrder` gets the
// boxes in depth-first order (connected boxes together) for the first ordering.
Graph buildAcyclic(int n, const QList<LayeredEdge> &edges, QList<int> &dfsOrder)
{
    QHash<quint64, double> merged;
    for (const LayeredEdge &e : edges) {
        if (e.from == e.to || e.from < 0 || e.to < 0 || e.from >= n || e.to >= n)
            continue;
        merged[(quint64(quint32(e.from)) << 32) | quint32(e.to)] += e.weight;
    }
    QList<QList<Neighbour>> succ(n);
    for (auto it = merged.cbegin(); it != merged.cend(); ++it)
        succ[int(it.key() >> 32)].append({int(it.key() & 0xffffffffu), it.value()});
    for (QList<Neighbour> &s : succ)
        std::sort(s.begin(), s.end(),
                  [](const Neighbour &a, const Neighbour &b) { return a.node < b.node; });
    Graph g;
    g.out.resize(n);
    g.in.resize(n);
    g.all.resize(n);
    // 0 unvisited, 1 on the stack, 2 done.
    QList<char> state(n, 0);
    QList<QPair<int, int>> stack; // node, next successor index
    for (int root = 0; root < n; ++root) {
        if (state[root] != 0)
            continue;
        stack.append({root, 0});
        state[root] = 1;
        dfsOrder.append(root);
        while (!stack.isEmpty()) {
            auto &[v, i] = stack.last();
            if (i >= succ[v].size()) {
                state[v] = 2;
                stack.removeLast();
                continue;
            }
            const Neighbour w = succ[v][i++];
            const int vv = v;         // `v` may dangle once the stack grows
            if (state[w.node] == 1) { // a back edge of the search: reversed
                g.out[w.node].append({vv, w.weight});
                g.in[vv].append({w.node, w.weight});
            } else {
                g.out[vv].append(w);
                g.in[w.node].append({vv, w.weight});
            }
            if (state[w.node] == 0) {
                state[w.node] = 1;
                dfsOrder.append(w.node);
                stack.append({w.node, 0});
            }
            g.all[vv].append(w);
            g.all[w.node].append({vv, w.weight});
        }
    }
    return g;
}

// Longest-path layers from the consumers down, then consumers that nothing
// uses are pulled down next to their highest provider.
QList<int> assignLayers(const Graph &g, const QList<int> &linked)
{
    const int n = int(g.out.size());
    QList<int> layer(n, 0), indeg(n, 0), topo;
    for (int v : linked)
        indeg[v] = int(g.in[v].size());
    for (int v : linked)
        if (indeg[v] == 0)
            topo.append(v);
    for (qsizetype i = 0; i < topo.size(); ++i) {
        const int v = topo[i];
        for (const Neighbour &w : g.out[v]) {
            layer[w.node] = std::max(layer[w.node], layer[v] + 1);
            if (--indeg[w.node] == 0)
                topo.append(w.node);
        }
    }
    for (auto it = topo.crbegin(); it != topo.crend(); ++it) {
        const int v = *it;
        if (!g.in[v].isEmpty() || g.out[v].isEmpty())
            continue;
        int lowest = INT_MAX;
        for (const Neighbour &w : g.out[v])
            lowest = std::min(lowest, layer[w.node]);
        layer[v] = lowest - 1;
    }
    return layer;
}

// Minimises sum (x_i - want_i)^2 subject to x_{i+1} - x_i >= sep_i: with
// y_i = x_i - offset_i this is an isotonic regression, solved by pooling
// adjacent violators in linear time.
void isotonicPlace(const QList<double> &want, const QList<double> &sep, QList<double> &x)
{
    const qsizetype n = want.size();
    QList<double> offset(n, 0);
    for (qsizetype i = 1; i < n; ++i)
        offset[i] = offset[i - 1] + sep[i - 1];
    struct Block
    {
        double sum;
        int count;
        double mean() const { return sum / count; }
    };
    QList<Block> blocks;
    blocks.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        blocks.append({want[i] - offset[i], 1});
        while (blocks.size() > 1 && blocks[blocks.size() - 2].mean() > blocks.last().mean()) {
            const Block last = blocks.takeLast();
            blocks.last().sum += last.sum;
            blocks.last().count += last.count;
        }
    }
    x.resize(n);
    qsizetype i = 0;
    for (const Block &b : std::as_const(blocks))
        for (int k = 0; k < b.count; ++k, ++i)
            x[i] = b.mean() + offset[i];
}

} // namespace

LayeredResult layeredPlacement(const QList<LayeredNode> &nodes, const QList<LayeredEdge> &edges,
                               const LayeredOptions &options)
{
    const int n = int(nodes.size());
    LayeredResult result;
    result.topLeft.resize(n);
    if (n == 0)
        return result;

    QList<int> dfsOrder;
    const Graph g = buildAcyclic(n, edges, dfsOrder);
    QList<int> rank(n);
    for (int i = 0; i < n; ++i)
        rank[dfsOrder[i]] = i; // depth-first order keeps connected boxes together

    QList<int> linked, isolated;
    double area = 0, widest = 0, rowHeightSum = 0;
    for (int v : std::as_const(dfsOrder)) {
        (g.all[v].isEmpty() ? isolated : linked).append(v);
        area +=
            (nodes[v].size.width() + options.columnGap) * (nodes[v].size.height() + options.rowGap);
        widest = std::max(widest, nodes[v].size.width());
        rowHeightSum += nodes[v].size.height() + options.rowGap;
    }
    const double ideal = std::sqrt(area * options.aspect);
    const double capWidth =
        std::max(widest, options.width > 0 ? std::min(options.width, ideal) : ideal);
    const double estHeight = area / std::max(1.0, capWidth);

    // Layers, capped so that a long dependency chain does not make a tower.
    QList<int> layer = assignLayers(g, linked);
    int minLayer = INT_MAX, maxLayer = INT_MIN;
    for (int v : std::as_const(linked)) {
        minLayer = std::min(minLayer, layer[v]);
        maxLayer = std::max(maxLayer, layer[v]);
    }
    QList<QList<int>> layers;
    if (!linked.isEmpty()) {
        const int count = maxLayer - minLayer + 1;
        const double avgRow = rowHeightSum / n;
        const int cap = std::max(2, int(std::ceil(estHeight / avgRow)));
        const int used = std::min(count, cap);
        layers.resize(used);
        for (int v : std::as_const(linked)) {
            const int l = layer[v] - minLayer;
            layers[count <= cap ? l : int(qint64(l) * used / count)].append(v);
        }
    }

    // Initial order: seeds (existing positions) first, by x; then depth-first order.
    for (QList<int> &l : layers)
        std::sort(l.begin(), l.end(), [&](int a, int b) {
            const LayeredNode &na = nodes[a], &nb = nodes[b];
            if (na.hasSeed != nb.hasSeed)
                return na.hasSeed;
            if (na.hasSeed && na.seedX != nb.seedX)
                return na.seedX < nb.seedX;
            return rank[a] < rank[b];
        });

    QList<double> x(n, 0);
    QList<int> layerOf(n, -1);
    auto packLayer = [&](const QList<int> &l) {
        double w = 0;
        for (int v : l)
            w += nodes[v].size.width() + options.columnGap;
        double cursor = -w / 2;
        for (int v : l) {
            x[v] = cursor + nodes[v].size.width() / 2;
            cursor += nodes[v].size.width() + options.columnGap;
        }
    };
    for (qsizetype i = 0; i < layers.size(); ++i) {
        for (int v : std::as_const(layers[i]))
            layerOf[v] = int(i);
        packLayer(layers[i]);
    }

    // Barycentric sweeps: down (neighbours above), up (neighbours below), then both.
    auto barycentre = [&](int v, int direction) {
        double sum = 0, weight = 0;
        for (const Neighbour &w : g.all[v]) {
            const int lw = layerOf[w.node];
            if (direction != 0 && (lw - layerOf[v]) * direction >= 0)
                continue;
            sum += x[w.node] * w.weight;
            weight += w.weight;
        }
        return weight > 0 ? sum / weight : x[v];
    };
    // Stability: when (nearly) every box already had a position, the seeded
    // order is kept and only the new boxes are put by their neighbours.
    const qsizetype seededCount =
        std::count_if(nodes.cbegin(), nodes.cend(), [](const LayeredNode &v) { return v.hasSeed; });
    const bool keepOrder = 10 * seededCount >= 9 * n;
    const int sweeps = keepOrder ? 0 : layers.size() > 1 ? 8 : 1;
    QList<double> key(n, 0);
    if (keepOrder) {
        for (QList<int> &l : layers) {
            for (int v : std::as_const(l))
                key[v] = nodes[v].hasSeed ? x[v] : barycentre(v, 0);
            std::stable_sort(l.begin(), l.end(), [&](int a, int b) { return key[a] < key[b]; });
            packLayer(l);
        }
    }
    for (int s = 0; s < sweeps; ++s) {
        const int direction = s == sweeps - 1 ? 0 : (s % 2 == 0 ? -1 : 1);
        const qsizetype count = layers.size();
        for (qsizetype k = 0; k < count; ++k) {
            QList<int> &l = layers[direction > 0 ? count - 1 - k : k];
            for (int v : std::as_const(l))
                key[v] = barycentre(v, direction);
            std::stable_sort(l.begin(), l.end(), [&](int a, int b) { return key[a] < key[b]; });
            packLayer(l);
        }
    }

    // Rows: a layer wider than the block wraps into several rows, in order.
    QList<QList<int>> rows;
    for (const QList<int> &l : std::as_const(layers)) {
        QList<int> row;
        double w = 0;
        for (int v : l) {
            const double vw = nodes[v].size.width() + options.columnGap;
            if (!row.isEmpty() && w + vw > capWidth + options.columnGap) {
                rows.append(row);
                row.clear();
                w = 0;
            }
            row.append(v);
            w += vw;
        }
        if (!row.isEmpty())
            rows.append(row);
    }
    QList<int> rowOf(n, -1);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (int v : std::as_const(rows[r]))
            rowOf[v] = int(r);
        packLayer(rows[r]);
    }

    // x: each box pulled towards the mean of its neighbours, rows kept apart.
    QList<double> want, sep, placed;
    for (int pass = 0; pass < 6; ++pass) {
        for (qsizetype k = 0; k < rows.size(); ++k) {
            const QList<int> &row = rows[pass % 2 == 0 ? k : rows.size() - 1 - k];
            want.clear();
            sep.clear();
            for (qsizetype i = 0; i < row.size(); ++i) {
                const int v = row[i];
                double sum = 0, weight = 0;
                for (const Neighbour &w : g.all[v]) {
                    if (rowOf[w.node] == rowOf[v])
                        continue;
                    sum += x[w.node] * w.weight;
                    weight += w.weight;
                }
                want.append(weight > 0 ? sum / weight : x[v]);
                if (i + 1 < row.size())
                    sep.append((nodes[v].size.width() + nodes[row[i + 1]].size.width()) / 2 +
                               options.columnGap);
            }
            isotonicPlace(want, sep, placed);
            for (qsizetype i = 0; i < row.size(); ++i)
                x[row[i]] = placed[i];
        }
    }

    // y: rows stacked, boxes top-aligned in their row.
    double y = 0, left = 0, right = 0;
    bool any = false;
    for (const QList<int> &row : std::as_const(rows)) {
        double h = 0;
        for (int v : row) {
            const QSizeF s = nodes[v].size;
            result.topLeft[v] = {x[v] - s.width() / 2, y};
            h = std::max(h, s.height());
            left = any ? std::min(left, x[v] - s.width() / 2) : x[v] - s.width() / 2;
            right = any ? std::max(right, x[v] + s.width() / 2) : x[v] + s.width() / 2;
            any = true;
        }
        y += h + options.rowGap;
    }
    const double blockWidth = any ? right - left : 0;

    // Boxes without links: rows below, tallest first, as wide as the block.
    std::stable_sort(isolated.begin(), isolated.end(),
                     [&](int a, int b) { return nodes[a].size.height() > nodes[b].size.height(); });
    const double shelf = std::max(blockWidth, capWidth);
    double cx = 0, rowH = 0, shelfWidth = 0;
    const double top = y;
    for (int v : std::as_const(isolated)) {
        const QSizeF s = nodes[v].size;
        if (cx > 0 && cx + s.width() > shelf) {
            y += rowH + options.columnGap;
            cx = 0;
            rowH = 0;
        }
        result.topLeft[v] = {left + cx, y};
        cx += s.width() + options.columnGap;
        rowH = std::max(rowH, s.height());
        shelfWidth = std::max(shelfWidth, cx - options.columnGap);
    }
    const double bottom = isolated.isEmpty() ? y - options.rowGap : y + rowH;
    Q_UNUSED(top);
    for (QPointF &p : result.topLeft)
        p.rx() -= left;
    result.size = {std::max(blockWidth, shelfWidth), std::max(0.0, bottom)};
    return result;
}

} // namespace OrgMap::Layout
