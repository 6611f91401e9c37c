#include "analysisrunner.h"

#include "document/document.h"
#include "document/mappatch.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>

namespace OrgMap {

namespace {

// Every field of AnalysisOptions (keep in step with model/analysis/analysis.h).
bool sameOptions(const AnalysisOptions &a, const AnalysisOptions &b)
{
    return a.hotspotThreshold == b.hotspotThreshold &&
           a.scatteredThreshold == b.scatteredThreshold && a.severities == b.severities &&
           a.linkWeights == b.linkWeights && a.betweenness == b.betweenness &&
           a.exactLimit == b.exactLimit && a.sampleSize == b.sampleSize && a.threads == b.threads;
}

} // namespace

AnalysisRunner::AnalysisRunner(Document *document, QObject *parent)
    : QObject(parent), m_document(document), m_debounce(new QTimer(this))
{
    m_pool.setMaxThreadCount(1);
    // The analysis must never compete with painting: on Linux IdlePriority is
    // SCHED_IDLE, which the betweenness threads inherit, so the GUI thread and
    // the threads Qt's raster engine fills spans with always run first.
    m_pool.setThreadPriority(QThread::IdlePriority);
    // An idle worker thread costs nothing worth keeping it for.
    m_pool.setExpiryTimeout(30000);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &AnalysisRunner::start);
    connect(m_document, &Document::changed, this, &AnalysisRunner::onDocumentChanged);
    connect(m_document, qOverload<>(&Document::reset), this, [this] {
        // A new map: nothing to wait for, the user expects its findings.
        ++m_generation;
        runNow();
    });
    // Another scenario: shown as a change (docs/scenarios.md), but the user
    // expects its findings at once, not after the edit debounce.
    connect(m_document, &Document::currentScenarioChanged, this, [this] {
        ++m_generation;
        if (!reuseKept())
            runNow();
    });
    ++m_generation;
    runNow();
}

AnalysisRunner::~AnalysisRunner()
{
    m_debounce->stop();
    m_pool.waitForDone();
}

void AnalysisRunner::setOptions(const AnalysisOptions &options)
{
    // The same options again (the policy is read again on every reset, a
    // switch of scenario included): nothing to re-run.
    if (sameOptions(options, m_options) && m_latest)
        return;
    m_options = options;
    ++m_generation;
    runNow();
}

void AnalysisRunner::onDocumentChanged()
{
    ++m_generation;
    m_debounce->start(); // restarts: a burst of edits is analysed once
}

void AnalysisRunner::runNow()
{
    m_debounce->stop();
    // Deferred so that several calls in one go (reset, then options) run once.
    QTimer::singleShot(0, this, &AnalysisRunner::start);
}

void AnalysisRunner::start()
{
    if (m_running) {
        m_pending = true;
        return;
    }
    if (m_latest && m_latest->generation == m_generation)
        return; // nothing changed since (a duplicate request)
    m_pending = false;
    m_running = true;
    emit runningChanged(true);
    const quint64 generation = m_generation;
    const AnalysisOptions options = m_options;
    MapData snapshot = m_document->snapshot();
    m_pool.start([this, snapshot = std::move(snapshot), options, generation]() mutable {
        InsightPtr insight = computeInsight(std::move(snapshot), options, generation);
        // Queued to the GUI thread; dropped by Qt if we are gone by then (the
        // destructor waits for this task, so the posted event dies with us).
        QMetaObject::invokeMethod(
            this, [this, insight = std::move(insight)] { finished(insight); },
            Qt::QueuedConnection);
    });
}

bool AnalysisRunner::reuseKept()
{
    // Back on a scenario shown before, with no edit since: its insight is
    // still true (docs/scenarios.md), so findings and highlights are shown at
    // once instead of after a new analysis (seconds at 10,000 assets).
    const auto fits = [this](const InsightPtr &insight) {
        return sameOptions(insight->options, m_options) &&
               MapPatch::isUnchanged(insight->snapshot, m_document->data());
    };
    const auto found = std::find_if(m_kept.cbegin(), m_kept.cend(), fits);
    if (found == m_kept.cend())
        return false;
    m_debounce->stop();
    // Delivered after the switch's changed()/reset(), as a run's result would be.
    QTimer::singleShot(0, this, [this, fits, kept = *found] {
        if (!fits(kept)) {
            start(); // edited meanwhile, or other options: analyse what is there now
            return;
        }
        auto again = std::make_shared<Insight>(*kept);
        again->generation = m_generation;
        m_latest = again;
        emit insightReady(m_latest);
    });
    return true;
}

void AnalysisRunner::keep(const InsightPtr &insight)
{
    m_kept.erase(std::remove_if(m_kept.begin(), m_kept.end(),
                                [&](const InsightPtr &k) {
                                    return MapPatch::isUnchanged(k->snapshot, insight->snapshot);
                                }),
                 m_kept.end());
    m_kept.append(insight);
    while (m_kept.size() > kKeptInsights)
        m_kept.removeFirst();
}

void AnalysisRunner::finished(InsightPtr insight)
{
    m_running = false;
    const bool stale = insight->generation < m_generation;
    // A stale result is still the truth about the map it was computed from:
    // the scenario just left, for one.
    keep(insight);
    if (!stale)
        m_latest = insight;
    emit runningChanged(false);
    if (!stale) {
        emit insightReady(std::move(insight));
        return;
    }
    // An edit came while we were computing. If its debounce is still pending
    // the timer will start the next run; otherwise start it now.
    if (!m_debounce->isActive())
        start();
}

bool AnalysisRunner::waitForCurrent(int timeoutMs)
{
    if (isCurrent())
        return true;
    QEventLoop loop;
    QTimer poll; // results may come stale and be dropped: check, do not count
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (isCurrent())
            loop.quit();
    });
    connect(this, &AnalysisRunner::insightReady, &loop, [&] {
        if (isCurrent())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start(10);
    loop.exec();
    return isCurrent();
}

} // namespace OrgMap
