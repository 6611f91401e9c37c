#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

namespace OrgMap {

// The router's fallback where its corner detours fail: boxes closer together
// than a route needs (dragged there, or of mixed sizes), whose detours end in
// one another. A shortest orthogonal path from the centre of `from` to the
// centre of `to` on the grid of lines at `clearance` round each obstacle and
// down the middle of every gap between two, inside `window`: it enters no
// obstacle (it may pass closer than `clearance` where no wider gap leads
// there, at a cost), and prefers few bends. Empty when `window` holds no such
// path. `obstacles` are the boxes other than `from` and `to`.
QList<QPointF> gridRoute(const QRectF &from, const QRectF &to, const QList<QRectF> &obstacles,
                         const QRectF &window, double clearance);

} // namespace OrgMap
