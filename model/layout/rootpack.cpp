#include "rootpack.h"

#include <QRectF>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace OrgMap::Layout {

namespace {

// The highest y at which a box over [x, x + w) clears every placed box by the gaps.
double dropY(double x, double w, const QList<QRectF> &placed, const PackOptions &options)
{
    double y = 0;
    for (const QRectF &r : placed)
        if (r.left() < x + w + options.gap && r.right() + options.gap > x)
            y = std::max(y, r.bottom() + options.rowGap);
    return y;
}

PackResult finish(QList<QRectF> rects)
{
    PackResult result;
    double left = 0, top = 0, right = 0, bottom = 0;
    for (qsizetype i = 0; i < rects.size(); ++i) {
        const QRectF &r = rects[i];
        left = i == 0 ? r.left() : std::min(left, r.left());
        top = i == 0 ? r.top() : std::min(top, r.top());
        right = i == 0 ? r.right() : std::max(right, r.right());
        bottom = i == 0 ? r.bottom() : std::max(bottom, r.bottom());
    }
    for (const QRectF &r : rects)
        result.topLeft.append(r.topLeft() - QPointF(left, top));
    result.size = {right - left, bottom - top};
    return result;
}

} // namespace

double fitExtent(QSizeF size, double aspect)
{
    return std::max(size.width() / aspect, size.height());
}

PackResult packRows(const QList<QSizeF> &sizes, const QList<int> &order, double width,
                    const PackOptions &options)
{
    QList<QRectF> rects(sizes.size());
    QList<QRectF> placed;
    placed.reserve(sizes.size());
    double cursor = 0;
    for (int v : order) {
        const QSizeF s = sizes[v];
        if (cursor > 0 && cursor + s.width() > width)
            cursor = 0;
        const QRectF r(QPointF(cursor, dropY(cursor, s.width(), placed, options)), s);
        rects[v] = r;
        placed.append(r);
        cursor += s.width() + options.gap;
    }
    return finish(rects);
}

PackResult packCompact(const QList<QSizeF> &sizes, const QList<int> &order,
                       const PackOptions &options)
{
    double area = 0, widest = 0, total = 0;
    for (const QSizeF &s : sizes) {
        area += (s.width() + options.gap) * (s.height() + options.rowGap);
        widest = std::max(widest, s.width());
        total += s.width() + options.gap;
    }
    const double ideal = std::sqrt(area * options.aspect);
    PackResult best;
    double bestExtent = 0;
    // Row widths around the ideal one; the packing decides which fits best.
    for (int k = 0; k <= 12; ++k) {
        const double width = std::max(widest, ideal * (0.7 + 0.05 * k));
        PackResult r = packRows(sizes, order, width, options);
        const double extent = fitExtent(r.size, options.aspect);
        if (k == 0 || extent < bestExtent - 1e-6) {
            best = std::move(r);
            bestExtent = extent;
        }
        if (width >= total)
            break;
    }
    return best;
}

PackResult packSeeded(const QList<QSizeF> &sizes, const QList<std::optional<QPointF>> &seeds,
                      const PackOptions &options)
{
    const qsizetype n = sizes.size();
    QList<QPointF> seed(n);
    double right = 0, top = 0;
    bool any = false;
    for (qsizetype i = 0; i < n; ++i)
        if (seeds[i]) {
            right = any ? std::max(right, seeds[i]->x() + sizes[i].width())
                        : seeds[i]->x() + sizes[i].width();
            top = any ? std::min(top, seeds[i]->y()) : seeds[i]->y();
            any = true;
        }
    for (qsizetype i = 0; i < n; ++i) {
        if (seeds[i]) {
            seed[i] = *seeds[i];
        } else {
            seed[i] = {right + options.gap, top};
            right += options.gap + sizes[i].width();
        }
    }
    QList<int> byY(n);
    std::iota(byY.begin(), byY.end(), 0);
    std::stable_sort(byY.begin(), byY.end(), [&](int a, int b) {
        return seed[a].y() != seed[b].y() ? seed[a].y() < seed[b].y() : seed[a].x() < seed[b].x();
    });
    const double gx = options.gap - 1e-6, gy = options.rowGap - 1e-6;
    QList<QRectF> rects(n), placed;
    placed.reserve(n);
    for (int v : std::as_const(byY)) {
        QRectF r(seed[v], sizes[v]);
        // Each step leaves a placed box behind for good (r only moves right or
        // down), so there are at most as many steps as placed boxes.
        for (qsizetype step = 0; step <= placed.size(); ++step) {
            const auto hit = std::find_if(placed.cbegin(), placed.cend(), [&](const QRectF &p) {
                return p.left() < r.right() + gx && p.right() + gx > r.left() &&
                       p.top() < r.bottom() + gy && p.bottom() + gy > r.top();
            });
            if (hit == placed.cend())
                break;
            const double dx = hit->right() + options.gap - r.left();
            const double dy = hit->bottom() + options.rowGap - r.top();
            r.translate(dx <= dy ? QPointF(dx, 0) : QPointF(0, dy));
        }
        rects[v] = r;
        placed.append(r);
    }
    return finish(rects);
}

QList<int> couplingOrder(int n, const QList<LayeredEdge> &edges)
{
    QList<QList<QPair<int, double>>> adj(n);
    QList<double> total(n, 0);
    for (const LayeredEdge &e : edges) {
        if (e.from < 0 || e.to < 0 || e.from >= n || e.to >= n || e.from == e.to)
            continue;
        adj[e.from].append({e.to, e.weight});
        adj[e.to].append({e.from, e.weight});
        total[e.from] += e.weight;
        total[e.to] += e.weight;
    }
    QList<int> order;
    QList<bool> done(n, false);
    QList<double> pull(n, 0); // links to the boxes placed, the latest counting most
    while (order.size() < n) {
        int next = -1;
        for (int v = 0; v < n; ++v) {
            if (done[v])
                continue;
            if (next < 0 || pull[v] > pull[next] + 1e-9 ||
                (std::abs(pull[v] - pull[next]) <= 1e-9 && total[v] > total[next]))
                next = v;
        }
        done[next] = true;
        order.append(next);
        for (double &p : pull)
            p *= 0.5;
        for (const auto &[w, weight] : std::as_const(adj[next]))
            pull[w] += weight;
    }
    return order;
}

} // namespace OrgMap::Layout
