#pragma once

#include "layered.h"

#include <QList>
#include <QPointF>
#include <QSizeF>
#include <optional>

namespace OrgMap::Layout {

// The top level of a map in two dimensions: boxes (top-level domains with
// their team strips, unplaced assets) in rows, each box dropped to the highest
// free spot over its columns (a skyline), so that a short box does not leave
// the height of its row's tallest box empty below it.
struct PackResult
{
    QList<QPointF> topLeft; // per box, the block's top-left at 0,0
    QSizeF size;
};

struct PackOptions
{
    double gap = 40;            // between boxes side by side
    double rowGap = 72;         // between a box and the one below it
    double aspect = 16.0 / 9.0; // the screen the whole block is fitted to
};

// Boxes in `order`, rows no wider than `width` (a box wider than that gets a row).
PackResult packRows(const QList<QSizeF> &sizes, const QList<int> &order, double width,
                    const PackOptions &options);

// packRows() with the row width at which the block fits a screen of
// options.aspect at the largest scale (smallest max(width / aspect, height)).
PackResult packCompact(const QList<QSizeF> &sizes, const QList<int> &order,
                       const PackOptions &options);

// How large the block must be shown for a screen of `aspect`: max(w / aspect, h).
double fitExtent(QSizeF size, double aspect);

// Stability (a layout laid out again): every box stays at its seed unless it
// would come closer than the gaps to a box placed before it (in reading order
// of the seeds); then it steps right or down past that box, whichever step is
// shorter, until it is clear. Nothing rises to close a gap, so what did not
// grow does not move. Boxes without a seed go in a row to the right of the
// others, at their top.
PackResult packSeeded(const QList<QSizeF> &sizes, const QList<std::optional<QPointF>> &seeds,
                      const PackOptions &options);

// A first order in which coupled boxes follow each other: from the most
// coupled box, each next one the box most linked to the last ones placed.
QList<int> couplingOrder(int n, const QList<LayeredEdge> &edges);

} // namespace OrgMap::Layout
