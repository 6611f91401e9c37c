#pragma once

#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace OrgMap {

class MapView;

// Overview of the whole map with the view's visible rectangle; click or drag
// to move the view there. The map is rendered into a cached pixmap at overview
// detail, refreshed shortly after the document changes.
class Minimap : public QWidget
{
    Q_OBJECT

public:
    Minimap(MapView *view, QWidget *parent = nullptr);
    QSize sizeHint() const override { return {240, 160}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void refresh(); // render and repaint
    void render();  // the cached overview at the current size
    QTransform sceneToWidget() const;
    void navigate(QPointF widgetPos);

    QPointer<MapView> m_view;
    QPixmap m_pixmap;
    QRectF m_source; // scene rect shown
    QTimer m_refresh;
};

} // namespace OrgMap
