#pragma once

#include "diff/diff.h"

#include <QWidget>

class QChartView;
class QLabel;
class QTableWidget;

namespace OrgMap {

// The metrics of diff-v1 side by side (before, after, signed delta, and a
// verdict in words and arrows: fewer cross-domain links, cycles, orphans,
// hotspots, scattered teams and findings is better), beside Qt Charts of the
// per-domain instability and of the domains-per-team and assets-per-team
// distributions before and after. Reads a MapDiff; computes none.
class MetricsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MetricsPanel(QWidget *parent = nullptr);

    void setDiff(const MapDiff &diff, const MapData &oldMap, const MapData &newMap,
                 const QString &oldLabel, const QString &newLabel);

    // +1 when the change of `m` is better, -1 worse, 0 the same or neither
    // (counts of entities are neither).
    static int verdict(const MetricChange &m);
    static bool lowerIsBetter(DiffMetric metric);
    static QString metricName(DiffMetric metric); // translated

    QTableWidget *table() const { return m_table; }
    QChartView *instabilityChart() const { return m_instability; }
    QChartView *domainsPerTeamChart() const { return m_domainsPerTeam; }
    QChartView *assetsPerTeamChart() const { return m_assetsPerTeam; }

    // The panel as an image (laid out at its size, or 1200x700 when hidden),
    // and written as PNG through the atomic writer.
    QImage renderImage();
    bool exportPng(const QString &path, QString *error);
    // The team distributions need an analysis of each side: they are drawn
    // when the panel is first shown (or rendered), not when compare starts.
    bool distributionsPending() const { return m_pending; }
    void ensureDistributions();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillTable(const MapDiff &diff);
    void fillInstability(const MapDiff &diff, const MapData &oldMap, const MapData &newMap);
    void fillDistributions(const MapData &oldMap, const MapData &newMap);

    QLabel *m_title;
    QTableWidget *m_table;
    QChartView *m_instability;
    QChartView *m_domainsPerTeam;
    QChartView *m_assetsPerTeam;
    QString m_oldLabel;
    QString m_newLabel;
    MapData m_oldMap; // implicitly shared copies, for the deferred charts
    MapData m_newMap;
    bool m_pending = false;
};

} // namespace OrgMap
