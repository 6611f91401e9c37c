// The orgmap executable's own arguments: a malformed --zoom or --size is
// refused with a message that names the option and the value, and a non-zero
// exit, as the CLI refuses its bad arguments; good ones still make a picture.
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class TestGuiCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void badArgumentsAreRefused_data();
    void badArgumentsAreRefused();
    void goodZoomMakesThePicture();
    void presentShowsTheRoomsPicture();
    void noMapShowsTheWelcomePage();
};

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray err;
};

Run runGui(const QStringList &arguments, const QString &configHome = {})
{
    QProcess process;
    if (!configHome.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_qs, configHome);
        process.setProcessEnvironment(env);
    }
    process.start(QStringLiteral(ORGMAP_GUI_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), process.readAllStandardError()};
}

} // namespace

void TestGuiCommandLine::badArgumentsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments"); // after --screenshot OUT, unless "-"
    QTest::addColumn<QString>("says");
    QTest::newRow("zoom not a number") << QStringList{u"--zoom"_qs, u"abc"_qs} << u"--zoom"_qs;
    QTest::newRow("zoom zero") << QStringList{u"--zoom"_qs, u"0"_qs} << u"--zoom"_qs;
    QTest::newRow("zoom too far") << QStringList{u"--zoom"_qs, u"20"_qs} << u"--zoom"_qs;
    QTest::newRow("zoom with a unit") << QStringList{u"--zoom"_qs, u"150%"_qs} << u"--zoom"_qs;
    QTest::newRow("size not WxH") << QStringList{u"--size"_qs, u"big"_qs} << u"--size"_qs;
    QTest::newRow("size too small") << QStringList{u"--size"_qs, u"10x10"_qs} << u"--size"_qs;
    QTest::newRow("zoom without screenshot")
        << QStringList{u"-"_qs, u"--zoom"_qs, u"2"_qs} << u"--screenshot"_qs;
    QTest::newRow("size without screenshot")
        << QStringList{u"-"_qs, u"--size"_qs, u"800x600"_qs} << u"--screenshot"_qs;
}

void TestGuiCommandLine::badArgumentsAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const QString out = dir.filePath(u"shot.png"_qs);
    if (arguments.value(0) == u"-")
        arguments.removeFirst();
    else
        arguments = QStringList{u"--screenshot"_qs, out} + arguments;
    const Run run = runGui(arguments);
    QCOMPARE(run.exitCode, 1);
    const QString message = QString::fromLocal8Bit(run.err);
    QVERIFY2(message.contains(says), qPrintable(message));
    // The value that was refused is quoted back (the "need" rows have none).
    if (arguments.contains(u"--screenshot"_qs))
        QVERIFY2(message.contains(u"\""_qs + arguments.last() + u"\""_qs), qPrintable(message));
    QVERIFY(!QFile::exists(out));
}

void TestGuiCommandLine::goodZoomMakesThePicture()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"shot.png"_qs);
    const Run run =
        runGui({u"--screenshot"_qs, out, u"--size"_qs, u"1200x800"_qs, u"--zoom"_qs, u"0.5"_qs});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QImage(out).size(), QSize(1200, 800));
}

// orgmap --present [--view NAME] --screenshot FILE --size 1280x720 MAP: the
// room's picture headless (the caption bar's dark glass over the top), a
// view's veil over what it does not reveal; an unknown view names the map's.
void TestGuiCommandLine::presentShowsTheRoomsPicture()
{
    QTemporaryDir dir;
    QFile example(QStringLiteral(ORGMAP_EXAMPLES "/acme.orgmap.json"));
    QVERIFY(example.open(QIODevice::ReadOnly));
    QJsonObject map = QJsonDocument::fromJson(example.readAll()).object();
    const QJsonObject camera{{u"x"_qs, -100}, {u"y"_qs, -100}, {u"w"_qs, 4000}, {u"h"_qs, 2250}};
    map.insert(u"x-orgmap-views"_qs,
               QJsonArray{QJsonObject{{u"name"_qs, u"Overview"_qs}, {u"camera"_qs, camera}},
                          QJsonObject{{u"name"_qs, u"Checkout"_qs},
                                      {u"camera"_qs, camera},
                                      {u"spotlight"_qs, u"d-checkout"_qs}}});
    const QString input = dir.filePath(u"workshop.orgmap.json"_qs);
    QFile file(input);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(map).toJson());
    file.close();
    const auto shot = [&](const QString &name, const QStringList &options) {
        const QString out = dir.filePath(name);
        const Run run = runGui(QStringList{u"--screenshot"_qs, out, u"--size"_qs, u"1280x720"_qs} +
                               options + QStringList{input});
        return std::make_pair(run, QImage(out));
    };
    const auto [editorRun, editor] = shot(u"editor.png"_qs, {});
    QVERIFY2(editorRun.exitCode == 0, editorRun.err.constData());
    const auto [presentRun, present] = shot(u"present.png"_qs, {u"--present"_qs});
    QVERIFY2(presentRun.exitCode == 0, presentRun.err.constData());
    QCOMPARE(present.size(), QSize(1280, 720));
    // The caption bar across the top, where the editor has its menu bar.
    QVERIFY(qGray(present.pixel(4, 4)) < 70);
    QVERIFY(qGray(editor.pixel(4, 4)) > 150);
    const auto [overviewRun, overview] =
        shot(u"overview.png"_qs, {u"--present"_qs, u"--view"_qs, u"Overview"_qs});
    QVERIFY2(overviewRun.exitCode == 0, overviewRun.err.constData());
    const auto [viewRun, view] =
        shot(u"view.png"_qs, {u"--present"_qs, u"--view"_qs, u"Checkout"_qs});
    QVERIFY2(viewRun.exitCode == 0, viewRun.err.constData());
    QCOMPARE(view.size(), QSize(1280, 720));
    // The same camera; the second view's spotlight veils the rest: what
    // changes below the caption bar is faded, towards the white background.
    int changed = 0, lighter = 0;
    for (int y = 60; y < 720; y += 6)
        for (int x = 0; x < 1280; x += 6)
            if (view.pixel(x, y) != overview.pixel(x, y)) {
                ++changed;
                lighter += qGray(view.pixel(x, y)) > qGray(overview.pixel(x, y));
            }
    QVERIFY2(changed > 1000 && lighter > changed * 9 / 10,
             qPrintable(u"%1 changed, %2 lighter"_qs.arg(changed).arg(lighter)));
    const auto [wrongRun, wrong] =
        shot(u"wrong.png"_qs, {u"--present"_qs, u"--view"_qs, u"Nope"_qs});
    QCOMPARE(wrongRun.exitCode, 1);
    const QString says = QString::fromLocal8Bit(wrongRun.err);
    QVERIFY2(says.contains(u"\"Nope\""_qs) && says.contains(u"Overview, Checkout"_qs),
             qPrintable(says));
    QVERIFY(wrong.isNull());
    const auto [needRun, need] = shot(u"need.png"_qs, {u"--view"_qs, u"Checkout"_qs});
    QCOMPARE(needRun.exitCode, 1);
    QVERIFY(QString::fromLocal8Bit(needRun.err).contains(u"--present"_qs));
}

// Pixels darker than any grid line or fill of an empty canvas: text.
static int darkPixels(const QImage &image, const QRect &area)
{
    int dark = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (qGray(image.pixel(x, y)) < 90)
                ++dark;
    return dark;
}

// No map, fresh settings: the picture is of the first start, the welcome
// card on the empty canvas (docs/screenshot-welcome.png is made so).
void TestGuiCommandLine::noMapShowsTheWelcomePage()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"welcome.png"_qs);
    const Run run =
        runGui({u"--screenshot"_qs, out, u"--size"_qs, u"1280x720"_qs}, dir.filePath(u"config"_qs));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QImage image(out);
    QCOMPARE(image.size(), QSize(1280, 720));
    // The middle of the canvas, between the docks: the card's text is there.
    const int text = darkPixels(image, QRect(380, 120, 420, 260));
    QVERIFY2(text > 2000, qPrintable(QString::number(text)));
}

QTEST_GUILESS_MAIN(TestGuiCommandLine)
#include "tst_guicommandline.moc"
