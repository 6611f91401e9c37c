#pragma once

#include <QLineF>
#include <QPointF>
#include <QRectF>
#include <algorithm>
#include <optional>

namespace OrgMap {

// Liang-Barsky: the parameter range [t0, t1] (0 at `a`, 1 at `b`) of the
// segment a-b that lies inside `rect`; false when the segment misses it. The
// one line clipper of the router (which boxes a route enters), the layout cost
// (which boxes a straight link enters, open: segmentHitsBox) and the canvas
// (the part of a line on screen). A segment running exactly along an edge
// counts as inside when `closed`, as outside otherwise.
inline bool clipRange(QPointF a, QPointF b, const QRectF &rect, double *t0Out, double *t1Out,
                      bool closed = true)
{
    double t0 = 0, t1 = 1;
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double p[] = {-dx, dx, -dy, dy};
    const double q[] = {a.x() - rect.left(), rect.right() - a.x(), a.y() - rect.top(),
                        rect.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0 || (!closed && q[i] == 0))
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    *t0Out = t0;
    *t1Out = t1;
    return true;
}

// The part of `line` inside `rect`, or nothing.
inline std::optional<QLineF> clipLine(const QLineF &line, const QRectF &rect)
{
    double t0, t1;
    if (!clipRange(line.p1(), line.p2(), rect, &t0, &t1))
        return std::nullopt;
    return QLineF(line.pointAt(t0), line.pointAt(t1));
}

} // namespace OrgMap
