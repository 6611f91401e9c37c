#pragma once

#include <QElapsedTimer>
#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace OrgMap {

class MapView;

// Overview of the whole map with the view's visible rectangle; click or drag
// to move the view there. The map is rendered into a cached pixmap at overview
// detail, refreshed after the document or the highlights change: 250 ms after
// the first change of a burst, and at most once a second (a render of the 10k
// map costs ~15 ms of the GUI thread, and edits bring an insight each).
class Minimap : public QWidget
{
    Q_OBJECT

public:
    Minimap(MapView *view, QWidget *parent = nullptr);
    QSize sizeHint() const override { return {240, 160}; }
    // How many times the overview was rendered (tests check the throttle).
    int renderCount() const { return m_renders; }

    static constexpr int kQuietMs = 250;        // after the first change
    static constexpr int kMinIntervalMs = 1000; // between two renders

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void scheduleRefresh(); // a change: render when the throttle allows
    void refresh();         // render and repaint
    void render();          // the cached overview at the current size
    QTransform sceneToWidget() const;
    void navigate(QPointF widgetPos);

    QPointer<MapView> m_view;
    QPixmap m_pixmap;
    QRectF m_source; // scene rect shown
    QTimer m_refresh;
    QElapsedTimer m_sinceRender;
    int m_renders = 0;
};

} // namespace OrgMap
