#pragma once

#include "core/mapdata.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QWidget;

namespace OrgMap {

class ChangesDock;
class CompareView;

// Compare mode of a main window (docs/compare.md): the compare view takes the
// centre, the Changes dock the right side, the editing docks, toolbars and
// actions are put away (compare is read-only) and come back as they were
// when the mode is left (Esc, Leave Compare).
class CompareMode : public QObject
{
    Q_OBJECT

public:
    explicit CompareMode(QMainWindow *window);
    ~CompareMode() override;

    bool isActive() const { return m_view != nullptr; }
    // Shows what changed from `oldMap` (before) to `newMap` (after); an active
    // mode takes the new pair.
    void start(const MapData &oldMap, const QString &oldLabel, const MapData &newMap,
               const QString &newLabel);
    void leave();

    CompareView *view() const { return m_view; }
    ChangesDock *changesDock() const { return m_dock; }
    // "metrics", "changes" or "map" brought forward; false for other names
    // or when not comparing.
    bool showPanel(const QString &name);
    bool exportMetricsPng(const QString &path, QString *error);

signals:
    void started();
    void left();
    // The metrics panel's Export PNG: the window asks where (its save dialogs).
    void exportMetricsRequested();

private:
    QMainWindow *m_window;
    CompareView *m_view = nullptr;
    ChangesDock *m_dock = nullptr;
    QPointer<QWidget> m_editorCentral;
    QByteArray m_state;
    QList<QPointer<QAction>> m_disabled;
};

} // namespace OrgMap
