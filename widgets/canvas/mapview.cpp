#include "mapview.h"

#include "core/rules.h"
#include "document/document.h"
#include "mapitems.h"
#include "mapscene.h"
#include "minimap.h"
#include "theme.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QWheelEvent>

namespace OrgMap {

namespace {
constexpr double kZoomStep = 1.25;
} // namespace

MapView::MapView(MapScene *scene, QWidget *parent) : QGraphicsView(scene, parent)
{
    setDragMode(RubberBandDrag);
    // A band selects what it fully encloses, so a band drawn inside a domain
    // does not select the domain itself.
    setRubberBandSelectionMode(Qt::ContainsItemShape);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    // Every item sets the painter state it uses (pen, brush, font, antialiasing),
    // so the per-item save/restore is not needed; it is a measurable part of an
    // overview frame with 10,000 items (docs/canvas.md).
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setAcceptDrops(true);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    connect(scene, &MapScene::renameRequested, this, &MapView::editName);
}

MapView::~MapView() = default;

MapScene *MapView::mapScene() const
{
    return static_cast<MapScene *>(scene());
}

double MapView::zoom() const
{
    return m_zoom;
}

void MapView::applyZoom(double zoom, QPoint anchorViewPos)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    const QPointF anchorScene = mapToScene(anchorViewPos);
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(NoAnchor);
    setTransform(QTransform::fromScale(zoom, zoom));
    // Keep the scene point under the anchor where it was.
    const QPointF moved = mapFromScene(anchorScene) - QPointF(anchorViewPos);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(moved.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(moved.y()));
    setTransformationAnchor(anchor);
    m_zoom = zoom;
    emit zoomChanged(m_zoom);
    emit viewportChanged();
}

void MapView::setZoom(double zoom)
{
    applyZoom(zoom, viewport()->rect().center());
}

void MapView::zoomIn()
{
    setZoom(m_zoom * kZoomStep);
}

void MapView::zoomOut()
{
    setZoom(m_zoom / kZoomStep);
}

void MapView::resetZoom()
{
    setZoom(1.0);
}

void MapView::zoomToFit()
{
    // The legend is a screen overlay: fit the map itself.
    const QRectF rect = mapScene()->contentRect();
    if (rect.isEmpty())
        return;
    // Never blow a tiny map up beyond 150%.
    fitRect(rect, 1.5);
}

void MapView::centerOnId(const QString &id)
{
    const QRectF rect = mapScene()->rectForId(id);
    if (!rect.isNull())
        centerOn(rect.center());
}

QPointF MapView::insertionPoint() const
{
    const QPoint cursor = viewport()->mapFromGlobal(QCursor::pos());
    if (viewport()->rect().contains(cursor))
        return mapToScene(cursor);
    return mapToScene(viewport()->rect().center());
}

void MapView::editName(const QString &id)
{
    if (m_editor && m_editingId == id)
        return;
    finishEdit(false);
    QGraphicsItem *item = mapScene()->itemForId(id);
    if (!item)
        return;
    QRectF label;
    QString name;
    if (item->type() == NodeItem::Type) {
        auto *n = static_cast<NodeItem *>(item);
        label = n->labelRect().translated(n->pos());
        if (n->isTeam())
            label = QRectF(label.left(), n->pos().y() - 14, label.width(), 28);
        name = n->name();
    } else {
        auto *dom = static_cast<DomainItem *>(item);
        label = dom->labelRect().translated(dom->pos());
        name = dom->name();
    }
    // Renaming never moves the view, unless the name is not on screen at all.
    if (!mapToScene(viewport()->rect()).boundingRect().intersects(label))
        centerOn(label.center());
    m_editingId = id;
    m_editor = new QLineEdit(name, viewport());
    m_editor->setObjectName(u"nameEditor"_qs);
    // The model takes names of 1 to 200 characters: longer cannot be typed.
    m_editor->setMaxLength(Rules::kMaxNameLength);
    m_editor->setToolTip(
        tr("1 to %1 characters; Enter to apply, Esc to cancel").arg(Rules::kMaxNameLength));
    QFont font = mapScene()->theme().labelFont;
    font.setPixelSize(std::max(11, int(font.pixelSize() * m_zoom)));
    m_editor->setFont(font);
    const QRect r = mapFromScene(label).boundingRect();
    m_editor->setGeometry(r.x() - 2, r.center().y() - m_editor->sizeHint().height() / 2,
                          std::max(r.width() + 4, 140), m_editor->sizeHint().height());
    m_editor->selectAll();
    m_editor->installEventFilter(this);
    connect(m_editor, &QLineEdit::returnPressed, this, [this] { finishEdit(true); });
    connect(m_editor, &QLineEdit::editingFinished, this, [this] { finishEdit(true); });
    m_editor->show();
    m_editor->setFocus();
}

void MapView::finishEdit(bool commit)
{
    if (!m_editor)
        return;
    QLineEdit *editor = std::exchange(m_editor, nullptr);
    const QString id = std::exchange(m_editingId, {});
    const QString text = editor->text().trimmed();
    editor->removeEventFilter(this);
    editor->setObjectName({}); // the next editor is the one to find
    editor->disconnect(this);
    editor->hide();
    editor->deleteLater();
    setFocus();
    const MapData &data = mapScene()->document()->data();
    if (!commit)
        return;
    if (text.isEmpty()) {
        emit statusMessage(tr("A name cannot be empty; the name was kept."));
        return;
    }
    if (data.containsId(id) && text != data.nameOf(id) && !mapScene()->document()->rename(id, text))
        emit statusMessage(tr("\"%1\" was not accepted as a name (1 to %2 characters).")
                               .arg(text.left(40), QString::number(Rules::kMaxNameLength)));
}

bool MapView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        finishEdit(false);
        return true;
    }
    return QGraphicsView::eventFilter(watched, event);
}

QWidget *MapView::createMinimap(QWidget *parent)
{
    return new Minimap(this, parent);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    // The wheel zooms around the cursor, as in yEd; Ctrl+wheel scrolls up and
    // down, Shift+wheel left and right (docs/gui.md).
    if (event->modifiers() & Qt::ControlModifier) {
        verticalScrollBar()->setValue(verticalScrollBar()->value() - event->angleDelta().y());
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        const int delta =
            event->angleDelta().y() ? event->angleDelta().y() : event->angleDelta().x();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta);
        event->accept();
        return;
    }
    if (event->angleDelta().y() != 0) {
        const double steps = event->angleDelta().y() / 120.0;
        applyZoom(m_zoom * std::pow(kZoomStep, steps), event->position().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (legendMouse(event))
        return;
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (legendMouse(event))
        return;
    if (m_panning) {
        const QPoint p = event->position().toPoint();
        const QPoint delta = p - m_panLast;
        m_panLast = p;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (legendMouse(event))
        return;
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    QGraphicsView::mouseDoubleClickEvent(event); // the scene decides: rename or kind menu
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && !m_editor) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void MapView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void MapView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    // The overlays stay where they are on screen: scrolled pixels would smear them.
    // No scene while ~QGraphicsScene detaches this view (setScene(nullptr)
    // recomputes the scroll bars, which scrolls): the compare view's scene,
    // its sibling created first, is deleted before the view.
    const MapScene *scene = mapScene();
    if ((scene && scene->showLegend()) || !m_spotlight.isEmpty())
        viewport()->update();
    if (m_editor)
        m_editor->move(m_editor->pos() + QPoint(dx, dy));
    emit viewportChanged();
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    emit viewportChanged();
}

void MapView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    paintOverlays(painter);
}

} // namespace OrgMap
