#pragma once

#include <QByteArray>
#include <QObject>
#include <QRectF>
#include <QStringList>
#include <QTransform>

namespace OrgMap {

class CaptionBar;
class MainWindow;

// Presentation mode (docs/workshop.md): only the canvas, full screen, in the
// projector theme, with a slim caption bar. F5 enters, Esc leaves (after
// clearing a spotlight); the window's docks, toolbars and sizes come back
// exactly as they were (saveState/saveGeometry). S spotlights the selection,
// N and P step through the findings. Every editing shortcut keeps working:
// the window holds its actions, not the hidden menus.
class Presentation : public QObject
{
    Q_OBJECT

public:
    explicit Presentation(MainWindow *window);
    ~Presentation() override;

    bool isActive() const { return m_active; }
    // `fullScreen` false keeps the window's size (screenshots, tests offscreen).
    void enter(bool fullScreen = true);
    void leave();
    void toggle();

    // Veils all but `ids` (with spotlightSet() they make a spotlight) and
    // glides the camera to them; `step` goes to the caption bar. Works in
    // the editor too.
    void spotlight(const QStringList &ids, const QString &step = {});
    void spotlightSelection(); // S: the first selected entity's spotlight set
    void clearSpotlight();
    QStringList spotlighted() const { return m_spotlight; }

    // The findings tour: N and P. -1 before the first step.
    void nextFinding();
    void previousFinding();
    int tourIndex() const { return m_tour; }

    // Views (docs/views.md): PageDown, Space, Right and Down go to the next
    // reveal step or view, PageUp, Left and Up back (the arrows only while
    // nothing is selected: then they move the selection, as in the editor).
    // showView applies a view's camera, highlight, spotlight and the domains
    // revealed at `step`; -1 shows none.
    void showView(int index, int step = 0);
    bool nextView();
    bool previousView();
    int viewIndex() const { return m_view; }
    int viewStep() const { return m_viewStep; }
    // The entity whose spotlight set is lit (S, or a view's), for saving the
    // current picture as a view; empty for none or a findings-tour step.
    QString spotlightSubject() const { return m_subject; }

    // The key (L): hidden at first so that the map takes the whole width
    // (larger type for the back row); shown, it is large enough to read
    // from there, in a column the map is fitted beside.
    void toggleKey();
    bool keyShown() const;

    CaptionBar *captionBar() const { return m_caption; }
    // The projector theme chosen in Preferences, applied at once while active.
    void applyTheme();
    // The camera's animation in ms (0: jumps; screenshots and tests).
    void setGlideMs(int ms) { m_glideMs = ms; }

signals:
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showFinding(int index);
    void showMessage(const QString &message); // the caption's message and the fit's room
    void glideTo(const QRectF &sceneRect, double maxZoom); // and keep it fitted on resizes
    void showWhole();
    void updateCaption();

    MainWindow *m_window;
    CaptionBar *m_caption;
    bool m_active = false;
    int m_glideMs = 400;
    // What leaving restores.
    QByteArray m_state;
    QByteArray m_geometry;
    Qt::WindowStates m_windowState;
    bool m_menuBar = true;
    bool m_statusBar = true;
    bool m_scenarioBar = true;
    QTransform m_transform;
    QPointF m_centre;
    double m_legendScale = 0.75;
    bool m_legendShown = true; // View > Show Legend before entering
    QPointF m_legendOffset;
    bool m_restorePending = false; // leaving: restore the state at each resize
    QRectF m_target;               // what the camera shows (fitted again when the canvas resizes)
    double m_targetMaxZoom = 1.5;
    QStringList m_spotlight;
    QString m_step;
    int m_tour = -1;
    int m_view = -1;
    int m_viewStep = 0;
    QString m_subject;
};

} // namespace OrgMap
