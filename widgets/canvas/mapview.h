#pragma once

#include <QGraphicsView>
#include <QMargins>

class QLineEdit;
class QVariantAnimation;

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
    // The zoom range (1 = 100%): the wheel, the keys and --zoom stay inside.
    static constexpr double kMinZoom = 0.02;
    static constexpr double kMaxZoom = 8.0;

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

    // Screen overlays (viewoverlays.cpp). The legend is drawn at a fixed size
    // in a corner of the viewport (never blank at low zoom), can be dragged
    // with the left button and is hidden with MapScene::setShowLegend.
    QRectF legendRect() const; // viewport coordinates; null when hidden
    void setLegendScale(double scale);
    double legendScale() const { return m_legendScale; }
    double effectiveLegendScale() const; // the scale, made smaller to fit the viewport
    // The legend's top-right corner as an offset from the viewport's (px).
    void setLegendOffset(QPointF offset);
    QPointF legendOffset() const { return m_legendOffset; }
    // Spotlight: everything outside these scene rectangles is veiled. Empty: none.
    void setSpotlight(const QList<QRectF> &sceneRects);
    const QList<QRectF> &spotlight() const { return m_spotlight; }
    // Shows `sceneRect` whole, centred, animated over `ms` (0: at once); zoom
    // at most `maxZoom`.
    void glideTo(const QRectF &sceneRect, int ms = 400, double maxZoom = 3.0);
    bool isGliding() const;
    // Sets the transform so that `sceneRect` fills the viewport (no animation).
    void fitRect(const QRectF &sceneRect, double maxZoom = 3.0);
    // Screen margins that fits (zoomToFit, fitRect, glideTo) keep free, e.g.
    // for presentation mode's caption bar over the top (px). None by default.
    void setFitInsets(const QMargins &insets) { m_fitInsets = insets; }
    QMargins fitInsets() const { return m_fitInsets; }

signals:
    void glideFinished();
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
    void paintOverlays(QPainter *painter);
    QRectF fitArea() const; // the viewport less the fit insets
    // Scales by `zoom` and puts `scenePoint` in the middle of fitArea().
    void showCentred(QPointF scenePoint, double zoom);
    bool legendMouse(QMouseEvent *event); // true when the legend took the event
    void finishEdit(bool commit);

    double m_zoom = 1.0;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
    QLineEdit *m_editor = nullptr;
    QString m_editingId;
    double m_legendScale = 0.75;
    QPointF m_legendOffset{16, 16};
    bool m_draggingLegend = false;
    QPointF m_legendGrab; // press position minus the offset
    QList<QRectF> m_spotlight;
    QVariantAnimation *m_glide = nullptr;
    QMargins m_fitInsets;
};

} // namespace OrgMap
