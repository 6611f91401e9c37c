// LinkLayer's painting: which links a frame draws and how (the geometry, the
// pens and the hit tests are in linklayer.cpp).

#include "assetpixmaps.h"
#include "linklayer.h"
#include "linklayer_p.h"

#include "mapitems.h"
#include "shapes.h"
#include "theme.h"

#include <QGraphicsScene>
#include <QMap>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <vector>

namespace OrgMap {

using namespace LinkDetail;

namespace LinkDetail {

// Cosmetic pens wider than one pixel leave the raster engine's fast path for
// the general stroker (measured on a 0.3 view of the 10k map: 32 ms a frame
// with the cross-domain links 2 px wide, 18 ms with all of them 1 px). A w-px
// hairline is drawn as w 1-px lines one device pixel apart, across the line's
// main direction: the same pixels as a non-antialiased w-px stroke.
void drawHairlines(QPainter *painter, const QList<QLineF> &lines, QPen pen)
{
    const int width = std::max(1, qRound(pen.widthF()));
    pen.setWidth(1);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawLines(lines);
    if (width == 1)
        return;
    // One device pixel in scene units (the view only scales).
    const QTransform &m = painter->worldTransform();
    const double px = 1 / std::max(1e-9, std::hypot(m.m11(), m.m12()));
    const double py = 1 / std::max(1e-9, std::hypot(m.m21(), m.m22()));
    QList<QLineF> shifted(lines.size());
    for (int j = 1; j < width; ++j) {
        const double step = (j % 2 ? 1 : -1) * ((j + 1) / 2); // +1, -1, +2, ...
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QLineF &l = lines[i];
            const bool flat = std::abs(l.dx()) >= std::abs(l.dy());
            shifted[i] = l.translated(flat ? QPointF(0, step * py) : QPointF(step * px, 0));
        }
        painter->drawLines(shifted);
    }
}

namespace {

// The length (device pixels) to which the strokes whose anchor is in
// `anchors` (a bit mask) are cut so that all strokes stay within `budget`
// pixels, the others whole or, when `capOthers` > 0, anchored ones cut to it
// already. Water-filling: short lines keep their length, the long ones share
// what is left. 0 when everything fits.
double waterFill(const QList<Stroke> &strokes, double lod, qint64 budget, int anchors,
                 double capOthers)
{
    double fixed = 0, total = 0;
    std::vector<std::pair<double, int>> cuttable; // length, width
    for (const Stroke &s : strokes) {
        double px = s.shaft ? s.shaft->length() * lod : 0;
        for (const QLineF &e : s.extra)
            px += e.length() * lod;
        if (anchors & (1 << s.anchor)) {
            cuttable.emplace_back(px, s.width);
        } else {
            if (capOthers > 0 && s.anchor)
                px = std::min(px, capOthers);
            fixed += px * s.width;
        }
        total += px * s.width;
    }
    if (budget <= 0 || total <= budget || cuttable.empty())
        return 0;
    std::sort(cuttable.begin(), cuttable.end());
    double remaining = std::max(0.0, budget - fixed);
    double widths = 0;
    for (const auto &[px, w] : cuttable)
        widths += w;
    double length = 0;
    for (const auto &[px, w] : cuttable) {
        length = remaining / widths;
        if (px > length)
            break;
        remaining -= px * w;
        widths -= w;
    }
    // Steps of 16 px: panning moves the stubs' ends less often. Never shorter
    // than the minimum: a direction must stay readable.
    return std::max(kMinStub, std::floor(length / 16) * 16);
}

} // namespace

// The lines of one layer a frame draws: those with an end on screen, then those
// crossing the view with both ends off it. Beyond the budgets, only the lines
// at the selection: in the overview for the first kind, always for the second.
// Shared by the links and the ownership lines.
QList<qsizetype> linesToDraw(const auto &f, const auto &lines, auto endsOf, auto atSelection)
{
    QList<qsizetype> shown;
    QList<qsizetype> passing;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto &line = lines[i];
        const auto [a, b] = endsOf(i);
        if (!f.visible(line, a, b))
            continue;
        if (!f.clip.contains(line.line.p1()) && !f.clip.contains(line.line.p2()))
            passing.append(i);
        else
            shown.append(i);
    }
    auto keepSelected = [&](QList<qsizetype> &list) {
        if (!f.anySelected) {
            list.clear();
            return;
        }
        list.erase(
            std::remove_if(list.begin(), list.end(), [&](qsizetype i) { return !atSelection(i); }),
            list.end());
    };
    if (f.lod < kLodDetail && shown.size() > kOverviewLinkBudget)
        keepSelected(shown);
    if (passing.size() > kPassingLinkBudget)
        keepSelected(passing);
    return shown + passing;
}

Stubs stubLengths(const QList<Stroke> &strokes, double lod, qint64 budget)
{
    // Lines leaving the view first; those with both ends on screen only when
    // the others are down to the shortest stub, or there are none to cut
    // (every line has both ends in view: the fit view of a large map), and
    // the frame is still over. Without the second case the fit view of the
    // 10k map drew its 832 interactions whole, ~540,000 px of hairline, a
    // third of the frame (docs/benchmarks.md, "Session 6").
    Stubs stubs;
    stubs.leaving = waterFill(strokes, lod, budget, 1 << 1 | 1 << 2, 0);
    if (stubs.leaving <= kMinStub)
        stubs.both = waterFill(strokes, lod, budget, 1 << 3, stubs.leaving);
    return stubs;
}

void setStrokePath(Stroke &s, const QList<QPointF> &path, QPointF end, const QRectF &clip,
                   qsizetype &bendsLeft)
{
    const qsizetype n = path.size();
    if (n > 2 && bendsLeft <= 0) {
        // Over the frame's budget of routed segments: the chord, as before
        // the routes arrive.
        s.shaft = clipLine(QLineF(path.first(), end), clip);
        return;
    }
    s.shaft = clipLine(QLineF(path[n - 2], end), clip);
    if (n <= 2)
        return;
    for (qsizetype i = 0; i + 2 < n; ++i)
        if (const auto part = clipLine(QLineF(path[i], path[i + 1]), clip))
            s.extra.append(*part);
    bendsLeft -= s.extra.size();
    s.chord = clipLine(QLineF(path.first(), path.last()), clip);
}

QPointF pathMiddle(const QList<QPointF> &path)
{
    double total = 0;
    for (qsizetype i = 0; i + 1 < path.size(); ++i)
        total += QLineF(path[i], path[i + 1]).length();
    double left = total / 2;
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        const QLineF seg(path[i], path[i + 1]);
        if (seg.length() >= left && seg.length() > 0)
            return seg.pointAt(left / seg.length());
        left -= seg.length();
    }
    return path.isEmpty() ? QPointF() : path.last();
}

bool cutToStub(Stroke &s, const Stubs &stubs, double lod, QList<QLineF> &out)
{
    const double stub = stubs.forAnchor(s.anchor);
    const std::optional<QLineF> &whole = s.chord ? s.chord : s.shaft;
    const bool cut = stub > 0 && s.anchor && whole && whole->length() * lod > stub;
    if (!cut) {
        if (s.shaft)
            out.append(*s.shaft);
        out += s.extra;
        return false;
    }
    const QLineF &line = *whole;
    const double length = stub / lod; // scene units
    auto from = [&](QPointF start, QPointF towards, double len) {
        QLineF l(start, towards);
        l.setLength(len);
        return l;
    };
    if (s.anchor == 1) {
        out.append(from(line.p1(), line.p2(), length));
        s.head.clear(); // its end is beyond the stub
    } else if (s.anchor == 2) {
        const QLineF back = from(line.p2(), line.p1(), length);
        out.append(QLineF(back.p2(), back.p1()));
    } else { // both ends on screen: half the stub from each
        out.append(from(line.p1(), line.p2(), length / 2));
        const QLineF back = from(line.p2(), line.p1(), length / 2);
        out.append(QLineF(back.p2(), back.p1()));
    }
    return true;
}

} // namespace LinkDetail

bool LinkLayer::atSelection(qsizetype i) const
{
    const LinkEnds &link = m_links[i];
    return link.from->isSelected() || link.to->isSelected() ||
           (!m_selectedLinks.empty() && m_selectedLinks.count(link.key) > 0);
}

void LinkLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    ensureGeometry();
    if (m_paintInteractionLabels && m_labelsDirty)
        placeLabels();
    Frame f{painter, option->levelOfDetailFromTransform(painter->worldTransform()), {}, {}};
    f.anySelected = !m_selectedLinks.empty() || !m_selectedInteractions.empty() ||
                    (scene() && !scene()->selectedItems().isEmpty());
    f.endsMayBeHidden = NodeItem::anyHidden();
    // What is really on screen: the exposed rect (the whole item when the scene
    // is rendered directly), narrowed to the device and the clip.
    f.exposed = option->exposedRect.isValid() ? option->exposedRect : m_bounds;
    if (painter->device()) {
        const QRectF device(0, 0, painter->device()->width(), painter->device()->height());
        f.exposed &= painter->worldTransform().inverted().mapRect(device);
    }
    if (painter->hasClipping())
        f.exposed &= painter->clipBoundingRect();
    f.clip = f.exposed.adjusted(-20, -20, 20, 20);

    paintOwnership(f);
    m_lastStub = 0;
    const QList<qsizetype> shown = linksToDraw(f);
    if (f.lod < kLodDetail)
        paintOverviewLinks(f, shown);
    else
        paintDetailLinks(f, shown);
    if (f.lod < kLodBundle && !m_bundles.isEmpty())
        paintBundles(f);
    paintInteractions(f);
}

void LinkLayer::paintOwnership(const Frame &f) const
{
    // The app shows these lines by default, one per owned asset, most of them
    // long (the teams sit in a lane along the top). Drawn one dashed line at a
    // time they took 400-680 ms a frame of the 10k map at any zoom (the
    // raster engine strokes and fills each one, handing big fills to its
    // thread pool). So, as for the links: at overview beyond the budget only
    // the selection's, lines crossing the view with both ends off screen only
    // the selection's beyond a budget, and many lines as batched hairlines,
    // cut to stubs beyond a third of the pixel budget (docs/canvas.md).
    if (m_ownershipLines.isEmpty())
        return;
    const bool detail = f.lod >= kLodDetail;
    auto atSelection = [&](qsizetype i) {
        return f.anySelected &&
               (m_ownership[i].first->isSelected() || m_ownership[i].second->isSelected());
    };
    const bool nothingSelected = scene() && scene()->selectedItems().isEmpty();
    if (!detail && m_ownershipLines.size() > kOverviewLinkBudget && nothingSelected &&
        f.exposed.contains(m_bounds.adjusted(40, 40, -40, -40)))
        return;
    const QList<qsizetype> shown = linesToDraw(
        f, m_ownershipLines,
        [&](qsizetype i) {
            return std::pair<const NodeItem *, const NodeItem *>{m_ownership[i].first,
                                                                 m_ownership[i].second};
        },
        atSelection);
    if (shown.isEmpty())
        return;

    QPainter *painter = f.painter;
    QList<Stroke> strokes;
    strokes.reserve(shown.size());
    qsizetype bendsLeft = kRouteSegmentBudget;
    double pixels = 0;
    for (qsizetype i : std::as_const(shown)) {
        const QLineF &line = m_ownershipLines[i].line;
        int anchor = 0;
        if (!atSelection(i)) {
            const bool in1 = f.exposed.contains(line.p1()), in2 = f.exposed.contains(line.p2());
            anchor = in1 && in2 ? 3 : in1 ? 1 : in2 ? 2 : 0;
        }
        strokes.append({i, clipLine(line, f.clip), {}, 1, anchor});
        const QList<QPointF> &path = m_ownershipLines[i].path;
        if (path.size() > 2) // a hook between touching nodes
            setStrokePath(strokes.last(), path, path.last(), f.clip, bendsLeft);
        if (strokes.last().shaft)
            pixels += strokes.last().shaft->length() * f.lod;
    }
    if (pixels <= kWideOwnershipPixels) {
        // Few short lines (small maps, the minimap's overview of them):
        // translucent dash-dot lines, antialiased at detail zoom, in one call.
        // These go through the general stroker and Qt's threaded blending,
        // several times the cost of a hairline per pixel: hence the limit.
        QList<QLineF> lines;
        for (const Stroke &s : std::as_const(strokes)) {
            if (s.shaft)
                lines.append(*s.shaft);
            lines += s.extra;
        }
        painter->setRenderHint(QPainter::Antialiasing, detail);
        painter->setPen(QPen(m_theme->ownershipLine, detail ? 1.2 : 0, Qt::DashDotLine));
        painter->drawLines(lines);
        return;
    }
    const Stubs stubs = stubLengths(strokes, f.lod, m_pixelBudget / 3);
    QList<QLineF> lines;
    lines.reserve(strokes.size());
    for (Stroke &s : strokes)
        cutToStub(s, stubs, f.lod, lines);
    // Cosmetic 1-px lines, not antialiased: the raster engine's fast path.
    // Dash-dot only where the dashes can be told apart. The translucent
    // colour is mixed with the background instead: Qt blends an opaque colour
    // inline, a translucent one in pieces handed to its GUI thread pool for
    // every 96 spans, and a hairline's spans are one pixel long.
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QColor &c = m_theme->ownershipLine, &b = m_theme->background;
    const double a = c.alphaF();
    const QColor mixed = QColor::fromRgbF(b.redF() + (c.redF() - b.redF()) * a,
                                          b.greenF() + (c.greenF() - b.greenF()) * a,
                                          b.blueF() + (c.blueF() - b.blueF()) * a);
    QPen pen(mixed, 1, detail ? Qt::DashDotLine : Qt::SolidLine, Qt::FlatCap);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawLines(lines);
}

QList<qsizetype> LinkLayer::linksToDraw(const Frame &f) const
{
    // Measured on the generated 10k map: painting all 30,000 links costs
    // 60-75 ms at fit-to-window even as batched hairlines, and a 100% view of
    // its centre is crossed by ~1,300 links whose ends are both off screen
    // (~430 ms dashed). Such lines are unreadable anyway, so beyond a budget
    // the overview draws only links at selected nodes or selected links, and
    // every view only links with an end on screen (plus the selection's).
    // Overview of a map over budget with nothing selected: nothing to draw, and
    // no need to test 30,000 lines against the exposed rect.
    const bool nothingSelected =
        m_selectedLinks.empty() && scene() && scene()->selectedItems().isEmpty();
    if (f.lod < kLodDetail && m_linkLines.size() > kOverviewLinkBudget && nothingSelected &&
        f.exposed.contains(m_bounds.adjusted(40, 40, -40, -40)))
        return {};
    QList<qsizetype> shown = linesToDraw(
        f, m_linkLines,
        [&](qsizetype i) {
            return std::pair<const NodeItem *, const NodeItem *>{m_links[i].from, m_links[i].to};
        },
        [&](qsizetype i) { return f.anySelected && atSelection(i); });
    // Bundled: the links between two domains are their band, except the
    // selection's.
    if (f.lod < kLodBundle && !m_bundles.isEmpty())
        shown.erase(std::remove_if(shown.begin(), shown.end(),
                                   [&](qsizetype i) {
                                       return (m_flags[i] & CrossDomain) &&
                                              !(f.anySelected && atSelection(i));
                                   }),
                    shown.end());
    return shown;
}

void LinkLayer::paintOverviewLinks(const Frame &f, const QList<qsizetype> &shown) const
{
    // Batched cosmetic hairlines per kind, no antialiasing, no arrows; one
    // batch per kind and flags (internal, cross-domain, on a cycle).
    // Over the pixel budget, links are cut to stubs as in the detailed view
    // (a 0.2 view of the 10k map's top edge: 3,000 links, most
    // of them reaching far below, 19 ms -> 9 ms).
    f.painter->setRenderHint(QPainter::Antialiasing, false);
    QList<Stroke> strokes;
    strokes.reserve(shown.size());
    qsizetype bendsLeft = kRouteSegmentBudget;
    for (qsizetype i : shown) {
        const QLineF &line = m_linkLines[i].line;
        int anchor = 0;
        if (!(f.anySelected && atSelection(i))) {
            const bool in1 = f.exposed.contains(line.p1()), in2 = f.exposed.contains(line.p2());
            anchor = in1 && in2 ? 3 : in1 ? 1 : in2 ? 2 : 0;
        }
        strokes.append({i, clipLine(line, f.clip), {}, m_flags[i] & CrossDomain ? 2 : 1, anchor});
        const QList<QPointF> &path = m_linkLines[i].path;
        if (path.size() > 2)
            setStrokePath(strokes.last(), path, path.last(), f.clip, bendsLeft);
    }
    const Stubs stubs = stubLengths(strokes, f.lod, m_pixelBudget);
    m_lastStub = std::max(stubs.leaving, stubs.both);
    QList<QLineF> batches[3][4];
    for (Stroke &s : strokes)
        cutToStub(s, stubs, f.lod, batches[int(m_links[s.index].key.kind)][m_flags[s.index] & 3]);
    drawShafts(f, batches, true); // dashes are invisible this far out
}

void LinkLayer::drawShafts(const Frame &f, const QList<QLineF> (&batches)[3][4], bool solid) const
{
    // Many pixels: rasterised by the layer itself and composited once
    // (hairlinelayer.h); few, and what that raster does not draw, by Qt.
    double pixels = 0;
    for (int k = 0; k < 3; ++k)
        for (int fl = 0; fl < 4; ++fl)
            for (const QLineF &l : batches[k][fl])
                pixels += l.length() * f.lod * ((fl & CrossDomain) ? 2 : 1);
    const bool own = pixels > kOwnRasterPixels && HairlineLayer::usable(f.painter);
    if (own)
        m_hairlines.begin(f.painter, f.clip);
    for (int k = 0; k < 3; ++k)
        for (int fl = 0; fl < 4; ++fl) {
            if (batches[k][fl].isEmpty())
                continue;
            QPen pen = linkPen(*m_theme, LinkKind(k), fl, m_mode, false, true);
            if (solid)
                pen.setStyle(Qt::SolidLine);
            if (own && pen.color().alpha() == 255 && HairlineLayer::draws(pen.style()))
                m_hairlines.add(batches[k][fl], pen.color(), std::max(1, qRound(pen.widthF())),
                                pen.style());
            else
                drawHairlines(f.painter, batches[k][fl], pen);
        }
    if (own)
        m_hairlines.end(f.painter);
}

double LinkLayer::pixelsInView(const QList<Line> &lines, const QList<qsizetype> &shown,
                               const Frame &f)
{
    double pixels = 0;
    for (qsizetype i : shown)
        if (const auto part = clipLine(lines[i].line, f.clip))
            pixels += part->length() * f.lod;
    return pixels;
}

void LinkLayer::paintDetailLinks(const Frame &f, const QList<qsizetype> &shown) const
{
    QPainter *painter = f.painter;
    const Theme &t = *m_theme;
    painter->setRenderHint(QPainter::Antialiasing);
    // Wide pens go through the general stroker, 1-pixel cosmetic pens through
    // the raster engine's fast path (measured: ~8.5 ms vs ~4 ms for the ~500
    // links of a 100% view of the 10k map). Many links: thin lines, which
    // are also calmer; few links (small maps, projectors): wide lines. Few
    // but long (a 0.6 view of the 10k map): thin too, by their pixels.
    const bool thin =
        shown.size() > kWideLinkBudget || pixelsInView(m_linkLines, shown, f) > kWideLinkPixels;
    qsizetype bendsLeft = kRouteSegmentBudget;
    // Many links: shafts batched per pen and heads per colour into one path
    // (one drawLines and one fill per batch instead of three calls per
    // link), not antialiased (1-2 px hairlines like the overview's).
    // Measured on a 0.44 view of the 10k map: 43 -> 25 ms a frame; 100%:
    // 15 -> 12 ms.
    QList<Stroke> strokes;
    for (qsizetype i : shown) {
        const LinkEnds &link = m_links[i];
        const Line &line = m_linkLines[i];
        const bool selected = m_selectedLinks.count(link.key) > 0;
        const QPen pen = linkPen(t, link.key.kind, m_flags[i], m_mode, selected, thin);
        // Heavier links get a larger head (in scene units, like the shaft).
        const double shaft = pen.isCosmetic() ? pen.widthF() / f.lod : pen.widthF();
        const QList<QPointF> &path = line.path;
        const qsizetype n = path.size();
        // The arrowhead along the route's last segment, its tip at the
        // provider's border.
        QPolygonF head =
            Shapes::arrowHead(path[n - 2], path[n - 1], 11 + 2 * std::max(0.0, shaft - 1.8));
        // Stop the shaft at the arrow's base so the dash pattern does not poke through.
        const QPointF base = (head[1] + head[2]) / 2;
        Stroke routed{i, std::nullopt, {}, 0, 0};
        setStrokePath(routed, path, base, f.clip, bendsLeft);
        const auto part = routed.shaft;
        if (!f.clip.contains(line.line.p2()))
            head.clear();
        if (thin && !selected) {
            int anchor = 0;
            if (!(f.anySelected && atSelection(i))) {
                const bool in1 = f.exposed.contains(line.line.p1());
                const bool in2 = f.exposed.contains(line.line.p2());
                anchor = in1 && in2 ? 3 : in1 ? 1 : in2 ? 2 : 0;
            }
            routed.head = head;
            routed.width = std::max(1, qRound(pen.widthF()));
            routed.anchor = anchor;
            strokes.append(routed);
            continue;
        }
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        if (n > 2) {
            // Bends rounded: the route reads as one curve around the boxes.
            // Only its parts in the clip: a dashed path is dashed over its
            // whole length, off screen too (a 100% view of the 10k map spent
            // most of its link time dashing long routes' invisible parts).
            QPainterPath curve;
            auto straight = [&](QPointF from, QPointF to) {
                if (const auto piece = clipLine(QLineF(from, to), f.clip)) {
                    if (curve.isEmpty() || curve.currentPosition() != piece->p1())
                        curve.moveTo(piece->p1());
                    curve.lineTo(piece->p2());
                }
            };
            QPointF start = path[0];
            for (qsizetype k = 1; k + 1 < n; ++k) {
                const QLineF in(path[k], path[k - 1]), out(path[k], k + 2 < n ? path[k + 1] : base);
                const double r = std::min({14.0, in.length() / 2, out.length() / 2});
                const QPointF bendIn = in.pointAt(r / std::max(1e-9, in.length()));
                const QPointF bendOut = out.pointAt(r / std::max(1e-9, out.length()));
                straight(start, bendIn);
                if (f.clip.contains(path[k])) {
                    if (curve.isEmpty() || curve.currentPosition() != bendIn)
                        curve.moveTo(bendIn);
                    curve.quadTo(path[k], bendOut);
                }
                start = bendOut;
            }
            straight(start, base);
            if (!curve.isEmpty())
                painter->drawPath(curve);
        } else if (part) {
            painter->drawLine(*part);
        }
        if (head.isEmpty())
            continue;
        painter->setPen(Qt::NoPen);
        painter->setBrush(pen.color());
        painter->drawPolygon(head);
    }

    // Over the pixel budget: links leaving the view become stubs from their
    // end on screen (the 10k map at 0.3: ~1,200 cross-domain links cross the
    // whole view, 80% of the link pixels).
    const Stubs stubs = stubLengths(strokes, f.lod, m_pixelBudget);
    m_lastStub = std::max(stubs.leaving, stubs.both);
    std::vector<bool> cut(m_lastStub > 0 ? m_links.size() : 0);
    QList<QLineF> shafts[3][4];
    QPainterPath heads[3][4];
    for (Stroke &s : strokes) {
        const int k = int(m_links[s.index].key.kind), fl = m_flags[s.index] & 3;
        if (cutToStub(s, stubs, f.lod, shafts[k][fl]))
            cut[s.index] = true;
        if (!s.head.isEmpty())
            heads[k][fl].addPolygon(s.head);
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
    // All shafts, then all heads above them.
    drawShafts(f, shafts, false);
    for (int k = 0; k < 3; ++k)
        for (int fl = 0; fl < 4; ++fl)
            if (!heads[k][fl].isEmpty())
                painter->fillPath(heads[k][fl],
                                  linkPen(t, LinkKind(k), fl, m_mode, false, true).color());
    painter->setRenderHint(QPainter::Antialiasing, true);

    if (f.lod < kLodLinkLabels)
        return;
    painter->setFont(t.smallFont);
    painter->setPen(t.mutedText);
    for (qsizetype i : shown) {
        const LinkEnds &link = m_links[i];
        const Line &line = m_linkLines[i];
        // A cut link's middle is not where its stub is.
        if (!link.label.isEmpty() && f.clip.contains(line.line.p2()) && !(!cut.empty() && cut[i]))
            painter->drawText(QRectF(pathMiddle(line.path) - QPointF(80, 18), QSizeF(160, 16)),
                              Qt::AlignCenter, link.label);
    }
}

} // namespace OrgMap
