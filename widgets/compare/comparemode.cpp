#include "comparemode.h"

#include "changesdock.h"
#include "compareview.h"
#include "mapview.h"
#include "metricspanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QSet>
#include <QStatusBar>
#include <QToolBar>

namespace OrgMap {

namespace {

// Actions that neither edit the map nor replace it: they stay on.
bool staysOn(const QString &name)
{
    static const QSet<QString> names{u"actionSave"_qs,           u"actionSaveAs"_qs,
                                     u"actionQuit"_qs,           u"actionClose"_qs,
                                     u"actionNewWindow"_qs,      u"actionAbout"_qs,
                                     u"actionShortcuts"_qs,      u"actionFullScreen"_qs,
                                     u"actionGettingStarted"_qs, u"actionCompare"_qs};
    return names.contains(name) || !name.startsWith(u"action");
}

} // namespace

CompareMode::CompareMode(QMainWindow *window) : QObject(window), m_window(window) {}

CompareMode::~CompareMode() = default;

void CompareMode::start(const MapData &oldMap, const QString &oldLabel, const MapData &newMap,
                        const QString &newLabel)
{
    if (!m_view) {
        m_state = m_window->saveState();
        // Editing is off: every action that edits, replaces or exports the
        // user's map (the view's own actions are children of the view).
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->isEnabled() && !staysOn(a->objectName())) {
                a->setEnabled(false);
                m_disabled.append(a);
            }
        }
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
            if (dock->parent() == m_window)
                dock->hide();
        for (QToolBar *bar : m_window->findChildren<QToolBar *>())
            if (bar->parent() == m_window)
                bar->hide();

        m_editorCentral = m_window->takeCentralWidget();
        if (m_editorCentral) {
            m_editorCentral->setParent(m_window); // kept (and destroyed) by the window
            m_editorCentral->hide();
        }
        m_view = new CompareView(m_window);
        m_window->setCentralWidget(m_view);
        connect(m_view, &CompareView::leaveRequested, this, &CompareMode::leave);
        connect(m_view, &CompareView::exportMetricsRequested, this,
                &CompareMode::exportMetricsRequested);
        m_dock = new ChangesDock(m_window);
        m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
        m_window->resizeDocks({m_dock}, {340}, Qt::Horizontal);
        connect(m_dock, &ChangesDock::subjectActivated, m_view, &CompareView::focusSubject);
        connect(m_view, &CompareView::mapsChanged, m_dock,
                [this] { m_dock->setSubjects(m_view->subjects()); });
    }
    m_view->setMaps(oldMap, oldLabel, newMap, newLabel);
    m_view->view()->setFocus();
    // Short: the status bar's room at 1280 px beside the policy and counts
    // (the header above the view already says "read-only").
    m_window->statusBar()->showMessage(tr("Space: before/after · Esc: leave"));
    emit started();
}

void CompareMode::leave()
{
    if (!m_view)
        return;
    m_window->removeDockWidget(m_dock);
    m_dock->deleteLater();
    m_dock = nullptr;
    CompareView *view = m_view;
    m_window->takeCentralWidget();
    view->deleteLater(); // we may be inside one of its actions
    view->hide();
    m_view = nullptr;
    if (m_editorCentral) {
        m_window->setCentralWidget(m_editorCentral);
        m_editorCentral->show();
        m_editorCentral->setFocus();
    }
    m_window->restoreState(m_state);
    for (const QPointer<QAction> &a : std::as_const(m_disabled))
        if (a)
            a->setEnabled(true);
    m_disabled.clear();
    m_window->statusBar()->clearMessage();
    emit left();
}

bool CompareMode::showPanel(const QString &name)
{
    if (!m_view)
        return false;
    if (name == u"metrics") {
        m_view->showMetrics();
        return true;
    }
    if (name == u"map") {
        m_view->showCanvas();
        return true;
    }
    if (name == u"changes") {
        m_dock->show();
        m_dock->raise();
        return true;
    }
    return false;
}

bool CompareMode::exportMetricsPng(const QString &path, QString *error)
{
    if (!m_view) {
        if (error)
            *error = tr("Not comparing: there are no metrics to export.");
        return false;
    }
    return m_view->metricsPanel()->exportPng(path, error);
}

} // namespace OrgMap
