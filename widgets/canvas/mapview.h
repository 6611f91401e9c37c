#pragma once

#include <QGraphicsView>

class QLineEdit;

namespace OrgMap {

class MapScene;

// The canvas view. The wheel zooms around the cursor (as in yEd), Ctrl+wheel
// scrolls vertically, Shift+wheel horizontally, middle button and space+drag pan, left drag on
// empty canvas draws a rubber band, double-click on empty canvas offers a menu
// of kinds to create, palette drags can be dropped.
class MapView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit MapView(MapScene *scene, QWidget *parent = nullptr);
    ~MapView() override;

    MapScene *mapScene() const;

    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();
    double zoom() const;
    void setZoom(double zoom);

    void centerOnId(const QString &id);
    void editName(const QString &id);        // in-place rename editor (F2)
    QWidget *createMinimap(QWidget *parent); // overview widget that tracks this view

    // The scene position for keyboard insertion: the cursor when it is over the
    // view, the view centre otherwise.
    QPointF insertionPoint() const;

signals:
    void zoomChanged(double zoom);
    void viewportChanged();                  // scrolled, zoomed or resized (the minimap tracks it)
    void statusMessage(const QString &text); // why an in-place edit was refused

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyZoom(double zoom, QPoint anchorViewPos);
    void finishEdit(bool commit);

    double m_zoom = 1.0;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
    QLineEdit *m_editor = nullptr;
    QString m_editingId;
};

} // namespace OrgMap
