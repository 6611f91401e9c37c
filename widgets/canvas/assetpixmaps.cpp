#include "assetpixmaps.h"

#include "shapes.h"
#include "theme.h"

#include <QHash>
#include <QPaintEngine>
#include <QPainter>
#include <QPixmap>

namespace OrgMap::AssetPixmaps {

void drawBody(QPainter *painter, AssetKind kind, const QRectF &body, const Theme &t,
              const QColor &fill)
{
    painter->setPen(QPen(t.nodeBorder, 1.5 * t.lineWidth));
    painter->setBrush(fill);
    painter->drawPath(Shapes::assetPath(kind, body));
    if (t.projector)
        return; // the name takes the whole body; the outline tells the kind
    const double glyphLeft = body.left() + (kind == AssetKind::Service ? 12 : 16);
    const QRectF glyph(glyphLeft, body.center().y() - 12, 24, 24);
    if (kind == AssetKind::Service)
        Shapes::drawServiceGlyph(painter, glyph, t.nodeBorder);
    else
        Shapes::drawDataGlyph(painter, glyph, t.nodeBorder);
}

namespace {

constexpr int kPad = 2; // device pixels around the body (antialiased border)

// Cache keys packed into two words (building a string key per node and frame
// was a third of the blits' cost).
using Key = std::pair<quint64, quint64>;

const QPixmap &pixmapFor(Layer layer, AssetKind kind, const QRectF &body, const Theme &t,
                         const QColor &fill, double scale)
{
    static QHash<Key, QPixmap> cache;
    const Key key{quint64(layer) << 60 | quint64(kind) << 56 | quint64(qRound(scale * 1000)),
                  quint64(fill.rgba()) << 32 | t.nodeBorder.rgba()};
    auto it = cache.find(key);
    if (it != cache.end())
        return *it;
    // Zoom levels come and go; keep the cache small. Ownership tints add one
    // body per team colour in view (a few dozen at readable zoom).
    if (cache.size() > 256)
        cache.clear();
    QPixmap pixmap(int(std::ceil(body.width() * scale)) + 2 * kPad,
                   int(std::ceil(body.height() * scale)) + 2 * kPad);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(kPad, kPad);
    p.scale(scale, scale);
    p.translate(-body.topLeft());
    if (layer == Layer::Body)
        drawBody(&p, kind, body, t, fill);
    else
        p.fillPath(Shapes::assetPath(kind, body), fill);
    p.end();
    return *cache.insert(key, pixmap);
}

// Whether `painter` draws pixels 1:1 with a pixmap blitted in device space.
bool blittable(QPainter *painter)
{
    const QTransform &world = painter->worldTransform();
    const bool raster = painter->device() && painter->device()->devType() != QInternal::Picture &&
                        painter->paintEngine() &&
                        painter->paintEngine()->type() == QPaintEngine::Raster;
    return raster && world.type() <= QTransform::TxScale && qFuzzyCompare(world.m11(), world.m22());
}

void blitAt(QPainter *painter, const QPixmap &pixmap, QPointF topLeft)
{
    const QTransform world = painter->worldTransform();
    const QPointF device = world.map(topLeft) - QPointF(kPad, kPad);
    painter->setWorldTransform(QTransform());
    painter->drawPixmap(QPoint(qRound(device.x()), qRound(device.y())), pixmap);
    painter->setWorldTransform(world);
}

} // namespace

void drawPill(QPainter *painter, const QRectF &rect, const QPen &pen, const QBrush &brush)
{
    const double radius = rect.height() / 2;
    if (!blittable(painter)) {
        painter->setPen(pen);
        painter->setBrush(brush);
        painter->drawRoundedRect(rect, radius, radius);
        return;
    }
    static QHash<Key, QPixmap> cache;
    const double scale = painter->worldTransform().m11();
    // A solid outline is the same in every column between the two rounded
    // ends: one pill per look, height and zoom, as narrow as its ends allow,
    // drawn with its middle column stretched to the width asked. A pixmap per
    // width rendered some 200 badges' pills again at each new zoom of the 10k
    // map (a third of the first frame there). Dashes would stretch: dashed
    // outlines, and pills too short for both ends, get a pixmap of their own.
    const int cap = int(std::ceil(radius * scale)) + kPad + 1; // device columns of one end
    const int deviceWidth = int(std::ceil(rect.width() * scale)) + 2 * kPad;
    const bool sliced = pen.style() == Qt::SolidLine && deviceWidth > 2 * cap + 1;
    const double width = sliced ? (2 * cap + 1 - 2 * kPad) / scale : rect.width();
    // Sizes in 1/8 units, the zoom in 1/1000.
    const Key key{(quint64(qRound(width * 8)) & 0xfffff) |
                      (quint64(qRound(rect.height() * 8)) & 0xfff) << 20 |
                      (quint64(qRound(pen.widthF() * 8)) & 0xff) << 32 |
                      quint64(pen.style() & 0xf) << 40 |
                      (quint64(qRound(scale * 1000)) & 0xfffff) << 44,
                  quint64(pen.color().rgba()) << 32 |
                      (brush.style() == Qt::NoBrush ? 0 : brush.color().rgba())};
    auto it = cache.find(key);
    if (it == cache.end()) {
        if (cache.size() > 512)
            cache.clear();
        QPixmap pixmap(int(std::ceil(width * scale)) + 2 * kPad,
                       int(std::ceil(rect.height() * scale)) + 2 * kPad);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.translate(kPad, kPad);
        p.scale(scale, scale);
        p.setPen(pen);
        p.setBrush(brush);
        p.drawRoundedRect(QRectF(QPointF(), QSizeF(width, rect.height())), radius, radius);
        p.end();
        it = cache.insert(key, pixmap);
    }
    if (!sliced) {
        blitAt(painter, *it, rect.topLeft());
        return;
    }
    const QPixmap &pill = *it;
    const QTransform world = painter->worldTransform();
    const QPointF device = world.map(rect.topLeft()) - QPointF(kPad, kPad);
    const int x = qRound(device.x()), y = qRound(device.y()), h = pill.height();
    painter->setWorldTransform(QTransform());
    painter->drawPixmap(QPoint(x, y), pill, QRect(0, 0, cap, h));
    painter->drawPixmap(QRect(x + cap, y, deviceWidth - 2 * cap, h), pill, QRect(cap, 0, 1, h));
    painter->drawPixmap(QPoint(x + deviceWidth - cap, y), pill,
                        QRect(pill.width() - cap, 0, cap, h));
    painter->setWorldTransform(world);
}

bool blit(QPainter *painter, Layer layer, AssetKind kind, const QRectF &body, const Theme &t,
          const QColor &fill)
{
    if (!blittable(painter))
        return false;
    blitAt(painter, pixmapFor(layer, kind, body, t, fill, painter->worldTransform().m11()),
           body.topLeft());
    return true;
}

} // namespace OrgMap::AssetPixmaps
