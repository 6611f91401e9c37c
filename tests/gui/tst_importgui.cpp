// File > Import > Backstage catalog / Data products: the import lands in the
// open map as one undoable step and its report selects what it names.
#include "document/document.h"
#include "guitestutil.h"
#include "import/importer.h"
#include "importreportdialog.h"
#include "mainwindow.h"
#include "mapscene.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace OrgMap;

namespace {

QString catalog()
{
    return QStringLiteral(ORGMAP_TEST_DATA "/import/backstage-examples/all.yaml");
}

} // namespace

class TestImportGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void menuOffersTheImports();
    void catalogIsOneUndoStep();
    void reportRowsMatchTheReport();
    void activatingARowSelectsTheEntity();
    void importMergesIntoTheOpenMap();
    void brokenFileLeavesTheMapAlone_data();
    void brokenFileLeavesTheMapAlone();
    void odpsImports();

private:
    QTemporaryDir m_dir;
};

void TestImportGui::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void TestImportGui::menuOffersTheImports()
{
    MainWindow window(false);
    auto *menu = window.findChild<QMenu *>(u"importMenu"_qs);
    QVERIFY(menu);
    QStringList names;
    for (QAction *a : menu->actions())
        names << a->objectName();
    QCOMPARE(names, (QStringList{u"actionImportJson"_qs, u"actionImportBackstage"_qs,
                                 u"actionImportOdps"_qs}));
}

void TestImportGui::catalogIsOneUndoStep()
{
    MainWindow window(false);
    window.show();
    const MapData empty = window.document()->data();
    QUndoStack *undo = window.document()->undoStack();
    QCOMPARE(undo->count(), 0);

    QVERIFY(window.importInto(MainWindow::ImportSource::Backstage, {catalog()}));
    const MapData imported = window.document()->data();
    // The example catalog's entities are there (ids per import-backstage-v1).
    QVERIFY(imported.assets.contains(AssetId(u"component:artist-lookup"_qs)));
    QVERIFY(imported.teams.contains(TeamId(u"group:team-a"_qs)));
    QVERIFY(imported.assets.size() > 5);
    QCOMPARE(undo->count(), 1);
    QVERIFY(window.scene()->items().size() > imported.assets.size());

    undo->undo();
    QVERIFY(window.document()->data() == empty);
    undo->redo();
    QVERIFY(window.document()->data() == imported);
}

void TestImportGui::reportRowsMatchTheReport()
{
    MainWindow window(false);
    QVERIFY(window.importInto(MainWindow::ImportSource::Backstage, {catalog()}));
    ImportReportDialog *dialog = window.importReportDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // The same import computed directly: every category with lines is a group
    // with that many rows, and the group title carries the count.
    const ImportResult expected = importBackstage({catalog()}, MapData{}, false);
    QVERIFY(expected.map);
    using K = ImportReportLine::Kind;
    int groups = 0;
    for (K kind :
         {K::Created, K::Updated, K::Removed, K::Placeholder, K::Unowned, K::Unresolved,
          K::Duplicate, K::SkippedTarget, K::SkippedKind, K::SkippedDocument, K::ExternalSource}) {
        const int n = expected.report.count(kind);
        QTreeWidgetItem *group = dialog->group(kind);
        if (n == 0) {
            QVERIFY(!group);
            continue;
        }
        ++groups;
        QVERIFY2(group, qPrintable(categoryName(kind)));
        QCOMPARE(group->childCount(), n);
        QVERIFY(group->text(0).contains(u"(%1)"_qs.arg(n)));
    }
    QCOMPARE(dialog->tree()->topLevelItemCount(), groups);
    QVERIFY(expected.report.count(K::Created) > 0);
    QVERIFY(expected.report.count(K::SkippedKind) + expected.report.count(K::SkippedTarget) > 0);
}

void TestImportGui::activatingARowSelectsTheEntity()
{
    MainWindow window(false);
    window.show();
    QVERIFY(window.importInto(MainWindow::ImportSource::Backstage, {catalog()}));
    ImportReportDialog *dialog = window.importReportDialog();
    QTreeWidgetItem *created = dialog->group(ImportReportLine::Kind::Created);
    QVERIFY(created && created->childCount() > 1);
    for (int row : {0, int(created->childCount()) - 1}) {
        QTreeWidgetItem *item = created->child(row);
        const QString id = item->data(0, EntityIdRole).toString();
        QVERIFY(window.document()->data().containsId(id));
        emit dialog->tree()->itemActivated(item, 0);
        QCOMPARE(window.scene()->selectedIds(), QStringList{id});
    }
}

void TestImportGui::importMergesIntoTheOpenMap()
{
    MainWindow window(false);
    window.setMap(TestUtil::sampleMap());
    QVERIFY(window.importInto(MainWindow::ImportSource::Backstage, {catalog()}));
    const MapData &map = window.document()->data();
    // What was drawn by hand stays beside what came in.
    QVERIFY(map.assets.contains(AssetId(u"s-orders"_qs)));
    QVERIFY(map.assets.contains(AssetId(u"component:artist-lookup"_qs)));
    QCOMPARE(window.document()->undoStack()->count(), 1);
    window.document()->undoStack()->undo();
    QVERIFY(window.document()->data() == TestUtil::sampleMap());
    // Importing the same catalog twice changes nothing the second time.
    window.document()->undoStack()->redo();
    QVERIFY(window.importInto(MainWindow::ImportSource::Backstage, {catalog()}));
    QCOMPARE(window.document()->undoStack()->count(), 1);
}

void TestImportGui::brokenFileLeavesTheMapAlone_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("where"); // ":line" expected in the message
    QTest::newRow("invalid yaml") << QByteArray("apiVersion: backstage.io/v1alpha1\n"
                                                "kind: Component\n"
                                                "metadata:\n"
                                                "  name: [unclosed\n")
                                  << u":5:1: "_qs;
    QTest::newRow("no metadata.name") << QByteArray("apiVersion: backstage.io/v1alpha1\n"
                                                    "kind: Component\n"
                                                    "metadata:\n"
                                                    "  title: Nameless\n"
                                                    "spec:\n"
                                                    "  type: service\n")
                                      << u":3: entity without metadata.name"_qs;
}

void TestImportGui::brokenFileLeavesTheMapAlone()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, where);
    const QString path = m_dir.filePath(u"broken.yaml"_qs);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(yaml);
    file.close();

    MainWindow window(false);
    window.setMap(TestUtil::sampleMap());
    QString shown;
    TestUtil::onNextModal([&shown](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (box)
            shown = box->text() + u'\n' + box->detailedText();
        modal->close();
    });
    QVERIFY(!window.importInto(MainWindow::ImportSource::Backstage, {path}));
    QVERIFY2(shown.contains(path + where), qPrintable(shown));
    QVERIFY(window.document()->data() == TestUtil::sampleMap());
    QCOMPARE(window.document()->undoStack()->count(), 0);
    QVERIFY(!window.importReportDialog());
}

void TestImportGui::odpsImports()
{
    MainWindow window(false);
    const QString odps = QStringLiteral(ORGMAP_TEST_DATA "/import/odps");
    QVERIFY(window.importInto(MainWindow::ImportSource::Odps, {odps}));
    QCOMPARE(window.document()->undoStack()->count(), 1);
    bool products = false;
    for (const Asset &a : window.document()->data().assets)
        products = products || a.kind == AssetKind::DataProduct;
    QVERIFY(products);
    QVERIFY(window.importReportDialog());
    window.document()->undoStack()->undo();
    QVERIFY(window.document()->data().assets.isEmpty());
}

QTEST_MAIN(TestImportGui)
#include "tst_importgui.moc"
