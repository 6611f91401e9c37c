// The Conflicts dock on a map written by `orgmap-cli merge` (tests/data/merge/,
// see PROVENANCE there): it lists the conflicts, each choice is one undoable
// edit, a choice that would break the map is refused with a reason, and with
// every conflict resolved the saved file no longer carries them.

#include "conflictsdock.h"
#include "document/document.h"
#include "mainwindow.h"
#include "mapscene.h"

#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace OrgMap;

class TestConflictsDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resolveUndoAndSave();
    void mapWithoutConflictsHidesTheDock();

private:
    // Makes the row whose subject column contains `subject` current.
    void selectRow(const QString &subject, const QString &field);
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestConflictsDock::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void TestConflictsDock::selectRow(const QString &subject, const QString &field)
{
    QTreeWidget *list = m_window->conflictsDock()->list();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        if (item->text(0).contains(subject) && item->text(1).contains(field)) {
            list->setCurrentItem(item);
            return;
        }
    }
    QFAIL(qPrintable(u"no row for %1 %2"_qs.arg(subject, field)));
}

void TestConflictsDock::resolveUndoAndSave()
{
    MainWindow window(false);
    m_window = &window;
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList errors;
    QVERIFY2(window.loadFile(QStringLiteral(ORGMAP_TEST_DATA "/merge/merged.orgmap.json"), &errors),
             qPrintable(errors.join(u'\n')));
    Document *doc = window.document();
    ConflictsDock *dock = window.conflictsDock();
    QTreeWidget *list = dock->list();

    // Three conflicts: s-orders' owner, s-billing's name, p-revenue whole.
    QVERIFY(dock->isVisible());
    QCOMPARE(list->topLevelItemCount(), 3);
    QVERIFY2(dock->countText().contains(u'3'), qPrintable(dock->countText()));
    selectRow(u"s-billing"_qs, u"name"_qs);
    QTreeWidgetItem *billing = list->currentItem();
    QCOMPARE(billing->text(0), u"Billing service (s-billing)"_qs);
    QCOMPARE(billing->text(2), u"Billing"_qs);
    QCOMPARE(billing->text(3), u"Billing service"_qs);
    QCOMPARE(billing->text(4), u"Invoicing"_qs);

    // Activating a row selects its subject on the canvas.
    emit list->itemActivated(billing, 0);
    QCOMPARE(window.scene()->selectedIds(), QStringList{u"s-billing"_qs});

    // Theirs for the name: one step, theirs' value, two conflicts left.
    dock->findChild<QPushButton *>(u"conflictsTakeTheirs"_qs)->click();
    QCOMPARE(doc->data().assets.value(AssetId(u"s-billing"_qs)).name, u"Invoicing"_qs);
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(list->topLevelItemCount(), 2);
    QVERIFY(dock->countText().contains(u'2'));

    doc->undoStack()->undo();
    QCOMPARE(doc->data().assets.value(AssetId(u"s-billing"_qs)).name, u"Billing service"_qs);
    QCOMPARE(list->topLevelItemCount(), 3);
    doc->undoStack()->redo();
    QCOMPARE(list->topLevelItemCount(), 2);

    // Theirs' owner is a team ours removed: refused, with the reason, and
    // nothing changes.
    const MapData before = doc->data();
    selectRow(u"s-orders"_qs, u"owner"_qs);
    QVERIFY(!dock->chooseSelected(ConflictSide::Theirs));
    QCOMPARE(doc->data(), before);
    QCOMPARE(doc->undoStack()->count(), 1);
    QVERIFY2(window.statusBar()->currentMessage().contains(u"t-orders"_qs),
             qPrintable(window.statusBar()->currentMessage()));

    // Ours for the owner, theirs for the data product ours removed.
    QVERIFY(dock->chooseSelected(ConflictSide::Ours));
    selectRow(u"p-revenue"_qs, u"whole"_qs);
    QVERIFY(!list->currentItem()->text(4).contains(u'\n'));
    QVERIFY(dock->chooseSelected(ConflictSide::Theirs));
    QCOMPARE(doc->data().assets.value(AssetId(u"p-revenue"_qs)).description,
             u"Revenue per day and region"_qs);
    QCOMPARE(list->topLevelItemCount(), 0);
    QVERIFY(!dock->isVisible());

    const QString path = m_dir.filePath(u"resolved.orgmap.json"_qs);
    QString error;
    QVERIFY2(window.saveFile(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(!saved.contains("x-orgmap-conflicts"));
    QVERIFY(saved.contains("Invoicing"));
    QVERIFY(saved.contains("t-checkout"));
    m_window = nullptr;
}

void TestConflictsDock::mapWithoutConflictsHidesTheDock()
{
    MainWindow window(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList errors;
    QVERIFY(window.loadFile(QStringLiteral(ORGMAP_TEST_DATA "/merge/merged.orgmap.json"), &errors));
    QVERIFY(window.conflictsDock()->isVisible());
    QVERIFY(window.loadFile(QStringLiteral(ORGMAP_TEST_DATA "/merge/base.orgmap.json"), &errors));
    QVERIFY(!window.conflictsDock()->isVisible());
    window.document()->markSaved();
}

QTEST_MAIN(TestConflictsDock)
#include "tst_conflictsdock.moc"
