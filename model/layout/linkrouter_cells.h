#pragma once

// LinkRouter's grid of cells and the segment tests that walk it, shared by
// linkrouter.cpp (the corner router) and linkrouter_crowded.cpp (the grid
// search where boxes crowd).

#include "lineclip.h"
#include "linkrouter.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace OrgMap::RouterCells {

inline double length(QPointF d)
{
    return std::hypot(d.x(), d.y());
}

// The parameter range of segment a-b inside `r`; false when the segment
// misses it or only grazes it (a range shorter than `minSpan`).
inline bool segmentRange(QPointF a, QPointF b, const QRectF &r, double *t0Out, double *t1Out,
                         double minSpan)
{
    double t0, t1;
    if (!clipRange(a, b, r, &t0, &t1, false) || (t1 - t0) * length(b - a) < minSpan)
        return false;
    *t0Out = t0;
    *t1Out = t1;
    return true;
}

} // namespace OrgMap::RouterCells

namespace OrgMap {

template <typename Visit> void LinkRouter::forCellsIn(const QRectF &r, Visit &&visit) const
{
    const int x0 = std::clamp(int((r.left() - m_extent.left()) / m_cell), 0, m_columns - 1);
    const int x1 = std::clamp(int((r.right() - m_extent.left()) / m_cell), 0, m_columns - 1);
    const int y0 = std::clamp(int((r.top() - m_extent.top()) / m_cell), 0, m_rows - 1);
    const int y1 = std::clamp(int((r.bottom() - m_extent.top()) / m_cell), 0, m_rows - 1);
    for (int x = x0; x <= x1; ++x)
        for (int y = y0; y <= y1; ++y)
            visit(qsizetype(y) * m_columns + x);
}

template <typename Visit> void LinkRouter::walk(QPointF a, QPointF b, Visit &&visit) const
{
    // Amanatides-Woo: the cells the segment passes, in order from `a`, each
    // with the parameter (0..1) where the segment leaves it.
    auto column = [&](double x) {
        return std::clamp(int(std::floor((x - m_extent.left()) / m_cell)), 0, m_columns - 1);
    };
    auto row = [&](double y) {
        return std::clamp(int(std::floor((y - m_extent.top()) / m_cell)), 0, m_rows - 1);
    };
    int x = column(a.x()), y = row(a.y());
    const int xEnd = column(b.x()), yEnd = row(b.y());
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    constexpr double kNever = std::numeric_limits<double>::infinity();
    const int stepX = dx > 0 ? 1 : dx < 0 ? -1 : 0, stepY = dy > 0 ? 1 : dy < 0 ? -1 : 0;
    double tMaxX = kNever, tMaxY = kNever, tDeltaX = kNever, tDeltaY = kNever;
    if (stepX != 0) {
        const double edge = m_extent.left() + (x + (stepX > 0 ? 1 : 0)) * m_cell;
        tMaxX = (edge - a.x()) / dx;
        tDeltaX = m_cell / std::abs(dx);
    }
    if (stepY != 0) {
        const double edge = m_extent.top() + (y + (stepY > 0 ? 1 : 0)) * m_cell;
        tMaxY = (edge - a.y()) / dy;
        tDeltaY = m_cell / std::abs(dy);
    }
    for (int steps = m_columns + m_rows + 2; steps > 0; --steps) {
        const bool last = x == xEnd && y == yEnd;
        if (!visit(m_cells[qsizetype(y) * m_columns + x], last ? 1.0 : std::min(tMaxX, tMaxY)) ||
            last)
            return;
        if (tMaxX < tMaxY) {
            x += stepX;
            tMaxX += tDeltaX;
        } else {
            y += stepY;
            tMaxY += tDeltaY;
        }
        if (x < 0 || x >= m_columns || y < 0 || y >= m_rows)
            return;
    }
}

} // namespace OrgMap
