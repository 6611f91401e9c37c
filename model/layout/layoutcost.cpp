#include "layoutcost.h"
#include "lineclip.h"

#include <QLineF>
#include <algorithm>

namespace OrgMap::Layout {

namespace {

double cross(QPointF o, QPointF a, QPointF b)
{
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

} // namespace

bool segmentsCross(QPointF p1, QPointF p2, QPointF q1, QPointF q2)
{
    const double d1 = cross(q1, q2, p1), d2 = cross(q1, q2, p2);
    const double d3 = cross(p1, p2, q1), d4 = cross(p1, p2, q2);
    return ((d1 > 1e-9 && d2 < -1e-9) || (d1 < -1e-9 && d2 > 1e-9)) &&
           ((d3 > 1e-9 && d4 < -1e-9) || (d3 < -1e-9 && d4 > 1e-9));
}

bool segmentHitsBox(QPointF p1, QPointF p2, QPointF centre, QSizeF size)
{
    // Open box: a segment along an edge or touching a corner does not enter it.
    const QRectF box(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(),
                     size.height());
    double t0, t1;
    return clipRange(p1, p2, box, &t0, &t1, false) && t1 - t0 > 1e-9;
}

StraightCost straightCost(const QList<QPointF> &centres, const QList<QPair<int, int>> &links,
                          QSizeF box)
{
    StraightCost cost;
    const qsizetype n = links.size();
    for (qsizetype i = 0; i < n; ++i) {
        const auto [a, b] = links[i];
        const QPointF p1 = centres[a], p2 = centres[b];
        cost.length += QLineF(p1, p2).length();
        const double minX = std::min(p1.x(), p2.x()), maxX = std::max(p1.x(), p2.x());
        const double minY = std::min(p1.y(), p2.y()), maxY = std::max(p1.y(), p2.y());
        for (qsizetype j = i + 1; j < n; ++j) {
            const auto [c, d] = links[j];
            if (c == a || c == b || d == a || d == b)
                continue;
            const QPointF q1 = centres[c], q2 = centres[d];
            if (std::max(q1.x(), q2.x()) < minX || std::min(q1.x(), q2.x()) > maxX ||
                std::max(q1.y(), q2.y()) < minY || std::min(q1.y(), q2.y()) > maxY)
                continue;
            if (segmentsCross(p1, p2, q1, q2))
                ++cost.crossings;
        }
        for (qsizetype k = 0; k < centres.size(); ++k) {
            if (k == a || k == b)
                continue;
            const QPointF c = centres[k];
            if (c.x() + box.width() / 2 < minX || c.x() - box.width() / 2 > maxX ||
                c.y() + box.height() / 2 < minY || c.y() - box.height() / 2 > maxY)
                continue;
            if (segmentHitsBox(p1, p2, c, box)) {
                ++cost.through;
                break;
            }
        }
    }
    return cost;
}

} // namespace OrgMap::Layout
