// MainWindow: actions, menus, toolbar and their enabled state.
#include "mainwindow.h"

#include "appsettings.h"
#include "document/document.h"
#include "entityactions.h"
#include "findingsdock.h"
#include "icons.h"
#include "mapclipboard.h"
#include "mapscene.h"
#include "mapview.h"
#include "outlinedock.h"
#include "palettedock.h"
#include "present/viewsdock.h"
#include "propertiesdock.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QRegularExpression>
#include <QToolBar>
#include <QUndoStack>

namespace OrgMap {

namespace {
// The platform's standard keys for an action plus one that works everywhere.
QList<QKeySequence> withFallback(QKeySequence::StandardKey standard, const QKeySequence &fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
    if (!keys.contains(fallback))
        keys.prepend(fallback);
    return keys;
}
} // namespace

QAction *MainWindow::makeAction(const QString &name, const QString &text, const QString &icon)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    if (!icon.isEmpty())
        action->setIcon(themedIcon(icon));
    addAction(action); // shortcuts work even when the menu bar is hidden
    return action;
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::createActions()
{
    auto bind = [this](QAction *a, auto slot) { connect(a, &QAction::triggered, this, slot); };

    // File
    QAction *a = makeAction(u"actionNew"_qs, tr("&New"), u"new"_qs);
    a->setShortcut(QKeySequence::New);
    bind(a, [this] { newFile(); });
    a = makeAction(u"actionNewWindow"_qs, tr("New &Window"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    bind(a, [] {
        auto *window = new MainWindow(false);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
    });
    a = makeAction(u"actionOpen"_qs, tr("&Open…"), u"open"_qs);
    a->setShortcut(QKeySequence::Open);
    bind(a, [this] { openDialog(); });
    a = makeAction(u"actionSave"_qs, tr("&Save"), u"save"_qs);
    a->setShortcut(QKeySequence::Save);
    bind(a, [this] { save(); });
    a = makeAction(u"actionSaveAs"_qs, tr("Save &As…"));
    // The platform's binding may be empty (Windows, some themes): Ctrl+Shift+S always.
    a->setShortcuts(
        withFallback(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    bind(a, [this] { saveAs(); });
    a = makeAction(u"actionImportJson"_qs, tr("OrgMap &JSON Map…"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    bind(a, [this] { importJsonDialog(); });
    a = makeAction(u"actionImportBackstage"_qs, tr("&Backstage Catalog…"));
    bind(a, [this] { importBackstageDialog(); });
    a = makeAction(u"actionImportOdps"_qs, tr("&Data Products (ODPS)…"));
    bind(a, [this] { importOdpsDialog(); });
    a = makeAction(u"actionExportJson"_qs, tr("Export &JSON…"));
    bind(a, [this] { exportJsonDialog(); });
    a = makeAction(u"actionExportPng"_qs, tr("Export &PNG…"), u"export"_qs);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    bind(a, [this] { exportPngDialog(); });
    a = makeAction(u"actionExportSvg"_qs, tr("Export S&VG…"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    bind(a, [this] { exportSvgDialog(); });
    // The diagram exports, one per format of storage/fileformat.h.
    a = makeAction(u"actionExportGraphML"_qs, tr("&GraphML (yEd, Gephi)…"));
    bind(a, [this] { exportMapDialog(FileFormat::GraphML); });
    a = makeAction(u"actionExportDot"_qs, tr("Graphviz &DOT…"));
    bind(a, [this] { exportMapDialog(FileFormat::Dot); });
    a = makeAction(u"actionExportMermaid"_qs, tr("&Mermaid…"));
    bind(a, [this] { exportMapDialog(FileFormat::Mermaid); });
    a = makeAction(u"actionClose"_qs, tr("&Close Window"));
    a->setShortcut(QKeySequence::Close);
    bind(a, [this] { close(); });
    a = makeAction(u"actionQuit"_qs, tr("&Quit"));
    a->setShortcut(QKeySequence::Quit);
    a->setMenuRole(QAction::QuitRole);
    bind(a, [] { QApplication::closeAllWindows(); });

    // Edit
    QUndoStack *stack = m_document->undoStack();
    // Not QUndoStack::createUndoAction(): it glues prefix + " " + command
    // text, which no translation can reorder ("Rückgängig: Domäne … hinzufügen").
    QAction *undo = makeAction(u"actionUndo"_qs, tr("&Undo"), u"undo"_qs);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = makeAction(u"actionRedo"_qs, tr("&Redo"), u"redo"_qs);
    redo->setShortcuts(QKeySequence::Redo);
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    auto syncUndoRedo = [this, stack, undo, redo] {
        undo->setEnabled(stack->canUndo());
        undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        redo->setEnabled(stack->canRedo());
        redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, syncUndoRedo);
    connect(stack, &QUndoStack::canUndoChanged, this, syncUndoRedo);
    connect(stack, &QUndoStack::canRedoChanged, this, syncUndoRedo);
    connect(stack, &QUndoStack::undoTextChanged, this, syncUndoRedo);
    connect(stack, &QUndoStack::redoTextChanged, this, syncUndoRedo);
    syncUndoRedo();
    a = makeAction(u"actionCut"_qs, tr("Cu&t"), u"cut"_qs);
    a->setShortcut(QKeySequence::Cut);
    bind(a, [this] { cutSelection(); });
    a = makeAction(u"actionCopy"_qs, tr("&Copy"), u"copy"_qs);
    a->setShortcut(QKeySequence::Copy);
    bind(a, [this] { copySelection(); });
    a = makeAction(u"actionPaste"_qs, tr("&Paste"), u"paste"_qs);
    a->setShortcut(QKeySequence::Paste);
    bind(a, [this] { paste(); });
    a = makeAction(u"actionDuplicate"_qs, tr("D&uplicate"), u"duplicate"_qs);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    bind(a, [this] { duplicateSelection(); });
    a = makeAction(u"actionDelete"_qs, tr("&Delete"), u"delete"_qs);
    a->setShortcut(QKeySequence::Delete);
    bind(a, [this] { deleteSelection(); });
    a = makeAction(u"actionRename"_qs, tr("&Rename"), u"rename"_qs);
    a->setShortcut(QKeySequence(Qt::Key_F2));
    bind(a, [this] { renameSelection(); });
    a = makeAction(u"actionSelectAll"_qs, tr("Select &All"));
    a->setShortcut(QKeySequence::SelectAll);
    bind(a, [this] {
        const MapData &map = m_document->data();
        QStringList ids;
        for (const Domain &d : map.domains)
            ids.append(d.id.str());
        for (const Team &t : map.teams)
            ids.append(t.id.str());
        for (const Asset &asset : map.assets)
            ids.append(asset.id.str());
        m_scene->selectIds(ids);
    });
    a = makeAction(u"actionConnect"_qs, tr("&Connect Selected…"), u"connect"_qs);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    a->setStatusTip(tr("Link two selected assets or two selected teams"));
    bind(a, [this] { connectSelection(); });
    a = makeAction(u"actionTidy"_qs, tr("&Tidy Layout"), u"tidy"_qs);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    a->setStatusTip(tr("Arrange every domain, asset and team afresh (undoable)"));
    bind(a, [this] { tidyLayout(); });
    a = makeAction(u"actionTidySelected"_qs, tr("Tidy &Selected"), u"tidy"_qs);
    a->setStatusTip(tr("Arrange the selected domains, assets and teams; nothing else moves "
                       "(undoable)"));
    bind(a, [this] { tidySelection(); });

    // View
    a = makeAction(u"actionZoomIn"_qs, tr("Zoom &In"), u"zoom-in"_qs);
    a->setShortcuts({QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    bind(a, [this] { m_view->zoomIn(); });
    a = makeAction(u"actionZoomOut"_qs, tr("Zoom &Out"), u"zoom-out"_qs);
    a->setShortcut(QKeySequence::ZoomOut);
    bind(a, [this] { m_view->zoomOut(); });
    a = makeAction(u"actionZoomFit"_qs, tr("&Fit to Window"), u"zoom-fit"_qs);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    bind(a, [this] { m_view->zoomToFit(); });
    a = makeAction(u"actionZoomReset"_qs, tr("Actual &Size (100%)"), u"zoom-original"_qs);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    bind(a, [this] { m_view->resetZoom(); });
    a = makeAction(u"actionSnap"_qs, tr("S&nap to Grid"), u"snap"_qs);
    a->setCheckable(true);
    a->setChecked(AppSettings::snapToGrid());
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(a, &QAction::toggled, this, [this](bool on) {
        m_scene->setSnapToGrid(on);
        AppSettings::setSnapToGrid(on);
    });
    a = makeAction(u"actionOwnership"_qs, tr("Show &Ownership Lines"), u"ownership"_qs);
    a->setCheckable(true);
    a->setChecked(AppSettings::showOwnershipLines());
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(a, &QAction::toggled, this, [this](bool on) {
        m_scene->setShowOwnershipLines(on);
        AppSettings::setShowOwnershipLines(on);
    });
    a = makeAction(u"actionLegend"_qs, tr("Show &Legend"));
    a->setCheckable(true);
    a->setChecked(m_scene->showLegend());
    connect(a, &QAction::toggled, m_scene, &MapScene::setShowLegend);
    a = makeAction(u"actionFullScreen"_qs, tr("F&ull Screen"));
    a->setCheckable(true);
    a->setShortcuts(withFallback(QKeySequence::FullScreen, QKeySequence(Qt::Key_F11)));
    connect(a, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });

    createInsightActions();
    createQuickEntry();

    // Insert: digits in palette order, active while the canvas has focus so
    // that typing digits elsewhere (fields, lists) keeps its meaning.
    int digit = 1;
    for (PaletteKind kind : allPaletteKinds()) {
        a = makeAction(u"actionInsert%1"_qs.arg(digit), paletteKindName(kind));
        a->setIcon(paletteKindIcon(kind));
        a->setShortcut(QKeySequence(Qt::Key_0 + digit));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        removeAction(a);
        m_view->addAction(a);
        bind(a, [this, kind] {
            const QString id = insertAtCursor(kind);
            if (!id.isEmpty())
                m_view->editName(id);
        });
        m_insertActions.append(a);
        ++digit;
    }

    m_entityActions = new EntityActions(this);
    createPresentation();
    createViews();
    new WelcomePage(this); // the empty canvas's first steps, Help > Getting Started

    // Help
    a = makeAction(u"actionShortcuts"_qs, tr("&Keyboard Shortcuts"));
    a->setShortcut(QKeySequence::HelpContents);
    bind(a, [this] { showShortcuts(); });
    a = makeAction(u"actionAbout"_qs, tr("&About OrgMap"));
    a->setMenuRole(QAction::AboutRole);
    bind(a, [this] { showAbout(); });

    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, &MainWindow::updateActions);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    for (const char *name : {"actionNew", "actionNewWindow", "actionOpen"})
        file->addAction(action(QLatin1String(name)));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"recentMenu"_qs);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentFilesMenu);
    updateRecentFilesMenu(); // the menu must not start empty-disabled
    file->addSeparator();
    file->addAction(action(u"actionSave"_qs));
    file->addAction(action(u"actionSaveAs"_qs));
    file->addSeparator();
    QMenu *import = file->addMenu(tr("&Import"));
    import->setObjectName(u"importMenu"_qs);
    for (const char *name : {"actionImportJson", "actionImportBackstage", "actionImportOdps"})
        import->addAction(action(QLatin1String(name)));
    file->addAction(action(u"actionExportJson"_qs));
    file->addAction(action(u"actionExportPng"_qs));
    file->addAction(action(u"actionExportSvg"_qs));
    file->addAction(action(u"actionExportViewsPdf"_qs));
    QMenu *diagram = file->addMenu(tr("Export &Diagram"));
    diagram->setObjectName(u"exportDiagramMenu"_qs);
    for (const char *name : {"actionExportGraphML", "actionExportDot", "actionExportMermaid"})
        diagram->addAction(action(QLatin1String(name)));
    addCompareMenu(file);
    file->addSeparator();
    file->addAction(action(u"actionClose"_qs));
    file->addAction(action(u"actionQuit"_qs));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(u"actionUndo"_qs));
    edit->addAction(action(u"actionRedo"_qs));
    QAction *history = m_historyDock->toggleViewAction();
    history->setObjectName(u"actionUndoHistory"_qs);
    history->setText(tr("Undo &History"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    edit->addAction(history);
    edit->addSeparator();
    for (const char *name :
         {"actionCut", "actionCopy", "actionPaste", "actionDuplicate", "actionDelete"})
        edit->addAction(action(QLatin1String(name)));
    edit->addSeparator();
    edit->addAction(action(u"actionRename"_qs));
    edit->addAction(action(u"actionConnect"_qs));
    edit->addAction(action(u"actionQuickEntry"_qs));
    edit->addAction(action(u"actionSelectAll"_qs));
    edit->addSeparator();
    edit->addAction(action(u"actionTidy"_qs));
    edit->addAction(action(u"actionTidySelected"_qs));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (const char *name : {"actionZoomIn", "actionZoomOut", "actionZoomFit", "actionZoomReset"})
        m_viewMenu->addAction(action(QLatin1String(name)));
    m_viewMenu->addSeparator();
    for (const char *name : {"actionSnap", "actionOwnership", "actionLegend"})
        m_viewMenu->addAction(action(QLatin1String(name)));
    m_viewMenu->addSeparator();
    QMenu *panels = m_viewMenu->addMenu(tr("&Panels"));
    for (QDockWidget *dock :
         {static_cast<QDockWidget *>(m_paletteDock), static_cast<QDockWidget *>(m_outlineDock),
          static_cast<QDockWidget *>(m_propertiesDock), m_overviewDock, m_historyDock})
        panels->addAction(dock->toggleViewAction());
    m_viewMenu->addAction(action(u"actionFullScreen"_qs));
    addInsightMenus(file, edit, m_viewMenu);
    panels->addAction(m_findingsDock->toggleViewAction());
    panels->addAction(m_dashboardDock->toggleViewAction());
    panels->addAction(m_viewsDock->toggleViewAction());
    addPresentationMenu(m_viewMenu);

    addScenarioMenu();
    QMenu *insert = menuBar()->addMenu(tr("&Insert"));
    insert->addActions(m_insertActions);
    m_entityActions->addToMenus(insert, edit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(u"actionGettingStarted"_qs));
    help->addAction(action(u"actionShortcuts"_qs));
    help->addAction(action(u"actionAbout"_qs));
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(u"mainToolBar"_qs);
    bar->setMovable(false);
    bar->setIconSize(QSize(22, 22));
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    auto add = [&](std::initializer_list<const char *> names) {
        for (const char *name : names)
            bar->addAction(action(QLatin1String(name)));
        bar->addSeparator();
    };
    add({"actionNew", "actionOpen", "actionSave"});
    add({"actionUndo", "actionRedo"});
    add({"actionCut", "actionCopy", "actionPaste", "actionDelete"});
    add({"actionConnect", "actionTidy", "actionSnap", "actionOwnership"});
    add({"actionZoomOut", "actionZoomIn", "actionZoomFit"});
    addInsightToolBar(bar);
    m_viewMenu->insertAction(m_viewMenu->actions().last(), bar->toggleViewAction());
    // Tooltips with the shortcut: the toolbar is where people learn them.
    // The accelerator goes: "&Undo" and the Chinese "撤销(&U)" alike.
    static const QRegularExpression accelerator(u"\\(&[^)]\\)|&(?=.)"_qs);
    for (QAction *a : bar->actions())
        if (!a->isSeparator() && !a->shortcut().isEmpty())
            a->setToolTip(tr("%1 (%2)", "toolbar tooltip: action name (shortcut)")
                              .arg(a->text().remove(accelerator),
                                   a->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::updateActions()
{
    if (isComparing())
        return; // compare mode keeps editing off until it is left
    const QStringList ids = m_scene->selectedIds();
    const bool anything = !ids.isEmpty() || !m_scene->selectedLinks().isEmpty() ||
                          !m_scene->selectedInteractions().isEmpty();
    action(u"actionCut"_qs)->setEnabled(!ids.isEmpty());
    action(u"actionCopy"_qs)->setEnabled(!ids.isEmpty());
    action(u"actionDuplicate"_qs)->setEnabled(!ids.isEmpty());
    action(u"actionTidySelected"_qs)->setEnabled(!ids.isEmpty());
    action(u"actionDelete"_qs)->setEnabled(anything);
    action(u"actionRename"_qs)->setEnabled(ids.size() == 1);
    action(u"actionPaste"_qs)
        ->setEnabled(MapClipboard::canPaste(QApplication::clipboard()->mimeData()));
    bool pair = false;
    if (ids.size() == 2) {
        const MapData &map = m_document->data();
        const EntityKind a = map.kindOf(ids.at(0));
        pair = a == map.kindOf(ids.at(1)) && (a == EntityKind::Asset || a == EntityKind::Team);
    }
    action(u"actionConnect"_qs)->setEnabled(pair);
}

void MainWindow::updateRecentFilesMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    int n = 1;
    for (const QString &path : files) {
        const QString label = n < 10 ? u"&%1 %2"_qs.arg(n).arg(QFileInfo(path).fileName())
                                     : QFileInfo(path).fileName();
        QAction *a = m_recentMenu->addAction(label);
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
        ++n;
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this,
            [] { AppSettings::clearRecentFiles(); });
}

} // namespace OrgMap
