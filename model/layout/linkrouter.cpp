#include "linkrouter.h"

#include "linkrouter_cells.h"

#include <QHash>
#include <QLineF>
#include <algorithm>
#include <cmath>
#include <limits>

namespace OrgMap {

using RouterCells::length;
using RouterCells::segmentRange;

namespace {

double cross(QPointF a, QPointF b)
{
    return a.x() * b.y() - a.y() * b.x();
}

double pathLength(QPointF p, const QList<QPointF> &via, QPointF q)
{
    double sum = 0;
    QPointF last = p;
    for (const QPointF &c : via) {
        sum += length(c - last);
        last = c;
    }
    return sum + length(q - last);
}

// The polyline moved sideways by `offset` (mitred at the bends).
QList<QPointF> offsetPath(const QList<QPointF> &path, double offset)
{
    if (offset == 0 || path.size() < 2)
        return path;
    auto normalOf = [&](int i) {
        const QPointF d = path[i + 1] - path[i];
        const double len = length(d);
        return len > 1e-9 ? QPointF(-d.y() / len, d.x() / len) : QPointF(0, 0);
    };
    QList<QPointF> out;
    out.reserve(path.size());
    for (int i = 0; i < path.size(); ++i) {
        QPointF n;
        if (i == 0)
            n = normalOf(0);
        else if (i == path.size() - 1)
            n = normalOf(i - 1);
        else {
            const QPointF n1 = normalOf(i - 1), n2 = normalOf(i);
            QPointF m = n1 + n2;
            const double len = length(m);
            m = len > 1e-9 ? m / len : n1;
            const double cosine = std::max(0.7, QPointF::dotProduct(m, n1));
            n = m / cosine;
        }
        out.append(path[i] + n * offset);
    }
    return out;
}

} // namespace

QPointF borderExit(const QRectF &rect, QPointF inside, QPointF outside, double gap)
{
    const QPointF d = outside - inside;
    double t = 1;
    if (d.x() > 0)
        t = std::min(t, (rect.right() - inside.x()) / d.x());
    else if (d.x() < 0)
        t = std::min(t, (rect.left() - inside.x()) / d.x());
    if (d.y() > 0)
        t = std::min(t, (rect.bottom() - inside.y()) / d.y());
    else if (d.y() < 0)
        t = std::min(t, (rect.top() - inside.y()) / d.y());
    t = std::clamp(t, 0.0, 1.0);
    const double len = length(d);
    return inside + d * t + (len > 1e-9 ? d / len * gap : QPointF());
}

QList<QPointF> hookBetween(const QRectF &from, const QRectF &to, double gap)
{
    constexpr double kReach = 18; // how far the hook stands out of both boxes
    constexpr double kSpread = 24;
    const QRectF u = from | to;
    const QPointF a = from.center(), b = to.center();
    // Along x for a hook above or below, along y for one at the left or right.
    auto spread = [&](double pa, double pb, double loA, double hiA, double loB, double hiB) {
        if (std::abs(pa - pb) < kSpread) {
            const double s = pa <= pb ? 1 : -1;
            pa = std::clamp(pa - s * kSpread / 2, loA + 4, hiA - 4);
            pb = std::clamp(pb + s * kSpread / 2, loB + 4, hiB - 4);
        }
        return std::pair{pa, pb};
    };
    if (to.bottom() >= from.bottom() - 0.5 && to.top() > from.top() + 0.5) {
        const auto [xa, xb] =
            spread(a.x(), b.x(), from.left(), from.right(), to.left(), to.right());
        const double y = u.bottom() + kReach;
        return {{xa, from.bottom() + gap}, {xa, y}, {xb, y}, {xb, to.bottom() + gap}};
    }
    if (to.top() <= from.top() + 0.5) {
        const auto [xa, xb] =
            spread(a.x(), b.x(), from.left(), from.right(), to.left(), to.right());
        const double y = u.top() - kReach;
        return {{xa, from.top() - gap}, {xa, y}, {xb, y}, {xb, to.top() - gap}};
    }
    if (to.left() <= from.left() + 0.5) {
        const auto [ya, yb] =
            spread(a.y(), b.y(), from.top(), from.bottom(), to.top(), to.bottom());
        const double x = u.left() - kReach;
        return {{from.left() - gap, ya}, {x, ya}, {x, yb}, {to.left() - gap, yb}};
    }
    const auto [ya, yb] = spread(a.y(), b.y(), from.top(), from.bottom(), to.top(), to.bottom());
    const double x = u.right() + kReach;
    return {{from.right() + gap, ya}, {x, ya}, {x, yb}, {to.right() + gap, yb}};
}

QList<QPointF> clipToBorders(const QList<QPointF> &path, const QRectF &from, const QRectF &to,
                             double gap)
{
    if (path.size() < 2)
        return path;
    int first = 0; // the last point inside `from`
    for (int i = 0; i < path.size() - 1; ++i)
        if (from.contains(path[i]))
            first = i;
    int last = path.size() - 1; // the first point inside `to` after `first`
    for (int i = path.size() - 1; i > first; --i)
        if (to.contains(path[i]))
            last = i;
    QList<QPointF> out;
    out.append(from.contains(path[first]) ? borderExit(from, path[first], path[first + 1], gap)
                                          : path[first]);
    for (int i = first + 1; i < last; ++i)
        out.append(path[i]);
    out.append(to.contains(path[last]) ? borderExit(to, path[last], path[last - 1], gap)
                                       : path[last]);
    return out;
}

namespace {

// Boxes that touch or overlap, or so close that a straight line between them
// would be too short to see: such links get a hook.
bool touching(const QRectF &a, const QRectF &b)
{
    if (a == b || a.intersects(b))
        return true;
    const QPointF ea = borderExit(a, a.center(), b.center(), 0);
    const QPointF eb = borderExit(b, b.center(), a.center(), 0);
    const QPointF dir = b.center() - a.center();
    return QPointF::dotProduct(eb - ea, dir) < 10 * length(dir);
}

} // namespace

QList<QPointF> straightBetween(const QRectF &from, const QRectF &to, double offset, double gap)
{
    if (touching(from, to))
        return offsetPath(hookBetween(from, to, gap), offset);
    return clipToBorders(offsetPath({from.center(), to.center()}, offset), from, to, gap);
}

LinkRouter::LinkRouter(QList<QRectF> boxes, RouterOptions options)
    : m_boxes(std::move(boxes)), m_options(options)
{
    for (const QRectF &b : std::as_const(m_boxes))
        m_extent |= b;
    const double c = m_options.clearance;
    m_extent.adjust(-c - 1, -c - 1, c + 1, c + 1);
    // About two boxes per cell on dense maps, never finer than 256 units.
    if (!m_boxes.isEmpty())
        m_cell = std::max(
            256.0, std::sqrt(m_extent.width() * m_extent.height() / double(m_boxes.size()) * 2));
    m_columns = std::max(1, int(std::ceil(m_extent.width() / m_cell)));
    m_rows = std::max(1, int(std::ceil(m_extent.height() / m_cell)));
    m_cells.resize(qsizetype(m_columns) * m_rows);
    for (int i = 0; i < m_boxes.size(); ++i) {
        forCellsIn(m_boxes[i].adjusted(-c, -c, c, c),
                   [&](qsizetype cell) { m_cells[cell].append(i); });
    }
}

int LinkRouter::firstHit(QPointF a, QPointF b, int from, int to, QList<int> &stamp, int &stampValue,
                         double *entry) const
{
    // A route may run along a box at its clearance but not closer.
    const double inset = m_options.clearance - 1;
    int best = -1;
    double bestT = std::numeric_limits<double>::max();
    ++stampValue;
    // Cells in order along the segment: once a box is entered before the
    // segment leaves the current cell, no later cell can hold an earlier one
    // (a box is listed in every cell its clearance touches). This keeps a
    // query as short as the distance to the first box, not the segment.
    walk(a, b, [&](const QList<int> &cell, double tExit) {
        for (int i : cell) {
            if (i == from || i == to || stamp[i] == stampValue)
                continue;
            stamp[i] = stampValue;
            double t0, t1;
            if (segmentRange(a, b, m_boxes[i].adjusted(-inset, -inset, inset, inset), &t0, &t1,
                             0.5) &&
                (t0 < bestT || (t0 == bestT && i < best))) {
                bestT = t0;
                best = i;
            }
        }
        return !(best >= 0 && bestT < tExit);
    });
    if (entry)
        *entry = bestT;
    return best;
}

QList<QPointF> LinkRouter::routeOne(int from, int to, QList<int> &stamp, int &stampValue) const
{
    const QRectF &a = m_boxes[from], &b = m_boxes[to];
    const double c = m_options.clearance;
    QList<QPointF> pts{a.center(), b.center()};
    int bends = 0;
    for (int i = 0; i + 1 < pts.size();) {
        const QPointF p = pts[i], q = pts[i + 1];
        const int hit =
            bends < m_options.maxBends ? firstHit(p, q, from, to, stamp, stampValue, nullptr) : -1;
        if (hit < 0) {
            ++i;
            continue;
        }
        // Go around the box, or around the cluster of boxes closer together
        // than twice the clearance (no route fits between them).
        QRectF r = m_boxes[hit].adjusted(-c, -c, c, c);
        for (int grow = 0; grow < 8; ++grow) {
            QRectF next = r;
            ++stampValue;
            forCellsIn(r, [&](qsizetype cell) {
                for (int j : m_cells[cell]) {
                    if (j == from || j == to || stamp[j] == stampValue)
                        continue;
                    stamp[j] = stampValue;
                    const QRectF o = m_boxes[j].adjusted(-c, -c, c, c);
                    if (o.intersects(r) && !r.contains(o))
                        next |= o;
                }
            });
            if (next == r || next.contains(p) || next.contains(q))
                break;
            r = next;
        }
        const QPointF d = q - p;
        QList<QPointF> left, right;
        for (const QPointF &corner : {r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()}) {
            if (a.contains(corner) && b.contains(corner))
                continue;
            (cross(d, corner - p) >= 0 ? left : right).append(corner);
        }
        auto byProjection = [&](QList<QPointF> &side) {
            std::sort(side.begin(), side.end(), [&](QPointF u, QPointF v) {
                return QPointF::dotProduct(d, u - p) < QPointF::dotProduct(d, v - p);
            });
        };
        byProjection(left);
        byProjection(right);
        QList<QPointF> via;
        if (left.isEmpty())
            via = right;
        else if (right.isEmpty())
            via = left;
        else
            via = pathLength(p, left, q) <= pathLength(p, right, q) ? left : right;
        // Corners already on the route would loop.
        via.erase(
            std::remove_if(via.begin(), via.end(), [&](QPointF v) { return pts.contains(v); }),
            via.end());
        if (via.isEmpty()) {
            // Trapped between boxes closer together than a route needs (a
            // corner of one inside the next): a grid route from p to where
            // the line is clear of them, then on with the corners.
            double t0 = 0, t1 = 1;
            clipRange(p, q, r, &t0, &t1, false);
            const double len = std::max(1.0, length(q - p));
            const double tClear = clearAfter(p, q, std::min(1.0, t1 + c / len), from, to);
            const QPointF e = p + tClear * d;
            QList<QPointF> detour = gridDetour(p, e, from, to, stamp, stampValue);
            if (detour.size() < 2) {
                ++i;
                continue;
            }
            detour.removeFirst(); // p
            if (tClear >= 1)
                detour.removeLast(); // q
            for (int k = 0; k < detour.size(); ++k)
                pts.insert(i + 1 + k, detour[k]);
            bends += int(detour.size());
            i += int(detour.size()) + (tClear >= 1 ? 1 : 0);
            continue;
        }
        bends += int(via.size());
        for (int k = 0; k < via.size(); ++k)
            pts.insert(i + 1 + k, via[k]);
    }
    QList<int> unchecked;
    QList<QPointF> tight = pullTight(pts, from, to, stamp, stampValue, &unchecked);
    // Boxes closer together than a route needs can trap the corner detours
    // (a corner of one inside the next); there the grid search takes over.
    // Only a segment the tightening kept without seeing it clear can pass
    // through a box.
    if (std::none_of(unchecked.cbegin(), unchecked.cend(), [&](int k) {
            return boxesCrossed({tight[k], tight[k + 1]}, from, to, stamp, stampValue) > 0;
        }))
        return tight;
    const int crossed = boxesCrossed(tight, from, to, stamp, stampValue);
    QList<QPointF> repaired =
        pullTight(repairCrossings(tight, from, to, stamp, stampValue), from, to, stamp, stampValue);
    return boxesCrossed(repaired, from, to, stamp, stampValue) < crossed ? repaired : tight;
}

QList<QPointF> LinkRouter::pullTight(const QList<QPointF> &pts, int from, int to, QList<int> &stamp,
                                     int &stampValue, QList<int> *unchecked) const
{
    // Skip every bend the line can do without. From each kept point, the
    // farthest of the next kTightWindow points it sees, or the end: trying
    // every later point made long routes quadratic.
    constexpr int kTightWindow = 12;
    QList<QPointF> tight{pts.first()};
    const int n = int(pts.size());
    for (int k = 0; k + 1 < n;) {
        int j = n - 1;
        bool clear = firstHit(pts[k], pts[j], from, to, stamp, stampValue, nullptr) < 0;
        if (!clear && j > k + 1) {
            j = std::min(n - 2, k + kTightWindow);
            while (j > k + 1 &&
                   !(clear = firstHit(pts[k], pts[j], from, to, stamp, stampValue, nullptr) < 0))
                --j;
            if (j == k + 1 && !clear)
                clear = firstHit(pts[k], pts[j], from, to, stamp, stampValue, nullptr) < 0;
        }
        if (!clear && unchecked)
            unchecked->append(int(tight.size()) - 1);
        tight.append(pts[j]);
        k = j;
    }
    return tight;
}

QList<QList<QPointF>> LinkRouter::route(const QList<RouteLink> &links) const
{
    QList<QList<QPointF>> out(links.size());
    QList<int> stamp(m_boxes.size(), 0);
    int stampValue = 0;
    // Links joining the same two boxes share one route, fanned out.
    QHash<QPair<int, int>, QList<qsizetype>> pairs;
    QList<QPair<int, int>> order;
    for (qsizetype i = 0; i < links.size(); ++i) {
        const QPair<int, int> key(std::min(links[i].from, links[i].to),
                                  std::max(links[i].from, links[i].to));
        auto it = pairs.find(key);
        if (it == pairs.end()) {
            it = pairs.insert(key, {});
            order.append(key);
        }
        it->append(i);
    }
    const double gap = m_options.endGap;
    for (const auto &key : std::as_const(order)) {
        const QRectF &a = m_boxes[key.first], &b = m_boxes[key.second];
        // Boxes that touch or overlap: the straight line would hide under them.
        const bool hook = key.first == key.second || touching(a, b);
        QList<QPointF> raw;
        if (!hook)
            raw = routeOne(key.first, key.second, stamp, stampValue);
        const QList<qsizetype> &members = pairs[key];
        const qsizetype n = members.size();
        // A bent route runs at the clearance from the corners it goes round:
        // its fan must stay inside that (mitred bends move up to 1/0.7 as far).
        double spacing = m_options.parallelGap;
        if (raw.size() > 2 && n > 1)
            spacing = std::min(spacing, 2 * (m_options.clearance - 1.5) * 0.7 / double(n - 1));
        for (qsizetype k = 0; k < n; ++k) {
            const double offset = (double(k) - double(n - 1) / 2.0) * spacing;
            QList<QPointF> path = hook ? offsetPath(hookBetween(a, b, gap), offset)
                                       : clipToBorders(offsetPath(raw, offset), a, b, gap);
            const RouteLink &link = links[members[k]];
            if (link.from != key.first)
                std::reverse(path.begin(), path.end());
            out[members[k]] = std::move(path);
        }
    }
    return out;
}

int LinkRouter::boxesCrossed(const QList<QPointF> &path, int from, int to) const
{
    QList<int> stamp(m_boxes.size(), 0);
    int stampValue = 0;
    return boxesCrossed(path, from, to, stamp, stampValue);
}

int LinkRouter::boxesCrossed(const QList<QPointF> &path, int from, int to, QList<int> &stamp,
                             int &stampValue) const
{
    QList<int> crossed;
    for (int i = 0; i + 1 < path.size(); ++i) {
        ++stampValue;
        walk(path[i], path[i + 1], [&](const QList<int> &cell, double) {
            for (int j : cell) {
                if (stamp[j] == stampValue)
                    continue;
                stamp[j] = stampValue;
                double t0, t1;
                if (j != from && j != to && !crossed.contains(j) &&
                    segmentRange(path[i], path[i + 1], m_boxes[j], &t0, &t1, 0.5))
                    crossed.append(j);
            }
            return true;
        });
    }
    return int(crossed.size());
}

} // namespace OrgMap
