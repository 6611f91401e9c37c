// Issue 9, "every save and export dialog proposes a file name from the map
// name in the last folder used, and adds the extension of the chosen format":
// the diagram exports, the PNG exports of the map, the dashboard and the
// compare metrics, each through its menu or toolbar action and Qt's own file
// dialog (offscreen), answered as a user would.
#include "analysisrunner.h"
#include "appsettings.h"
#include "document/document.h"
#include "export/writemap.h"
#include "guitestutil.h"
#include "mainwindow.h"

#include <QAction>
#include <QDialog>
#include <QFileInfo>
#include <QImage>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace OrgMap;

class TestSaveDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void diagramExportProposesMapName_data();
    void diagramExportProposesMapName();
    void pngExportsProposeMapNameAndAddPng_data();
    void pngExportsProposeMapNameAndAddPng();

private:
    QString folder() const { return QFileInfo(m_dir.path()).absoluteFilePath(); }
    QTemporaryDir m_home;
    QTemporaryDir m_dir; // the last folder used
    MainWindow *m_window = nullptr;
};

void TestSaveDialogs::initTestCase()
{
    QVERIFY(m_home.isValid() && m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.path());
}

void TestSaveDialogs::init()
{
    m_window = new MainWindow(false);
    m_window->setMap(TestUtil::sampleMap());
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    AppSettings::setLastDirectory(m_dir.path());
}

void TestSaveDialogs::cleanup()
{
    m_window->document()->markSaved();
    delete m_window;
    m_window = nullptr;
}

void TestSaveDialogs::diagramExportProposesMapName_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("proposed");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("written");
    QTest::newRow("GraphML") << u"actionExportGraphML"_qs << int(FileFormat::GraphML)
                             << u"Sample.graphml"_qs << u"plan"_qs << u"plan.graphml"_qs;
    QTest::newRow("DOT") << u"actionExportDot"_qs << int(FileFormat::Dot) << u"Sample.dot"_qs
                         << u"plan"_qs << u"plan.dot"_qs;
    QTest::newRow("DOT as .gv") << u"actionExportDot"_qs << int(FileFormat::Dot) << u"Sample.dot"_qs
                                << u"plan.gv"_qs << u"plan.gv"_qs;
    QTest::newRow("Mermaid") << u"actionExportMermaid"_qs << int(FileFormat::Mermaid)
                             << u"Sample.mmd"_qs << u"plan.v2"_qs << u"plan.v2.mmd"_qs;
}

void TestSaveDialogs::diagramExportProposesMapName()
{
    QFETCH(QString, action);
    QFETCH(int, format);
    QFETCH(QString, proposed);
    QFETCH(QString, typed);
    QFETCH(QString, written);
    QString shown;
    TestUtil::answerSaveDialog(typed, &shown);
    m_window->action(action)->trigger();
    QCOMPARE(QFileInfo(shown).fileName(), proposed);
    QCOMPARE(QFileInfo(shown).absolutePath(), folder());
    const QString path = m_dir.filePath(written);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(file.readAll(), exportBytes(m_window->document()->data(), FileFormat(format)));
    QVERIFY(m_window->document()->filePath().isEmpty()); // an export is not a save
}

void TestSaveDialogs::pngExportsProposeMapNameAndAddPng_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("proposed");
    QTest::newRow("map") << u"map"_qs << u"Sample.png"_qs;
    QTest::newRow("dashboard") << u"dashboard"_qs << u"Sample dashboard.png"_qs;
    QTest::newRow("compare metrics") << u"metrics"_qs << u"Sample compare metrics.png"_qs;
}

void TestSaveDialogs::pngExportsProposeMapNameAndAddPng()
{
    QFETCH(QString, what);
    QFETCH(QString, proposed);
    QString shown;
    if (what == u"map") {
        // The image options come first; then the file dialog.
        TestUtil::onNextModal([&shown](QWidget *modal) {
            QVERIFY(!qobject_cast<QFileDialog *>(modal));
            qobject_cast<QDialog *>(modal)->accept();
            TestUtil::answerSaveDialog(u"plan"_qs, &shown);
        });
        m_window->action(u"actionExportPng"_qs)->trigger();
    } else if (what == u"dashboard") {
        m_window->analysisRunner()->waitForCurrent(30000);
        TestUtil::answerSaveDialog(u"plan"_qs, &shown);
        m_window->action(u"actionExportDashboard"_qs)->trigger();
    } else {
        MapData after = m_window->document()->data();
        after.assets.remove(AssetId(u"s-loose"_qs));
        m_window->compareWith(after, u"after"_qs);
        auto *exportMetrics = m_window->findChild<QAction *>(u"actionCompareExportMetrics"_qs);
        QVERIFY(exportMetrics);
        TestUtil::answerSaveDialog(u"plan"_qs, &shown);
        exportMetrics->trigger();
    }
    QCOMPARE(QFileInfo(shown).fileName(), proposed);
    QCOMPARE(QFileInfo(shown).absolutePath(), folder());
    // "plan" typed: written as plan.png, a PNG.
    QVERIFY(!QFile::exists(m_dir.filePath(u"plan"_qs)));
    const QImage image(m_dir.filePath(u"plan.png"_qs), "PNG");
    QVERIFY2(!image.isNull(), qPrintable(what));
    QVERIFY(image.width() > 100 && image.height() > 100);
    QFile::remove(m_dir.filePath(u"plan.png"_qs));
}

QTEST_MAIN(TestSaveDialogs)
#include "tst_savedialogs.moc"
