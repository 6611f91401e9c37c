// bench_liveanalysis [ASSETS] [EDITS] [SPACING_MS]
//
// Edit-to-insight latency and GUI-thread stalls of the live analysis in the
// real main window (canvas, outline, findings, dashboard), offscreen. A 5 ms
// repeating timer records the gaps of the event loop: the longest gap minus
// 5 ms is the longest time the GUI thread was blocked. Targets: no stall
// over 50 ms, the insight applied within 2 s of an edit.
#include "analysisrunner.h"
#include "dashboardwidget.h"
#include "document/document.h"
#include "findingsdock.h"
#include "generate/generator.h"
#include "layout/autolayout.h"
#include "mainwindow.h"
#include "mapscene.h"
#include "mapview.h"
#include "statussummary.h"
#include "teamcouplingpanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QListView>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace OrgMap;

namespace {

// Times every event delivery, to say which handler a stall came from: the
// longest deliveries per receiver (class, object name, parent's class for a
// bare QObject such as a QTimer) and event type. Nested deliveries (a paint
// inside the window's UpdateRequest) are counted in both.
class ProfilingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_on)
            return QApplication::notify(receiver, event);
        const QEvent::Type type = event->type(); // the event may be gone afterwards
        QElapsedTimer t;
        t.start();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = t.nsecsElapsed() / 1e6;
        if (ms >= 8 || (m_depth == 0 && ms >= 1)) {
            const QObject *parent = receiver->parent();
            QString key = QString::fromLatin1(receiver->metaObject()->className());
            if (!receiver->objectName().isEmpty())
                key += u'(' + receiver->objectName() + u')';
            if (!receiver->isWidgetType() && parent)
                key += u" in "_qs + QString::fromLatin1(parent->metaObject()->className());
            else if (parent && receiver->objectName().isEmpty())
                key += u" in "_qs + QString::fromLatin1(parent->metaObject()->className());
            key += u" event "_qs + QString::number(int(type));
            if (m_depth == 0)
                note(key, ms);
            if (ms < 8)
                return result;
            Stat &s = m_stats[key];
            s.max = std::max(s.max, ms);
            s.total += ms;
            ++s.count;
        }
        return result;
    }
    // Work done between two ticks of the stall monitor, outermost first.
    void note(const QString &what, double ms)
    {
        m_sinceTick.append(QStringLiteral("%1 %2 ms").arg(what).arg(ms, 0, 'f', 1));
    }
    QStringList takeSinceTick() { return std::exchange(m_sinceTick, {}); }
    void start()
    {
        m_stats.clear();
        m_on = true;
    }
    void report(int top)
    {
        m_on = false;
        QList<std::pair<double, QString>> rows;
        for (auto it = m_stats.cbegin(); it != m_stats.cend(); ++it)
            rows.append({it->max, it.key()});
        std::sort(rows.rbegin(), rows.rend());
        for (qsizetype i = 0; i < std::min<qsizetype>(top, rows.size()); ++i) {
            const Stat &s = m_stats[rows[i].second];
            std::printf("    %-70s longest %6.1f ms, %3d x >= 8 ms, %7.1f ms in all\n",
                        qPrintable(rows[i].second), s.max, s.count, s.total);
        }
    }

private:
    struct Stat
    {
        double max = 0, total = 0;
        int count = 0;
    };
    QHash<QString, Stat> m_stats;
    QStringList m_sinceTick;
    int m_depth = 0;
    bool m_on = false;
};

// Records the gaps between ticks of a 5 ms timer.
class StallMonitor : public QObject
{
public:
    StallMonitor(QElapsedTimer *clock, ProfilingApplication *app) : m_clock(clock), m_app(app)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock->nsecsElapsed();
            const double gapMs = (now - m_last) / 1e6;
            m_last = now;
            const double stall = gapMs - kTickMs;
            QStringList work = m_app->takeSinceTick();
            if (stall > m_max) {
                m_max = stall;
                m_maxAt = now / 1e6;
                m_maxWork = std::move(work);
            }
            if (stall > 50)
                ++m_over50;
            if (stall > 16)
                ++m_over16;
        });
    }
    void start(const char *phase)
    {
        m_phase = phase;
        m_max = 0;
        m_over50 = m_over16 = 0;
        m_maxWork.clear();
        m_app->takeSinceTick();
        m_last = m_clock->nsecsElapsed();
        m_timer.start();
    }
    void stop()
    {
        m_timer.stop();
        std::printf("  stalls during %s: longest %.1f ms (at t=%.0f ms), >16 ms: %d, >50 ms: %d\n",
                    m_phase, m_max, m_maxAt, m_over16, m_over50);
        std::printf("  the longest stall was (event deliveries >= 1 ms, in order):\n");
        for (const QString &work : std::as_const(m_maxWork))
            std::printf("    %s\n", qPrintable(work));
    }
    double longest() const { return m_max; }

    static constexpr int kTickMs = 5;

private:
    QElapsedTimer *m_clock;
    ProfilingApplication *m_app;
    QStringList m_maxWork;
    QTimer m_timer;
    const char *m_phase = "";
    qint64 m_last = 0;
    double m_max = 0;
    double m_maxAt = 0;
    int m_over50 = 0;
    int m_over16 = 0;
};

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer t;
    t.start();
    work();
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ProfilingApplication app(argc, argv);
    QApplication::setOrganizationName(u"OrgMapBench"_qs); // keep the user's settings apart
    const int assets = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int edits = argc > 2 ? std::atoi(argv[2]) : 10;
    const int spacingMs = argc > 3 ? std::atoi(argv[3]) : 3000;

    QElapsedTimer clock;
    clock.start();
    MapData map;
    const double genMs = timeMs([&] {
        GeneratorOptions options;
        options.assets = assets;
        map = withLayout(generateMap(options), LayoutScope::All);
    });
    std::printf("map: %d assets, %d links, %d domains, %d teams (generated and laid out in %.0f "
                "ms)\n",
                int(map.assets.size()), int(map.links.size()), int(map.domains.size()),
                int(map.teams.size()), genMs);

    MainWindow window(false);
    window.resize(1600, 1000);
    StallMonitor monitor(&clock, &app);
    double firstMs = 0;
    {
        QElapsedTimer t;
        t.start();
        window.setMap(map);
        window.show();
        if (!window.analysisRunner()->waitForCurrent(300000)) {
            std::fprintf(stderr, "bench_liveanalysis: no analysis within 300 s\n");
            return 1;
        }
        firstMs = t.nsecsElapsed() / 1e6;
    }
    const InsightPtr first = window.analysisRunner()->latest();
    std::printf("open + first analysis: %.0f ms; %d findings\n", firstMs,
                int(first->analysis.findings.size()));
    spin(500);

    // The edits: cycle through rename, owner removed, owner restored, move,
    // domain change, on assets spread over the map.
    const QList<AssetId> ids = map.assets.keys();
    const QList<TeamId> teams = map.teams.keys();
    const QList<DomainId> domains = map.domains.keys();
    Document *document = window.document();
    QList<double> latencies, editCosts;
    quint64 awaited = 0;
    double appliedAt = 0;
    // runningChanged(false) comes just before insightReady: the difference is
    // the time the window's slots took to apply the insight.
    double slotsStart = 0;
    QList<double> slotsMs;
    QObject::connect(window.analysisRunner(), &AnalysisRunner::runningChanged, &window,
                     [&](bool running) {
                         if (!running)
                             slotsStart = clock.nsecsElapsed() / 1e6;
                     });
    QObject::connect(window.analysisRunner(), &AnalysisRunner::insightReady, &window,
                     [&](const InsightPtr &insight) {
                         // Connected after the window's own slot: the views
                         // have applied this insight when we get here.
                         const double now = clock.nsecsElapsed() / 1e6;
                         slotsMs.append(now - slotsStart);
                         if (insight->generation >= awaited)
                             appliedAt = now;
                     });

    int phaseOffset = 0; // a different set of assets in each phase
    auto runEdits = [&](const char *phase, int count) {
        ++phaseOffset;
        monitor.start(phase);
        app.start();
        for (int i = 0; i < count; ++i) {
            const AssetId id = ids.at((i * 7919 + 104729 * phaseOffset) % ids.size());
            const Asset asset = document->data().assets.value(id);
            const double t0 = clock.nsecsElapsed() / 1e6;
            const char *what = "";
            const double cost = timeMs([&] {
                switch (i % 5) {
                case 0:
                    what = "rename";
                    document->rename(id.str(), asset.name + u" (renamed)"_qs);
                    break;
                case 1:
                    what = "remove owner";
                    document->setAssetOwner(id, TeamId());
                    break;
                case 2:
                    what = "set owner";
                    document->setAssetOwner(id, teams.at(i % teams.size()));
                    break;
                case 3: {
                    what = "move";
                    Geometry g = asset.geometry.value_or(Geometry{});
                    g.x += 20;
                    g.y += 10;
                    document->setGeometries({{id.str(), g}});
                    break;
                }
                case 4:
                    what = "change domain";
                    document->setAssetDomain(id, domains.at((i * 31) % domains.size()));
                    break;
                }
            });
            awaited = window.analysisRunner()->requestedGeneration();
            appliedAt = 0;
            QEventLoop loop;
            QTimer poll;
            QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
                if (appliedAt > 0)
                    loop.quit();
            });
            poll.start(2);
            QTimer::singleShot(120000, &loop, &QEventLoop::quit);
            loop.exec();
            const double latency = appliedAt > 0 ? appliedAt - t0 : -1;
            latencies.append(latency);
            editCosts.append(cost);
            app.note(QStringLiteral("the edit call (%1)").arg(QLatin1String(what)), cost);
            std::printf("  edit %2d %-14s edit call %6.1f ms, edit -> insight applied %7.0f ms "
                        "(the window's slots: %.1f ms)\n",
                        i + 1, what, cost, latency, slotsMs.isEmpty() ? 0 : slotsMs.last());
            spin(std::max(0, spacingMs - int(latency)));
        }
        monitor.stop();
        std::printf("  longest event deliveries (BENCH_EVENTS rows, default 8):\n");
        app.report(qEnvironmentVariableIntValue("BENCH_EVENTS") > 0
                       ? qEnvironmentVariableIntValue("BENCH_EVENTS")
                       : 8);
    };

    std::printf("edits with the Findings dock in front (%d ms apart):\n", spacingMs);
    window.showPanel(u"findings"_qs);
    spin(300);
    runEdits("edits, findings in front", edits / 2);
    const double stallFindings = monitor.longest();
    std::printf("edits with the Dashboard in front:\n");
    window.showPanel(u"dashboard"_qs);
    spin(1000);
    runEdits("edits, dashboard in front", edits - edits / 2);
    const double stallDashboard = monitor.longest();

    // The per-view share of applying one insight on the GUI thread.
    const InsightPtr latest = window.analysisRunner()->latest();
    const double findingsMs = timeMs([&] { window.findingsDock()->setInsight(latest); });
    const double summaryMs = timeMs([&] { window.statusSummary()->setInsight(latest); });
    const double dashboardMs = timeMs([&] { window.dashboard()->updateNow(); });
    const double teamPanelMs = timeMs([&] {
        window.dashboard()->teamCouplingPanel()->setTeamCoupling(latest->teamCoupling,
                                                                 latest->snapshot);
    });
    // The canvas: the scene's own share, then what it posted to itself (Qt
    // processes the items it marked dirty in a queued call).
    MapScene *scene = window.view()->mapScene();
    const double sceneMs = timeMs([&] { scene->setInsight(latest); });
    const double sceneDirtyMs = timeMs([&] { QCoreApplication::sendPostedEvents(scene); });
    // Where a stall can come from: one full repaint of each big view.
    window.showPanel(u"findings"_qs);
    spin(300);
    const double canvasMs = timeMs([&] { window.view()->viewport()->repaint(); });
    const double tableMs = timeMs([&] { window.findingsDock()->table()->viewport()->repaint(); });
    std::printf("one repaint: canvas viewport %.1f ms (zoom %.3f, %d x %d), findings table %.1f "
                "ms\n",
                canvasMs, window.view()->zoom(), window.view()->viewport()->width(),
                window.view()->viewport()->height(), tableMs);
    std::printf("applying one insight (%d findings): findings dock %.1f ms, status summary %.1f "
                "ms, dashboard %.1f ms (team panel %.1f ms: %d + %d entries), canvas %.1f ms + "
                "%.1f ms queued\n",
                int(latest->analysis.findings.size()), findingsMs, summaryMs, dashboardMs,
                teamPanelMs,
                window.dashboard()->teamCouplingPanel()->undeclaredList()->model()->rowCount(),
                window.dashboard()->teamCouplingPanel()->unbackedList()->model()->rowCount(),
                sceneMs, sceneDirtyMs);

    std::sort(latencies.begin(), latencies.end());
    std::sort(editCosts.begin(), editCosts.end());
    std::printf("summary: latency median %.0f ms, max %.0f ms; edit call median %.1f ms, max %.1f "
                "ms; longest stall %.1f ms\n",
                latencies.at(latencies.size() / 2), latencies.last(),
                editCosts.at(editCosts.size() / 2), editCosts.last(),
                std::max(stallFindings, stallDashboard));
    window.document()->markSaved();
    return 0;
}
