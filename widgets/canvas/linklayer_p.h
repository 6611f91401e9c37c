#pragma once

// Shared by linklayer.cpp (geometry, hit tests) and linkpaint.cpp (painting).

#include "core/enums.h"
#include "layout/lineclip.h"
#include "linklayer.h"
#include "mapitems.h"

#include <QCoreApplication>
#include <QLineF>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <optional>

class QPainter;
class QPen;

namespace OrgMap {

struct LinkLayer::Frame
{
    QPainter *painter;
    double lod;     // device pixels per scene unit
    QRectF exposed; // what is on screen, scene coordinates
    QRectF clip;    // a margin around it: lines are clipped to it before dashing
    // Whether anything is selected (links, interactions, items): when not, no
    // line is at the selection, and the per-line tests of its ends are skipped.
    bool anySelected = true;
    // Whether a node may be hidden (NodeItem::anyHidden): when not, the ends'
    // visibility is not asked. Both tests chase two pointers per end, and on
    // the 30,000 links of the 10k map that was a fifth of an overview frame
    // (docs/benchmarks.md, "Session 6").
    bool endsMayBeHidden = true;

    bool visible(const Line &line, const NodeItem *a, const NodeItem *b) const
    {
        return line.bounds.intersects(exposed) &&
               (!endsMayBeHidden || (a->isVisible() && b->isVisible()));
    }
};

} // namespace OrgMap

namespace OrgMap::LinkDetail {

constexpr double kLodDetail = 0.3; // below: hairlines, no arrows, no labels
// Interaction pills from 0.4 (11 px text at >= 4.4 px; the example map fits a
// 1400x900 window at ~0.44); link labels from 0.6: there are far more of them
// and drawText per link is what a 0.44 view of the 10k map cannot afford.
constexpr double kLodLabels = 0.4;
constexpr double kLodLinkLabels = 0.6;
// Below: the links between two domains are one band per pair (the coupling
// matrix), links inside a domain stay; above, every link on its own route.
constexpr double kLodBundle = 0.3;
// Most bands one overview frame draws, the heaviest pairs in view (ties all
// or none; docs/canvas.md, "Bundles"): more do not read at 1280x720.
constexpr qsizetype kBandBudget = 40;
constexpr double kParallelGap = 9; // between links joining the same two nodes
// Most links drawn in the overview, and most links crossing the view with both
// ends off screen; beyond these only links at the selection are drawn.
constexpr qsizetype kOverviewLinkBudget = 4000;
constexpr qsizetype kPassingLinkBudget = 150;
constexpr qsizetype kWideLinkBudget = 250;
// Device pixels of link length (the chords in view) up to which a detailed
// frame draws wide antialiased pens one by one; more are batched hairlines
// like many links. The example map stays under it at every zoom it is read
// at (~25,000 px at 2x in a 1920x1080 window); a 0.6 view of the 10k map
// (~200 long routed links) spent 15 ms of its 33 ms in Qt's dash stroker.
constexpr double kWideLinkPixels = 60000;
// More interactions than this in view are drawn as batched hairlines.
constexpr qsizetype kWideInteractionBudget = 60;
// Device pixels of link lines one detailed frame draws at most (each pixel of
// width counted) before links leaving the view are cut to stubs, and the
// shortest stub. The budget keeps the links of a 1920x1080 frame of the 10k
// map at a few milliseconds (docs/canvas.md).
constexpr qint64 kLinkPixelBudget = 200000;
// Pixels of overview hairlines above which the layer rasterises them itself
// (HairlineLayer): below, compositing its layer costs more than Qt's lines.
constexpr double kOwnRasterPixels = 60000;
constexpr double kMinStub = 48;
// Routed segments (before each link's last one) one batched frame draws at
// most; links beyond are drawn as their chord. Long cross-domain routes bend
// dozens of times, and a frame's cost grows with its segments as well as its
// pixels (docs/benchmarks.md, "Routing").
constexpr qsizetype kRouteSegmentBudget = 8000;
// Device pixels of ownership lines drawn translucent and dash-dotted (the
// example map: ~10,000); more are drawn as opaque batched hairlines.
constexpr double kWideOwnershipPixels = 30000;

inline QString modeName(InteractionMode mode)
{
    switch (mode) {
    case InteractionMode::Collaboration:
        return QCoreApplication::translate("OrgMap::LinkLayer", "collaboration");
    case InteractionMode::Facilitating:
        return QCoreApplication::translate("OrgMap::LinkLayer", "facilitating");
    case InteractionMode::XAsAService:
        return QCoreApplication::translate("OrgMap::LinkLayer", "X-as-a-Service");
    }
    return {};
}

// Lines are clipped to the frame with clipLine (layout/lineclip.h, shared
// with the router) before painting. Dashed and dotted pens are dashed over the
// whole length before clipping, so a long dashed line mostly off screen costs
// as much as if it were all visible (measured: 750 ms for one 100% frame of
// the 10k map without this).

// One batched line of a dense view (a link or an interaction).
struct Stroke
{
    qsizetype index;             // in the layer's links or interactions
    std::optional<QLineF> shaft; // clipped, scene coordinates
    QPolygonF head;              // empty when off screen
    int width;                   // device pixels
    // Which ends are on screen when the line may be cut to a stub: 1 (from),
    // 2 (to), 3 (both: half a stub from each), or 0 (drawn whole).
    int anchor;
    // A routed line: the segments before `shaft` (clipped), and the straight
    // line from its start to its end, which a stub is cut from.
    QList<QLineF> extra = {};
    std::optional<QLineF> chord = std::nullopt;
};

// Sets a stroke's shaft (the last segment, ending at `end`), extra segments
// and chord from a routed path; `bendsLeft` (segments before the shaft a
// frame still draws) is spent, and once it is used up the chord is the shaft.
void setStrokePath(Stroke &s, const QList<QPointF> &path, QPointF end, const QRectF &clip,
                   qsizetype &bendsLeft);
// The point half way along a polyline.
QPointF pathMiddle(const QList<QPointF> &path);

// Lines wider than 1 px as several 1-px cosmetic lines (linkpaint.cpp).
void drawHairlines(QPainter *painter, const QList<QLineF> &lines, QPen pen);
// Stub lengths (device pixels) that keep a frame's strokes within the
// budget: for lines leaving the view, and (when those are down to the
// shortest stub) for lines with both ends on screen; 0 when not cut.
struct Stubs
{
    double leaving = 0;
    double both = 0;
    double forAnchor(int anchor) const { return anchor == 3 ? both : anchor ? leaving : 0; }
};
Stubs stubLengths(const QList<Stroke> &strokes, double lod, qint64 budget);
// Appends the stroke's shaft to `out`, cut to its stub from its end(s) on
// screen when it is longer (clearing a head left beyond the stub); true when cut.
bool cutToStub(Stroke &s, const Stubs &stubs, double lod, QList<QLineF> &out);

} // namespace OrgMap::LinkDetail
