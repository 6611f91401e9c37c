#pragma once

// Stability of Tidy (docs/canvas.md, "Stable"): a domain laid out again whose
// content was cleanly arranged keeps that arrangement instead of being laid
// out from scratch.

#include "layered.h"

#include <QList>
#include <QPair>
#include <QRectF>
#include <QSizeF>
#include <optional>

namespace OrgMap::Layout {

// The content of a domain that was at `was`: per box its previous rectangle
// (null when it had none) and its size now, and the links between boxes (by
// index). When the boxes that were inside `was` overlap nothing, and at most a
// tenth of the boxes (or 3) are new, each box keeps its place relative to the
// domain, pushed aside only by a box that grew; a new box goes to the free
// slot (the rows and columns in use, one more of each, `rowGap` below) nearest
// the boxes it links to, growing the domain only when it must. Nothing when
// the domain is to be laid out afresh.
std::optional<LayeredResult> keptArrangement(const QRectF &was, const QList<QRectF> &previous,
                                             const QList<QSizeF> &sizes,
                                             const QList<QPair<int, int>> &links, double rowGap);

} // namespace OrgMap::Layout
