// MainWindow: the Scenario menu and the tabs above the canvas
// (docs/scenarios.md). The document does the edits; this file only asks.
#include "mainwindow.h"

#include "document/document.h"
#include "mapview.h"
#include "scenariobar.h"
#include "storage/mapfile.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QVBoxLayout>

namespace OrgMap {

void MainWindow::createScenarios()
{
    m_scenarioBar = new ScenarioBar(m_document, this);
    auto *centre = new QWidget(this);
    centre->setObjectName(u"canvasArea"_qs);
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_scenarioBar);
    layout->addWidget(m_view, 1);
    // Focus given to the centre (leaving compare mode) goes to the canvas.
    centre->setFocusProxy(m_view);
    setCentralWidget(centre);
    connect(m_scenarioBar, &ScenarioBar::requested, this, [this](const QString &what, int index) {
        if (what == u"new")
            newEmptyScenario();
        else if (what == u"duplicate")
            duplicateScenario(index);
        else if (what == u"delete")
            deleteScenario(index);
    });
    connect(m_document, &Document::currentScenarioChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::scenariosChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::scenariosChanged, this, &MainWindow::updateScenarioActions);

    QAction *a = makeAction(u"actionNewScenario"_qs, tr("&New Empty Scenario"));
    connect(a, &QAction::triggered, this, &MainWindow::newEmptyScenario);
    a = makeAction(u"actionDuplicateScenario"_qs, tr("&Duplicate Current Scenario"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
    connect(a, &QAction::triggered, this,
            [this] { duplicateScenario(m_document->currentScenario()); });
    a = makeAction(u"actionRenameScenario"_qs, tr("&Rename Scenario…"));
    connect(a, &QAction::triggered, this,
            [this] { m_scenarioBar->editName(m_document->currentScenario()); });
    a = makeAction(u"actionDeleteScenario"_qs, tr("De&lete Scenario"));
    connect(a, &QAction::triggered, this,
            [this] { deleteScenario(m_document->currentScenario()); });
    a = makeAction(u"actionImportJsonScenario"_qs, tr("&Import JSON as New Scenario…"));
    connect(a, &QAction::triggered, this, &MainWindow::importScenarioDialog);
    a = makeAction(u"actionNextScenario"_qs, tr("Ne&xt Scenario"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_PageDown));
    connect(a, &QAction::triggered, this, [this] {
        m_document->setCurrentScenario((m_document->currentScenario() + 1) %
                                       m_document->scenarioCount());
    });
    a = makeAction(u"actionPreviousScenario"_qs, tr("Pre&vious Scenario"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_PageUp));
    connect(a, &QAction::triggered, this, [this] {
        const int n = m_document->scenarioCount();
        m_document->setCurrentScenario((m_document->currentScenario() + n - 1) % n);
    });
}

void MainWindow::addScenarioMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Scenario"));
    menu->setObjectName(u"scenarioMenu"_qs);
    for (const char *name : {"actionNewScenario", "actionDuplicateScenario", "actionRenameScenario",
                             "actionDeleteScenario"})
        menu->addAction(action(QLatin1String(name)));
    menu->addSeparator();
    menu->addAction(action(u"actionImportJsonScenario"_qs));
    menu->addSeparator();
    menu->addAction(action(u"actionNextScenario"_qs));
    menu->addAction(action(u"actionPreviousScenario"_qs));
    updateScenarioActions();
}

void MainWindow::updateScenarioActions()
{
    const bool several = m_document->scenarioCount() > 1;
    for (const char *name :
         {"actionDeleteScenario", "actionNextScenario", "actionPreviousScenario"})
        if (QAction *a = action(QLatin1String(name)))
            a->setEnabled(several);
}

void MainWindow::newEmptyScenario()
{
    MapData empty;
    empty.info = m_document->data().info; // the same organisation, a blank sheet
    m_document->addScenario(m_document->uniqueScenarioName(tr("Scenario")), empty);
}

void MainWindow::duplicateScenario(int index)
{
    // The usual first duplicate is the target of the current organisation.
    const QString source = m_document->scenarioName(index);
    const QString base =
        m_document->scenarioIndex(tr("Target")) < 0 ? tr("Target") : tr("%1 copy").arg(source);
    m_document->duplicateScenario(index, m_document->uniqueScenarioName(base));
}

void MainWindow::deleteScenario(int index)
{
    const QString name = m_document->scenarioName(index);
    // Undoable, so no confirmation: the status bar says how to get it back.
    if (m_document->removeScenario(index))
        statusBar()->showMessage(tr("Deleted scenario \"%1\"; Undo brings it back.").arg(name),
                                 6000);
}

bool MainWindow::importScenario(const QString &path, QStringList *errors)
{
    MapFileResult result = loadMapFile(path);
    if (!result.map) {
        if (errors)
            *errors = result.errors;
        return false;
    }
    QString base = QFileInfo(path).fileName();
    for (const QString &suffix : {u".orgmap.json"_qs, u".json"_qs, u".orgmap"_qs})
        if (base.endsWith(suffix, Qt::CaseInsensitive)) {
            base.chop(suffix.size());
            break;
        }
    const QString name = m_document->uniqueScenarioName(base.isEmpty() ? tr("Imported") : base);
    return m_document->addScenario(name, *result.map,
                                   tr("Import \"%1\" as scenario").arg(QFileInfo(path).fileName()));
}

void MainWindow::importScenarioDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import JSON as New Scenario"), fileDialogDirectory(),
                                     tr("OrgMap JSON (*.orgmap.json *.json)"));
    if (path.isEmpty())
        return;
    QStringList errors;
    if (!importScenario(path, &errors))
        showErrors(tr("Import Failed"),
                   tr("<b>%1</b> is not a valid map. The document is unchanged.")
                       .arg(QFileInfo(path).fileName().toHtmlEscaped()),
                   errors);
}

} // namespace OrgMap
