#include "document/document.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace OrgMap;

namespace {

MapData mapWithAsset(const QString &assetId, double x)
{
    MapData m;
    m.info.name = u"Scenario test"_qs;
    Asset a;
    a.id = AssetId(assetId);
    a.kind = AssetKind::Service;
    a.name = assetId.toUpper();
    a.geometry = Geometry{x, 0, 0, 0, {}};
    m.assets.insert(a.id, a);
    return m;
}

double xOf(const MapData &map, const QString &id)
{
    return map.assets.value(AssetId(id)).geometry->x;
}

} // namespace

// Scenarios of a document: the current one is what data() and the edits see;
// undo shows the scenario it changes before changing it (docs/scenarios.md).
class TestScenarios : public QObject
{
    Q_OBJECT

private slots:
    void newDocumentHasOneScenario()
    {
        Document doc;
        QCOMPARE(doc.scenarioCount(), 1);
        QCOMPARE(doc.scenarioName(0), Scenarios::defaultName());
        doc.reset(mapWithAsset(u"s-a"_qs, 1));
        QCOMPARE(doc.scenarioCount(), 1);
        QCOMPARE(doc.currentScenario(), 0);
    }

    void duplicateEditAndSwitchBack()
    {
        Document doc;
        doc.reset(mapWithAsset(u"s-a"_qs, 1));
        QVERIFY(doc.duplicateScenario(0, u"Target"_qs));
        QCOMPARE(doc.scenarioNames(), QStringList({u"As-is"_qs, u"Target"_qs}));
        QCOMPARE(doc.currentScenario(), 1);
        QVERIFY(doc.isModified());
        QVERIFY(doc.setGeometries({{u"s-a"_qs, Geometry{500, 0, 0, 0, {}}}}));
        QCOMPARE(xOf(doc.data(), u"s-a"_qs), 500.0);

        QSignalSpy resets(&doc, qOverload<>(&Document::reset));
        QVERIFY(doc.setCurrentScenario(0));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(xOf(doc.data(), u"s-a"_qs), 1.0); // the as-is did not move
        QCOMPARE(xOf(doc.scenarioData(1), u"s-a"_qs), 500.0);
        QCOMPARE(doc.scenarios().size(), 2);
    }

    // A target differs a little from its as-is: the views are told what
    // differs (one change event), not asked to rebuild everything.
    void switchReportsOnlyWhatDiffers()
    {
        MapData map;
        for (int i = 0; i < 10; ++i)
            map.assets.insert(AssetId(u"s-%1"_qs.arg(i)),
                              mapWithAsset(u"s-%1"_qs.arg(i), i).assets.first());
        Document doc;
        doc.reset(map);
        QSignalSpy resets(&doc, qOverload<>(&Document::reset));
        QSignalSpy changes(&doc, &Document::changed);
        QVERIFY(doc.duplicateScenario(0, u"Target"_qs));
        QCOMPARE(resets.size(), 0); // an untouched duplicate: nothing to redraw
        QCOMPARE(changes.size(), 0);
        QVERIFY(doc.setGeometries({{u"s-3"_qs, Geometry{500, 0, 0, 0, {}}}}));
        changes.clear();

        QVERIFY(doc.setCurrentScenario(0));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1);
        const auto change = changes.first().first().value<DocumentChange>();
        QCOMPARE(change.assets.changed, QList<AssetId>{AssetId(u"s-3"_qs)});
        QVERIFY(change.assets.added.isEmpty() && change.assets.removed.isEmpty());
        QCOMPARE(xOf(doc.data(), u"s-3"_qs), 3.0);

        // A scenario that shares (almost) nothing with the one shown: rebuilt.
        QVERIFY(doc.addScenario(u"Other"_qs, mapWithAsset(u"s-other"_qs, 7)));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(doc.data().assets.size(), 1);
    }

    void undoShowsTheScenarioItChanges()
    {
        Document doc;
        doc.reset(mapWithAsset(u"s-a"_qs, 1));
        doc.duplicateScenario(0, u"Target"_qs);
        doc.setGeometries({{u"s-a"_qs, Geometry{500, 0, 0, 0, {}}}});
        doc.setCurrentScenario(0);

        QSignalSpy switched(&doc, &Document::currentScenarioChanged);
        doc.undoStack()->undo(); // the move was made in Target
        QCOMPARE(switched.size(), 1);
        QCOMPARE(doc.currentScenario(), 1);
        QCOMPARE(xOf(doc.data(), u"s-a"_qs), 1.0);
        QCOMPARE(xOf(doc.scenarioData(0), u"s-a"_qs), 1.0);

        doc.undoStack()->undo(); // the duplication: Target goes, As-is shows
        QCOMPARE(doc.scenarioCount(), 1);
        QCOMPARE(doc.currentScenario(), 0);
        QVERIFY(!doc.isModified());

        doc.undoStack()->redo();
        doc.undoStack()->redo();
        QCOMPARE(doc.currentScenario(), 1);
        QCOMPARE(xOf(doc.data(), u"s-a"_qs), 500.0);
    }

    void typingDoesNotMergeAcrossScenarios()
    {
        Document doc;
        doc.reset(mapWithAsset(u"s-a"_qs, 1));
        doc.duplicateScenario(0, u"Target"_qs);
        Asset a = doc.data().assets.first();
        a.name = u"In target"_qs;
        doc.changeAsset(a, u"Rename"_qs, u"s-a/name"_qs);
        doc.setCurrentScenario(0);
        a.name = u"In as-is"_qs;
        doc.changeAsset(a, u"Rename"_qs, u"s-a/name"_qs);
        QCOMPARE(doc.undoStack()->count(), 3); // duplicate + one rename in each
        doc.undoStack()->undo();
        QCOMPARE(doc.currentScenario(), 0);
        QCOMPARE(doc.data().assets.first().name, u"S-A"_qs);
        QCOMPARE(doc.scenarioData(1).assets.first().name, u"In target"_qs);
    }

    void renameMoveDelete()
    {
        Document doc;
        doc.reset({{u"One"_qs, mapWithAsset(u"s-1"_qs, 1)},
                   {u"Two"_qs, mapWithAsset(u"s-2"_qs, 2)},
                   {u"Three"_qs, mapWithAsset(u"s-3"_qs, 3)}},
                  1);
        QCOMPARE(doc.data().assets.firstKey().str(), u"s-2"_qs);

        QVERIFY(!doc.renameScenario(0, u"two"_qs)); // names are unique ignoring case
        QVERIFY(!doc.renameScenario(0, u"  "_qs));
        QVERIFY(doc.renameScenario(0, u"First"_qs));
        QCOMPARE(doc.scenarioIndex(u"first"_qs), 0);

        QVERIFY(doc.moveScenario(2, 0));
        QCOMPARE(doc.scenarioNames(), QStringList({u"Three"_qs, u"First"_qs, u"Two"_qs}));
        QCOMPARE(doc.currentScenario(), 2); // still "Two"
        QCOMPARE(doc.data().assets.firstKey().str(), u"s-2"_qs);

        QVERIFY(doc.removeScenario(2)); // the current one: a neighbour shows
        QCOMPARE(doc.scenarioNames(), QStringList({u"Three"_qs, u"First"_qs}));
        QCOMPARE(doc.data().assets.firstKey().str(), u"s-1"_qs);

        doc.undoStack()->undo();
        QCOMPARE(doc.scenarioNames(), QStringList({u"Three"_qs, u"First"_qs, u"Two"_qs}));
        QCOMPARE(doc.currentScenario(), 2);
        QCOMPARE(doc.data().assets.firstKey().str(), u"s-2"_qs);
        doc.undoStack()->undo();
        QCOMPARE(doc.scenarioNames(), QStringList({u"First"_qs, u"Two"_qs, u"Three"_qs}));
        doc.undoStack()->undo();
        QCOMPARE(doc.scenarioNames(), QStringList({u"One"_qs, u"Two"_qs, u"Three"_qs}));
        QVERIFY(!doc.isModified());
    }

    void lastScenarioStays()
    {
        Document doc;
        QVERIFY(!doc.removeScenario(0));
        QCOMPARE(doc.scenarioCount(), 1);
    }

    void uniqueNames()
    {
        Document doc;
        QCOMPARE(doc.uniqueScenarioName(u"As-is"_qs), u"As-is 2"_qs);
        QCOMPARE(doc.uniqueScenarioName(u"Target"_qs), u"Target"_qs);
    }
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
