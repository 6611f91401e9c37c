#include "highlightlayer.h"
#include "extent.h"

#include "mapitems.h"
#include "theme.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPixmap>
#include <QStyleOptionGraphicsItem>

namespace OrgMap {

namespace {

constexpr double kMarkerPixels = 26;    // smallest on-screen height of a marker
constexpr double kMarkerMinScene = 30;  // at 100% and closer
constexpr double kMarkerMaxScene = 280; // so that the bounds stay finite
constexpr double kMargin = kMarkerMaxScene / 2 + 40;

// "!" and "?" as paths at unit height, made once: glyph outlines scale with
// the marker and cost no text layout per paint.
const QPainterPath &glyphPath(QChar glyph)
{
    static QHash<QChar, QPainterPath> cache;
    auto it = cache.find(glyph);
    if (it != cache.end())
        return *it;
    QFont f;
    f.setPixelSize(100);
    f.setBold(true);
    QPainterPath path;
    path.addText(0, 0, f, QString(glyph));
    const QRectF b = path.boundingRect();
    // Centre on (0, 0), height 1.
    QTransform m;
    m.scale(1 / b.height(), 1 / b.height());
    m.translate(-b.center().x(), -b.center().y());
    return *cache.insert(glyph, m.map(path));
}

void fillGlyph(QPainter *painter, QChar glyph, QPointF center, double height, const QColor &c)
{
    QTransform m;
    m.translate(center.x(), center.y());
    m.scale(height, height);
    painter->setPen(Qt::NoPen);
    painter->setBrush(c);
    painter->drawPath(m.map(glyphPath(glyph)));
}

// A class, not a free tr(): lupdate files HighlightLayerTr::tr() texts under the
// context declared here, which is the one looked up at run time.
class HighlightLayerTr
{
    Q_DECLARE_TR_FUNCTIONS(OrgMap::HighlightLayer)
};

} // namespace

HighlightLayer::HighlightLayer(const Theme *theme, Part part) : m_theme(theme), m_part(part)
{
    setZValue(part == Part::Halos ? 150 : 270);
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemUsesExtendedStyleOption);
}

void HighlightLayer::setTheme(const Theme *theme)
{
    m_theme = theme;
    update();
}

void HighlightLayer::setNodes(QList<const NodeItem *> nodes)
{
    m_nodes = std::move(nodes);
    nodesMoved();
}

void HighlightLayer::nodesMoved()
{
    prepareGeometryChange();
    m_dirty = true;
    update();
}

QRectF HighlightLayer::boundingRect() const
{
    if (m_dirty) {
        m_dirty = false;
        Extent extent;
        for (const NodeItem *n : m_nodes)
            extent.add(n->sceneBodyRect());
        const QRectF r = extent.rect();
        m_bounds = r.isNull() ? QRectF() : r.adjusted(-kMargin, -kMargin, kMargin, kMargin);
    }
    return m_bounds;
}

void HighlightLayer::fillFrame(QPainter *painter, const QRectF &r, double w, const QColor &c)
{
    painter->fillRect(QRectF(r.left() - w, r.top() - w, r.width() + 2 * w, w), c);
    painter->fillRect(QRectF(r.left() - w, r.bottom(), r.width() + 2 * w, w), c);
    painter->fillRect(QRectF(r.left() - w, r.top(), w, r.height()), c);
    painter->fillRect(QRectF(r.right(), r.top(), w, r.height()), c);
}

double HighlightLayer::markerSize(double lod)
{
    return std::clamp(kMarkerPixels / std::max(lod, 1e-3), kMarkerMinScene, kMarkerMaxScene);
}

void HighlightLayer::drawUnownedMarker(QPainter *painter, QPointF center, double size,
                                       const Theme &t)
{
    // A warning triangle: the shape says "error" without the colour.
    const double w = size * 1.1;
    QPolygonF tri;
    tri << center + QPointF(0, -size / 2) << center + QPointF(w / 2, size / 2)
        << center + QPointF(-w / 2, size / 2);
    painter->setPen(QPen(Qt::white, size * 0.08, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(t.orphanUnowned);
    painter->drawPolygon(tri);
    fillGlyph(painter, QLatin1Char('!'), center + QPointF(0, size * 0.12), size * 0.55, Qt::white);
}

void HighlightLayer::drawNoDomainMarker(QPainter *painter, QPointF center, double size,
                                        const Theme &t)
{
    // A dashed square with "?": homeless, a different shape from the triangle.
    QRectF box(QPointF(), QSizeF(size, size));
    box.moveCenter(center);
    painter->setPen(QPen(t.orphanNoDomain, size * 0.1, Qt::DashLine, Qt::FlatCap));
    painter->setBrush(t.dark ? t.nodeFill : QColor(Qt::white));
    painter->drawRect(box);
    fillGlyph(painter, QLatin1Char('?'), center, size * 0.62, t.orphanNoDomain);
}

void HighlightLayer::drawHalo(QPainter *painter, const QRectF &body, float glow, bool hotspot,
                              const Theme &t, bool simple)
{
    // Three nested rounded rings fading out: a soft glow that grows with the
    // score, without a gradient per node.
    const double extra = 6 + 34 * glow;
    QColor c = t.glow;
    const double strength = (hotspot ? 0.30 : 0.16) + 0.35 * glow;
    for (int ring = 3; ring >= 1; --ring) {
        const double e = extra * ring / 3;
        c.setAlphaF(std::min(1.0, strength * (simple ? 1.0 : 0.55)));
        painter->setPen(Qt::NoPen);
        painter->setBrush(c);
        if (simple) {
            painter->fillRect(body.adjusted(-e, -e, e, e), c);
            return; // one flat rectangle at overview
        }
        painter->drawRoundedRect(body.adjusted(-e, -e, e, e), 12 + e, 12 + e);
    }
}

namespace {

// A node's halo depends only on its size, glow and hotspot flag: rendered once
// per zoom level and quantised glow into a pixmap and blitted, like the asset
// bodies (antialiased rounded rings for ~100 nodes cost ~10 ms per frame).
const QPixmap &haloPixmap(QSizeF bodySize, int level, bool hotspot, const Theme &t, double scale)
{
    static QHash<QString, QPixmap> cache;
    const QString key = QStringLiteral("%1x%2/%3/%4/%5/%6")
                            .arg(bodySize.width())
                            .arg(bodySize.height())
                            .arg(level)
                            .arg(int(hotspot))
                            .arg(qRound(scale * 1000))
                            .arg(t.glow.rgba());
    auto it = cache.find(key);
    if (it != cache.end())
        return *it;
    if (cache.size() > 128)
        cache.clear();
    const float glow = level / 8.0f;
    const double extra = 6 + 34 * glow;
    const QRectF body(QPointF(extra, extra), bodySize);
    QPixmap pixmap(int(std::ceil((bodySize.width() + 2 * extra) * scale)) + 2,
                   int(std::ceil((bodySize.height() + 2 * extra) * scale)) + 2);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(1, 1);
    p.scale(scale, scale);
    HighlightLayer::drawHalo(&p, body, glow, hotspot, t, false);
    p.end();
    return *cache.insert(key, pixmap);
}

// Markers have a fixed size on screen at most zooms: one pixmap per kind and
// pixel size, blitted (antialiased triangles and glyph outlines for 191 orphans
// cost ~3 ms per fit frame of the 10k map).
const QPixmap &markerPixmap(bool unowned, int pixels, const Theme &t)
{
    static QHash<QString, QPixmap> cache;
    const QString key = QStringLiteral("%1/%2/%3/%4")
                            .arg(int(unowned))
                            .arg(pixels)
                            .arg(t.orphanUnowned.rgba())
                            .arg(t.orphanNoDomain.rgba());
    auto it = cache.find(key);
    if (it != cache.end())
        return *it;
    if (cache.size() > 64)
        cache.clear();
    const int side = int(std::ceil(pixels * 1.3)) + 4;
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF c(side / 2.0, side / 2.0);
    if (unowned)
        HighlightLayer::drawUnownedMarker(&p, c, pixels, t);
    else
        HighlightLayer::drawNoDomainMarker(&p, c, pixels, t);
    p.end();
    return *cache.insert(key, pixmap);
}

} // namespace

void HighlightLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_nodes.isEmpty())
        return;
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = option->exposedRect.isValid() ? option->exposedRect : boundingRect();
    if (m_part == Part::Halos)
        paintHalos(painter, exposed, lod);
    else
        paintMarkers(painter, exposed, lod);
}

void HighlightLayer::paintHalos(QPainter *painter, const QRectF &exposed, double lod) const
{
    const Theme &t = *m_theme;
    const bool simple = lod < kLodSimple;
    const QTransform world = painter->worldTransform();
    const bool blit = !simple && painter->paintEngine() &&
                      painter->paintEngine()->type() == QPaintEngine::Raster &&
                      world.type() <= QTransform::TxScale &&
                      qFuzzyCompare(world.m11(), world.m22());
    painter->setRenderHint(QPainter::Antialiasing, !simple);
    // Overview: opaque rectangles batched by strength (translucent fills of
    // 1,400 hotspots cost ~10 ms at fit; the nodes are drawn on top anyway).
    QList<QRectF> overview[4];
    for (const NodeItem *n : m_nodes) {
        const NodeHighlight &h = n->highlight();
        // At overview zoom only the hotspots glow (7,000 of the 10k map's assets
        // have some coupling: all of them would be a haze, and cost 15 ms), and
        // their halo keeps a few pixels on screen so they read as hot blobs.
        if (h.glow <= 0 || !n->isVisible() || (simple && !h.hotspot))
            continue;
        QRectF body = n->sceneBodyRect();
        if (simple) {
            const double grow = (3 + 12 * h.glow) / lod - (6 + 34 * h.glow);
            if (grow > 0)
                body.adjust(-grow, -grow, grow, grow);
        }
        if (!body.adjusted(-40, -40, 40, 40).intersects(exposed))
            continue;
        if (simple) {
            overview[std::clamp(int(h.glow * 4), 0, 3)].append(body);
        } else if (blit) {
            const int level = std::clamp(int(std::lround(h.glow * 8)), 1, 8);
            const QPixmap &pixmap = haloPixmap(body.size(), level, h.hotspot, t, world.m11());
            const double extra = 6 + 34 * (level / 8.0);
            const QPointF device =
                world.map(body.topLeft() - QPointF(extra, extra)) - QPointF(1, 1);
            painter->setWorldTransform(QTransform());
            painter->drawPixmap(QPoint(qRound(device.x()), qRound(device.y())), pixmap);
            painter->setWorldTransform(world);
        } else {
            drawHalo(painter, body, h.glow, h.hotspot, t, false);
        }
    }
    painter->setPen(Qt::NoPen);
    for (int level = 0; level < 4; ++level) {
        if (overview[level].isEmpty())
            continue;
        const double a = 0.45 + 0.18 * level;
        const QColor &b = t.background, &g = t.glow;
        painter->setBrush(QColor::fromRgbF(b.redF() + (g.redF() - b.redF()) * a,
                                           b.greenF() + (g.greenF() - b.greenF()) * a,
                                           b.blueF() + (g.blueF() - b.blueF()) * a));
        painter->drawRects(overview[level]);
    }
}

QString HighlightLayer::fairBadgeText(quint8 gaps)
{
    QStringList letters;
    const char *names[] = {"F", "A", "I", "R"};
    for (int i = 0; i < 4; ++i)
        if (gaps & (1u << i))
            letters.append(QLatin1String(names[i]));
    return HighlightLayerTr::tr("FAIR: %1", "the FAIR rules missed, e.g. \"FAIR: A I\"")
        .arg(letters.join(QLatin1Char(' ')));
}

void HighlightLayer::drawFairBadge(QPainter *painter, const QRectF &body, quint8 gaps, double below,
                                   const Theme &t)
{
    // Written, not only drawn: the letters name the rules missed.
    painter->setFont(t.smallFont);
    const QString text = fairBadgeText(gaps);
    const QFontMetricsF fm(t.smallFont);
    const double w = fm.horizontalAdvance(text) + 14;
    const QRectF pill(body.right() - w, body.bottom() + 5 + below, w, 18);
    painter->setPen(QPen(t.text, 1.2, Qt::DotLine));
    painter->setBrush(t.nodeFill);
    painter->drawRoundedRect(pill, 9, 9);
    painter->setPen(t.text);
    painter->drawText(pill, Qt::AlignCenter, text);
}

void HighlightLayer::paintMarkers(QPainter *painter, const QRectF &exposed, double lod) const
{
    const Theme &t = *m_theme;
    const double size = markerSize(lod);
    const bool detail = lod >= kLodSimple;
    painter->setRenderHint(QPainter::Antialiasing);
    const QTransform world = painter->worldTransform();
    const bool blit =
        painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster &&
        world.type() <= QTransform::TxScale && qFuzzyCompare(world.m11(), world.m22());
    auto drawMarker = [&](bool unowned, QPointF center, double markerSize) {
        if (!blit) { // SVG and print keep vectors
            if (unowned)
                drawUnownedMarker(painter, center, markerSize, t);
            else
                drawNoDomainMarker(painter, center, markerSize, t);
            return;
        }
        const QPixmap &pixmap = markerPixmap(unowned, qRound(markerSize * world.m11()), t);
        const QPointF device = world.map(center) - QPointF(pixmap.width(), pixmap.height()) / 2;
        painter->setWorldTransform(QTransform());
        painter->drawPixmap(QPoint(qRound(device.x()), qRound(device.y())), pixmap);
        painter->setWorldTransform(world);
    };
    for (const NodeItem *n : m_nodes) {
        const NodeHighlight &h = n->highlight();
        if ((!h.isOrphan() && !h.fairGaps) || !n->isVisible())
            continue;
        const QRectF body = n->sceneBodyRect();
        if (!body.adjusted(-size, -size, size, size + 46).intersects(exposed))
            continue;
        if (h.fairGaps && lod >= kLodBadgeText)
            drawFairBadge(painter, body, h.fairGaps, h.noDomain ? 23 : 0, t);
        if (!h.isOrphan())
            continue;
        // Outline: thick, dashed when there is room for dashes to be seen.
        const QColor c = h.unowned ? t.orphanUnowned : t.orphanNoDomain;
        const double w = std::max(4.0, 3.0 / lod);
        if (detail) {
            painter->setPen(QPen(c, w, Qt::DashLine, Qt::FlatCap));
            painter->setBrush(Qt::NoBrush);
            const double out = w / 2 + 3;
            painter->drawRoundedRect(body.adjusted(-out, -out, out, out), 14, 14);
        } else {
            painter->setRenderHint(QPainter::Antialiasing, false);
            fillFrame(painter, body, w, c);
            painter->setRenderHint(QPainter::Antialiasing);
        }
        // Markers: on the node's top corners up close, over the node from afar
        // (where the marker is larger than the node).
        const bool far = size > body.height();
        const QPointF left =
            far ? body.center() - QPointF(h.noDomain && h.unowned ? size * 0.6 : 0, 0)
                : body.topLeft() + QPointF(size * 0.2, 0);
        const QPointF right = far ? body.center() + QPointF(h.unowned ? size * 0.6 : 0, 0)
                                  : body.topRight() - QPointF(size * 0.2, 0);
        if (h.unowned)
            drawMarker(true, left, size);
        if (h.noDomain) {
            drawMarker(false, right, size * 0.9);
            if (lod >= kLodBadgeText) {
                // The badge that goes with the marker: written, not only drawn.
                painter->setFont(t.smallFont);
                const QString text = HighlightLayerTr::tr("no domain");
                const QFontMetricsF fm(t.smallFont);
                const QRectF pill(body.left() + 42, body.bottom() + 5,
                                  fm.horizontalAdvance(text) + 14, 18);
                painter->setPen(QPen(t.orphanNoDomain, 1.2, Qt::DashLine));
                painter->setBrush(t.nodeFill);
                painter->drawRoundedRect(pill, 9, 9);
                painter->setPen(t.orphanNoDomain);
                painter->drawText(pill, Qt::AlignCenter, text);
            }
        }
    }
}

} // namespace OrgMap
