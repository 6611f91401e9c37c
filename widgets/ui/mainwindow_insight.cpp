// MainWindow: live analysis, findings, dashboard, highlight mode, preferences.
#include "mainwindow.h"

#include "comparemode.h"

#include "analysisrunner.h"
#include "appsettings.h"
#include "conflictsdock.h"
#include "dashboardwidget.h"
#include "document/document.h"
#include "findingsdock.h"
#include "mapscene.h"
#include "mapview.h"
#include "palettedock.h"
#include "preferencesdialog.h"
#include "present/presentation.h"
#include "propertiesdock.h"
#include "savepaths.h"
#include "statussummary.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace OrgMap {

void MainWindow::createInsight()
{
    m_runner = new AnalysisRunner(m_document, this);
    m_runner->setObjectName(u"analysisRunner"_qs);
    m_userOptions = AppSettings::analysisOptions();
    m_policyLabel = new QLabel(this);
    m_policyLabel->setObjectName(u"policyLabel"_qs);
    m_policyLabel->hide();
    statusBar()->addPermanentWidget(m_policyLabel);
    updatePolicy(); // sets the runner's options
    // Opening a map (a reset, even of the same file) reads its policy again;
    // so does Save As to another folder.
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updatePolicy);
    connect(m_document, qOverload<>(&Document::reset), this, &MainWindow::updatePolicy);
    m_highlightMode = AppSettings::highlightMode();

    // The side columns keep the full height; the bottom panels share the
    // centre column with the canvas only, so the dashboard can take most of
    // the height without squeezing palette, outline and properties.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_findingsDock = new FindingsDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);
    connect(m_findingsDock, &FindingsDock::subjectActivated, this,
            [this](const QString &id) { selectAndCenter({id}); });

    m_dashboardDock = new QDockWidget(tr("Dashboard"), this);
    m_dashboardDock->setObjectName(u"dashboardDock"_qs);
    m_dashboard = new DashboardWidget;
    // Scrolls rather than imposing its minimum height on the whole bottom
    // dock area, so the findings table beside it can stay short and the
    // canvas keeps the room.
    auto *dashboardScroll = new QScrollArea(m_dashboardDock);
    dashboardScroll->setWidgetResizable(true);
    dashboardScroll->setFrameShape(QFrame::NoFrame);
    dashboardScroll->setWidget(m_dashboard);
    m_dashboardDock->setWidget(dashboardScroll);
    addDockWidget(Qt::BottomDockWidgetArea, m_dashboardDock);
    tabifyDockWidget(m_findingsDock, m_dashboardDock);
    m_findingsDock->raise();
    resizeDocks({m_findingsDock}, {220}, Qt::Vertical);
    // A merged map's conflicts, beside the findings; shown only while there are any.
    m_conflictsDock = new ConflictsDock(m_document, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_conflictsDock);
    tabifyDockWidget(m_findingsDock, m_conflictsDock);
    connect(m_conflictsDock, &ConflictsDock::subjectActivated, this, &MainWindow::selectAndCenter);
    connect(m_conflictsDock, &ConflictsDock::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_dashboard, &DashboardWidget::selectRequested, this, &MainWindow::selectAndCenter);
    connect(m_dashboard, &DashboardWidget::exportRequested, this,
            &MainWindow::exportDashboardDialog);

    m_statusSummary = new StatusSummary(this);
    connect(m_statusSummary, &StatusSummary::clicked, this, [this] { showPanel(u"findings"_qs); });

    connect(m_runner, &AnalysisRunner::insightReady, this, &MainWindow::onInsightReady);
    connect(m_runner, &AnalysisRunner::runningChanged, m_statusSummary, &StatusSummary::setRunning);

    // The canvas highlights read the same insight and follow View > Highlight.
    m_scene->setHighlightMode(m_highlightMode);
    connect(m_runner, &AnalysisRunner::insightReady, m_scene, &MapScene::setInsight);
    connect(this, &MainWindow::highlightModeChanged, m_scene, &MapScene::setHighlightMode);
}

void MainWindow::onInsightReady(const InsightPtr &insight)
{
    // Each view does what it must and no more: the dashboard only remembers
    // the insight while hidden (see DashboardWidget).
    m_findingsDock->setInsight(insight);
    m_statusSummary->setInsight(insight);
    m_dashboard->setInsight(insight);
}

void MainWindow::createInsightActions()
{
    m_highlightGroup = new QActionGroup(this);
    m_highlightGroup->setExclusive(true);
    const struct
    {
        const char *name;
        QString text;
        QString tip;
        HighlightMode mode;
    } modes[] = {
        {"actionHighlightOrphans", tr("&Orphans"), tr("Mark assets with no owner or no domain"),
         HighlightMode::Orphans},
        {"actionHighlightCoupling", tr("&Coupling"),
         tr("Hotspots glow, cross-domain links heavier, domain cycles marked"),
         HighlightMode::Coupling},
        {"actionHighlightOwnership", tr("O&wnership"), tr("Colour assets by owning team"),
         HighlightMode::Ownership},
        {"actionHighlightNone", tr("&None"), tr("No highlights"), HighlightMode::None},
    };
    int digit = 1;
    for (const auto &mode : modes) {
        QAction *a = makeAction(QLatin1String(mode.name), mode.text);
        a->setCheckable(true);
        a->setStatusTip(mode.tip);
        a->setData(int(mode.mode));
        // Alt+Shift+digit: free in every dock and field, and in menu order.
        a->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | (Qt::Key_0 + digit++)));
        a->setChecked(mode.mode == m_highlightMode);
        m_highlightGroup->addAction(a);
    }
    connect(m_highlightGroup, &QActionGroup::triggered, this,
            [this](QAction *a) { setHighlightMode(HighlightMode(a->data().toInt())); });

    QAction *a = makeAction(u"actionPreferences"_qs, tr("&Preferences…"));
    a->setShortcut(QKeySequence::Preferences);
    a->setMenuRole(QAction::PreferencesRole);
    connect(a, &QAction::triggered, this, &MainWindow::showPreferences);
    a = makeAction(u"actionExportDashboard"_qs, tr("Export &Dashboard PNG…"));
    connect(a, &QAction::triggered, this, &MainWindow::exportDashboardDialog);
    a = makeAction(u"actionShowFindings"_qs, tr("&Findings"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(a, &QAction::triggered, this, [this] { showPanel(u"findings"_qs); });
    a = makeAction(u"actionShowDashboard"_qs, tr("&Dashboard"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(a, &QAction::triggered, this, &MainWindow::toggleDashboard);
}

void MainWindow::addInsightMenus(QMenu *file, QMenu *edit, QMenu *view)
{
    // After Export SVG, before Close.
    QAction *close = action(u"actionClose"_qs);
    file->insertAction(close, action(u"actionExportDashboard"_qs));
    file->insertSeparator(close);
    edit->addSeparator();
    edit->addAction(action(u"actionPreferences"_qs));

    QAction *fullScreen = action(u"actionFullScreen"_qs);
    QMenu *highlight = new QMenu(tr("&Highlight"), view);
    highlight->setObjectName(u"highlightMenu"_qs);
    highlight->addActions(m_highlightGroup->actions());
    view->insertMenu(fullScreen, highlight);
    view->insertAction(fullScreen, action(u"actionShowFindings"_qs));
    view->insertAction(fullScreen, action(u"actionShowDashboard"_qs));
    view->insertSeparator(fullScreen);
}

void MainWindow::addInsightToolBar(QToolBar *bar)
{
    // One drop-down that names the mode: four icon-only buttons for abstract
    // modes would need a legend of their own.
    auto *button = new QToolButton(bar);
    button->setObjectName(u"highlightButton"_qs);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(button);
    menu->addActions(m_highlightGroup->actions());
    button->setMenu(menu);
    auto label = [this, button] {
        const QAction *checked = m_highlightGroup->checkedAction();
        button->setText(tr("Highlight: %1")
                            .arg(checked ? checked->text().remove(QLatin1Char('&')) : QString()));
    };
    label();
    connect(this, &MainWindow::highlightModeChanged, button, label);
    bar->addWidget(button);
}

void MainWindow::setHighlightMode(HighlightMode mode)
{
    for (QAction *a : m_highlightGroup->actions())
        if (HighlightMode(a->data().toInt()) == mode)
            a->setChecked(true);
    if (mode == m_highlightMode)
        return;
    m_highlightMode = mode;
    AppSettings::setHighlightMode(mode);
    emit highlightModeChanged(mode);
}

bool MainWindow::showPanel(const QString &name)
{
    if (isComparing() && m_compareMode->showPanel(name))
        return true;
    QDockWidget *dock = nullptr;
    if (name == u"dashboard")
        dock = m_dashboardDock;
    else if (name == u"findings")
        dock = m_findingsDock;
    else if (name == u"conflicts")
        dock = m_conflictsDock;
    if (!dock)
        return false;
    if (dock->isFloating()) {
        dock->show();
        dock->raise();
        dock->activateWindow();
        return true;
    }
    dock->show();
    dock->raise();
    // The dashboard needs room to be read, and the canvas stays a canvas: the
    // two share their column half and half (at 1280x720 a row of two charts
    // in sight, the rest a scroll away, and a canvas to work on beside it).
    // Once now and once after the pending layout (a window just shown has not
    // given its docks their sizes yet).
    if (dock == m_dashboardDock && dockWidgetArea(dock) == Qt::BottomDockWidgetArea) {
        auto enlarge = [this, dock] {
            const int target = (m_view->height() + dock->height()) / 2;
            if (dock->height() < target) {
                // The size asked for holds the tab bar of the tabified docks.
                int tabs = 0;
                for (QTabBar *bar : findChildren<QTabBar *>(QString(), Qt::FindDirectChildrenOnly))
                    if (bar->isVisible() &&
                        bar->geometry().top() >= centralWidget()->geometry().bottom())
                        tabs = std::max(tabs, bar->height());
                resizeDocks({dock}, {target + tabs}, Qt::Vertical);
            }
            if (m_paletteDock->isVisible() && m_paletteDock->width() < 200)
                resizeDocks({m_paletteDock}, {250}, Qt::Horizontal);
            if (m_propertiesDock->isVisible() && m_propertiesDock->width() < 280)
                resizeDocks({m_propertiesDock}, {340}, Qt::Horizontal);
        };
        enlarge();
        QTimer::singleShot(0, this, enlarge);
    }
    return true;
}

void MainWindow::toggleDashboard()
{
    // Pressed again while the dashboard is in front: the canvas gets back the
    // room it had and the tab it replaced comes forward again.
    const bool inFront = m_dashboardDock->isVisible() && !m_dashboardDock->isFloating() &&
                         !m_dashboardDock->visibleRegion().isEmpty();
    if (inFront && m_dashboardRestoreHeight > 0) {
        const int column = m_view->height() + m_dashboardDock->height();
        const int canvas = std::exchange(m_dashboardRestoreHeight, 0);
        const int size = std::max(80, column - canvas);
        resizeDocks({m_dashboardDock}, {size}, Qt::Vertical);
        // The size given and the dock's height differ by the tab bar: once
        // more with the difference, after the layout has run.
        QTimer::singleShot(0, this, [this, size, canvas] {
            if (const int off = m_view->height() - canvas; off != 0)
                resizeDocks({m_dashboardDock}, {std::max(80, size + off)}, Qt::Vertical);
        });
        if (tabifiedDockWidgets(m_dashboardDock).contains(m_findingsDock))
            m_findingsDock->raise();
        m_view->setFocus();
        return;
    }
    if (!m_dashboardDock->isFloating())
        m_dashboardRestoreHeight = m_view->height();
    showPanel(u"dashboard"_qs);
}

void MainWindow::selectAndCenter(const QStringList &ids)
{
    QStringList present;
    const MapData &map = m_document->data();
    for (const QString &id : ids)
        if (map.containsId(id)) // the insight may be older than the map
            present.append(id);
    m_scene->selectIds(present);
    if (!present.isEmpty())
        m_view->centerOnId(present.first());
}

void MainWindow::applyAnalysisOptions(const AnalysisOptions &options)
{
    AppSettings::setAnalysisOptions(options);
    m_userOptions = options;
    m_runner->setOptions(withPolicy(options));
}

AnalysisOptions MainWindow::withPolicy(AnalysisOptions options) const
{
    // A policy in force sets the severities and both thresholds; the link
    // weights and the betweenness stay the user's.
    if (m_policy)
        m_policy->applyTo(options);
    return options;
}

void MainWindow::choosePolicy(const QString &path)
{
    m_chosenPolicy = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    updatePolicy();
}

void MainWindow::updatePolicy()
{
    m_policyPath =
        m_chosenPolicy.isEmpty() ? policyBesideMap(m_document->filePath()) : m_chosenPolicy;
    m_policy.reset();
    m_policyError.clear();
    if (!m_policyPath.isEmpty()) {
        PolicyReadResult read = loadPolicyFile(m_policyPath);
        m_policy = read.policy;
        m_policyError = read.errors.join(QLatin1Char('\n'));
    }
    const QString name = QFileInfo(m_policyPath).fileName();
    if (m_policyPath.isEmpty()) {
        m_policyLabel->hide();
    } else if (m_policy) {
        m_policyLabel->setText(tr("Policy: %1").arg(name));
        m_policyLabel->setToolTip(m_policyPath);
        m_policyLabel->setStyleSheet(QString());
        m_policyLabel->show();
    } else {
        // The map keeps working with the spec's rules; the label stays until
        // the policy is mended and the map reopened, the message says why.
        m_policyLabel->setText(tr("Policy not applied: %1").arg(name));
        m_policyLabel->setToolTip(m_policyError);
        m_policyLabel->setStyleSheet(u"color: #c62828; font-weight: bold;"_qs);
        m_policyLabel->show();
        statusBar()->showMessage(tr("The policy could not be read; the default rules apply. %1")
                                     .arg(m_policyError.section(QLatin1Char('\n'), 0, 0)),
                                 15000);
    }
    m_runner->setOptions(withPolicy(m_userOptions));
}

QString MainWindow::policyDescription() const
{
    if (m_policyPath.isEmpty())
        return m_chosenPolicy.isEmpty() ? tr("None (no policy file beside the map)") : tr("None");
    if (!m_policy)
        return tr("%1 (not applied: %2)")
            .arg(QDir::toNativeSeparators(m_policyPath), m_policyError);
    return QDir::toNativeSeparators(m_policyPath);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_userOptions, this);
    dialog.setPolicy(policyDescription(), !m_chosenPolicy.isEmpty());
    connect(&dialog, &PreferencesDialog::applied, this, &MainWindow::applyAnalysisOptions);
    // The projector theme (light or dark) shows at once while presenting.
    connect(&dialog, &PreferencesDialog::applied, m_presentation, &Presentation::applyTheme);
    connect(&dialog, &PreferencesDialog::policyChosen, this, [this, &dialog](const QString &path) {
        choosePolicy(path);
        dialog.setPolicy(policyDescription(), !m_chosenPolicy.isEmpty());
    });
    dialog.exec();
}

bool MainWindow::exportDashboardPng(const QString &path, QString *error)
{
    // A hidden dashboard has no size to draw at: bring it forward first.
    if (!m_dashboard->isVisible())
        showPanel(u"dashboard"_qs);
    return m_dashboard->exportPng(path, error);
}

void MainWindow::exportDashboardDialog()
{
    // "<map> dashboard.png": not the name Export PNG proposes for the map.
    const QString path = SavePaths::ask(
        this, tr("Export Dashboard PNG"), {tr("PNG image (*.png)")}, {u".png"_qs},
        tr("%1 dashboard", "proposed file name").arg(m_document->data().info.name), {});
    if (path.isEmpty())
        return;
    QString error;
    if (!exportDashboardPng(path, &error))
        QMessageBox::critical(this, tr("Export Failed"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(path), 4000);
}

} // namespace OrgMap
