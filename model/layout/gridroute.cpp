#include "gridroute.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <queue>
#include <vector>

namespace OrgMap {

namespace {

// A route may pass this close to an obstacle where nothing wider leads on.
constexpr double kSqueeze = 1;
// Cost of a unit of length run closer than the clearance, and of a bend: a
// squeeze is taken only where going round costs three times as much.
constexpr double kNearFactor = 3;
constexpr double kBendCost = 24;
// Beyond this many grid points the window is too big to search.
constexpr qsizetype kMaxNodes = 600000;

// The grid lines along one axis: the route's two ends, the window's edges,
// `clearance` outside each obstacle, and the middle of every gap between two
// consecutive obstacle edges (which puts a line inside every obstacle too,
// so that a step between neighbouring lines never jumps over one).
std::vector<double> gridLines(const std::vector<std::pair<double, double>> &spans, double lo,
                              double hi, double start, double end, double clearance)
{
    std::vector<double> lines{start, end, lo, hi};
    std::vector<double> edges;
    edges.reserve(spans.size() * 2);
    for (const auto &[l, r] : spans) {
        lines.push_back(l - clearance);
        lines.push_back(r + clearance);
        edges.push_back(l);
        edges.push_back(r);
    }
    std::sort(edges.begin(), edges.end());
    for (size_t i = 0; i + 1 < edges.size(); ++i)
        if (edges[i + 1] - edges[i] > 1e-6)
            lines.push_back((edges[i] + edges[i + 1]) / 2);
    std::sort(lines.begin(), lines.end());
    std::vector<double> out;
    for (double v : lines)
        if (v >= lo && v <= hi && (out.empty() || v - out.back() > 0.25))
            out.push_back(v);
    return out;
}

// Index range [first, last) of the lines strictly inside (lo, hi).
std::pair<int, int> inside(const std::vector<double> &lines, double lo, double hi)
{
    const auto first = std::upper_bound(lines.begin(), lines.end(), lo);
    const auto last = std::lower_bound(first, lines.end(), hi);
    return {int(first - lines.begin()), int(last - lines.begin())};
}

int nearest(const std::vector<double> &lines, double v)
{
    const auto it = std::lower_bound(lines.begin(), lines.end(), v);
    if (it == lines.end())
        return int(lines.size()) - 1;
    if (it != lines.begin() && v - *(it - 1) < *it - v)
        return int(it - lines.begin()) - 1;
    return int(it - lines.begin());
}

} // namespace

QList<QPointF> gridRoute(const QRectF &from, const QRectF &to, const QList<QRectF> &obstacles,
                         const QRectF &window, double clearance)
{
    const QPointF start = from.center(), goal = to.center();
    std::vector<std::pair<double, double>> xSpans, ySpans;
    for (const QRectF &o : obstacles) {
        xSpans.emplace_back(o.left(), o.right());
        ySpans.emplace_back(o.top(), o.bottom());
    }
    const std::vector<double> xs =
        gridLines(xSpans, window.left(), window.right(), start.x(), goal.x(), clearance);
    const std::vector<double> ys =
        gridLines(ySpans, window.top(), window.bottom(), start.y(), goal.y(), clearance);
    const int nx = int(xs.size()), ny = int(ys.size());
    if (qsizetype(nx) * ny > kMaxNodes || nx < 2 || ny < 2)
        return {};
    auto node = [nx](int i, int j) { return j * nx + i; };
    // 2: inside an obstacle (never entered), 1: within its clearance.
    std::vector<std::uint8_t> state(size_t(nx) * ny, 0);
    for (const QRectF &o : obstacles) {
        for (int pass = 0; pass < 2; ++pass) {
            const double m = pass == 0 ? clearance - 0.5 : kSqueeze;
            const auto [i0, i1] = inside(xs, o.left() - m, o.right() + m);
            const auto [j0, j1] = inside(ys, o.top() - m, o.bottom() + m);
            for (int j = j0; j < j1; ++j)
                for (int i = i0; i < i1; ++i) {
                    std::uint8_t &s = state[size_t(node(i, j))];
                    s = std::max<std::uint8_t>(s, pass == 0 ? 1 : 2);
                }
        }
    }
    const int source = node(nearest(xs, start.x()), nearest(ys, start.y()));
    const int target = node(nearest(xs, goal.x()), nearest(ys, goal.y()));
    // A* over (grid point, direction of arrival); Manhattan distance is a
    // lower bound of every cost.
    constexpr int kDirections = 4; // +x, -x, +y, -y
    const size_t states = size_t(nx) * ny * kDirections;
    std::vector<double> cost(states, std::numeric_limits<double>::infinity());
    std::vector<int> parent(states, -1);
    using Entry = std::pair<double, int>; // estimate, state
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> open;
    const double gx = xs[size_t(target % nx)], gy = ys[size_t(target / nx)];
    auto estimate = [&](int n) {
        return std::abs(xs[size_t(n % nx)] - gx) + std::abs(ys[size_t(n / nx)] - gy);
    };
    for (int d = 0; d < kDirections; ++d) {
        cost[size_t(source) * kDirections + d] = 0;
        open.push({estimate(source), source * kDirections + d});
    }
    int reached = -1;
    while (!open.empty()) {
        const auto [f, s] = open.top();
        open.pop();
        const int n = s / kDirections, dir = s % kDirections;
        const double g = cost[size_t(s)];
        if (f > g + estimate(n) + 1e-6)
            continue; // a stale entry
        if (n == target) {
            reached = s;
            break;
        }
        const int i = n % nx, j = n / nx;
        for (int d = 0; d < kDirections; ++d) {
            const int ni = i + (d == 0 ? 1 : d == 1 ? -1 : 0);
            const int nj = j + (d == 2 ? 1 : d == 3 ? -1 : 0);
            if (ni < 0 || ni >= nx || nj < 0 || nj >= ny)
                continue;
            const int m = node(ni, nj);
            if (state[size_t(m)] == 2 && m != target)
                continue;
            const double len =
                std::abs(xs[size_t(ni)] - xs[size_t(i)]) + std::abs(ys[size_t(nj)] - ys[size_t(j)]);
            const bool near = state[size_t(m)] != 0 || state[size_t(n)] != 0;
            const double step =
                len * (near ? kNearFactor : 1) + (d != dir && n != source ? kBendCost : 0);
            const int t = m * kDirections + d;
            if (g + step < cost[size_t(t)]) {
                cost[size_t(t)] = g + step;
                parent[size_t(t)] = s;
                open.push({g + step + estimate(m), t});
            }
        }
    }
    if (reached < 0)
        return {};
    QList<QPointF> path{goal};
    int lastDir = -1;
    for (int s = reached; s >= 0; s = parent[size_t(s)]) {
        const int n = s / kDirections;
        const QPointF p(xs[size_t(n % nx)], ys[size_t(n / nx)]);
        // Only the bends: a point on a straight run adds nothing.
        if (s % kDirections != lastDir || parent[size_t(s)] < 0) {
            if (path.last() != p)
                path.append(p);
            lastDir = s % kDirections;
        }
    }
    if (path.last() != start)
        path.append(start);
    std::reverse(path.begin(), path.end());
    return path;
}

} // namespace OrgMap
