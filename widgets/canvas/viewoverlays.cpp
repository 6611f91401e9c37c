// MapView's screen overlays: the legend at a fixed size in a corner, the
// spotlight's veil, and the animated camera (glideTo).
#include "document/document.h"
#include "mapitems.h"
#include "maprenderer.h"
#include "mapscene.h"
#include "mapview.h"
#include "theme.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>
#include <QVariantAnimation>

namespace OrgMap {

QRectF MapView::legendRect() const
{
    // A view without a scene (being detached from it) shows no legend.
    const LegendItem *legend = mapScene() ? mapScene()->legendItem() : nullptr;
    if (!legend || !mapScene()->showLegend())
        return {};
    // Nothing on the map, nothing to explain (the welcome card is there).
    if (const MapData &map = mapScene()->document()->data();
        map.domains.isEmpty() && map.teams.isEmpty() && map.assets.isEmpty())
        return {};
    const QRectF view = viewport()->rect();
    const QSizeF size = legend->boundingRect().size() * effectiveLegendScale();
    QRectF r(
        QPointF(view.right() - m_legendOffset.x() - size.width(), view.top() + m_legendOffset.y()),
        size);
    // Kept on screen whatever the window's size.
    r.moveLeft(std::clamp(r.left(), view.left(), std::max(view.left(), view.right() - r.width())));
    r.moveTop(std::clamp(r.top(), view.top(), std::max(view.top(), view.bottom() - r.height())));
    return r;
}

double MapView::effectiveLegendScale() const
{
    // Never taller than the viewport (a short window would cut it off).
    const LegendItem *legend = mapScene() ? mapScene()->legendItem() : nullptr;
    const double fit = legend ? (viewport()->height() - 8) / legend->boundingRect().height() : 1;
    return std::max(0.3, std::min(m_legendScale, fit));
}

void MapView::setLegendScale(double scale)
{
    m_legendScale = std::clamp(scale, 0.3, 2.0);
    viewport()->update();
}

void MapView::setLegendOffset(QPointF offset)
{
    m_legendOffset = offset;
    viewport()->update();
}

void MapView::setSpotlight(const QList<QRectF> &sceneRects)
{
    m_spotlight = sceneRects;
    viewport()->update();
}

void MapView::fitRect(const QRectF &sceneRect, double maxZoom)
{
    if (sceneRect.isEmpty())
        return;
    const QSizeF available = fitArea().size();
    const double zoom = std::min(
        {available.width() / sceneRect.width(), available.height() / sceneRect.height(), maxZoom});
    showCentred(sceneRect.center(), zoom);
}

QRectF MapView::fitArea() const
{
    QRectF area = QRectF(viewport()->rect()).marginsRemoved(m_fitInsets.toMarginsF());
    // The legend's column, while that leaves the map at least half the width.
    if (const QRectF legend = legendRect();
        !legend.isNull() && legend.left() - 8 >= area.left() + area.width() / 2)
        area.setRight(std::min(area.right(), legend.left() - 8));
    return area.isEmpty() ? QRectF(viewport()->rect()) : area;
}

void MapView::showCentred(QPointF scenePoint, double zoom)
{
    setTransform(QTransform::fromScale(zoom, zoom));
    // centerOn() puts the point in the viewport's middle; the fit area's
    // middle is off it by half the difference of the insets.
    const QPointF shift = QRectF(viewport()->rect()).center() - fitArea().center();
    centerOn(scenePoint + shift / zoom);
    if (!qFuzzyCompare(zoom, m_zoom)) {
        m_zoom = zoom;
        emit zoomChanged(m_zoom);
    }
    emit viewportChanged();
}

void MapView::glideTo(const QRectF &sceneRect, int ms, double maxZoom)
{
    if (sceneRect.isEmpty())
        return;
    if (m_glide)
        m_glide->stop();
    const QRectF from = mapToScene(fitArea().toAlignedRect()).boundingRect();
    if (ms <= 0 || from.isEmpty()) {
        fitRect(sceneRect, maxZoom);
        emit glideFinished();
        return;
    }
    if (!m_glide) {
        m_glide = new QVariantAnimation(this);
        m_glide->setEasingCurve(QEasingCurve::InOutCubic);
        connect(m_glide, &QVariantAnimation::finished, this, &MapView::glideFinished);
        // Each frame fits the interpolated rectangle (uncapped: the cap is in
        // the end value, so the camera never jumps at the end).
        connect(m_glide, &QVariantAnimation::valueChanged, this,
                [this](const QVariant &value) { fitRect(value.toRectF(), 1e9); });
    }
    // Frames fit rectangles of the fit area's shape, so each fills it exactly.
    const QSizeF view = fitArea().size();
    const double endZoom =
        std::min({view.width() / sceneRect.width(), view.height() / sceneRect.height(), maxZoom});
    const QRectF to(sceneRect.center() - QPointF(view.width(), view.height()) / (2 * endZoom),
                    view / endZoom);
    m_glide->setStartValue(from);
    m_glide->setEndValue(to);
    m_glide->setDuration(ms);
    m_glide->start();
}

bool MapView::isGliding() const
{
    return m_glide && m_glide->state() == QAbstractAnimation::Running;
}

void MapView::paintOverlays(QPainter *painter)
{
    painter->save();
    painter->resetTransform();
    if (!m_spotlight.isEmpty()) {
        QList<QRectF> lit;
        for (const QRectF &r : std::as_const(m_spotlight))
            lit.append(mapFromScene(r).boundingRect());
        paintVeil(*painter, QRectF(viewport()->rect()), lit, mapScene()->theme().background);
    }
    const QRectF legend = legendRect();
    if (!legend.isNull())
        mapScene()->legendItem()->paintOverlay(painter, legend.topLeft().toPoint(),
                                               effectiveLegendScale());
    painter->restore();
}

bool MapView::legendMouse(QMouseEvent *event)
{
    const QPointF pos = event->position();
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        if (event->button() != Qt::LeftButton || !legendRect().contains(pos))
            return false;
        m_draggingLegend = true;
        // Offsets are measured from the top-right corner.
        m_legendGrab = QPointF(viewport()->width() - pos.x() - m_legendOffset.x(),
                               pos.y() - m_legendOffset.y());
        viewport()->setCursor(Qt::ClosedHandCursor);
        break;
    case QEvent::MouseMove:
        if (!m_draggingLegend)
            return false;
        setLegendOffset(
            QPointF(viewport()->width() - pos.x() - m_legendGrab.x(), pos.y() - m_legendGrab.y()));
        break;
    case QEvent::MouseButtonRelease:
        if (!m_draggingLegend)
            return false;
        m_draggingLegend = false;
        viewport()->setCursor(Qt::ArrowCursor);
        break;
    default:
        return false;
    }
    event->accept();
    return true;
}

} // namespace OrgMap
