#pragma once

#include "analysis/insight.h"

#include <QObject>
#include <QThreadPool>

class QTimer;

namespace OrgMap {

class Document;

// Keeps an Insight of the document up to date without blocking the GUI.
// Every Document::changed/reset restarts a short debounce timer; when it
// fires, computeInsight runs on a worker thread over an O(1) snapshot. At
// most one computation runs at a time: a request while one runs is queued
// and started when it ends, and a result that an edit has already made stale
// (its generation is older than the latest change) is dropped, not shown.
class AnalysisRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 200;

    explicit AnalysisRunner(Document *document, QObject *parent = nullptr);
    ~AnalysisRunner() override; // waits for a running computation

    Document *document() const { return m_document; }

    // New options re-run the analysis at once (no debounce).
    void setOptions(const AnalysisOptions &options);
    AnalysisOptions options() const { return m_options; }

    // The newest delivered insight (null before the first one).
    InsightPtr latest() const { return m_latest; }
    bool isRunning() const { return m_running; }
    // The generation of the newest change seen; an insight is current when its
    // generation equals this.
    quint64 requestedGeneration() const { return m_generation; }
    bool isCurrent() const { return m_latest && m_latest->generation == m_generation; }

    // Skips the debounce: starts now (or as soon as the running one ends).
    void runNow();
    // Spins the event loop until the latest insight is current or `timeoutMs`
    // passes (screenshots, tests, benchmarks). True when current.
    bool waitForCurrent(int timeoutMs);

signals:
    void insightReady(OrgMap::InsightPtr insight);
    void runningChanged(bool running);

private:
    // Insights kept for scenarios shown before (their maps, unedited).
    static constexpr qsizetype kKeptInsights = 4;
    void onDocumentChanged();
    void start();
    void finished(InsightPtr insight);
    bool reuseKept();                     // delivers a kept insight of the map shown; false: none
    void keep(const InsightPtr &insight); // most recent last

    Document *m_document;
    AnalysisOptions m_options;
    QTimer *m_debounce;
    // Our own pool of one thread: at most one computation, and the destructor
    // can wait for exactly ours.
    QThreadPool m_pool;
    InsightPtr m_latest;
    QList<InsightPtr> m_kept;
    quint64 m_generation = 0; // bumped by every change and options change
    bool m_running = false;
    bool m_pending = false; // a change arrived while running
};

} // namespace OrgMap
