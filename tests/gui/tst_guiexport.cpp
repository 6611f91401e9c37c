// File > Export Diagram: the menu entries and what they write.
#include "document/document.h"
#include "export/writemap.h"
#include "guitestutil.h"
#include "mainwindow.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace OrgMap;

class TestGuiExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void menuHasTheDiagramExports();
    void exportWritesTheFormat_data();
    void exportWritesTheFormat();

private:
    QTemporaryDir m_dir;
};

void TestGuiExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void TestGuiExport::menuHasTheDiagramExports()
{
    MainWindow window(false);
    QMenu *diagram = window.findChild<QMenu *>(u"exportDiagramMenu"_qs);
    QVERIFY(diagram);
    QStringList names;
    for (QAction *a : diagram->actions())
        names << a->objectName();
    QCOMPARE(names, (QStringList{u"actionExportGraphML"_qs, u"actionExportDot"_qs,
                                 u"actionExportMermaid"_qs}));
    // The submenu is in the File menu.
    QMenu *file = window.menuBar()->actions().constFirst()->menu();
    QVERIFY(file && file->actions().contains(diagram->menuAction()));
}

void TestGuiExport::exportWritesTheFormat_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("written");
    QTest::newRow("graphml, no extension")
        << int(FileFormat::GraphML) << u"a"_qs << u"a.graphml"_qs;
    QTest::newRow("dot as .gv") << int(FileFormat::Dot) << u"b.gv"_qs << u"b.gv"_qs;
    QTest::newRow("dot, no extension") << int(FileFormat::Dot) << u"c"_qs << u"c.dot"_qs;
    QTest::newRow("mermaid, other extension")
        << int(FileFormat::Mermaid) << u"d.v2"_qs << u"d.v2.mmd"_qs;
}

void TestGuiExport::exportWritesTheFormat()
{
    QFETCH(int, format);
    QFETCH(QString, typed);
    QFETCH(QString, written);
    MainWindow window(false);
    window.setMap(TestUtil::sampleMap());
    QString error;
    const QString path = window.exportMap(m_dir.filePath(typed), FileFormat(format), &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    QCOMPARE(path, m_dir.filePath(written));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), exportBytes(window.document()->data(), FileFormat(format)));
    // An export is not a save: the window's file stays what it was.
    QVERIFY(window.document()->filePath().isEmpty());
}

QTEST_MAIN(TestGuiExport)
#include "tst_guiexport.moc"
