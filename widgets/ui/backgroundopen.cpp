#include "backgroundopen.h"

#include "layout/autolayout.h"

#include <QEventLoop>
#include <QThread>
#include <memory>

namespace OrgMap {

ScenarioList laidOutScenarios(ScenarioList scenarios)
{
    for (Scenario &s : scenarios)
        if (needsLayout(s.map))
            s.map = withLayout(s.map, LayoutScope::MissingOnly);
    return scenarios;
}

MapFileResult openInBackground(const QString &path)
{
    MapFileResult result;
    // The worker writes `result` only; the loop reads it after `finished`.
    std::unique_ptr<QThread> worker(QThread::create([&result, path] {
        result = loadMapFile(path);
        if (result.map)
            result.scenarios = laidOutScenarios(std::move(result.scenarios));
    }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    // User input is not excluded here: the window disables what could edit.
    loop.exec();
    worker->wait();
    return result;
}

} // namespace OrgMap
