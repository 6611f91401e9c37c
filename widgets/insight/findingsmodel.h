#pragma once

#include "analysis/insight.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <array>
#include <optional>

namespace OrgMap {

// The findings of one Insight as a read-only table: severity, rule, subject,
// message, in the analysis order (severity, rule, subject). A new insight
// resets the model: a few thousand rows reset in a few milliseconds, far less
// than diffing them would cost to write and to run.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        RuleColumn,
        SubjectColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role
    {
        SubjectIdRole = Qt::UserRole + 1, // QString: the subject's id
        SeverityRole,                     // int(Severity)
        RuleRole,                         // int(Rule)
        SortRole,                         // what the column sorts by
        RelatedRole,                      // QStringList: related ids
    };

    explicit FindingsModel(QObject *parent = nullptr);

    void setInsight(InsightPtr insight);
    InsightPtr insight() const { return m_insight; }
    const Finding *findingAt(int row) const;
    int count(Severity severity) const { return m_counts[int(severity)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The name of an entity in the insight's snapshot (the id when unknown).
    QString subjectName(const QString &id) const;

private:
    InsightPtr m_insight;
    std::array<int, 3> m_counts{};
};

// Severity and rule filters over a FindingsModel, sortable by any column.
class FindingsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FindingsFilterModel(QObject *parent = nullptr);

    void setSeverityFilter(std::optional<Severity> severity);
    std::optional<Severity> severityFilter() const { return m_severity; }
    void setRuleFilter(std::optional<Rule> rule);
    std::optional<Rule> ruleFilter() const { return m_rule; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<Severity> m_severity;
    std::optional<Rule> m_rule;
};

} // namespace OrgMap
