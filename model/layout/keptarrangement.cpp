#include "keptarrangement.h"

#include "autolayout.h"
#include "rootpack.h"

#include <QLineF>
#include <algorithm>

namespace OrgMap::Layout {

namespace {

// Whether any two of `boxes` overlap (sorted by left edge, a sweep).
bool anyOverlap(QList<QRectF> boxes)
{
    std::sort(boxes.begin(), boxes.end(),
              [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
    for (qsizetype i = 0; i < boxes.size(); ++i)
        for (qsizetype j = i + 1; j < boxes.size() && boxes[j].left() < boxes[i].right(); ++j)
            if (boxes[i].intersects(boxes[j]))
                return true;
    return false;
}

} // namespace

std::optional<LayeredResult> keptArrangement(const QRectF &was, const QList<QRectF> &previous,
                                             const QList<QSizeF> &sizes,
                                             const QList<QPair<int, int>> &links, double rowGap)
{
    const qsizetype n = sizes.size();
    if (n == 0 || previous.size() != n)
        return std::nullopt;
    const QRectF inside = was.adjusted(-0.5, -0.5, 0.5, 0.5);
    QList<std::optional<QPointF>> seeds(n);
    QList<QRectF> before;
    for (qsizetype i = 0; i < n; ++i) {
        const QRectF &r = previous[i];
        if (!r.isNull() && inside.contains(r)) { // else new here (or moved in)
            seeds[i] = r.topLeft() - was.topLeft();
            before.append(r);
        }
    }
    // Mostly the same content, and few enough new boxes that the slot
    // search below stays cheap.
    const qsizetype fresh = n - before.size();
    if (before.isEmpty() || fresh > std::max<qsizetype>(3, n / 10))
        return std::nullopt;
    if (anyOverlap(before))
        return std::nullopt; // not an arrangement to keep
    QList<QList<int>> neighbours(n);
    for (const auto &[a, b] : links) {
        neighbours[a].append(b);
        neighbours[b].append(a);
    }
    QList<QRectF> taken;
    QRectF bounds;
    for (qsizetype i = 0; i < n; ++i)
        if (seeds[i]) {
            taken.append(QRectF(*seeds[i], sizes[i]));
            bounds |= taken.last();
        }
    const double gap = kAssetGap - 0.5;
    auto isFree = [&](const QRectF &c) {
        return std::none_of(taken.cbegin(), taken.cend(), [&](const QRectF &t) {
            return t.left() < c.right() + gap && t.right() + gap > c.left() &&
                   t.top() < c.bottom() + gap && t.bottom() + gap > c.top();
        });
    };
    for (qsizetype i = 0; i < n; ++i) {
        if (seeds[i])
            continue;
        // Slots: the columns and rows the boxes already use, one more of each.
        QList<double> xs{bounds.left(), bounds.right() + kAssetGap};
        QList<double> ys{bounds.top(), bounds.bottom() + rowGap};
        for (const QRectF &t : std::as_const(taken)) {
            xs.append(t.left());
            ys.append(t.top());
        }
        for (QList<double> *v : {&xs, &ys}) {
            std::sort(v->begin(), v->end());
            v->erase(std::unique(v->begin(), v->end()), v->end());
        }
        QPointF sum;
        int linked = 0;
        for (int w : std::as_const(neighbours[i]))
            if (seeds[w]) {
                sum += QRectF(*seeds[w], sizes[w]).center();
                ++linked;
            }
        const QSizeF size = sizes[i];
        std::optional<QPointF> best;
        double bestCost = 0;
        for (double y : std::as_const(ys))
            for (double x : std::as_const(xs)) {
                const QRectF c(QPointF(x, y), size);
                if (!isFree(c))
                    continue;
                const QRectF grown = bounds | c;
                const double growth =
                    grown.width() - bounds.width() + grown.height() - bounds.height();
                // Near its neighbours, else the first free slot in reading
                // order; growing the domain counts against a slot.
                const double cost =
                    linked ? QLineF(c.center(), sum / linked).length() + 4 * growth
                           : 1e6 * growth + 1e3 * (y - bounds.top()) + (x - bounds.left());
                if (!best || cost < bestCost - 1e-9) {
                    best = c.topLeft();
                    bestCost = cost;
                }
            }
        seeds[i] = best; // the last row and column are always free
        taken.append(QRectF(*best, size));
        bounds |= taken.last();
    }
    PackOptions options;
    options.gap = kAssetGap;
    options.rowGap = kAssetGap;
    const PackResult packed = packSeeded(sizes, seeds, options);
    return LayeredResult{packed.topLeft, packed.size};
}

} // namespace OrgMap::Layout
