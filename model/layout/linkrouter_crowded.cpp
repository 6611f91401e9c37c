// LinkRouter where boxes crowd: closer together than a route needs, they
// trap the corner detour; a grid route (gridroute.h) takes over there
// (docs/canvas.md, "Crowded boxes").

#include "gridroute.h"
#include "linkrouter_cells.h"

namespace OrgMap {

using RouterCells::length;
using RouterCells::segmentRange;

namespace {

// The size of the boxes routed round, for the fallback's windows: about an
// asset's width.
constexpr double kAssetLikeSize = 200;
// Stretches of one route the grid search replaces at most.
constexpr int kMaxRepairs = 16;

} // namespace

QList<QPointF> LinkRouter::repairCrossings(QList<QPointF> path, int from, int to, QList<int> &stamp,
                                           int &stampValue) const
{
    // Each segment that passes through boxes is replaced, from a little before
    // the first to a little after the last, by a grid route in a window around
    // that stretch only: a window round a long link's whole route would hold
    // thousands of boxes.
    const double c = m_options.clearance;
    // Where along segment k boxes are passed through: false when none is.
    auto crossedRange = [&](int k, double &t0, double &t1) {
        const QPointF p = path[k], q = path[k + 1];
        t0 = 1;
        t1 = 0;
        ++stampValue;
        walk(p, q, [&](const QList<int> &cell, double) {
            for (int j : cell) {
                if (j == from || j == to || stamp[j] == stampValue)
                    continue;
                stamp[j] = stampValue;
                double e0, e1;
                if (segmentRange(p, q, m_boxes[j], &e0, &e1, 0.5)) {
                    t0 = std::min(t0, e0);
                    t1 = std::max(t1, e1);
                }
            }
            return true;
        });
        return t0 <= t1;
    };
    const double pad = 2 * c + kAssetLikeSize / 4;
    for (int i = 0, rounds = 0; i + 1 < path.size() && rounds < kMaxRepairs;) {
        double t0, t1;
        if (!crossedRange(i, t0, t1)) {
            ++i;
            continue;
        }
        ++rounds;
        // From a little before the first box entered to a little after the
        // route is out of boxes again, which may be segments later (a bend
        // inside a box).
        const QPointF p = path[i];
        const QPointF s = p + std::max(0.0, t0 - pad / std::max(1.0, length(path[i + 1] - p))) *
                                  (path[i + 1] - p);
        int k = i;
        double k1 = t1, n0, n1;
        while (k1 >= 1 - 1e-9 && k + 2 < path.size() && crossedRange(k + 1, n0, n1)) {
            ++k;
            k1 = n1;
        }
        const QPointF a = path[k], b = path[k + 1];
        const QPointF e = a + std::min(1.0, k1 + pad / std::max(1.0, length(b - a))) * (b - a);
        const QList<QPointF> detour = gridDetour(s, e, from, to, stamp, stampValue);
        if (detour.isEmpty()) {
            i = k + 1; // no way round inside the window: left as it is
            continue;
        }
        // p, the detour from s to e, then on to b (s and e dropped where
        // they are p and b).
        QList<QPointF> stretch;
        for (const QPointF &v : detour)
            if ((stretch.isEmpty() ? p : stretch.last()) != v)
                stretch.append(v);
        if (!stretch.isEmpty() && stretch.last() == b)
            stretch.removeLast();
        path.remove(i + 1, k - i);
        for (qsizetype n = 0; n < stretch.size(); ++n)
            path.insert(i + 1 + n, stretch[n]);
        i += int(stretch.size()) + 1;
    }
    return path;
}

QList<QPointF> LinkRouter::gridDetour(QPointF s, QPointF e, int from, int to, QList<int> &stamp,
                                      int &stampValue) const
{
    const double margin = 3 * (m_options.clearance + kAssetLikeSize);
    const QRectF window = QRectF(s, e).normalized().adjusted(-margin, -margin, margin, margin);
    QList<QRectF> obstacles;
    ++stampValue;
    forCellsIn(window, [&](qsizetype cell) {
        for (int j : m_cells[cell])
            if (j != from && j != to && stamp[j] != stampValue) {
                stamp[j] = stampValue;
                if (m_boxes[j].intersects(window))
                    obstacles.append(m_boxes[j]);
            }
    });
    return gridRoute(QRectF(s, QSizeF()), QRectF(e, QSizeF()), obstacles, window,
                     m_options.clearance);
}

double LinkRouter::clearAfter(QPointF p, QPointF q, double t, int from, int to) const
{
    // Box after box: past the one the point is in, `clearance` on.
    const double c = m_options.clearance;
    const double step = c / std::max(1.0, length(q - p));
    for (int n = 0; n < 64 && t < 1; ++n) {
        const QPointF at = p + t * (q - p);
        double exit = -1;
        forCellsIn(QRectF(at, QSizeF()), [&](qsizetype cell) {
            for (int j : m_cells[cell]) {
                const QRectF box = m_boxes[j].adjusted(-c + 1, -c + 1, c - 1, c - 1);
                double t0, t1;
                if (j != from && j != to && box.contains(at) &&
                    clipRange(p, q, box, &t0, &t1, false))
                    exit = std::max(exit, t1);
            }
        });
        if (exit < 0)
            return t;
        t = exit + step;
    }
    return std::min(t, 1.0);
}

} // namespace OrgMap
