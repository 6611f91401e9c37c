#pragma once

#include "comparesubjects.h"

#include <QHash>
#include <QWidget>

class QAction;
class QLabel;
class QTabWidget;
class QToolBar;
class QVariantAnimation;

namespace OrgMap {

class CompareLayer;
class Document;
class MapScene;
class MapView;
class MetricsPanel;

// The compare view (docs/compare.md): the newer map on a read-only canvas of
// its own (a private Document; the user's document is never touched) with
// every change of diffMaps() marked by a CompareLayer, a before/after flip
// in which items glide between their two places, and the metrics panel in a
// second tab.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    // Shows `newMap` with what changed since `oldMap`. Maps without geometry
    // are laid out as opening lays them out. Computes the diff once.
    void setMaps(const MapData &oldMap, const QString &oldLabel, const MapData &newMap,
                 const QString &newLabel);
    // The two sides swapped (the older becomes the newer).
    void swapSides();

    const MapDiff &diff() const { return m_diff; }
    const MapData &oldMap() const { return m_old; }
    const MapData &newMap() const { return m_new; }
    QString oldLabel() const { return m_oldLabel; }
    QString newLabel() const { return m_newLabel; }
    const QList<CompareSubject> &subjects() const;

    MapScene *scene() const { return m_scene; }
    MapView *view() const { return m_view; }
    CompareLayer *layer() const { return m_layer; }
    MetricsPanel *metricsPanel() const { return m_metrics; }
    QTabWidget *tabs() const { return m_tabs; }

    // Before/after: `before` glides every item to its place in the older map
    // (~400 ms; at once when `animate` is false), fades the additions and
    // brings back the ghosts of removals.
    bool showingBefore() const { return m_before; }
    void setShowBefore(bool before, bool animate = true);
    void toggleBeforeAfter() { setShowBefore(!m_before); }
    bool isAnimating() const;
    // Where a domain, team or asset is drawn in each state (scene rectangles).
    QRectF beforeRect(const QString &id) const;
    QRectF afterRect(const QString &id) const;

    // Selects and centres a subject (the ghost of a removed one).
    void focusSubject(int subject);
    void showCanvas();
    void showMetrics();

    QAction *beforeAfterAction() const { return m_toggleAction; }
    QAction *swapAction() const { return m_swapAction; }
    QAction *leaveAction() const { return m_leaveAction; }
    QAction *exportMetricsAction() const { return m_exportAction; }

signals:
    void leaveRequested();
    void mapsChanged(); // new maps or sides swapped: the subjects changed
    void exportMetricsRequested();

private:
    void applyProgress(double progress);
    void updateHeader();

    Document *m_document;
    MapScene *m_scene;
    MapView *m_view;
    CompareLayer *m_layer;
    MetricsPanel *m_metrics;
    QTabWidget *m_tabs;
    QToolBar *m_toolBar;
    QLabel *m_header;
    QLabel *m_state;
    QVariantAnimation *m_animation;
    QAction *m_toggleAction;
    QAction *m_swapAction;
    QAction *m_leaveAction;
    QAction *m_fitAction;
    QAction *m_exportAction;

    MapData m_old;
    MapData m_new;
    QString m_oldLabel;
    QString m_newLabel;
    MapDiff m_diff;
    // The items that are in a different place before (domain rectangles,
    // node centres); added items fade; changed ones show old names in "before".
    struct Move
    {
        QString id;
        bool domain;
        QRectF before;
        QRectF after;
    };
    QList<Move> m_moves;
    QStringList m_added;
    QStringList m_restyled; // assets, teams and domains whose look differs before
    QHash<QString, QRectF> m_beforeRects;
    bool m_before = false;
    bool m_oldLook = false; // items show the older map's names and owners
    double m_progress = 0;
};

} // namespace OrgMap
