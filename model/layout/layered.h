#pragma once

#include <QList>
#include <QPointF>
#include <QSizeF>

namespace OrgMap::Layout {

// One box to place in a container: its size and, when it already had a
// position, the x of its centre (used to seed the order, so that a re-layout
// after a small edit keeps what was where).
struct LayeredNode
{
    QSizeF size;
    double seedX = 0;
    bool hasSeed = false;
};

// A dependency between two boxes of the container: `from` consumes `to` (links
// point to the provider). Providers are placed below their consumers.
struct LayeredEdge
{
    int from = 0;
    int to = 0;
    double weight = 1;
};

struct LayeredOptions
{
    double columnGap = 24;
    double rowGap = 48;
    double aspect = 1.6; // wanted width per unit height of the whole block
    // When > 0, the rows are at most this wide (stability: a domain laid out
    // again does not widen, so its rows wrap where they did).
    double width = 0;
};

struct LayeredResult
{
    QList<QPointF> topLeft; // per node, relative to the block's top-left
    QSizeF size;
};

// Sugiyama-style placement of boxes: cycles broken by a depth-first search,
// longest-path layers (consumers above providers) capped to the block's aspect,
// barycentric ordering sweeps, then x by isotonic regression towards each box's
// neighbours so that links are short and straight. Boxes without an edge are
// packed in rows below. Deterministic: depends only on the order of `nodes`,
// their sizes and seeds, and the edges.
LayeredResult layeredPlacement(const QList<LayeredNode> &nodes, const QList<LayeredEdge> &edges,
                               const LayeredOptions &options);

} // namespace OrgMap::Layout
