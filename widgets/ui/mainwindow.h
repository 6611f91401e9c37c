#pragma once

#include "analysis/insight.h"
#include "analysis/policy.h"
#include "core/savedviews.h"
#include "core/scenario.h"
#include "highlightmode.h"
#include "maprenderer.h"
#include "palettemime.h"
#include "storage/fileformat.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QUndoView;

namespace OrgMap {

class AnalysisRunner;
class Autosaver;
class CompareMode;
class MapLock;
struct MapFileResult;
class RecoverySlot;
class DashboardWidget;
class EntityActions;
class Document;
class ConflictsDock;
class FindingsDock;
class StatusSummary;
class MapScene;
class MapView;
class OutlineDock;
class PaletteDock;
class PropertiesDock;
class ScenarioBar;
struct MapData;

// The editor window: canvas in the centre, docks for palette, properties,
// outline, overview and undo history. The code is split by concern:
// mainwindow.cpp (layout, selection, status, settings), mainwindow_actions.cpp
// (actions, menus, toolbar), mainwindow_files.cpp (new/open/save/import/
// export), mainwindow_edit.cpp (clipboard, insert, delete, connect, layout).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `restoreSettings` false gives the default layout (tests, screenshots).
    explicit MainWindow(bool restoreSettings = true, QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    MapScene *scene() const { return m_scene; }
    MapView *view() const { return m_view; }
    PaletteDock *paletteDock() const { return m_paletteDock; }
    PropertiesDock *propertiesDock() const { return m_propertiesDock; }
    OutlineDock *outlineDock() const { return m_outlineDock; }
    // Context menus and the container actions (entityactions.cpp).
    EntityActions *entityActions() const { return m_entityActions; }
    // Live analysis (mainwindow_insight.cpp): the runner keeps an Insight of
    // the document; the findings dock, dashboard and status summary show it,
    // and the canvas highlights read it (runner()->latest(), insightReady).
    AnalysisRunner *analysisRunner() const { return m_runner; }
    FindingsDock *findingsDock() const { return m_findingsDock; }
    ConflictsDock *conflictsDock() const { return m_conflictsDock; }
    class QDockWidget *dashboardDock() const { return m_dashboardDock; }
    DashboardWidget *dashboard() const { return m_dashboard; }
    StatusSummary *statusSummary() const { return m_statusSummary; }
    // Presentation mode, spotlight and findings tour (mainwindow_present.cpp).
    class Presentation *presentation() const { return m_presentation; }
    // Views (mainwindow_views.cpp, docs/views.md): the Views dock, what the
    // canvas shows now as a view, and File > Export > Views as PDF.
    class ViewsDock *viewsDock() const { return m_viewsDock; }
    SavedView currentView() const;
    bool writeViewsPdf(const QString &path, QString *error);
    // View > Highlight (actionHighlightOrphans/Coupling/Ownership/None), kept
    // in the settings; highlightModeChanged tells the canvas.
    HighlightMode highlightMode() const { return m_highlightMode; }
    void setHighlightMode(HighlightMode mode);
    // Brings a panel forward: "dashboard" or "findings" (--show). False for
    // other names.
    bool showPanel(const QString &name);
    // View > Dashboard (Ctrl+Shift+D): brings the dashboard forward at a
    // readable size; pressed again, gives the canvas its room back.
    void toggleDashboard();
    // Selects entities on the canvas and centres the view on the first.
    void selectAndCenter(const QStringList &ids);
    void applyAnalysisOptions(const AnalysisOptions &options);
    // The policy in force (docs/policy.md): the one chosen in Preferences,
    // else the one found beside the map file. Empty path: none. A policy that
    // cannot be read leaves the spec's defaults in force and says why.
    QString policyPath() const { return m_policyPath; }
    QString policyError() const { return m_policyError; }
    // Chooses a policy file for this window; an empty path goes back to the
    // one beside the map.
    void choosePolicy(const QString &path);
    bool exportDashboardPng(const QString &path, QString *error);
    // Every action has an object name ("actionSave", ...), for tests and scripts.
    QAction *action(const QString &objectName) const;

    // Loads a file into this window (laying it out when it lacks geometry).
    // On failure the current map is untouched and `errors` lists the problems.
    // Reading and laying out run on a worker (the window stays responsive,
    // with a busy bar in the status bar); returns when the map is shown.
    bool loadFile(const QString &path, QStringList *errors);
    // loadFile plus an error dialog and the recent-files list.
    bool openFile(const QString &path);
    // Writes the map to `path` (kind by extension) and makes it the window's file.
    bool saveFile(const QString &path, QString *error);
    bool exportJson(const QString &path, QString *error);
    // Writes the map as a diagram (GraphML, DOT, Mermaid) to `path`, with the
    // format's extension appended when the name lacks it; returns the path
    // written, or an empty string with `error` set.
    QString exportMap(const QString &path, FileFormat format, QString *error);
    // File > Import (mainwindow_import.cpp, docs/import.md): merges a Backstage
    // catalog (files and folders) or ODPS descriptors into the open map as ONE
    // undoable step and shows the report (modeless; its rows select and centre
    // their entity). A refused import shows where and why, and leaves the map
    // and its undo history untouched; returns false then.
    enum class ImportSource
    {
        Backstage,
        Odps
    };
    bool importInto(ImportSource source, const QStringList &paths);
    // The dialogs behind the actions (actionImportBackstage, actionImportOdps).
    void importBackstageDialog();
    void importOdpsDialog();
    // The report of the last import while it is open, else nullptr.
    class ImportReportDialog *importReportDialog() const;
    // Replaces the map (new or imported) without a file.
    void setMap(const MapData &map);
    // Replaces the whole document by these scenarios (open, recovery).
    void setScenarios(const ScenarioList &scenarios, int current = 0); // current: shown first

    // Scenarios (mainwindow_scenarios.cpp, docs/scenarios.md): the tabs above
    // the canvas and the Scenario menu's edits, each one undo step.
    ScenarioBar *scenarioBar() const { return m_scenarioBar; }
    void newEmptyScenario();
    void duplicateScenario(int index); // named "Target" first, then "<name> copy"
    void deleteScenario(int index);
    // Adds the map in `path` as a new scenario after the current one.
    bool importScenario(const QString &path, QStringList *errors);

    // Compare (mainwindow_compare.cpp, docs/compare.md): the open map as
    // "before" against `other` as "after", on a read-only compare view with
    // the Changes dock and the metrics panel; Esc or Leave Compare goes back.
    // The scenarios of a document can be compared through the same call.
    void compareWith(const MapData &other, const QString &label);
    // File > Compare With...: `path` is any map file; false (and `errors`)
    // when it cannot be read, and nothing changes then.
    bool compareWithFile(const QString &path, QStringList *errors);
    // File > Compare With Scenario: the scenario on screen against scenario
    // `index` of this document; false for the current one or a bad index.
    bool compareWithScenario(int index);
    void leaveCompare();
    bool isComparing() const;
    CompareMode *compareMode() const { return m_compareMode; }
    // The canvas in front: the compare view's while comparing, else the editor's.
    MapView *activeView() const;

    // The quick-entry line over the canvas (Edit > Quick Entry, Ctrl+K;
    // mainwindow_quickentry.cpp). openQuickEntry is the slot other modes bind
    // their own keys to ("/" while presenting).
    class QuickEntryBar *quickEntry() const { return m_quickEntry; }
    void openQuickEntry();

    // Crash recovery and file locks (mainwindow_recovery.cpp, docs/recovery.md).
    Autosaver *autosaver() const { return m_autosaver; }
    // Opened read-only because another window or process holds the file's
    // lock: Save asks for another name.
    bool isReadOnly() const { return m_readOnly; }
    // Opens a recovery copy as the modified document of its original file
    // (or untitled), and keeps writing into the same copy.
    bool restoreRecovery(std::unique_ptr<RecoverySlot> slot, QStringList *errors);
    // At start: offers each copy left by a crashed OrgMap (Restore / Discard /
    // Later). The first restored copy goes into `first` when it is untouched,
    // the others into new windows. Returns whether `first` took one.
    static bool offerRecovery(MainWindow *first);

    // Edit operations, also reachable through the actions.
    void copySelection();
    void cutSelection();
    // Pastes the system clipboard; returns the ids of the pasted entities.
    QStringList paste();
    QStringList duplicateSelection();
    void deleteSelection();
    void renameSelection();
    QString insertAtCursor(PaletteKind kind);
    QString insertAtCentre(PaletteKind kind);
    void tidyLayout();
    void tidySelection();
    void connectSelection();

signals:
    void highlightModeChanged(OrgMap::HighlightMode mode);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // mainwindow_actions.cpp
    void createActions();
    void createMenus();
    void createToolBar();
    QAction *makeAction(const QString &name, const QString &text, const QString &icon = {});
    void updateActions();
    void updateRecentFilesMenu();

    // mainwindow_files.cpp
    MapFileResult readInBackground(const QString &path);
    bool maybeSave();
    void newFile();
    void openDialog();
    bool save();
    bool saveAs();
    void importJsonDialog();
    void exportJsonDialog();
    void exportPngDialog();
    void exportSvgDialog();
    void exportMapDialog(FileFormat format);
    QString fileDialogDirectory() const;
    static QString documentFilters(); // the file dialogs' filters of map files
    void showErrors(const QString &title, const QString &intro, const QStringList &errors);

    // mainwindow_scenarios.cpp
    void createScenarios();
    void addScenarioMenu();
    void updateScenarioActions();
    void importScenarioDialog();
    // mainwindow_compare.cpp
    void addCompareMenu(QMenu *file);
    void compareWithDialog();
    void exportCompareMetricsDialog();
    QString compareLabel() const; // what "before" is called: the scenario or map on screen
    // mainwindow_quickentry.cpp
    void createQuickEntry();

    // mainwindow_recovery.cpp
    void createRecovery();
    // Asks what to do when another window holds `path`'s lock. False: cancel.
    bool confirmOpenLocked(const QString &path, bool *readOnly);
    // Takes `path`'s lock when it is free (the window's file changed).
    void lockFile(const QString &path);
    // Empty when `path` may be saved over, else why not.
    QString lockConflict(const QString &path) const;

    // mainwindow_insight.cpp
    void createInsight();
    void createInsightActions();
    void addInsightMenus(QMenu *file, QMenu *edit, QMenu *view);
    void addInsightToolBar(class QToolBar *bar);
    void onInsightReady(const InsightPtr &insight);
    void showPreferences();
    void exportDashboardDialog();
    void updatePolicy();
    AnalysisOptions withPolicy(AnalysisOptions options) const;
    QString policyDescription() const;

    // mainwindow_present.cpp
    void createPresentation();
    void addPresentationMenu(QMenu *view);

    // mainwindow_views.cpp
    void createViews();
    void exportViewsPdfDialog();
    class ViewsDock *m_viewsDock = nullptr;

    // mainwindow.cpp
    void createDocks();
    void createStatusBar();
    void updateTitle();
    void updateStatus();
    void onSceneSelectionChanged();
    void onOutlineSelection(const QStringList &ids, const QString &current);
    void showShortcuts();
    void showAbout();
    void readSettings();
    void writeSettings();

    Document *m_document;
    MapScene *m_scene;
    MapView *m_view;
    ScenarioBar *m_scenarioBar = nullptr;
    PaletteDock *m_paletteDock = nullptr;
    PropertiesDock *m_propertiesDock = nullptr;
    OutlineDock *m_outlineDock = nullptr;
    class QDockWidget *m_overviewDock = nullptr;
    class QDockWidget *m_historyDock = nullptr;
    QUndoView *m_undoView = nullptr;
    AnalysisRunner *m_runner = nullptr;
    FindingsDock *m_findingsDock = nullptr;
    ConflictsDock *m_conflictsDock = nullptr;
    class QDockWidget *m_dashboardDock = nullptr;
    DashboardWidget *m_dashboard = nullptr;
    StatusSummary *m_statusSummary = nullptr;
    QActionGroup *m_highlightGroup = nullptr;
    HighlightMode m_highlightMode = HighlightMode::None;
    QLabel *m_hintLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QList<QAction *> m_insertActions;
    Autosaver *m_autosaver = nullptr;
    std::unique_ptr<MapLock> m_fileLock;
    QString m_lockedPath;
    bool m_readOnly = false;
    EntityActions *m_entityActions = nullptr;
    CompareMode *m_compareMode = nullptr;
    class QuickEntryBar *m_quickEntry = nullptr;
    int m_dashboardRestoreHeight = 0; // the canvas height before the dashboard came forward
    class Presentation *m_presentation = nullptr;
    bool m_selectingFromOutline = false;
    bool m_fitOnShow = false; // a map set before the window had its size
    bool m_opening = false;   // loadFile() is reading on its worker
    // The policy (mainwindow_insight.cpp).
    AnalysisOptions m_userOptions; // Preferences' options, before the policy
    QString m_chosenPolicy;        // picked in Preferences; empty: the one beside the map
    QString m_policyPath;          // in force, or the one that failed to load
    QString m_policyError;         // why m_policyPath is not in force
    std::optional<Policy> m_policy;
    QLabel *m_policyLabel = nullptr;
};

} // namespace OrgMap
