#pragma once

#include "analysis/insight.h"
#include "dashboarddata.h"

#include <QWidget>

class QBarSet;
class QLabel;
class QPushButton;
class QChart;
class QChartView;
class QGridLayout;

namespace OrgMap {

class CouplingHeatMap;
class TeamCouplingPanel;

// The analysis at a glance: top hotspots by coupling score, domains by
// afferent/efferent coupling (with instability and size), the domain
// coupling heat map, assets per owning team, domains spanned per team, and
// the team coupling panel. It follows the live analysis; while hidden it only
// remembers the newest insight and draws it when shown, so that an invisible
// dashboard costs the GUI thread nothing. Clicking a bar or a cell asks to
// select what it stands for.
class DashboardWidget : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardWidget(QWidget *parent = nullptr);

    void setInsight(InsightPtr insight);
    InsightPtr insight() const { return m_insight; }
    // Draws the newest insight now, shown or not (tests, export).
    void updateNow();
    const DashboardData &data() const { return m_data; }

    QChart *hotspotChart() const { return m_hotspots; }
    QChart *domainChart() const { return m_domains; }
    QChart *assetsPerTeamChart() const { return m_assetsPerTeam; }
    QChart *domainsPerTeamChart() const { return m_domainsPerTeam; }
    CouplingHeatMap *heatMap() const { return m_heatMap; }
    TeamCouplingPanel *teamCouplingPanel() const { return m_teamPanel; }

    // The dashboard as an image at `scale` times its size (sharp: the charts
    // are drawn again at that resolution, not scaled up).
    QImage renderImage(qreal scale = 2.0);
    // Modest: a docked dashboard must not push the side panels aside.
    QSize sizeHint() const override { return {720, 480}; }
    bool exportPng(const QString &path, QString *error, qreal scale = 2.0);

signals:
    void selectRequested(const QStringList &ids);
    void exportRequested(); // the Export PNG button

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QChartView *addChart(QChart *chart);
    void applyTheme();
    void rebuild();
    void fillBars(QChart *chart, const DashboardData::BarList &list, const QString &setName,
                  const QString &axisTitle, const QColor &color, bool integers);
    void fillDomains();
    // A bar's tooltip: tips[i] for the bar at category i (the whole name).
    void showTipsOnHover(QBarSet *set, const QStringList &tips);
    // Three columns when wide; two (the heat map and the team panel each on a
    // row of their own) or one when the dock is narrow, so that every chart
    // keeps a readable width.
    void reflow();
    // A chart tall enough for each category name to fit its row (QtCharts
    // cuts a name to "..." when its row is lower than the text).
    void fitHeight(QChart *chart, int categories);

    InsightPtr m_insight;
    DashboardData m_data;
    bool m_dirty = false;
    QLabel *m_summary;
    QPushButton *m_exportButton;
    QChart *m_hotspots;
    QChart *m_domains;
    QChart *m_assetsPerTeam;
    QChart *m_domainsPerTeam;
    QList<QChartView *> m_views;
    QGridLayout *m_grid = nullptr;
    int m_columns = 0;
    CouplingHeatMap *m_heatMap;
    TeamCouplingPanel *m_teamPanel;
};

} // namespace OrgMap
