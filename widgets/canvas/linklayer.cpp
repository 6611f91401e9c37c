#include "linklayer.h"

#include "mapitems.h"
#include "shapes.h"
#include "theme.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QHash>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace OrgMap {

namespace {

constexpr double kLodDetail = 0.3; // below: hairlines, no arrows, no labels
// Interaction pills from 0.4 (11 px text at >= 4.4 px; the example map fits a
// 1400x900 window at ~0.44); link labels from 0.6: there are far more of them
// and drawText per link is what a 0.44 view of the 10k map cannot afford.
constexpr double kLodLabels = 0.4;
constexpr double kLodLinkLabels = 0.6;
constexpr double kParallelGap = 9; // between links joining the same two nodes
// Most links drawn in the overview, and most links crossing the view with both
// ends off screen; beyond these only links at the selection are drawn.
constexpr qsizetype kOverviewLinkBudget = 4000;
constexpr qsizetype kPassingLinkBudget = 150;
constexpr qsizetype kWideLinkBudget = 250;

double distanceToSegment(QPointF p, const QLineF &l)
{
    const QPointF d = l.p2() - l.p1();
    const double len2 = d.x() * d.x() + d.y() * d.y();
    double t = len2 > 0 ? QPointF::dotProduct(p - l.p1(), d) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF q = l.p1() + t * d;
    return QLineF(p, q).length();
}

QString modeName(InteractionMode mode)
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

// Liang-Barsky: the part of `line` inside `rect`, or nothing. Dashed and dotted
// pens are dashed over the whole length before clipping, so a long dashed line
// mostly off screen costs as much as if it were all visible (measured: 750 ms
// for one 100% frame of the 10k map without this).
std::optional<QLineF> clipTo(const QLineF &line, const QRectF &rect)
{
    double t0 = 0, t1 = 1;
    const double dx = line.dx(), dy = line.dy();
    const double p[] = {-dx, dx, -dy, dy};
    const double q[] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(),
                        rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return std::nullopt;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return std::nullopt;
    }
    return QLineF(line.pointAt(t0), line.pointAt(t1));
}

} // namespace

LinkLayer::LinkLayer(const Theme *theme) : m_theme(theme)
{
    setZValue(100);                        // above domains, below nodes
    setAcceptedMouseButtons(Qt::NoButton); // the scene hit-tests lines itself
    setFlag(ItemUsesExtendedStyleOption);  // exposedRect: paint only what is exposed
}

void LinkLayer::setTheme(const Theme *theme)
{
    m_theme = theme;
    update();
}

void LinkLayer::setLinks(QList<LinkEnds> links)
{
    m_links = std::move(links);
    nodesMoved();
}

void LinkLayer::setInteractions(QList<InteractionEnds> interactions)
{
    m_interactions = std::move(interactions);
    nodesMoved();
}

void LinkLayer::setOwnership(QList<QPair<NodeItem *, NodeItem *>> lines)
{
    m_ownership = std::move(lines);
    nodesMoved();
}

void LinkLayer::setLabelObstacles(QList<const NodeItem *> nodes)
{
    m_labelObstacles = std::move(nodes);
    // Not m_dirty: the geometry may be recomputed (prepareGeometryChange) while
    // the scene is half way through a change; labels are placed at paint time.
    m_labelsDirty = true;
    update();
}

void LinkLayer::setInteractionParts(bool lines, bool labels)
{
    m_paintInteractionLines = lines;
    m_paintInteractionLabels = labels;
    update();
}

void LinkLayer::setHighlight(HighlightMode mode, const QHash<QString, int> *cycles)
{
    m_mode = mode;
    m_cycles = cycles;
    m_dirty = true; // flags depend on the cycles
    update();
}

int LinkLayer::flagsOf(const LinkKey &key) const
{
    ensureGeometry();
    for (qsizetype i = 0; i < m_links.size(); ++i)
        if (m_links[i].key == key)
            return m_flags[i];
    return 0;
}

QPen LinkLayer::penFor(const LinkKey &key, bool thin) const
{
    return linkPen(*m_theme, key.kind, flagsOf(key), m_mode, m_selectedLinks.count(key) > 0, thin);
}

QPen LinkLayer::linkPen(const Theme &t, LinkKind kind, int flags, HighlightMode mode, bool selected,
                        bool thin)
{
    const bool coupling = mode == HighlightMode::Coupling;
    QColor c = kind == LinkKind::Api     ? t.linkApi
               : kind == LinkKind::Event ? t.linkEvent
                                         : t.linkData;
    // Cross-domain links are the coupling between domains: heavier always,
    // heavier still in Coupling, where the links inside a domain step back.
    double factor = 1;
    if (flags & CrossDomain)
        factor = coupling ? 3 : 2;
    if (coupling && (flags & OnCycle))
        c = t.cycle;
    else if ((coupling && !(flags & CrossDomain)) || mode == HighlightMode::Orphans) {
        // Step back (not what this mode is about): mixed with the background
        // rather than translucent, so that lines stay on the raster fast path
        // (translucent pens doubled a 100% frame of the 10k map).
        const QColor &b = t.background;
        c = QColor::fromRgbF(b.redF() + (c.redF() - b.redF()) * 0.35,
                             b.greenF() + (c.greenF() - b.greenF()) * 0.35,
                             b.blueF() + (c.blueF() - b.blueF()) * 0.35);
    }
    const Qt::PenStyle style = kind == LinkKind::Api     ? Qt::SolidLine
                               : kind == LinkKind::Event ? Qt::DashLine
                                                         : Qt::DotLine;
    if (selected)
        return QPen(t.selection, std::max(3.0, 1.8 * factor), style, Qt::FlatCap);
    if (thin) {
        // Many links in view: cosmetic pens (1 px takes the raster fast path).
        QPen pen(c, factor, style, Qt::FlatCap);
        pen.setCosmetic(true);
        return pen;
    }
    const double w = (kind == LinkKind::Data ? 2.5 : 1.8) * factor;
    return QPen(c, w, style, Qt::FlatCap);
}

void LinkLayer::nodesMoved()
{
    prepareGeometryChange();
    m_dirty = true;
    update();
}

void LinkLayer::setSelection(std::set<LinkKey> links, std::set<InteractionKey> interactions)
{
    m_selectedLinks = std::move(links);
    m_selectedInteractions = std::move(interactions);
    update();
}

QLineF LinkLayer::clipped(const NodeItem *from, const NodeItem *to, double offset)
{
    const QPointF a = from->pos(), b = to->pos();
    QPointF d = b - a;
    const double len = std::hypot(d.x(), d.y());
    if (len < 1)
        return QLineF(a, b);
    d /= len;
    const QPointF normal(-d.y(), d.x());
    // Where the ray from the centre leaves the body rectangle, plus a small gap.
    auto exitDistance = [&](const NodeItem *n) {
        const QRectF r = n->bodyRect();
        const double tx = std::abs(d.x()) > 1e-9 ? (r.width() / 2) / std::abs(d.x()) : 1e9;
        const double ty = std::abs(d.y()) > 1e-9 ? (r.height() / 2) / std::abs(d.y()) : 1e9;
        return std::min(tx, ty) + 3;
    };
    const double s = exitDistance(from), e = len - exitDistance(to);
    if (e <= s) // overlapping nodes
        return QLineF(a, b);
    return QLineF(a + d * s + normal * offset, a + d * e + normal * offset);
}

void LinkLayer::ensureGeometry() const
{
    if (!m_dirty)
        return;
    m_dirty = false;
    m_linkLines.clear();
    m_linkLines.reserve(m_links.size());
    QRectF bounds;
    // Links joining the same two nodes are fanned out side by side.
    QHash<QPair<const NodeItem *, const NodeItem *>, int> pairCount;
    for (const LinkEnds &l : m_links)
        ++pairCount[std::minmax<const NodeItem *>(l.from, l.to)];
    QHash<QPair<const NodeItem *, const NodeItem *>, int> pairIndex;
    auto addLine = [&](QList<Line> &out, const QLineF &line) {
        const QRectF b = QRectF(line.p1(), line.p2()).normalized().adjusted(-12, -12, 12, 12);
        out.append({line, b});
        bounds |= b;
    };
    m_flags.resize(m_links.size());
    for (qsizetype i = 0; i < m_links.size(); ++i) {
        const DomainId &a = m_links[i].from->domainId(), &b = m_links[i].to->domainId();
        quint8 f = 0;
        if (!a.isNull() && !b.isNull() && a != b) {
            f = CrossDomain;
            if (m_cycles && !m_cycles->isEmpty()) {
                const int ca = m_cycles->value(a.str(), -1);
                if (ca >= 0 && ca == m_cycles->value(b.str(), -2))
                    f |= OnCycle;
            }
        }
        m_flags[i] = f;
    }
    for (const LinkEnds &l : m_links) {
        const auto pair = std::minmax<const NodeItem *>(l.from, l.to);
        const int n = pairCount.value(pair);
        double offset = 0;
        if (n > 1) {
            const int i = pairIndex[pair]++;
            offset = (i - (n - 1) / 2.0) * kParallelGap;
            if (l.from > l.to) // same side whichever way the link points
                offset = -offset;
        }
        addLine(m_linkLines, clipped(l.from, l.to, offset));
    }
    m_interactionLines.clear();
    for (const InteractionEnds &i : m_interactions)
        addLine(m_interactionLines, clipped(i.from, i.to, 0));
    m_ownershipLines.clear();
    for (const auto &[asset, team] : m_ownership)
        addLine(m_ownershipLines, clipped(asset, team, 0));
    m_bounds = bounds.adjusted(-40, -40, 40, 40);
    m_labelsDirty = true;
}

QList<QRectF> LinkLayer::labelRects() const
{
    ensureGeometry();
    if (m_labelsDirty)
        placeLabels();
    return m_labelBoxes;
}

void LinkLayer::placeLabels() const
{
    // Greedy: each pill takes the first place along its line (middle, then
    // further out) that overlaps no earlier pill and no team at either end;
    // a pill with no free place is drawn only when its interaction or one of
    // its teams is selected. Placed once per geometry change, not per frame,
    // with a coarse grid so that the 10k map's 832 pills take about a millisecond.
    constexpr double kCell = 256;
    QHash<QPoint, QList<QRectF>> grid;
    auto cells = [&](const QRectF &r, auto &&visit) {
        for (int x = int(std::floor(r.left() / kCell)); x <= int(std::floor(r.right() / kCell));
             ++x)
            for (int y = int(std::floor(r.top() / kCell)); y <= int(std::floor(r.bottom() / kCell));
                 ++y)
                if (visit(QPoint(x, y)))
                    return true;
        return false;
    };
    auto add = [&](const QRectF &r) {
        cells(r, [&](QPoint c) {
            grid[c].append(r);
            return false;
        });
    };
    QSet<const NodeItem *> teams(m_labelObstacles.cbegin(), m_labelObstacles.cend());
    for (const InteractionEnds &i : m_interactions)
        teams << i.from << i.to;
    for (const NodeItem *team : std::as_const(teams))
        // A pill may touch a team's rim (the lane's neighbours are 60 units
        // apart, a pill ~90 wide) but not cover its name.
        add(team->sceneBodyRect().adjusted(22, 8, -22, -8));
    const QFontMetricsF fm(m_theme->smallFont);
    m_labelBoxes.clear();
    m_labelsDirty = false;
    for (qsizetype i = 0; i < m_interactions.size(); ++i) {
        const QLineF &line = m_interactionLines[i].line;
        const QSizeF size(fm.horizontalAdvance(modeName(m_interactions[i].key.mode)) + 14, 20);
        QRectF placed;
        for (double t : {0.5, 0.38, 0.62, 0.26, 0.74, 0.15, 0.85}) {
            QRectF box(QPointF(), size);
            box.moveCenter(line.pointAt(t));
            const QRectF padded = box.adjusted(-4, -3, 4, 3);
            const bool taken = cells(padded, [&](QPoint c) {
                const auto it = grid.constFind(c);
                return it != grid.cend() &&
                       std::any_of(it->cbegin(), it->cend(),
                                   [&](const QRectF &r) { return r.intersects(padded); });
            });
            if (!taken) {
                placed = box;
                add(box);
                break;
            }
        }
        m_labelBoxes.append(placed);
    }
}

QRectF LinkLayer::boundingRect() const
{
    ensureGeometry();
    return m_bounds;
}

std::optional<LinkKey> LinkLayer::linkAt(QPointF scenePos, double tolerance) const
{
    ensureGeometry();
    double best = tolerance;
    std::optional<LinkKey> found;
    for (qsizetype i = 0; i < m_linkLines.size(); ++i) {
        if (!m_linkLines[i].bounds.contains(scenePos))
            continue;
        const double d = distanceToSegment(scenePos, m_linkLines[i].line);
        if (d <= best) {
            best = d;
            found = m_links[i].key;
        }
    }
    return found;
}

std::optional<InteractionKey> LinkLayer::interactionAt(QPointF scenePos, double tolerance) const
{
    ensureGeometry();
    for (qsizetype i = 0; i < m_interactionLines.size(); ++i)
        if (m_interactionLines[i].bounds.contains(scenePos) &&
            distanceToSegment(scenePos, m_interactionLines[i].line) <= tolerance)
            return m_interactions[i].key;
    return std::nullopt;
}

void LinkLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    ensureGeometry();
    if (m_paintInteractionLabels && m_labelsDirty)
        placeLabels();
    const Theme &t = *m_theme;
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    // What is really on screen: the exposed rect (the whole item when the scene
    // is rendered directly), narrowed to the device and the clip.
    QRectF exposed = option->exposedRect.isValid() ? option->exposedRect : m_bounds;
    if (painter->device()) {
        const QRectF device(0, 0, painter->device()->width(), painter->device()->height());
        exposed &= painter->worldTransform().inverted().mapRect(device);
    }
    if (painter->hasClipping())
        exposed &= painter->clipBoundingRect();
    // Lines are clipped to a margin around the exposed area before dashing.
    const QRectF clip = exposed.adjusted(-20, -20, 20, 20);
    auto visible = [&](const Line &line, const NodeItem *a, const NodeItem *b) {
        return line.bounds.intersects(exposed) && a->isVisible() && b->isVisible();
    };

    if (m_ownershipLines.size()) {
        painter->setRenderHint(QPainter::Antialiasing, lod >= kLodDetail);
        painter->setPen(QPen(t.ownershipLine, lod >= kLodDetail ? 1.2 : 0, Qt::DashDotLine));
        for (qsizetype i = 0; i < m_ownershipLines.size(); ++i)
            if (visible(m_ownershipLines[i], m_ownership[i].first, m_ownership[i].second))
                if (const auto part = clipTo(m_ownershipLines[i].line, clip))
                    painter->drawLine(*part);
    }

    // Which links to draw. Measured on the generated 10k map: painting all
    // 30,000 links costs 60-75 ms at fit-to-window even as batched hairlines, and
    // a 100% view of its centre is crossed by ~1,300 links whose ends are both
    // off screen (~430 ms dashed). Such lines are unreadable anyway, so beyond a
    // budget the overview draws only links at selected nodes or selected links,
    // and the detailed view only links with an end on screen.
    QList<qsizetype> shown;
    QList<qsizetype> passing; // neither end on screen
    // Overview of a map over budget with nothing selected: nothing to draw, and
    // no need to test 30,000 lines against the exposed rect.
    const bool nothingSelected =
        m_selectedLinks.empty() && scene() && scene()->selectedItems().isEmpty();
    const bool skipAll = lod < kLodDetail && m_linkLines.size() > kOverviewLinkBudget &&
                         nothingSelected && exposed.contains(m_bounds.adjusted(40, 40, -40, -40));
    for (qsizetype i = 0; i < (skipAll ? 0 : m_linkLines.size()); ++i) {
        const LinkEnds &link = m_links[i];
        if (!visible(m_linkLines[i], link.from, link.to))
            continue;
        if (lod >= kLodDetail && !clip.contains(m_linkLines[i].line.p1()) &&
            !clip.contains(m_linkLines[i].line.p2()))
            passing.append(i);
        else
            shown.append(i);
    }
    auto isSelected = [&](qsizetype i) {
        const LinkEnds &link = m_links[i];
        return link.from->isSelected() || link.to->isSelected() ||
               (!m_selectedLinks.empty() && m_selectedLinks.count(link.key) > 0);
    };
    auto keepSelected = [&](QList<qsizetype> &list) {
        list.erase(
            std::remove_if(list.begin(), list.end(), [&](qsizetype i) { return !isSelected(i); }),
            list.end());
    };
    if (lod < kLodDetail && shown.size() > kOverviewLinkBudget)
        keepSelected(shown);
    if (passing.size() > kPassingLinkBudget)
        keepSelected(passing);
    shown += passing;

    if (lod < kLodDetail) {
        // Overview: batched cosmetic hairlines per kind, no antialiasing, no arrows.
        painter->setRenderHint(QPainter::Antialiasing, false);
        // One batch per kind and flags (internal, cross-domain, on a cycle).
        QList<QLineF> batches[3][4];
        for (qsizetype i : std::as_const(shown))
            batches[int(m_links[i].key.kind)][m_flags[i] & 3].append(m_linkLines[i].line);
        for (int k = 0; k < 3; ++k)
            for (int f = 0; f < 4; ++f) {
                if (batches[k][f].isEmpty())
                    continue;
                QPen pen = linkPen(t, LinkKind(k), f, m_mode, false, true);
                pen.setStyle(Qt::SolidLine); // dashes are invisible this far out
                painter->setPen(pen);
                painter->drawLines(batches[k][f]);
            }
    } else {
        painter->setRenderHint(QPainter::Antialiasing);
        // Wide pens go through the general stroker, 1-pixel cosmetic pens through
        // the raster engine's fast path (measured: ~8.5 ms vs ~4 ms for the ~500
        // links of a 100% view of the 10k map). Many links: thin lines, which
        // are also calmer; few links (small maps, projectors): wide lines.
        const bool thin = shown.size() > kWideLinkBudget;
        // Many links: shafts batched per pen and heads per colour into one path
        // (one drawLines and one fill per batch instead of three calls per
        // link), not antialiased (1-2 px hairlines like the overview's).
        // Measured on a 0.44 view of the 10k map: 43 -> 25 ms a frame; 100%:
        // 15 -> 12 ms.
        QList<QLineF> shafts[3][4];
        QPainterPath heads[3][4];
        auto paintOne = [&](qsizetype i, const QPen &pen) {
            const Line &line = m_linkLines[i];
            // Heavier links get a larger head (in scene units, like the shaft).
            const double shaft = pen.isCosmetic() ? pen.widthF() / lod : pen.widthF();
            const QPolygonF head = Shapes::arrowHead(line.line.p1(), line.line.p2(),
                                                     11 + 2 * std::max(0.0, shaft - 1.8));
            // Stop the shaft at the arrow's base so the dash pattern does not poke through.
            const QPointF base = (head[1] + head[2]) / 2;
            const auto part = clipTo(QLineF(line.line.p1(), base), clip);
            const bool headShown = clip.contains(line.line.p2());
            const LinkEnds &link = m_links[i];
            if (thin && !m_selectedLinks.count(link.key)) {
                const int k = int(link.key.kind), f = m_flags[i] & 3;
                if (part)
                    shafts[k][f].append(*part);
                if (headShown)
                    heads[k][f].addPolygon(head);
                return;
            }
            painter->setPen(pen);
            if (part)
                painter->drawLine(*part);
            if (!headShown)
                return;
            painter->setPen(Qt::NoPen);
            painter->setBrush(pen.color());
            painter->drawPolygon(head);
        };
        for (qsizetype i : std::as_const(shown)) {
            const LinkEnds &link = m_links[i];
            const bool selected = m_selectedLinks.count(link.key) > 0;
            paintOne(i, linkPen(t, link.key.kind, m_flags[i], m_mode, selected, thin));
        }
        for (int k = 0; k < 3; ++k)
            for (int f = 0; f < 4; ++f) {
                if (shafts[k][f].isEmpty() && heads[k][f].isEmpty())
                    continue;
                const QPen pen = linkPen(t, LinkKind(k), f, m_mode, false, true);
                painter->setPen(pen);
                painter->setRenderHint(QPainter::Antialiasing, false);
                painter->drawLines(shafts[k][f]);
                painter->fillPath(heads[k][f], pen.color());
                painter->setRenderHint(QPainter::Antialiasing, true);
            }
        if (lod >= kLodLinkLabels) {
            painter->setFont(t.smallFont);
            painter->setPen(t.mutedText);
            for (qsizetype i : std::as_const(shown)) {
                const LinkEnds &link = m_links[i];
                const Line &line = m_linkLines[i];
                if (!link.label.isEmpty() && clip.contains(line.line.p2()))
                    painter->drawText(QRectF(line.line.center() - QPointF(80, 18), QSizeF(160, 16)),
                                      Qt::AlignCenter, link.label);
            }
        }
    }

    // Interactions between teams: wide lines, with the mode written on them.
    painter->setRenderHint(QPainter::Antialiasing, lod >= kLodDetail);
    for (qsizetype i = 0; i < m_interactionLines.size(); ++i) {
        const Line &line = m_interactionLines[i];
        const InteractionEnds &inter = m_interactions[i];
        if (!visible(line, inter.from, inter.to))
            continue;
        const bool selected = m_selectedInteractions.count(inter.key) > 0;
        const QColor c = selected ? t.selection : t.interaction;
        // Dash patterns are not visible at overview zoom and cost the most there.
        const Qt::PenStyle style = lod < kLodDetail ? Qt::SolidLine
                                   : inter.key.mode == InteractionMode::Collaboration
                                       ? Qt::SolidLine
                                   : inter.key.mode == InteractionMode::Facilitating ? Qt::DotLine
                                                                                     : Qt::DashLine;
        if (m_paintInteractionLines) {
            painter->setPen(QPen(c, lod < kLodDetail ? 0 : (selected ? 5 : 4), style, Qt::FlatCap));
            painter->setBrush(Qt::NoBrush);
            if (inter.key.mode == InteractionMode::XAsAService && lod >= kLodDetail) {
                // X-as-a-Service points at the team providing the service.
                const QPolygonF head = Shapes::arrowHead(line.line.p1(), line.line.p2(), 16);
                if (const auto part = clipTo(QLineF(line.line.p1(), (head[1] + head[2]) / 2), clip))
                    painter->drawLine(*part);
                painter->setPen(Qt::NoPen);
                painter->setBrush(c);
                painter->drawPolygon(head);
            } else if (const auto part = clipTo(line.line, clip)) {
                painter->drawLine(*part);
            }
        }
        if (m_paintInteractionLabels && lod >= kLodLabels) {
            const QString text = modeName(inter.key.mode);
            painter->setFont(t.smallFont);
            QRectF box = m_labelBoxes.value(i);
            if (box.isNull()) {
                // No free place: only shown for the selection (then on the middle).
                if (!selected && !inter.from->isSelected() && !inter.to->isSelected())
                    continue;
                const QFontMetricsF fm(t.smallFont);
                box = QRectF(QPointF(), QSizeF(fm.horizontalAdvance(text) + 14, 20));
                box.moveCenter(line.line.center());
            }
            painter->setPen(QPen(c, 1.2));
            painter->setBrush(t.nodeFill);
            painter->drawRoundedRect(box, 10, 10);
            painter->setPen(c);
            painter->drawText(box, Qt::AlignCenter, text);
        }
    }
}

} // namespace OrgMap
