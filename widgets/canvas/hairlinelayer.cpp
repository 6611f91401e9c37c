#include "hairlinelayer.h"

#include "layout/lineclip.h"

#include <QPaintEngine>
#include <QPainter>
#include <cmath>
#include <cstring>

namespace OrgMap {

bool HairlineLayer::usable(QPainter *painter)
{
    return painter->device() && painter->paintEngine() &&
           painter->paintEngine()->type() == QPaintEngine::Raster &&
           painter->deviceTransform().type() <= QTransform::TxScale;
}

void HairlineLayer::begin(QPainter *painter, const QRectF &clip)
{
    m_dpr = painter->device()->devicePixelRatioF();
    const QTransform device = painter->deviceTransform();
    const QRect bounds(0, 0, int(std::ceil(painter->device()->width() * m_dpr)),
                       int(std::ceil(painter->device()->height() * m_dpr)));
    m_rect = device.mapRect(clip).toAlignedRect() & bounds;
    if (m_image.width() < m_rect.width() || m_image.height() < m_rect.height()) {
        m_image = QImage(std::max(m_image.width(), m_rect.width()),
                         std::max(m_image.height(), m_rect.height()),
                         QImage::Format_ARGB32_Premultiplied);
        m_image.fill(0);
    }
    m_toLayer = device * QTransform::fromTranslate(-m_rect.left(), -m_rect.top());
    m_top = m_rect.height();
    m_bottom = -1;
}

namespace {

// Qt's dash patterns of a one-pixel cosmetic pen, in pixels.
QList<int> patternOf(Qt::PenStyle style)
{
    switch (style) {
    case Qt::DashLine:
        return {4, 2};
    case Qt::DotLine:
        return {1, 2};
    case Qt::DashDotLine:
        return {4, 2, 1, 2};
    case Qt::DashDotDotLine:
        return {4, 2, 1, 2, 1, 2};
    default:
        return {};
    }
}

} // namespace

bool HairlineLayer::draws(Qt::PenStyle style)
{
    return style == Qt::SolidLine || !patternOf(style).isEmpty();
}

void HairlineLayer::add(const QList<QLineF> &lines, const QColor &color, int width,
                        Qt::PenStyle style)
{
    const QList<int> pattern = patternOf(style);
    if (m_rect.isEmpty())
        return;
    const quint32 pixel = qPremultiply(color.rgba()) | 0xff000000u;
    // Pixel (x, y) covers [x, x + 1) x [y, y + 1), as the raster engine draws
    // aliased lines.
    const QRectF area(0, 0, m_rect.width(), m_rect.height());
    for (const QLineF &l : lines) {
        const auto part = clipLine(m_toLayer.map(l), area);
        if (!part)
            continue;
        const bool flat = std::abs(part->dx()) >= std::abs(part->dy());
        for (int j = 0; j < width; ++j) {
            const double step = (j % 2 ? 1 : -1) * ((j + 1) / 2); // 0, +1, -1, +2, ...
            const QPointF shift = flat ? QPointF(0, step) : QPointF(step, 0);
            line(part->p1() + shift, part->p2() + shift, pixel, pattern);
        }
    }
}

void HairlineLayer::line(QPointF a, QPointF b, quint32 pixel, const QList<int> &pattern)
{
    int run = 0,
        left = pattern.isEmpty() ? 0 : pattern[0]; // the pattern's run and what is left of it
    int x0 = int(std::floor(a.x())), y0 = int(std::floor(a.y()));
    const int x1 = int(std::floor(b.x())), y1 = int(std::floor(b.y()));
    const int w = m_rect.width(), h = m_rect.height();
    const int dx = std::abs(x1 - x0), sx = x0 < x1 ? 1 : -1;
    const int dy = -std::abs(y1 - y0), sy = y0 < y1 ? 1 : -1;
    int err = dx + dy;
    uchar *bits = m_image.bits();
    const qsizetype stride = m_image.bytesPerLine();
    for (;;) {
        const bool on = pattern.isEmpty() || run % 2 == 0;
        if (!pattern.isEmpty() && --left == 0) {
            run = (run + 1) % int(pattern.size());
            left = pattern[run];
        }
        // Bounds checked per pixel: a shifted or rounded end may lie a pixel out.
        if (on && unsigned(x0) < unsigned(w) && unsigned(y0) < unsigned(h)) {
            reinterpret_cast<quint32 *>(bits + y0 * stride)[x0] = pixel;
            m_top = std::min(m_top, y0);
            m_bottom = std::max(m_bottom, y0);
        }
        if (x0 == x1 && y0 == y1)
            break;
        const int e2 = 2 * err;
        if (e2 >= dy) {
            err += dy;
            x0 += sx;
        }
        if (e2 <= dx) {
            err += dx;
            y0 += sy;
        }
    }
}

void HairlineLayer::end(QPainter *painter)
{
    if (m_bottom < m_top)
        return;
    const QRect rows(0, m_top, m_rect.width(), m_bottom - m_top + 1);
    painter->save();
    painter->resetTransform();
    // Logical coordinates: the engine applies the device pixel ratio.
    painter->drawImage(
        QRectF(QPointF(m_rect.left(), m_rect.top() + m_top) / m_dpr, QSizeF(rows.size()) / m_dpr),
        m_image, rows);
    painter->restore();
    for (int y = m_top; y <= m_bottom; ++y)
        std::memset(m_image.scanLine(y), 0, size_t(m_rect.width()) * 4);
    m_bottom = -1;
}

} // namespace OrgMap
