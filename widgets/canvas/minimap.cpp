#include "minimap.h"

#include "document/document.h"
#include "mapscene.h"
#include "mapview.h"
#include "theme.h"

#include <QMouseEvent>
#include <QPainter>

namespace OrgMap {

Minimap::Minimap(MapView *view, QWidget *parent) : QWidget(parent), m_view(view)
{
    setMinimumSize(120, 80);
    setCursor(Qt::PointingHandCursor);
    m_refresh.setSingleShot(true);
    connect(&m_refresh, &QTimer::timeout, this, &Minimap::refresh);
    Document *doc = view->mapScene()->document();
    connect(doc, &Document::changed, this, &Minimap::scheduleRefresh);
    // A new map: drop the old picture so the next paint renders the new one.
    connect(doc, qOverload<>(&Document::reset), this, [this] {
        m_pixmap = QPixmap();
        update();
    });
    connect(view->mapScene(), &MapScene::highlightsChanged, this, &Minimap::scheduleRefresh);
    connect(view, &MapView::viewportChanged, this, qOverload<>(&QWidget::update));
    scheduleRefresh();
}

void Minimap::scheduleRefresh()
{
    // Not restarted by later changes: a steady stream of edits (a drag, an
    // insight after each edit) still refreshes once a second.
    if (m_refresh.isActive())
        return;
    int wait = kQuietMs;
    if (m_sinceRender.isValid())
        wait = std::max<qint64>(wait, kMinIntervalMs - m_sinceRender.elapsed());
    m_refresh.start(wait);
}

void Minimap::refresh()
{
    render();
    update();
}

void Minimap::render()
{
    if (!m_view || width() <= 0 || height() <= 0)
        return;
    MapScene *scene = m_view->mapScene();
    ++m_renders;
    m_sinceRender.start();
    m_source = scene->contentRect();
    const qreal dpr = devicePixelRatioF();
    m_pixmap = QPixmap((size() * dpr));
    m_pixmap.setDevicePixelRatio(dpr);
    m_pixmap.fill(scene->theme().background);
    if (!m_source.isEmpty()) {
        QPainter p(&m_pixmap);
        scene->beginExport(false);
        // Into the centred rectangle the visible-area box and clicks use:
        // QGraphicsScene::render puts a narrower source at the left edge.
        scene->render(&p, sceneToWidget().mapRect(m_source), m_source, Qt::KeepAspectRatio);
        scene->endExport();
    }
}

QTransform Minimap::sceneToWidget() const
{
    if (m_source.isEmpty())
        return {};
    // Same fit as QGraphicsScene::render with KeepAspectRatio: centred.
    const double s = std::min(width() / m_source.width(), height() / m_source.height());
    const QPointF offset((width() - m_source.width() * s) / 2,
                         (height() - m_source.height() * s) / 2);
    return QTransform::fromTranslate(-m_source.left(), -m_source.top()) *
           QTransform::fromScale(s, s) * QTransform::fromTranslate(offset.x(), offset.y());
}

void Minimap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (!m_view) {
        p.fillRect(rect(), palette().window());
        return;
    }
    // The first paint (and the first after a resize) comes before the
    // coalescing timer: render now rather than show an empty overview (an
    // offscreen grab right after show() painted just the visible-area box).
    if (m_pixmap.isNull() || m_pixmap.deviceIndependentSize().toSize() != size()) {
        m_refresh.stop();
        render();
    }
    const Theme &theme = m_view->mapScene()->theme();
    p.fillRect(rect(), theme.background);
    p.drawPixmap(0, 0, m_pixmap);
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const QRectF r =
        sceneToWidget().mapRect(visible).intersected(QRectF(rect()).adjusted(1, 1, -1, -1));
    QColor fill = theme.selection;
    fill.setAlpha(40);
    p.setPen(QPen(theme.selection, 2));
    p.setBrush(fill);
    p.drawRect(r);
}

void Minimap::resizeEvent(QResizeEvent *)
{
    scheduleRefresh(); // paintEvent renders at once if the size is new
}

void Minimap::navigate(QPointF widgetPos)
{
    if (!m_view || m_source.isEmpty())
        return;
    m_view->centerOn(sceneToWidget().inverted().map(widgetPos));
}

void Minimap::mousePressEvent(QMouseEvent *event)
{
    navigate(event->position());
}

void Minimap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        navigate(event->position());
}

} // namespace OrgMap
