#include "analysisrunner.h"
#include "document/document.h"
#include "findingsmodel.h"
#include "insighttestmaps.h"
#include "severityicons.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace OrgMap;

class TestAnalysisRunner : public QObject
{
    Q_OBJECT

private slots:
    void deliversAfterReset();
    void deliversAfterEditWithDebounce();
    void staleResultsAreDiscarded();
    void neverRunsTwoAtOnce();
    void optionsRerunAtOnce();
    void removingOwnerFlagsAssetAndUndoClears();
    void findingsModelMatchesAnalysis();
    void filterBySeverityAndRule_data();
    void filterBySeverityAndRule();
    void sortKeepsAnalysisOrderOnTies();
};

namespace {

// Waits until the runner has delivered an insight for the newest change.
InsightPtr waitCurrent(AnalysisRunner &runner)
{
    if (!runner.waitForCurrent(20000))
        return nullptr;
    return runner.latest();
}

} // namespace

void TestAnalysisRunner::deliversAfterReset()
{
    Document document;
    document.reset(InsightTest::coupledMap());
    AnalysisRunner runner(&document);
    QSignalSpy ready(&runner, &AnalysisRunner::insightReady);
    const InsightPtr insight = waitCurrent(runner);
    QVERIFY(insight);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(insight->snapshot, document.data());
    QCOMPARE(insight->analysis, analyze(document.data(), runner.options()));

    document.reset(MapData{});
    const InsightPtr empty = waitCurrent(runner);
    QVERIFY(empty);
    QVERIFY(empty->generation > insight->generation);
    QVERIFY(empty->analysis.findings.isEmpty());
}

void TestAnalysisRunner::deliversAfterEditWithDebounce()
{
    Document document;
    document.reset(InsightTest::coupledMap());
    AnalysisRunner runner(&document);
    QVERIFY(waitCurrent(runner));
    QSignalSpy ready(&runner, &AnalysisRunner::insightReady);
    QVERIFY(document.rename(u"a1"_qs, u"Renamed"_qs));
    QVERIFY(!runner.isCurrent());
    // Nothing starts before the debounce has passed.
    QTest::qWait(AnalysisRunner::kDebounceMs / 2);
    QVERIFY(!runner.isRunning());
    QCOMPARE(ready.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
    const InsightPtr insight = ready.at(0).at(0).value<InsightPtr>();
    QCOMPARE(insight->snapshot.assets.value(AssetId(u"a1"_qs)).name, u"Renamed"_qs);
    QVERIFY(runner.isCurrent());
}

void TestAnalysisRunner::staleResultsAreDiscarded()
{
    Document document;
    document.reset(InsightTest::coupledMap());
    AnalysisRunner runner(&document);
    QVERIFY(waitCurrent(runner));
    QSignalSpy ready(&runner, &AnalysisRunner::insightReady);
    // Edits spaced wider than the debounce, so that runs start while earlier
    // ones may still be going, and narrower ones that only restart the timer.
    for (int i = 0; i < 6; ++i) {
        QVERIFY(document.rename(u"b1"_qs, u"Name %1"_qs.arg(i)));
        QTest::qWait(i % 2 ? AnalysisRunner::kDebounceMs + 30 : 10);
    }
    QVERIFY(waitCurrent(runner));
    QTest::qWait(AnalysisRunner::kDebounceMs * 2); // nothing late may follow
    QVERIFY(!ready.isEmpty());
    quint64 previous = 0;
    for (const QList<QVariant> &args : ready) {
        const InsightPtr insight = args.at(0).value<InsightPtr>();
        QVERIFY2(insight->generation > previous, "deliveries must be newer each time");
        previous = insight->generation;
    }
    const InsightPtr last = ready.last().at(0).value<InsightPtr>();
    QCOMPARE(last->generation, runner.requestedGeneration());
    QCOMPARE(last->snapshot.assets.value(AssetId(u"b1"_qs)).name, u"Name 5"_qs);
    QCOMPARE(runner.latest(), last);
}

void TestAnalysisRunner::neverRunsTwoAtOnce()
{
    Document document;
    document.reset(InsightTest::coupledMap());
    AnalysisRunner runner(&document);
    QSignalSpy running(&runner, &AnalysisRunner::runningChanged);
    for (int i = 0; i < 8; ++i) {
        QVERIFY(document.rename(u"c1"_qs, u"C %1"_qs.arg(i)));
        runner.runNow(); // no debounce: requests pile up on a running one
        QTest::qWait(5);
    }
    QVERIFY(waitCurrent(runner));
    QTest::qWait(50);
    QVERIFY(running.size() >= 2);
    // Strictly alternating true/false: a start never overlaps a running one.
    for (int i = 0; i < running.size(); ++i)
        QCOMPARE(running.at(i).at(0).toBool(), i % 2 == 0);
    QVERIFY(!runner.isRunning());
}

void TestAnalysisRunner::optionsRerunAtOnce()
{
    Document document;
    document.reset(InsightTest::coupledMap());
    AnalysisRunner runner(&document);
    InsightPtr insight = waitCurrent(runner);
    QVERIFY(insight);
    auto hotspots = [](const InsightPtr &i) {
        int n = 0;
        for (const Finding &f : i->analysis.findings)
            n += f.rule == Rule::Hotspot ? 1 : 0;
        return n;
    };
    QCOMPARE(hotspots(insight), 1); // a1 with 3 cross-domain links
    AnalysisOptions options;
    options.hotspotThreshold = 2;
    options.linkWeights = {2.0, 1.0, 0.25};
    runner.setOptions(options);
    insight = waitCurrent(runner);
    QVERIFY(insight);
    QCOMPARE(hotspots(insight), 2); // b1 joins with 2
    QCOMPARE(insight->options.hotspotThreshold, 2);
    for (const AssetMetrics &metrics : insight->analysis.assets)
        if (metrics.asset.str() == u"a1")
            QCOMPARE(metrics.couplingScore, 2.0 + 1.0 + 0.25);
}

void TestAnalysisRunner::removingOwnerFlagsAssetAndUndoClears()
{
    Document document;
    document.reset(InsightTest::coupledMap());
    AnalysisRunner runner(&document);
    FindingsModel model;
    QAbstractItemModelTester tester(&model);
    connect(&runner, &AnalysisRunner::insightReady, &model, &FindingsModel::setInsight);
    QVERIFY(waitCurrent(runner));
    auto unownedRow = [&model](const QString &id) {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.findingAt(row)->rule == Rule::Unowned && model.findingAt(row)->subject == id)
                return row;
        return -1;
    };
    QCOMPARE(unownedRow(u"b1"_qs), -1);
    QCOMPARE(model.count(Severity::Error), 0);

    QVERIFY(document.setAssetOwner(AssetId(u"b1"_qs), TeamId()));
    QVERIFY(waitCurrent(runner));
    const int row = unownedRow(u"b1"_qs);
    QVERIFY(row >= 0);
    QCOMPARE(model.count(Severity::Error), 1);
    QCOMPARE(model.index(row, FindingsModel::SubjectColumn).data().toString(), u"B1"_qs);
    QCOMPARE(model.index(row, FindingsModel::SubjectColumn).data(Qt::ToolTipRole).toString(),
             u"b1"_qs);
    QCOMPARE(model.index(row, FindingsModel::SeverityColumn).data().toString(),
             severityName(Severity::Error));
    QVERIFY(!model.index(row, FindingsModel::SeverityColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());

    document.undoStack()->undo();
    QVERIFY(waitCurrent(runner));
    QCOMPARE(unownedRow(u"b1"_qs), -1);
    QCOMPARE(model.count(Severity::Error), 0);
    document.undoStack()->redo();
    QVERIFY(waitCurrent(runner));
    QVERIFY(unownedRow(u"b1"_qs) >= 0);
}

void TestAnalysisRunner::findingsModelMatchesAnalysis()
{
    MapData map = InsightTest::coupledMap();
    InsightTest::addAsset(map, u"x1"_qs, {}, {});            // unowned + no-domain
    InsightTest::addDomain(map, u"d-empty"_qs, u"Empty"_qs); // empty-domain
    InsightTest::addTeam(map, u"t-idle"_qs, u"Idle"_qs);     // idle-team
    const InsightPtr insight = computeInsight(map, {}, 1);
    FindingsModel model;
    QAbstractItemModelTester tester(&model);
    model.setInsight(insight);
    const QList<Finding> &findings = insight->analysis.findings;
    QVERIFY(findings.size() >= 5);
    QCOMPARE(model.rowCount(), findings.size());
    QCOMPARE(model.columnCount(), 4);
    std::array<int, 3> counts{};
    for (int row = 0; row < findings.size(); ++row) {
        const Finding &f = findings.at(row);
        ++counts[int(f.severity)];
        QCOMPARE(model.index(row, 0).data().toString(), severityName(f.severity));
        QCOMPARE(model.index(row, 1).data().toString(), ruleName(f.rule));
        QCOMPARE(model.index(row, 2).data(FindingsModel::SubjectIdRole).toString(), f.subject);
        QCOMPARE(model.index(row, 2).data().toString(), model.subjectName(f.subject));
        QCOMPARE(model.index(row, 3).data().toString(), f.message);
        QCOMPARE(model.index(row, 3).data(FindingsModel::RelatedRole).toStringList(), f.related);
    }
    for (Severity s : kAllSeverities)
        QCOMPARE(model.count(s), counts[int(s)]);
    QCOMPARE(model.subjectName(u"d-empty"_qs), u"Empty"_qs);
    QCOMPARE(model.subjectName(u"t-idle"_qs), u"Idle"_qs);
}

void TestAnalysisRunner::filterBySeverityAndRule_data()
{
    QTest::addColumn<int>("severity"); // -1: any
    QTest::addColumn<int>("rule");     // -1: any
    QTest::newRow("all") << -1 << -1;
    QTest::newRow("errors") << int(Severity::Error) << -1;
    QTest::newRow("warnings") << int(Severity::Warning) << -1;
    QTest::newRow("infos") << int(Severity::Info) << -1;
    QTest::newRow("hotspot") << -1 << int(Rule::Hotspot);
    QTest::newRow("no-domain") << -1 << int(Rule::NoDomain);
    QTest::newRow("warning+no-domain") << int(Severity::Warning) << int(Rule::NoDomain);
    QTest::newRow("error+hotspot (none)") << int(Severity::Error) << int(Rule::Hotspot);
}

void TestAnalysisRunner::filterBySeverityAndRule()
{
    QFETCH(int, severity);
    QFETCH(int, rule);
    MapData map = InsightTest::coupledMap();
    InsightTest::addAsset(map, u"x1"_qs, {}, {});
    InsightTest::addTeam(map, u"t-idle"_qs, u"Idle"_qs);
    const InsightPtr insight = computeInsight(map, {}, 1);
    FindingsModel model;
    model.setInsight(insight);
    FindingsFilterModel filter;
    QAbstractItemModelTester tester(&filter);
    filter.setSourceModel(&model);
    filter.setSeverityFilter(severity < 0 ? std::nullopt
                                          : std::optional<Severity>(Severity(severity)));
    filter.setRuleFilter(rule < 0 ? std::nullopt : std::optional<Rule>(Rule(rule)));
    QList<Finding> expected;
    for (const Finding &f : insight->analysis.findings)
        if ((severity < 0 || int(f.severity) == severity) && (rule < 0 || int(f.rule) == rule))
            expected.append(f);
    QCOMPARE(filter.rowCount(), expected.size());
    for (int row = 0; row < expected.size(); ++row) {
        QCOMPARE(filter.index(row, 2).data(FindingsModel::SubjectIdRole).toString(),
                 expected.at(row).subject);
        QCOMPARE(filter.index(row, 1).data(FindingsModel::RuleRole).toInt(),
                 int(expected.at(row).rule));
    }
}

void TestAnalysisRunner::sortKeepsAnalysisOrderOnTies()
{
    MapData map = InsightTest::coupledMap();
    InsightTest::addAsset(map, u"x1"_qs, {}, {});
    InsightTest::addAsset(map, u"x2"_qs, {}, {});
    InsightTest::addTeam(map, u"t-idle"_qs, u"Idle"_qs); // an info
    const InsightPtr insight = computeInsight(map, {}, 1);
    FindingsModel model;
    model.setInsight(insight);
    FindingsFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(FindingsModel::SeverityColumn, Qt::DescendingOrder); // infos first
    QCOMPARE(filter.index(0, 0).data(FindingsModel::SeverityRole).toInt(), int(Severity::Info));
    filter.sort(FindingsModel::SubjectColumn, Qt::AscendingOrder);
    for (int row = 1; row < filter.rowCount(); ++row) {
        const QString a = filter.index(row - 1, 2).data().toString();
        const QString b = filter.index(row, 2).data().toString();
        QVERIFY(QString::compare(a, b, Qt::CaseInsensitive) <= 0);
        if (QString::compare(a, b, Qt::CaseInsensitive) == 0) // tie: analysis order
            QVERIFY(filter.mapToSource(filter.index(row - 1, 0)).row() <
                    filter.mapToSource(filter.index(row, 0)).row());
    }
}

QTEST_MAIN(TestAnalysisRunner) // severity icons are pixmaps
#include "tst_analysisrunner.moc"
