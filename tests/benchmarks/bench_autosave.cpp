// What an autosave costs the GUI thread (docs/recovery.md): a generated map of
// N assets (default 10,000) in a real MainWindow, one edit, then a recovery
// write. Prints the GUI thread's time in the write (snapshot and hand-over to
// the worker), the worker's time, and the longest gap between ticks of a 1 ms
// timer on the GUI thread while the worker writes (how long the GUI stalls).
//   QT_QPA_PLATFORM=offscreen bench_autosave [ASSETS] [RUNS]
#include "autosaver.h"
#include "document/document.h"
#include "generate/generator.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace OrgMap;

int main(int argc, char **argv)
{
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.path().toUtf8()); // never the user's recovery folder
    QApplication app(argc, argv);
    const int assets = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
    GeneratorOptions options;
    options.assets = assets;
    MainWindow window(false);
    window.setMap(generateMap(options));
    Autosaver *saver = window.autosaver();
    std::vector<double> gui, worker, stall;
    for (int run = 0; run < runs; ++run) {
        MapInfo info = window.document()->data().info;
        info.name = QStringLiteral("Run %1").arg(run);
        window.document()->changeInfo(info);
        QElapsedTimer gap;
        qint64 longest = 0;
        QTimer tick;
        tick.setInterval(1);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            longest = std::max(longest, gap.nsecsElapsed());
            gap.restart();
        });
        tick.start();
        gap.start();
        saver->writeNow();
        while (saver->isWriting())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        tick.stop();
        gui.push_back(double(saver->lastGuiThreadNanoseconds()) / 1e6);
        worker.push_back(double(saver->lastWorkerMilliseconds()));
        stall.push_back(double(longest) / 1e6);
    }
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    std::printf("assets %d, %d runs (median)\n", assets, runs);
    std::printf("gui-thread %.3f ms\n", median(gui));
    std::printf("worker %.1f ms\n", median(worker));
    std::printf("longest-gui-gap %.1f ms\n", median(stall));
    window.document()->markSaved();
    return 0;
}
