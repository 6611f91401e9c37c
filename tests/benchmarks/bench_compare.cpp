// Compare view speed (docs/benchmarks.md): from MainWindow::compareWith() to
// the compare view painted once, on two maps (orgmap-cli generate). The
// metrics panel's team charts are drawn when that tab is first shown: timed
// apart.
//   bench_compare OLD NEW
#include "comparemode.h"
#include "compareview.h"
#include "document/document.h"
#include "mainwindow.h"
#include "mapview.h"
#include "metricspanel.h"
#include "storage/mapfile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace OrgMap;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_compare OLD NEW\n");
        return 2;
    }
    MainWindow window(false);
    window.resize(1400, 900);
    QStringList errors;
    if (!window.loadFile(QString::fromLocal8Bit(argv[1]), &errors)) {
        std::fprintf(stderr, "%s\n", qPrintable(errors.join(u'\n')));
        return 2;
    }
    const MapFileResult other = loadMapFile(QString::fromLocal8Bit(argv[2]));
    if (!other.map) {
        std::fprintf(stderr, "%s\n", qPrintable(other.errors.join(u'\n')));
        return 2;
    }
    window.show();
    QApplication::processEvents();

    QElapsedTimer timer;
    timer.start();
    window.compareWith(*other.map, u"other"_qs);
    MapView *view = window.activeView();
    view->zoomToFit();
    view->viewport()->repaint(); // the first frame of the compare view
    const double ready = timer.nsecsElapsed() / 1e6;
    timer.restart();
    window.compareMode()->view()->setShowBefore(true, false);
    view->viewport()->repaint();
    const double flip = timer.nsecsElapsed() / 1e6;
    timer.restart();
    window.compareMode()->view()->showMetrics();
    window.compareMode()->view()->metricsPanel()->repaint();
    const double metrics = timer.nsecsElapsed() / 1e6;
    std::printf("changes %lld\ncompare view ready %.0f ms\nbefore frame (no animation) %.0f ms\n"
                "metrics tab first shown %.0f ms\n",
                qint64(window.compareMode()->view()->diff().changes.size()), ready, flip, metrics);
    window.document()->markSaved();
    return 0;
}
