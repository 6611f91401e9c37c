#include "linklayerroutes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
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
        QElapsedTimer timer;
        timer.start();
        Result r;
        r.signature = job.signature;
        r.keys = job.keys;
        r.paths = LinkRouter(job.boxes).route(job.links);
        r.ends.reserve(job.links.size());
        for (const RouteLink &l : job.links)
            r.ends.append({job.boxes[l.from], job.boxes[l.to]});
        r.milliseconds = timer.nsecsElapsed() / 1e6;
        QMetaObject::invokeMethod(
            this, [this, r = std::move(r)]() mutable { finished(std::move(r)); },
            Qt::QueuedConnection);
    });
}

void RouteRunner::finished(Result result)
{
    m_running = false;
    m_result = std::move(result);
    if (m_pending) {
        Job next = std::move(*m_pending);
        m_pending.reset();
        start(std::move(next));
    }
    m_onReady();
}

void RouteRunner::wait()
{
    while (m_running) {
        m_pool.waitForDone();
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    }
}

} // namespace OrgMap
