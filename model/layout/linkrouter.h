#pragma once

#include <QList>
#include <QPair>
#include <QPointF>
#include <QRectF>

namespace OrgMap {

// Routes links around the boxes of a map (assets and teams), GUI-free so that
// the canvas, the CLI and the benchmarks share it (docs/canvas.md, "Routing").
// A route is a polyline from the border of its `from` box to the border of its
// `to` box (where the canvas puts the arrowhead: the provider's border). The
// straight line is kept when it crosses no other box; otherwise the line bends
// around the corners of the boxes in its way (any-angle, shortest side first,
// then pulled tight). Deterministic: the same boxes and links give the same
// routes, whatever the thread.
struct RouterOptions
{
    double clearance = 8;   // between a route and a box it goes around
    double parallelGap = 9; // between links joining the same two boxes
    double endGap = 3;      // between a route's ends and its boxes' borders
    int maxBends = 400;     // per link; beyond it the rest of the route is straight
};

struct RouteLink
{
    int from; // index into the boxes
    int to;
};

class LinkRouter
{
public:
    explicit LinkRouter(QList<QRectF> boxes, RouterOptions options = {});

    // One polyline per link (at least two points), in the order given.
    // Links joining the same two boxes are fanned out side by side.
    QList<QList<QPointF>> route(const QList<RouteLink> &links) const;

    // How many boxes other than `from` and `to` the polyline passes through
    // (tests and the routing benchmark).
    int boxesCrossed(const QList<QPointF> &path, int from, int to) const;

    const QList<QRectF> &boxes() const { return m_boxes; }

private:
    QList<QPointF> routeOne(int from, int to, QList<int> &stamp, int &stampValue) const;
    // The route without the bends it can do without; `unchecked` gets the
    // segments it kept without seeing them clear of boxes.
    QList<QPointF> pullTight(const QList<QPointF> &pts, int from, int to, QList<int> &stamp,
                             int &stampValue, QList<int> *unchecked = nullptr) const;
    // A grid route (gridroute.h) from s to e round the boxes near them.
    QList<QPointF> gridDetour(QPointF s, QPointF e, int from, int to, QList<int> &stamp,
                              int &stampValue) const;
    // The first parameter from `t` on where p-q is out of every box's
    // clearance (1 at the end).
    double clearAfter(QPointF p, QPointF q, double t, int from, int to) const;
    // `path` with each stretch that passes through boxes replaced by a grid
    // route round them (gridroute.h).
    QList<QPointF> repairCrossings(QList<QPointF> path, int from, int to, QList<int> &stamp,
                                   int &stampValue) const;
    int boxesCrossed(const QList<QPointF> &path, int from, int to, QList<int> &stamp,
                     int &stampValue) const;
    // Calls visit(index into m_cells) for each grid cell `r` touches.
    template <typename Visit> void forCellsIn(const QRectF &r, Visit &&visit) const;
    // The first box (not from/to) whose inside the segment enters, -1 when free;
    // `entry` is where along the segment (0..1).
    int firstHit(QPointF a, QPointF b, int from, int to, QList<int> &stamp, int &stampValue,
                 double *entry) const;
    // Calls visit(boxes of the cell, where the segment leaves it) for each grid
    // cell a-b passes, in order from `a`, until it returns false.
    template <typename Visit> void walk(QPointF a, QPointF b, Visit &&visit) const;

    QList<QRectF> m_boxes;
    RouterOptions m_options;
    double m_cell = 256;
    QRectF m_extent;
    int m_columns = 0, m_rows = 0;
    QList<QList<int>> m_cells; // box indices per grid cell
};

// The segment of a polyline in `rect` ends: where the line from `inside` to
// `outside` leaves `rect`, pushed `gap` further out.
QPointF borderExit(const QRectF &rect, QPointF inside, QPointF outside, double gap);

// Where a line between two boxes that touch or overlap starts and ends so that
// a part of it stays visible beside them: a hook out of the union of both
// boxes on the side where `to`'s border is outermost (issue 9).
QList<QPointF> hookBetween(const QRectF &from, const QRectF &to, double gap);

// The segment of a polyline between its boxes: `path` from the centre of
// `from` to the centre of `to`, cut where it last leaves `from` and first
// enters `to`, `gap` outside each border.
// The straight line between two boxes, moved sideways by `offset`, or the hook
// when they touch or overlap: what a link is drawn as before (or without) routing.
QList<QPointF> straightBetween(const QRectF &from, const QRectF &to, double offset, double gap);

QList<QPointF> clipToBorders(const QList<QPointF> &path, const QRectF &from, const QRectF &to,
                             double gap);

} // namespace OrgMap
