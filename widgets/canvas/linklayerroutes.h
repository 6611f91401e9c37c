#pragma once

#include "core/entities.h"
#include "layout/linkrouter.h"

#include <QObject>
#include <QThreadPool>
#include <functional>
#include <optional>
#include <unordered_map>

namespace OrgMap {

// Routes the links of a LinkLayer on a worker thread (model/layout/linkrouter):
// the 10k map's 30,000 links take longer than a frame. One job at a time; a
// change while one runs keeps only the latest request. The layer draws the
// kept routes where their two boxes have not moved, straight lines elsewhere,
// until the next result arrives (docs/canvas.md, "Routing").
//
// Routes are kept per link: a job routes only the links the layer found
// without a route for their boxes (new links, links whose ends moved, and the
// links they share a fan with), so a scenario switch or an edit that touches
// one link routes that link, not 30,000.
class RouteRunner : public QObject
{
    Q_OBJECT
public:
    // One link's route and what it was made for: the from and to boxes, and
    // its place in the fan of the links joining the same two boxes.
    struct Route
    {
        QRectF from;
        QRectF to;
        int fanSize = 1;
        int fanIndex = 0;
        QList<QPointF> path;
    };
    struct Job
    {
        quint64 signature = 0;       // of the boxes and links: equal jobs give equal routes
        QList<QRectF> boxes;         // every node: all are obstacles
        QList<RouteLink> links;      // only those to route, whole fans, in the layer's order
        QList<LinkKey> keys;         // per link
        QList<QPair<int, int>> fans; // per link: fan size and index
    };
    explicit RouteRunner(std::function<void()> onReady);
    ~RouteRunner() override;

    // Starts routing unless the same boxes and links were requested last.
    void request(Job job);
    bool idle() const { return !m_running && !m_pending; }
    // Blocks until the running and pending jobs are done and applied.
    void wait();
    // The last route of a link (null when it never had one).
    const Route *routeOf(const LinkKey &key) const;
    // Drops the routes of links not in `keep` once the kept routes outnumber
    // them by far (the routes of the other scenario are worth keeping: a
    // switch back finds them).
    void prune(const QList<LinkKey> &keep);
    // How many links the worker has routed since the layer was made (tests:
    // a change of one link routes one link).
    qsizetype routedLinks() const { return m_routedLinks; }

private:
    struct KeyHash
    {
        size_t operator()(const LinkKey &k) const
        {
            return qHashMulti(0, k.from, k.to, int(k.kind));
        }
    };
    struct Result
    {
        QList<LinkKey> keys;
        QList<Route> routes;
    };
    void start(Job job);
    void finished(Result result);

    QThreadPool m_pool;
    std::optional<Job> m_pending;
    bool m_running = false;
    quint64 m_requested = 0;
    std::unordered_map<LinkKey, Route, KeyHash> m_routes;
    qsizetype m_routedLinks = 0;
    std::function<void()> m_onReady;
};

} // namespace OrgMap
