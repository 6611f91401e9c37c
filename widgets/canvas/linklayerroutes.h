#pragma once

#include "core/entities.h"
#include "layout/linkrouter.h"

#include <QObject>
#include <QThreadPool>
#include <functional>
#include <optional>

namespace OrgMap {

// Routes the links of a LinkLayer on a worker thread (model/layout/linkrouter):
// the 10k map's 30,000 links take longer than a frame. One job at a time; a
// change while one runs keeps only the latest request. The layer draws the
// last finished routes where their two boxes have not moved, straight lines
// elsewhere, until the next result arrives (docs/canvas.md, "Routing").
class RouteRunner : public QObject
{
    Q_OBJECT
public:
    struct Job
    {
        quint64 signature = 0; // of the boxes and links: equal jobs give equal routes
        QList<QRectF> boxes;
        QList<RouteLink> links;
        QList<LinkKey> keys; // per link
    };
    struct Result
    {
        quint64 signature = 0;
        QList<LinkKey> keys;
        QList<QPair<QRectF, QRectF>> ends; // the from and to boxes each route was made for
        QList<QList<QPointF>> paths;
        double milliseconds = 0;
    };
    explicit RouteRunner(std::function<void()> onReady);
    ~RouteRunner() override;

    // Starts routing unless the same boxes and links were requested last.
    void request(Job job);
    quint64 lastRequested() const { return m_requested; }
    bool idle() const { return !m_running && !m_pending; }
    // Blocks until the running and pending jobs are done and applied.
    void wait();
    const Result &result() const { return m_result; }

private:
    void start(Job job);
    void finished(Result result);

    QThreadPool m_pool;
    std::optional<Job> m_pending;
    bool m_running = false;
    quint64 m_requested = 0;
    Result m_result;
    std::function<void()> m_onReady;
};

} // namespace OrgMap
