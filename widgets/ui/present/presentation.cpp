#include "presentation.h"

#include "analysisrunner.h"
#include "appsettings.h"
#include "captionbar.h"
#include "core/savedviews.h"
#include "document/document.h"
#include "mainwindow.h"
#include "mapscene.h"
#include "mapview.h"
#include "scenariobar.h"
#include "severityicons.h"
#include "spotlightset.h"
#include "theme.h"

#include <QAction>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace OrgMap {

namespace {
// Spotlights fit at most this zoom: a single asset blown up to the whole
// screen says less than the asset in its neighbourhood.
constexpr double kSpotlightMaxZoom = 2.0;
// The key shown on demand (L): its text ~18 px, readable from the back of a
// room (at 0.65 beside the fitted map it was ~8 px); the map is fitted beside it.
constexpr double kProjectorKeyScale = 1.4;
} // namespace

Presentation::Presentation(MainWindow *window)
    : QObject(window), m_window(window), m_caption(new CaptionBar(window->view()))
{
    window->installEventFilter(this);
    window->view()->installEventFilter(this);
    window->view()->viewport()->installEventFilter(this);
    connect(window->analysisRunner(), &AnalysisRunner::insightReady, this,
            [this] { updateCaption(); });
    connect(window->document(), &Document::changed, this, [this] { updateCaption(); });
}

Presentation::~Presentation() = default;

void Presentation::toggle()
{
    if (m_active)
        leave();
    else
        enter();
}

void Presentation::enter(bool fullScreen)
{
    if (m_active)
        return;
    MapView *view = m_window->view();
    m_state = m_window->saveState();
    m_geometry = m_window->saveGeometry();
    m_windowState = m_window->windowState();
    m_menuBar = m_window->menuBar()->isVisible();
    m_statusBar = m_window->statusBar()->isVisible();
    m_scenarioBar = !m_window->scenarioBar()->isHidden();
    m_transform = view->transform();
    m_centre = view->mapToScene(view->viewport()->rect().center());
    m_legendScale = view->legendScale();
    m_active = true;
    // Hidden, not closed: restoreState() brings each back as it was.
    const auto docks = m_window->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QDockWidget *dock : docks)
        dock->hide();
    for (QToolBar *bar : m_window->findChildren<QToolBar *>(QString(), Qt::FindDirectChildrenOnly))
        bar->hide();
    m_window->menuBar()->hide();
    m_window->statusBar()->hide();
    // The scenario tabs sit in the central widget, not in the window's state:
    // hidden here so that the canvas has the whole screen.
    m_window->scenarioBar()->hide();
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    if (fullScreen)
        m_window->setWindowState(m_window->windowState() | Qt::WindowFullScreen);
    applyTheme();
    QAction *legend = m_window->action(u"actionLegend"_qs);
    m_legendShown = legend->isChecked();
    legend->setChecked(false); // until L asks for the key
    view->setLegendScale(kProjectorKeyScale);
    m_legendOffset = view->legendOffset();
    view->setLegendOffset(QPointF(16, 56)); // below the caption bar
    // The caption bar never covers the map's top row, nor the key its
    // right column (MapView's fits leave the legend's room): no box is
    // hidden under an overlay.
    showMessage({});
    view->setFocus();
    m_caption->show();
    updateCaption();
    // Fitted now and again when the hidden docks and full screen have given
    // the canvas its final size (they resize it through the event loop).
    showWhole();
    emit activeChanged(true);
}

void Presentation::leave()
{
    if (!m_active)
        return;
    MapView *view = m_window->view();
    m_active = false;
    m_caption->hide();
    m_caption->setMessage({});
    m_spotlight.clear();
    m_step.clear();
    m_tour = -1;
    m_view = -1;
    m_subject.clear();
    view->setSpotlight({});
    m_window->action(u"actionLegend"_qs)->setChecked(m_legendShown);
    view->setLegendScale(m_legendScale);
    view->setLegendOffset(m_legendOffset);
    view->setFitInsets({});
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_window->scene()->setTheme(Theme::current());
    m_window->setWindowState(m_windowState);
    m_window->menuBar()->setVisible(m_menuBar);
    m_window->statusBar()->setVisible(m_statusBar);
    m_window->scenarioBar()->setVisible(m_scenarioBar);
    m_window->restoreGeometry(m_geometry);
    m_window->restoreState(m_state);
    view->setTransform(m_transform);
    view->centerOn(m_centre);
    // Leaving full screen resizes the window through the event loop, maybe
    // more than once: the docks' sizes are restored again at each resize that
    // comes in the next second.
    m_restorePending = true;
    QTimer::singleShot(1000, this, [this] { m_restorePending = false; });
    emit activeChanged(false);
}

void Presentation::applyTheme()
{
    if (!m_active)
        return;
    m_window->scene()->setTheme(Theme::projectorTheme(AppSettings::presentationDark()));
}

void Presentation::spotlight(const QStringList &ids, const QString &step)
{
    MapScene *scene = m_window->scene();
    QList<QRectF> rects;
    QRectF united;
    QStringList shown;
    for (const QString &id : ids) {
        const QRectF r = scene->rectForId(id);
        if (r.isNull())
            continue;
        rects.append(r);
        united |= r;
        shown.append(id);
    }
    if (rects.isEmpty())
        return;
    m_spotlight = shown;
    m_step = step.isEmpty()
                 ? tr("Spotlight: %1").arg(scene->document()->data().nameOf(shown.first()))
                 : step;
    m_window->view()->setSpotlight(rects);
    glideTo(united.adjusted(-60, -60, 60, 60), kSpotlightMaxZoom);
    updateCaption();
}

void Presentation::glideTo(const QRectF &sceneRect, double maxZoom)
{
    m_target = sceneRect;
    m_targetMaxZoom = maxZoom;
    m_window->view()->glideTo(sceneRect, m_glideMs, maxZoom);
}

bool Presentation::keyShown() const
{
    return m_active && m_window->scene()->showLegend();
}

void Presentation::toggleKey()
{
    if (!m_active)
        return;
    QAction *legend = m_window->action(u"actionLegend"_qs);
    legend->setChecked(!legend->isChecked());
    // What is shown is fitted again, beside the key or over the whole width.
    m_window->view()->glideTo(m_target, m_glideMs, m_targetMaxZoom);
}

void Presentation::showWhole()
{
    // As zoomToFit: the map itself, never blown up past 150%.
    m_target = m_window->scene()->contentRect();
    m_targetMaxZoom = 1.5;
    m_window->view()->fitRect(m_target, m_targetMaxZoom);
}

void Presentation::spotlightSelection()
{
    const QStringList selected = m_window->scene()->selectedIds();
    if (selected.isEmpty())
        return;
    m_tour = -1;
    m_view = -1;
    showMessage({});
    spotlight(spotlightSet(m_window->document()->data(), selected.first()));
    m_subject = selected.first();
}

void Presentation::clearSpotlight()
{
    m_view = -1;
    m_subject.clear();
    m_spotlight.clear();
    m_step.clear();
    m_tour = -1;
    showMessage({});
    MapView *view = m_window->view();
    view->setSpotlight({});
    glideTo(m_window->scene()->contentRect(), 1.5);
    updateCaption();
}

void Presentation::nextFinding()
{
    showFinding(m_tour + 1);
}

void Presentation::previousFinding()
{
    showFinding(std::max(0, m_tour - 1));
}

void Presentation::showFinding(int index)
{
    const InsightPtr insight = m_window->analysisRunner()->latest();
    if (!insight || insight->analysis.findings.isEmpty())
        return;
    const auto &findings = insight->analysis.findings;
    index = std::clamp(index, 0, int(findings.size()) - 1);
    const MapData &data = m_window->document()->data();
    // The first finding whose subject is still on the map (an edit since the
    // analysis may have removed it), in the tour's direction.
    const int direction = index >= m_tour ? 1 : -1;
    while (index >= 0 && index < findings.size() && !data.containsId(findings[index].subject))
        index += direction;
    if (index < 0 || index >= findings.size())
        return;
    const Finding &f = findings[index];
    m_tour = index;
    m_view = -1;
    m_subject.clear();
    QStringList ids{f.subject};
    for (const QString &id : f.related)
        if (data.containsId(id))
            ids.append(id);
    // The message first: the glide leaves its room at the bottom.
    showMessage(f.message);
    spotlight(ids, tr("Finding %1 of %2: %3 (%4)")
                       .arg(index + 1)
                       .arg(findings.size())
                       .arg(ruleName(f.rule), severityName(f.severity)));
}

void Presentation::showMessage(const QString &message)
{
    m_caption->setMessage(message);
    if (!m_active)
        return;
    // Fits and glides keep the caption bar's row free and, while a tour
    // step's message shows, the strip under it.
    MapView *view = m_window->view();
    int bottom = 0;
    if (QWidget *box = m_caption->messageBox(); box->isVisible())
        bottom = view->viewport()->height() - view->viewport()->mapFrom(view, box->pos()).y() + 8;
    view->setFitInsets(QMargins(0, CaptionBar::barHeight(), 0, std::max(0, bottom)));
}

void Presentation::showView(int index, int step)
{
    const SavedViews views = Views::read(m_window->document()->data().info);
    if (index < 0 || index >= views.size()) {
        clearSpotlight();
        return;
    }
    const SavedView &v = views.at(index);
    step = std::clamp(step, 0, v.stepCount() - 1);
    m_view = index;
    m_viewStep = step;
    m_tour = -1;
    showMessage({});
    m_window->setHighlightMode(highlightModeFromString(v.highlight));
    // Lit: the spotlight's set and the domains revealed so far; ids the map
    // no longer has are skipped (a view outlives what it names).
    const MapData &data = m_window->document()->data();
    QStringList lit = v.spotlight.isEmpty() ? QStringList() : spotlightSet(data, v.spotlight);
    lit += v.revealedAt(step);
    QList<QRectF> rects;
    m_spotlight.clear();
    for (const QString &id : std::as_const(lit)) {
        const QRectF r = m_window->scene()->rectForId(id);
        if (r.isNull())
            continue;
        rects.append(r);
        m_spotlight.append(id);
    }
    m_subject = data.containsId(v.spotlight) ? v.spotlight : QString();
    m_step = v.stepCount() > 1
                 ? tr("%1 \u00b7 step %2 of %3").arg(v.name).arg(step + 1).arg(v.stepCount())
                 : v.name;
    m_window->view()->setSpotlight(rects);
    // The camera exactly: a view was saved at the zoom it was seen at.
    glideTo(v.camera, 1000.0);
    updateCaption();
}

bool Presentation::nextView()
{
    const SavedViews views = Views::read(m_window->document()->data().info);
    if (views.isEmpty())
        return false;
    if (m_view < 0 || m_view >= views.size())
        showView(0, 0);
    else if (m_viewStep + 1 < views.at(m_view).stepCount())
        showView(m_view, m_viewStep + 1);
    else if (m_view + 1 < views.size())
        showView(m_view + 1, 0);
    return true;
}

bool Presentation::previousView()
{
    const SavedViews views = Views::read(m_window->document()->data().info);
    if (views.isEmpty())
        return false;
    if (m_view < 0 || m_view >= views.size())
        showView(0, 0);
    else if (m_viewStep > 0)
        showView(m_view, m_viewStep - 1);
    else if (m_view > 0)
        showView(m_view - 1, views.at(m_view - 1).stepCount() - 1);
    return true;
}

void Presentation::updateCaption()
{
    if (!m_active)
        return;
    QString counts;
    if (const InsightPtr insight = m_window->analysisRunner()->latest()) {
        int n[3] = {0, 0, 0};
        for (const Finding &f : insight->analysis.findings)
            ++n[int(f.severity)];
        counts = tr("%1 errors \u00b7 %2 warnings \u00b7 %3 infos").arg(n[0]).arg(n[1]).arg(n[2]);
    }
    m_caption->setTexts(m_window->document()->data().info.name,
                        m_step.isEmpty() ? tr("Whole map") : m_step, counts);
}

bool Presentation::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize && m_restorePending && !m_active) {
        QTimer::singleShot(0, this, [this] {
            if (m_active)
                return;
            m_window->restoreState(m_state);
            m_window->view()->setTransform(m_transform);
            m_window->view()->centerOn(m_centre);
        });
    }
    // ChildRemoved reaches the window while ~MainWindow deletes its
    // children: it is no longer a MainWindow then, and must not be used as one.
    if (!m_active || event->type() == QEvent::ChildRemoved)
        return QObject::eventFilter(watched, event);
    // The canvas took another size (entering: the docks hidden, full screen):
    // what is shown is fitted to it again, and the message's room kept.
    if (watched == m_window->view()->viewport() && event->type() == QEvent::Resize &&
        !m_target.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            if (!m_active)
                return;
            showMessage(m_caption->message());
            m_window->view()->glideTo(m_target, 0, m_targetMaxZoom);
        });
    }
    if (event->type() == QEvent::MouseMove)
        m_caption->poke();
    if (watched == m_window->view() && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            return QObject::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_Escape:
            // One step back at a time: the spotlight first, then the mode.
            if (!m_spotlight.isEmpty() || m_view >= 0)
                clearSpotlight();
            else
                leave();
            return true;
        case Qt::Key_N:
            nextFinding();
            return true;
        case Qt::Key_P:
            previousFinding();
            return true;
        case Qt::Key_S:
            spotlightSelection();
            return true;
        case Qt::Key_L:
            toggleKey();
            return true;
        case Qt::Key_PageDown:
        case Qt::Key_Space:
            if (nextView())
                return true;
            break;
        case Qt::Key_PageUp:
            if (previousView())
                return true;
            break;
        case Qt::Key_Right:
        case Qt::Key_Down:
            if (m_window->scene()->selectedIds().isEmpty() && nextView())
                return true;
            break;
        case Qt::Key_Left:
        case Qt::Key_Up:
            if (m_window->scene()->selectedIds().isEmpty() && previousView())
                return true;
            break;
        case Qt::Key_Slash:
            // The quick-entry line, as Ctrl+K (docs/gui.md).
            m_window->openQuickEntry();
            return true;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace OrgMap
