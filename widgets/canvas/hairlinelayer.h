#pragma once

#include <QImage>
#include <QLineF>
#include <QList>
#include <QRect>
#include <QTransform>
#include <Qt>

class QColor;
class QPainter;

namespace OrgMap {

// Opaque, solid, aliased lines of whole device pixels, rasterised by the
// canvas itself into a layer that is composited once. Qt's cosmetic stroker
// spends ~30 ns a pixel on such lines (a 200,000-pixel overview frame of the
// 10k map: ~6 ms); a Bresenham walk into a transparent layer plus one
// composite takes about half (docs/benchmarks.md, "Session 8"). Worth it for
// many pixels only: the composite costs ~1.5 ms for a full-screen layer.
class HairlineLayer
{
public:
    // Whether `painter` can take the layer: the raster engine and a transform
    // that only scales and translates.
    static bool usable(QPainter *painter);
    // Starts a layer over `clip` (scene coordinates) of the painter's device.
    void begin(QPainter *painter, const QRectF &clip);
    // Whether add() draws `style`: solid, and Qt's dashes and dots (in
    // pixels, as a one-pixel cosmetic pen draws them).
    static bool draws(Qt::PenStyle style);
    // Lines in scene coordinates, `width` device pixels wide (more than one:
    // side by side, as LinkDetail::drawHairlines does), in `style`.
    void add(const QList<QLineF> &lines, const QColor &color, int width,
             Qt::PenStyle style = Qt::SolidLine);
    // Composites what was added onto `painter` and clears the layer.
    void end(QPainter *painter);

private:
    // `pattern`: on and off runs in pixels, from the line's start (empty: solid).
    void line(QPointF a, QPointF b, quint32 pixel, const QList<int> &pattern);

    QImage m_image;
    QTransform m_toLayer; // scene -> layer pixels
    QRect m_rect;         // the layer in device pixels
    double m_dpr = 1;
    int m_top = 0, m_bottom = -1; // rows written, to composite and clear
};

} // namespace OrgMap
