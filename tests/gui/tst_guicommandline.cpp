// The orgmap executable's own arguments: a malformed --zoom or --size is
// refused with a message that names the option and the value, and a non-zero
// exit, as the CLI refuses its bad arguments; good ones still make a picture.
#include <QImage>
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
    const Run run = runGui({u"--screenshot"_qs, out, u"--size"_qs, u"1280x720"_qs},
                           dir.filePath(u"config"_qs));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QImage image(out);
    QCOMPARE(image.size(), QSize(1280, 720));
    // The middle of the canvas, between the docks: the card's text is there.
    const int text = darkPixels(image, QRect(380, 120, 420, 260));
    QVERIFY2(text > 2000, qPrintable(QString::number(text)));
}

QTEST_GUILESS_MAIN(TestGuiCommandLine)
#include "tst_guicommandline.moc"
