#pragma once

#include "analysis/insight.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace OrgMap {

class FindingsModel;
class FindingsFilterModel;

// "Findings": every finding of the latest analysis in a sortable table,
// filterable by severity and rule, with the counts. Activating a row asks to
// select and centre its subject (subjectActivated).
class FindingsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit FindingsDock(QWidget *parent = nullptr);

    void setInsight(InsightPtr insight);
    FindingsModel *model() const { return m_model; }
    FindingsFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QComboBox *severityCombo() const { return m_severityCombo; }
    QComboBox *ruleCombo() const { return m_ruleCombo; }
    QString countsText() const;

signals:
    void subjectActivated(const QString &id);

private:
    void applyFilters();
    void updateCounts();

    FindingsModel *m_model;
    FindingsFilterModel *m_filter;
    QComboBox *m_severityCombo;
    QComboBox *m_ruleCombo;
    QLabel *m_countsLabel;
    QTableView *m_table;
};

} // namespace OrgMap
