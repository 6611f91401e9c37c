#pragma once

#include <QList>
#include <QPointF>
#include <QSizeF>

namespace OrgMap::Layout {

// True when the open segments p1-p2 and q1-q2 cross (touching does not count).
bool segmentsCross(QPointF p1, QPointF p2, QPointF q1, QPointF q2);

// True when the segment p1-p2 enters the open box of `size` centred on `centre`.
bool segmentHitsBox(QPointF p1, QPointF p2, QPointF centre, QSizeF size);

// What a reader sees of straight links between asset centres, as
// tests/benchmarks/layout_compare.py measures it: pairs of crossing links
// (links sharing an asset excluded), links through the box of an asset other
// than their ends, and the total length.
struct StraightCost
{
    int crossings = 0;
    int through = 0;
    double length = 0;
};

// `links` are pairs of indices into `centres`; every box has `box` size.
StraightCost straightCost(const QList<QPointF> &centres, const QList<QPair<int, int>> &links,
                          QSizeF box);

} // namespace OrgMap::Layout
