#include "comparemode.h"
#include "compareview.h"
#include "document/document.h"
#include "guitestutil.h"
#include "mainwindow.h"
#include "mapscene.h"
#include "scenariobar.h"
#include "storage/mapfile.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace OrgMap;

// The scenario tabs and menu as a user drives them (docs/scenarios.md).
class TestScenariosGui : public QObject
{
    Q_OBJECT

    static QPointF posOf(const MapData &map, const AssetId &id)
    {
        const auto g = map.assets.value(id).geometry;
        return g ? QPointF(g->x, g->y) : QPointF();
    }

private slots:
    void targetFromDuplicate()
    {
        MainWindow window(false);
        window.setMap(TestUtil::sampleMap());
        Document *doc = window.document();
        ScenarioBar *tabs = window.scenarioBar();
        QCOMPARE(tabs->count(), 1);
        const AssetId asset = doc->data().assets.firstKey();
        const QPointF before = posOf(doc->data(), asset);

        window.action(u"actionDuplicateScenario"_qs)->trigger();
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->tabText(1), u"Target"_qs);
        QCOMPARE(tabs->currentIndex(), 1);
        QVERIFY(window.windowTitle().contains(u"Target"_qs));

        // Move the asset in the target (one drag = one setGeometries step).
        Geometry moved = *doc->data().assets.value(asset).geometry;
        moved.x += 250;
        QVERIFY(doc->setGeometries({{asset.str(), moved}}));
        QCOMPARE(window.scene()->rectForId(asset.str()).center().x(), moved.x);

        // Back to the as-is by its tab: it did not move, and the canvas shows it.
        tabs->setCurrentIndex(0);
        QCOMPARE(doc->currentScenario(), 0);
        QCOMPARE(posOf(doc->data(), asset), before);
        QCOMPARE(window.scene()->rectForId(asset.str()).center().x(), before.x());
        QVERIFY(window.windowTitle().contains(u"As-is"_qs));

        // Undo of the move shows the target first, then moves it back.
        doc->undoStack()->undo();
        QCOMPARE(tabs->currentIndex(), 1);
        QCOMPARE(posOf(doc->data(), asset), before);
        doc->undoStack()->redo();
        QCOMPARE(posOf(doc->data(), asset).x(), moved.x);
    }

    // File > Compare With Scenario lists the other scenarios and compares the
    // one on screen ("before") with the chosen one ("after").
    void compareWithAnotherScenario()
    {
        MainWindow window(false);
        window.setMap(TestUtil::sampleMap());
        Document *doc = window.document();
        auto *menu = window.findChild<QMenu *>(u"menuCompareScenario"_qs);
        QVERIFY(menu);
        QVERIFY(!menu->menuAction()->isEnabled()); // one scenario: nothing to compare with
        window.action(u"actionDuplicateScenario"_qs)->trigger();
        QVERIFY(menu->menuAction()->isEnabled());
        const AssetId removed = doc->data().assets.firstKey();
        doc->remove({removed.str()});
        QVERIFY(doc->setCurrentScenario(0));

        emit menu->aboutToShow();
        QCOMPARE(menu->actions().size(), 1);
        QCOMPARE(menu->actions().first()->text(), u"Target"_qs);
        menu->actions().first()->trigger();
        QVERIFY(window.isComparing());
        CompareView *view = window.compareMode()->view();
        QCOMPARE(view->oldLabel(), u"As-is"_qs);
        QCOMPARE(view->newLabel(), u"Target"_qs);
        bool found = false;
        for (const EntryChange &c : view->diff().changes)
            found = found || (c.op == DiffOp::Remove && c.key.id == removed.str());
        QVERIFY(found);
        QVERIFY(!window.compareWithScenario(doc->currentScenario()));
    }

    void renameReorderDelete()
    {
        MainWindow window(false);
        window.setMap(TestUtil::sampleMap());
        Document *doc = window.document();
        ScenarioBar *tabs = window.scenarioBar();
        window.action(u"actionDuplicateScenario"_qs)->trigger();
        window.action(u"actionNewScenario"_qs)->trigger();
        QCOMPARE(tabs->count(), 3);
        QVERIFY(doc->data().assets.isEmpty()); // a blank sheet

        QVERIFY(doc->renameScenario(1, u"Target 2027"_qs));
        QCOMPARE(tabs->tabText(1), u"Target 2027"_qs);
        // Renaming in place: double-click opens an editor on the tab.
        tabs->editName(0);
        auto *edit = tabs->findChild<QLineEdit *>(u"scenarioNameEdit"_qs);
        QVERIFY(edit);
        edit->setText(u"As-is 2026"_qs);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(doc->scenarioName(0), u"As-is 2026"_qs);

        QVERIFY(doc->moveScenario(2, 0));
        QCOMPARE(tabs->tabText(0), doc->scenarioName(0));
        QCOMPARE(tabs->currentIndex(), doc->currentScenario());

        const int count = tabs->count();
        window.action(u"actionDeleteScenario"_qs)->trigger();
        QCOMPARE(tabs->count(), count - 1);
        doc->undoStack()->undo();
        QCOMPARE(tabs->count(), count);
    }

    void saveAndOpenKeepEveryScenario()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"two.orgmap"_qs);
        {
            MainWindow window(false);
            window.setMap(TestUtil::sampleMap());
            window.action(u"actionDuplicateScenario"_qs)->trigger();
            window.document()->remove({window.document()->data().assets.firstKey().str()});
            QString error;
            QVERIFY2(window.saveFile(path, &error), qPrintable(error));
            // JSON holds one map: a save of two scenarios to it is refused.
            QVERIFY(!window.saveFile(dir.filePath(u"two.orgmap.json"_qs), &error));
            QVERIFY(error.contains(u"one map"_qs));
        }
        MainWindow window(false);
        QStringList errors;
        QVERIFY(window.loadFile(path, &errors));
        QCOMPARE(window.document()->scenarioNames(), QStringList({u"As-is"_qs, u"Target"_qs}));
        QCOMPARE(window.document()->scenarioData(1).assets.size() + 1,
                 window.document()->scenarioData(0).assets.size());
        QVERIFY(!window.document()->isModified());
    }
};

QTEST_MAIN(TestScenariosGui)
#include "tst_scenariosgui.moc"
