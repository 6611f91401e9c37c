#include "linklayerroutes.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSet>
#include <QThread>

namespace OrgMap {

RouteRunner::RouteRunner(std::function<void()> onReady) : m_onReady(std::move(onReady))
{
    m_pool.setMaxThreadCount(1);
    // Routing the 10k map takes seconds of one core: the GUI thread and the
    // analysis come first.
    m_pool.setThreadPriority(QThread::LowPriority);
}

RouteRunner::~RouteRunner()
{
    m_pool.waitForDone();
}

void RouteRunner::request(Job job)
{
    if (job.signature == m_requested)
        return;
    m_requested = job.signature;
    if (m_running)
        m_pending = std::move(job);
    else
        start(std::move(job));
}

void RouteRunner::start(Job job)
{
    m_running = true;
    m_pool.start([this, job = std::move(job)] {
        Result r;
        r.keys = job.keys;
        const QList<QList<QPointF>> paths = LinkRouter(job.boxes).route(job.links);
        r.routes.reserve(job.links.size());
        for (qsizetype i = 0; i < job.links.size(); ++i)
            r.routes.append({job.boxes[job.links[i].from], job.boxes[job.links[i].to],
                             job.fans[i].first, job.fans[i].second, paths[i]});
        QMetaObject::invokeMethod(
            this, [this, r = std::move(r)]() mutable { finished(std::move(r)); },
            Qt::QueuedConnection);
    });
}

void RouteRunner::finished(Result result)
{
    m_running = false;
    m_routedLinks += result.keys.size();
    for (qsizetype i = 0; i < result.keys.size(); ++i)
        m_routes.insert_or_assign(result.keys[i], std::move(result.routes[i]));
    if (m_pending) {
        Job next = std::move(*m_pending);
        m_pending.reset();
        start(std::move(next));
    }
    m_onReady();
}

const RouteRunner::Route *RouteRunner::routeOf(const LinkKey &key) const
{
    const auto it = m_routes.find(key);
    return it == m_routes.end() ? nullptr : &it->second;
}

void RouteRunner::prune(const QList<LinkKey> &keep)
{
    if (m_routes.size() <= size_t(3 * keep.size() + 1000))
        return;
    std::unordered_map<LinkKey, Route, KeyHash> kept;
    for (const LinkKey &k : keep)
        if (auto it = m_routes.find(k); it != m_routes.end())
            kept.insert(std::move(*it));
    m_routes = std::move(kept);
}

void RouteRunner::wait()
{
    while (m_running) {
        m_pool.waitForDone();
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    }
}

} // namespace OrgMap
