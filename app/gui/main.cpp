// orgmap: the desktop editor.
//   orgmap [FILE]
//   orgmap --screenshot OUT.png [--size WxH] [--show dashboard|findings] [--zoom Z] [FILE]
//   orgmap --screenshot OUT.png --compare OTHER [--show metrics] FILE
//   orgmap --screenshot OUT.png --present [--spotlight ID] [--finding N] [--view NAME] FILE
#include "analysisrunner.h"
#include "applook.h"
#include "core/savedviews.h"
#include "document/document.h"
#include "i18n.h"
#include "layout/autolayout.h"
#include "mainwindow.h"
#include "mapscene.h"
#include "mapview.h"
#include "present/presentation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QPixmap>
#include <QRegularExpression>
#include <QTimer>
#include <cstdio>
#include <cstring>

using namespace OrgMap;

namespace {

// Before QApplication exists: --screenshot, --help and --version need no
// display, so default to the offscreen platform unless the user chose one
// (QT_QPA_PLATFORM or -platform).
void chooseOffscreenForScreenshot(int argc, char **argv)
{
    bool screenshot = false;
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"--screenshot", "--help", "-h", "--version", "-v", "--help-all"})
            if (std::strcmp(argv[i], option) == 0)
                screenshot = true;
        if (std::strncmp(argv[i], "--screenshot=", 13) == 0)
            screenshot = true;
        if (std::strcmp(argv[i], "-platform") == 0 || std::strcmp(argv[i], "--platform") == 0)
            return;
    }
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

int fail(const QString &message)
{
    std::fprintf(stderr, "orgmap: %s\n", qPrintable(message));
    return 1;
}

struct PresentShot
{
    bool present = false;
    QString spotlight; // an id: its spotlight set
    int finding = 0;   // 1-based findings-tour step, 0: none
    QString view;      // a view's name (docs/views.md): shown at its first step
};

int screenshot(const QString &out, QSize size, const QString &file, const QString &panel,
               double zoom, const QString &compare, const PresentShot &present)
{
    MainWindow window(false);
    window.resize(size);
    if (!file.isEmpty()) {
        QStringList errors;
        if (!window.loadFile(file, &errors))
            return fail(errors.join(u"\n"_qs));
    }
    window.show();
    if (!compare.isEmpty()) {
        QStringList errors;
        if (!window.compareWithFile(compare, &errors))
            return fail(errors.join(u"\n"_qs));
    }
    if (!panel.isEmpty())
        window.showPanel(panel);
    // The picture shows the map's findings, not "Analysing…".
    window.analysisRunner()->waitForCurrent(60000);
    // Let the docks and the view settle at their final size before fitting.
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    window.activeView()->zoomToFit();
    if (present.present) {
        Presentation *p = window.presentation();
        p->setGlideMs(0);
        // Full screen has no meaning offscreen: the picture is at --size.
        p->enter(false);
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        window.view()->zoomToFit();
        if (!present.spotlight.isEmpty()) {
            if (!window.document()->data().containsId(present.spotlight))
                return fail(
                    QApplication::translate("main", "--spotlight: no entity \"%1\" on the map")
                        .arg(present.spotlight));
            window.scene()->selectIds({present.spotlight});
            p->spotlightSelection();
        }
        for (int i = 0; i < present.finding; ++i)
            p->nextFinding();
        if (!present.view.isEmpty()) {
            const SavedViews views = Views::read(window.document()->data().info);
            const qsizetype index = Views::indexOf(views, present.view);
            if (index < 0)
                return fail(QApplication::translate("main", "--view: no view \"%1\" on the map "
                                                            "(it has: %2)")
                                .arg(present.view, views.isEmpty()
                                                       ? QApplication::translate("main", "none")
                                                       : Views::names(views).join(u", "_qs)));
            p->showView(int(index));
        }
    }
    if (zoom > 0)
        window.activeView()->setZoom(zoom);
    // The links as routed around the nodes, not the straight lines shown
    // until the routes are in.
    if (auto *scene = qobject_cast<MapScene *>(window.activeView()->scene()))
        scene->waitForRoutes();
    QApplication::processEvents();
    const QPixmap shot = window.grab();
    if (!shot.save(out, "PNG"))
        return fail(QApplication::translate("main", "%1: could not write the image").arg(out));
    // Not a user's edit: do not ask to save on close.
    window.document()->markSaved();
    return 0;
}

// For the recovery tests (tests/recovery): ORGMAP_TEST_EDIT_MAP_NAME renames
// the opened map through the document's ordinary edit, so that a test can
// kill a real orgmap that has unsaved work.
void applyTestEdit(MainWindow *window)
{
    const QString name = qEnvironmentVariable("ORGMAP_TEST_EDIT_MAP_NAME");
    if (name.isEmpty())
        return;
    MapInfo info = window->document()->data().info;
    info.name = name;
    window->document()->changeInfo(info, QApplication::translate("main", "Rename Map"));
}

} // namespace

int main(int argc, char **argv)
{
    chooseOffscreenForScreenshot(argc, argv);
    // --lang is taken out before Qt parses argv: the translators must be in
    // before the first translated text (the --help text included) is made.
    QString languageError;
    const QString language = I18n::takeLanguageArgument(argc, argv, &languageError);
    QApplication app(argc, argv);
    if (!languageError.isEmpty())
        return fail(languageError);
    QString translationError;
    if (!I18n::installTranslators(language.isEmpty() ? I18n::preferredLanguage() : language,
                                  &translationError)) {
        // A wrong --lang is the user's mistake; a broken saved setting is not.
        if (!language.isEmpty())
            return fail(translationError);
        std::fprintf(stderr, "orgmap: %s\n", qPrintable(translationError));
    }
    QApplication::setApplicationName(u"OrgMap"_qs);
    QApplication::setOrganizationName(u"OrgMap"_qs);
    QApplication::setApplicationVersion(QStringLiteral(ORGMAP_VERSION));
    QApplication::setApplicationDisplayName(u"OrgMap"_qs);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Map an organisation's domains, teams and assets."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        u"screenshot"_qs,
        QApplication::translate("main", "Render the main window with FILE to OUT (PNG) and exit."),
        u"OUT"_qs);
    const QCommandLineOption sizeOption(
        u"size"_qs,
        QApplication::translate("main", "Window size for --screenshot (default 1400x900)."),
        u"WxH"_qs, u"1400x900"_qs);
    const QCommandLineOption showOption(
        u"show"_qs,
        QApplication::translate("main", "With --screenshot: bring PANEL forward first "
                                        "(dashboard or findings)."),
        u"PANEL"_qs);
    parser.addOption(screenshotOption);
    parser.addOption(sizeOption);
    parser.addOption(showOption);
    const QCommandLineOption zoomOption(
        u"zoom"_qs,
        QApplication::translate("main", "With --screenshot: zoom to Z (1 = 100%) after fitting."),
        u"Z"_qs);
    parser.addOption(zoomOption);
    const QCommandLineOption compareOption(
        u"compare"_qs,
        QApplication::translate("main",
                                "With --screenshot: compare FILE with OTHER (File > "
                                "Compare With); --show metrics brings the metrics forward."),
        u"OTHER"_qs);
    parser.addOption(compareOption);
    const QCommandLineOption presentOption(
        u"present"_qs,
        QApplication::translate("main", "With --screenshot: show presentation mode (F5)."));
    parser.addOption(presentOption);
    const QCommandLineOption spotlightOption(
        u"spotlight"_qs,
        QApplication::translate("main", "With --present: spotlight the entity with this id."),
        u"ID"_qs);
    parser.addOption(spotlightOption);
    const QCommandLineOption findingOption(
        u"finding"_qs,
        QApplication::translate("main", "With --present: show step N of the findings tour."),
        u"N"_qs);
    parser.addOption(findingOption);
    const QCommandLineOption viewOption(
        u"view"_qs,
        QApplication::translate("main", "With --present: show the map's view called NAME."),
        u"NAME"_qs);
    parser.addOption(viewOption);
    // Listed for --help only: takeLanguageArgument() has already removed it.
    parser.addOption(QCommandLineOption(
        u"lang"_qs,
        QApplication::translate("main", "Language of the user interface: en, de, fr, es or "
                                        "zh_CN (default: Preferences, else the system's)."),
        u"CODE"_qs));
    parser.addPositionalArgument(
        u"file"_qs, QApplication::translate("main", "A map to open (.orgmap, .orgmap.json)."),
        u"[FILE]"_qs);
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return fail(QApplication::translate("main", "at most one FILE, got %1").arg(files.size()));
    const QString file = files.value(0);

    // A malformed --zoom or a --size without a picture to size is refused
    // like the other bad arguments, never silently dropped.
    double zoom = 0;
    if (parser.isSet(zoomOption)) {
        bool ok = false;
        zoom = parser.value(zoomOption).toDouble(&ok);
        if (!ok || !(zoom >= MapView::kMinZoom && zoom <= MapView::kMaxZoom))
            return fail(QApplication::translate("main", "--zoom: expected a number from %1 to %2 "
                                                        "(1 = 100%), got \"%3\"")
                            .arg(MapView::kMinZoom)
                            .arg(MapView::kMaxZoom)
                            .arg(parser.value(zoomOption)));
    }
    if ((parser.isSet(zoomOption) || parser.isSet(sizeOption)) && !parser.isSet(screenshotOption))
        return fail(QApplication::translate("main", "--size and --zoom need --screenshot"));

    applyAppLook(app);

    if (parser.isSet(screenshotOption)) {
        static const QRegularExpression sizePattern(u"^(\\d+)x(\\d+)$"_qs);
        const QRegularExpressionMatch match = sizePattern.match(parser.value(sizeOption));
        const QSize size = match.hasMatch()
                               ? QSize(match.captured(1).toInt(), match.captured(2).toInt())
                               : QSize();
        if (size.width() < 200 || size.height() < 150 || size.width() > 10000 ||
            size.height() > 10000)
            return fail(QApplication::translate("main", "--size: expected WxH between 200x150 and "
                                                        "10000x10000, got \"%1\"")
                            .arg(parser.value(sizeOption)));
        const QString panel = parser.value(showOption);
        const QString compare = parser.value(compareOption);
        const bool comparePanel =
            !compare.isEmpty() && (panel == u"metrics" || panel == u"changes");
        if (!panel.isEmpty() && panel != u"dashboard" && panel != u"findings" && !comparePanel)
            return fail(QApplication::translate("main", "--show: expected dashboard or findings, "
                                                        "got \"%1\"")
                            .arg(panel));
        PresentShot present;
        present.present = parser.isSet(presentOption);
        present.spotlight = parser.value(spotlightOption);
        if (parser.isSet(findingOption)) {
            bool ok = false;
            present.finding = parser.value(findingOption).toInt(&ok);
            if (!ok || present.finding < 1)
                return fail(QApplication::translate("main", "--finding: expected a step from 1, "
                                                            "got \"%1\"")
                                .arg(parser.value(findingOption)));
        }
        present.view = parser.value(viewOption);
        if ((!present.spotlight.isEmpty() || present.finding || !present.view.isEmpty()) &&
            !present.present)
            return fail(QApplication::translate(
                "main", "--spotlight, --finding and --view need --present"));
        return screenshot(parser.value(screenshotOption), size, file, panel, zoom, compare,
                          present);
    }

    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    if (parser.isSet(presentOption))
        QTimer::singleShot(0, window, [window] { window->presentation()->enter(); });
    if (parser.isSet(showOption) && !window->showPanel(parser.value(showOption)))
        return fail(QApplication::translate("main", "--show: expected dashboard or findings, "
                                                    "got \"%1\"")
                        .arg(parser.value(showOption)));
    QTimer::singleShot(0, window, [window, file] {
        // Work a crashed OrgMap left behind comes first (docs/recovery.md).
        MainWindow *target = window;
        const bool restored = MainWindow::offerRecovery(window);
        // The file itself may be what was just restored: it is open already.
        const QString absolute = QFileInfo(file).absoluteFilePath();
        for (QWidget *top : QApplication::topLevelWidgets())
            if (auto *open = qobject_cast<MainWindow *>(top);
                open && !file.isEmpty() && open->document()->filePath() == absolute)
                return;
        if (restored && !file.isEmpty()) {
            target = new MainWindow;
            target->setAttribute(Qt::WA_DeleteOnClose);
            target->show();
        }
        if (!file.isEmpty() && target->openFile(file))
            applyTestEdit(target);
    });
    return app.exec();
}
