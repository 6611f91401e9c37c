#include "mainwindow.h"
#include "present/presentation.h"

#include "appsettings.h"
#include "autosaver.h"
#include "document/document.h"
#include "findingsdock.h"
#include "maplock.h"
#include "mapscene.h"
#include "mapview.h"
#include "outlinedock.h"
#include "palettedock.h"
#include "propertiesdock.h"
#include "statussummary.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace OrgMap {

MainWindow::MainWindow(bool restoreSettings, QWidget *parent)
    : QMainWindow(parent), m_document(new Document(this)), m_scene(new MapScene(m_document, this)),
      m_view(new MapView(m_scene, this))
{
    setObjectName(u"mainWindow"_qs);
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_view->setObjectName(u"mapView"_qs);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    setUnifiedTitleAndToolBarOnMac(true);

    MapData empty;
    empty.info.name = tr("Untitled map");
    m_document->reset(empty);

    createScenarios(); // the canvas with the scenario tabs above it
    createDocks();
    createActions();
    createMenus();
    createToolBar();
    createStatusBar();
    createRecovery();

    m_scene->setSnapToGrid(AppSettings::snapToGrid());
    m_scene->setShowOwnershipLines(AppSettings::showOwnershipLines());

    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::onSceneSelectionChanged);
    connect(m_scene, &MapScene::renameRequested, m_view, &MapView::editName);
    connect(m_document, &Document::changed, this, &MainWindow::updateStatus);
    connect(m_document, qOverload<>(&Document::reset), this, &MainWindow::updateStatus);
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::changed, this, &MainWindow::updateTitle);
    connect(m_view, &MapView::zoomChanged, this, &MainWindow::updateStatus);
    connect(m_propertiesDock, &PropertiesDock::linkReplaced, this, [this] { updateActions(); });

    resize(1400, 900);
    if (restoreSettings)
        readSettings();
    updateTitle();
    updateStatus();
    onSceneSelectionChanged(); // the initial hint and action states
}

MainWindow::~MainWindow()
{
    // The presentation filters this window's events and calls it as a
    // MainWindow: it goes while this is still one.
    delete m_presentation;
    m_presentation = nullptr;
    // The document is our first child and would go first; the scene emits
    // selectionChanged while its items are destroyed, so it goes before.
    m_scene->disconnect(this);
    delete m_view;
    delete m_scene;
    // The document goes with the children, after this object is only a
    // QWidget: clearing its history then emits modifiedChanged, which must
    // reach no slot of this window (UBSan: bad downcast) and no autosaver (a
    // window destroyed without being closed keeps its recovery copy).
    m_document->disconnect();
}

void MainWindow::createDocks()
{
    m_paletteDock = new PaletteDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_paletteDock);
    connect(m_paletteDock, &PaletteDock::createRequested, this,
            [this](PaletteKind kind) { insertAtCentre(kind); });

    m_outlineDock = new OutlineDock(m_document, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_outlineDock);
    connect(m_outlineDock, &OutlineDock::selectionChangedByUser, this,
            &MainWindow::onOutlineSelection);

    m_propertiesDock = new PropertiesDock(m_document, this);
    addDockWidget(Qt::RightDockWidgetArea, m_propertiesDock);

    m_overviewDock = new QDockWidget(tr("Overview"), this);
    m_overviewDock->setObjectName(u"overviewDock"_qs);
    m_overviewDock->setWidget(m_view->createMinimap(m_overviewDock));
    addDockWidget(Qt::RightDockWidgetArea, m_overviewDock);

    m_historyDock = new QDockWidget(tr("Undo History"), this);
    m_historyDock->setObjectName(u"historyDock"_qs);
    m_undoView = new QUndoView(m_document->undoStack(), m_historyDock);
    m_undoView->setEmptyLabel(tr("<opened map>"));
    m_historyDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_overviewDock, m_historyDock);
    m_overviewDock->raise();

    // The palette needs little room; the outline takes the rest of the column.
    resizeDocks({m_paletteDock, m_outlineDock}, {250, 500}, Qt::Vertical);
    resizeDocks({m_paletteDock, m_propertiesDock}, {250, 340}, Qt::Horizontal);
    resizeDocks({m_propertiesDock, m_overviewDock}, {560, 220}, Qt::Vertical);

    createInsight();
}

void MainWindow::createStatusBar()
{
    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(u"hintLabel"_qs);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(u"countsLabel"_qs);
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(u"zoomLabel"_qs);
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(u"00000%"_qs));
    m_zoomLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addWidget(m_hintLabel, 1);
    // QStatusBar hides the hint under a message only implicitly, and a later
    // show of its parent shows it again beneath the message (the compare
    // mode's line was drawn over it): hidden and shown here, explicitly.
    connect(statusBar(), &QStatusBar::messageChanged, m_hintLabel,
            [this](const QString &message) { m_hintLabel->setVisible(message.isEmpty()); });
    statusBar()->addPermanentWidget(m_statusSummary);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    // "[*]" is where Qt puts the unsaved-changes mark.
    setWindowTitle(tr("%1[*] — %2 — %3")
                       .arg(name, m_document->data().info.name,
                            m_document->scenarioName(m_document->currentScenario())) +
                   (m_readOnly ? tr(" (read-only)") : QString()) + u" — OrgMap"_qs);
    setWindowFilePath(path);
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const MapData &map = m_document->data();
    m_countsLabel->setText(tr("%1 · %2 · %3 · %4", "status bar: domains, teams, assets, links")
                               .arg(tr("%n domain(s)", nullptr, int(map.domains.size())),
                                    tr("%n team(s)", nullptr, int(map.teams.size())),
                                    tr("%n asset(s)", nullptr, int(map.assets.size())),
                                    tr("%n link(s)", nullptr, int(map.links.size()))));
    m_zoomLabel->setText(tr("%1%").arg(qRound(m_view->zoom() * 100)));
}

void MainWindow::onSceneSelectionChanged()
{
    const QStringList ids = m_scene->selectedIds();
    const QList<LinkKey> links = m_scene->selectedLinks();
    const QList<InteractionKey> interactions = m_scene->selectedInteractions();
    m_propertiesDock->setSelection(ids, links, interactions);
    // Echoing back to the outline would reset its anchor mid shift-click.
    if (!m_selectingFromOutline)
        m_outlineDock->setSelectedIds(ids);

    const MapData &map = m_document->data();
    int assets = 0, teams = 0;
    for (const QString &id : ids) {
        assets += map.kindOf(id) == EntityKind::Asset ? 1 : 0;
        teams += map.kindOf(id) == EntityKind::Team ? 1 : 0;
    }
    QString hint;
    if (ids.isEmpty() && links.isEmpty() && interactions.isEmpty())
        // Short enough for a 1280 px window beside the counts and findings.
        hint = tr("Drag from the palette or press 1–7 to add");
    else if (ids.size() == 2 && (assets == 2 || teams == 2))
        hint = tr("Ctrl+L connects the two selected items");
    else if (ids.size() == 1)
        hint = tr("F2 renames · drop an asset on a team to make it the owner · Delete removes");
    else
        hint = tr("%n item(s) selected", nullptr,
                  int(ids.size() + links.size() + interactions.size()));
    m_hintLabel->setText(hint);
    updateActions();
}

void MainWindow::onOutlineSelection(const QStringList &ids, const QString &current)
{
    m_selectingFromOutline = true;
    m_scene->selectIds(ids);
    m_selectingFromOutline = false;
    if (!current.isEmpty())
        m_view->centerOnId(current);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // loadFile() returns into this window once its worker is done.
    if (m_opening) {
        event->ignore();
        return;
    }
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    // Saved or discarded on purpose: the recovery copy has done its job.
    m_autosaver->discard();
    event->accept();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The constructor's resizeDocks() ran before the window had its size, so
    // the side docks may have been left at their minimum width (titles and
    // palette names cut off, worse with longer translations). Widen them once
    // the window is shown by the program, not when un-minimised.
    if (!event->spontaneous()) {
        if (m_paletteDock->isVisible() && m_paletteDock->width() < 200)
            resizeDocks({m_paletteDock}, {250}, Qt::Horizontal);
        if (m_propertiesDock->isVisible() && m_propertiesDock->width() < 280)
            resizeDocks({m_propertiesDock}, {340}, Qt::Horizontal);
        // The findings table is a companion of the canvas, not its rival: at
        // most about a quarter of the window's height unless the user chose more.
        const int bottom = height() / 4;
        if (m_findingsDock->isVisible() && m_findingsDock->height() > bottom + 40)
            resizeDocks({m_findingsDock}, {bottom}, Qt::Vertical);
    }
    if (m_fitOnShow) {
        m_fitOnShow = false;
        // After the layout has given the view its size.
        QTimer::singleShot(0, m_view, &MapView::zoomToFit);
    }
}

void MainWindow::readSettings()
{
    const QByteArray geometry = AppSettings::windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = AppSettings::windowState();
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::writeSettings()
{
    AppSettings::setWindowGeometry(saveGeometry(), saveState());
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(0, 2, &dialog);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (QAction *a : findChildren<QAction *>()) {
        if (a->shortcut().isEmpty() || a->text().isEmpty())
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(a->text().remove(QLatin1Char('&'))));
        table->setItem(row, 1,
                       new QTableWidgetItem(a->shortcut().toString(QKeySequence::NativeText)));
    }
    table->sortItems(0);
    table->resizeColumnToContents(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(520, 600);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About OrgMap"),
                       tr("<h3>OrgMap %1</h3><p>Map your organisation's domains, teams, "
                          "services and data products.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace OrgMap
