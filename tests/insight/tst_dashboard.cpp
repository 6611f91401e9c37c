#include "chartfit.h"
#include "couplingheatmap.h"
#include "dashboardwidget.h"
#include "insighttestmaps.h"
#include "teamcouplingpanel.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace OrgMap;

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void hotspotsEqualAnalysis();
    void domainsEqualAnalysis();
    void matrixEqualsCouplingCells();
    void teamsEqualAnalysis();
    void longListsAreCut();
    void teamCouplingPanelShowsCongruence();
    void clicksSelect();
    void hiddenDashboardDefersWork();
    void exportsAtTwiceTheSize();
    void categoryNamesAreAbbreviated_data();
    void categoryNamesAreAbbreviated();
};

namespace {

// (category, value) pairs of a one-series bar chart, largest first as shown
// from top to bottom (horizontal bars list the bottom category first).
QList<QPair<QString, double>> bars(QChart *chart, int set = 0)
{
    QList<QPair<QString, double>> result;
    const auto series = chart->series();
    if (series.isEmpty())
        return result;
    auto *bar = qobject_cast<QAbstractBarSeries *>(series.first());
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
    if (!bar || !axis || bar->barSets().size() <= set)
        return result;
    QBarSet *values = bar->barSets().at(set);
    for (int i = values->count() - 1; i >= 0; --i)
        result.append({axis->categories().at(i), values->at(i)});
    return result;
}

struct Fixture
{
    InsightPtr insight = computeInsight(InsightTest::coupledMap(), {}, 1);
    DashboardWidget dashboard;
    Fixture()
    {
        dashboard.resize(1500, 800);
        dashboard.setInsight(insight);
        dashboard.updateNow();
    }
};

} // namespace

void TestDashboard::hotspotsEqualAnalysis()
{
    Fixture f;
    QSet<QString> hot;
    for (const Finding &finding : f.insight->analysis.findings)
        if (finding.rule == Rule::Hotspot)
            hot.insert(finding.subject);
    QList<QPair<QString, double>> expected;
    for (const AssetMetrics &m : f.insight->analysis.assets)
        if (hot.contains(m.asset.str()))
            expected.append({f.insight->snapshot.assets.value(m.asset).name, m.couplingScore});
    std::sort(expected.begin(), expected.end(),
              [](const auto &a, const auto &b) { return a.second > b.second; });
    QCOMPARE(bars(f.dashboard.hotspotChart()), expected);
    // By hand: a1 has links of weight 1.0, 0.75 and 0.5 across domains.
    QCOMPARE(expected, (QList<QPair<QString, double>>{{u"A1"_qs, 2.25}}));
}

void TestDashboard::domainsEqualAnalysis()
{
    Fixture f;
    QChart *chart = f.dashboard.domainChart();
    const auto ca = bars(chart, 0);
    const auto ce = bars(chart, 1);
    const QList<DashboardData::DomainBar> &domains = f.dashboard.data().domains;
    QCOMPARE(ca.size(), domains.size());
    QCOMPARE(domains.size(), 3);
    for (int i = 0; i < domains.size(); ++i) {
        const DashboardData::DomainBar &bar = domains.at(i);
        const auto it =
            std::find_if(f.insight->analysis.domains.cbegin(), f.insight->analysis.domains.cend(),
                         [&](const DomainMetrics &m) { return m.domain.str() == bar.id; });
        QVERIFY(it != f.insight->analysis.domains.cend());
        QCOMPARE(ca.at(i).second, double(it->ca));
        QCOMPARE(ce.at(i).second, double(it->ce));
        QCOMPARE(bar.assets, it->assets);
        QCOMPARE(bar.instability, it->instability);
        QVERIFY2(ca.at(i).first.startsWith(bar.label), qPrintable(ca.at(i).first));
    }
    // By hand: Alpha ca 1 ce 2 (3 in all) first; then Beta (1+1), Gamma (1+0).
    QCOMPARE(domains.at(0).id, u"d-a"_qs);
    QCOMPARE(domains.at(0).ca, 1);
    QCOMPARE(domains.at(0).ce, 2);
    QCOMPARE(domains.at(2).id, u"d-c"_qs);
}

void TestDashboard::matrixEqualsCouplingCells()
{
    Fixture f;
    const DashboardData::Matrix &matrix = f.dashboard.heatMap()->matrix();
    QCOMPARE(matrix.ids, (QStringList{u"d-a"_qs, u"d-b"_qs, u"d-c"_qs})); // by name
    int nonZero = 0;
    for (int r = 0; r < matrix.ids.size(); ++r)
        for (int c = 0; c < matrix.ids.size(); ++c)
            nonZero += matrix.links[r][c] > 0 ? 1 : 0;
    QCOMPARE(nonZero, f.insight->analysis.coupling.size());
    for (const CouplingCell &cell : f.insight->analysis.coupling) {
        const int r = int(matrix.ids.indexOf(cell.from.str()));
        const int c = int(matrix.ids.indexOf(cell.to.str()));
        QCOMPARE(matrix.weights[r][c], cell.weight);
        QCOMPARE(matrix.links[r][c], cell.links);
    }
    QCOMPARE(matrix.weights[0][1], 1.0);  // Alpha -> Beta: api
    QCOMPARE(matrix.weights[0][2], 0.75); // Alpha -> Gamma: data
    QCOMPARE(matrix.weights[1][0], 0.5);  // Beta -> Alpha: event
    QCOMPARE(matrix.maxWeight, 1.0);
}

void TestDashboard::teamsEqualAnalysis()
{
    Fixture f;
    QList<QPair<QString, double>> assets, domains;
    for (const TeamMetrics &m : f.insight->analysis.teams) {
        assets.append({f.insight->snapshot.teams.value(m.team).name, m.assetsOwned});
        domains.append({f.insight->snapshot.teams.value(m.team).name, m.domainsSpanned});
    }
    auto bySize = [](auto &list) {
        std::stable_sort(list.begin(), list.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
    };
    bySize(assets);
    bySize(domains);
    const auto shownAssets = bars(f.dashboard.assetsPerTeamChart());
    const auto shownDomains = bars(f.dashboard.domainsPerTeamChart());
    QCOMPARE(shownAssets.size(), 3);
    QCOMPARE(shownAssets.first(), (QPair<QString, double>{u"One"_qs, 3}));
    QCOMPARE(shownDomains.first(), (QPair<QString, double>{u"One"_qs, 2}));
    // Same multiset of values as the analysis (ties are ordered by id there).
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(shownAssets.at(i).second, assets.at(i).second);
        QCOMPARE(shownDomains.at(i).second, domains.at(i).second);
    }
}

void TestDashboard::longListsAreCut()
{
    MapData map;
    InsightTest::addDomain(map, u"d-x"_qs, u"X"_qs);
    for (int i = 0; i < DashboardData::kMaxBars + 5; ++i) {
        const QString team = u"t-%1"_qs.arg(i, 2, 10, QLatin1Char('0'));
        InsightTest::addTeam(map, team, team.toUpper());
        for (int k = 0; k <= i; ++k)
            InsightTest::addAsset(map, u"a-%1-%2"_qs.arg(i).arg(k), u"d-x"_qs, team);
    }
    const DashboardData data = DashboardData::fromInsight(*computeInsight(map, {}, 1));
    QCOMPARE(data.assetsPerTeam.total, DashboardData::kMaxBars + 5);
    QCOMPARE(data.assetsPerTeam.bars.size(), DashboardData::kMaxBars);
    QCOMPARE(data.assetsPerTeam.bars.first().value, double(DashboardData::kMaxBars + 5));
    QCOMPARE(data.assetsPerTeam.bars.last().value, 6.0);
}

void TestDashboard::teamCouplingPanelShowsCongruence()
{
    Fixture f;
    TeamCouplingPanel *panel = f.dashboard.teamCouplingPanel();
    // Implied pairs {t-1,t-2} (declared by t-2 -> t-1) and {t-1,t-3} (not):
    // 1 of 2 covered. t-2 -> t-3 collaboration has no link behind it.
    QCOMPARE(f.insight->teamCoupling.congruence, 0.5);
    QCOMPARE(panel->congruenceText(), u"50%"_qs);
    const QAbstractItemModel *undeclared = panel->undeclaredList()->model();
    QCOMPARE(undeclared->rowCount(), 1);
    QVERIFY(undeclared->index(0, 0).data().toString().contains(u"One"_qs));
    QVERIFY(undeclared->index(0, 0).data().toString().contains(u"Three"_qs));
    const QAbstractItemModel *unbacked = panel->unbackedList()->model();
    QCOMPARE(unbacked->rowCount(), 1);
    QVERIFY(unbacked->index(0, 0).data().toString().contains(u"Two"_qs));
    QVERIFY(unbacked->index(0, 0).data().toString().contains(u"Three"_qs));
    QCOMPARE(unbacked->index(0, 0).data(TeamCouplingPanel::IdsRole).toStringList().size(), 2);
}

void TestDashboard::clicksSelect()
{
    Fixture f;
    f.dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.dashboard));
    QSignalSpy select(&f.dashboard, &DashboardWidget::selectRequested);
    auto *series =
        qobject_cast<QAbstractBarSeries *>(f.dashboard.assetsPerTeamChart()->series().first());
    // The top bar is the last set index (horizontal bars grow upwards).
    QBarSet *set = series->barSets().first();
    emit set->clicked(set->count() - 1);
    QCOMPARE(select.size(), 1);
    QCOMPARE(select.at(0).at(0).toStringList(), QStringList{u"t-1"_qs});

    CouplingHeatMap *heat = f.dashboard.heatMap();
    QTest::mouseClick(heat, Qt::LeftButton, {}, heat->cellRect(0, 1).center().toPoint());
    QCOMPARE(select.size(), 2);
    QCOMPARE(select.at(1).at(0).toStringList(), (QStringList{u"d-a"_qs, u"d-b"_qs}));
    QTest::mouseClick(heat, Qt::LeftButton, {}, heat->cellRect(2, 2).center().toPoint());
    QCOMPARE(select.size(), 2); // a diagonal cell stands for nothing

    QListView *undeclared = f.dashboard.teamCouplingPanel()->undeclaredList();
    emit undeclared->clicked(undeclared->model()->index(0, 0));
    QCOMPARE(select.size(), 3);
    QCOMPARE(select.at(2).at(0).toStringList(), (QStringList{u"t-1"_qs, u"t-3"_qs}));
}

void TestDashboard::hiddenDashboardDefersWork()
{
    DashboardWidget dashboard;
    const InsightPtr insight = computeInsight(InsightTest::coupledMap(), {}, 1);
    dashboard.setInsight(insight);
    QCOMPARE(dashboard.data().hotspots.bars.size(), 0); // not drawn while hidden
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    QCOMPARE(dashboard.data().hotspots.bars.size(), 1);
}

void TestDashboard::exportsAtTwiceTheSize()
{
    Fixture f;
    f.dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.dashboard));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"dashboard.png"_qs);
    QString error;
    QVERIFY2(f.dashboard.exportPng(path, &error), qPrintable(error));
    const QImage image(path);
    QCOMPARE(image.size(), f.dashboard.size() * 2);
    QVERIFY(!f.dashboard.exportPng(dir.filePath(u"missing/dir/x.png"_qs), &error));
    QVERIFY(error.contains(u"missing/dir/x.png"_qs));
}

// The names beside a bar chart, shortened to the room there (chartfit.h): the
// room is the width of `roomOf` in the font, so the cases hold for any font.
void TestDashboard::categoryNamesAreAbbreviated_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("roomOf");
    QTest::addColumn<QString>("shown");
    QTest::newRow("fits") << u"Payments"_qs << u"Payments and more"_qs << u"Payments"_qs;
    QTest::newRow("last word as initial")
        << u"Order Service Gateway"_qs << u"Order Service G."_qs << u"Order Service G."_qs;
    QTest::newRow("two words as initials")
        << u"Order Service Gateway"_qs << u"Order S. G."_qs << u"Order S. G."_qs;
    QTest::newRow("first word cut with a full stop, no ellipsis")
        << u"Internationalisation Hub"_qs << u"Interna"_qs << u"Intern."_qs;
    QTest::newRow("figure kept whole")
        << u"Customer Accounts (0.50 · 3)"_qs << u"Customer A. (0.50 · 3)"_qs
        << u"Customer A. (0.50 · 3)"_qs;
}

void TestDashboard::categoryNamesAreAbbreviated()
{
    QFETCH(QString, name);
    QFETCH(QString, roomOf);
    QFETCH(QString, shown);
    const QFontMetricsF metrics{QFont()};
    const double room = metrics.horizontalAdvance(roomOf);
    const QString result = abbreviated(name, metrics, room);
    QCOMPARE(result, shown);
    QVERIFY(metrics.horizontalAdvance(result) <= room);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
