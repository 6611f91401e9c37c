#include "findingsmodel.h"

#include "severityicons.h"

namespace OrgMap {

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingsModel::setInsight(InsightPtr insight)
{
    beginResetModel();
    m_insight = std::move(insight);
    m_counts = {};
    if (m_insight)
        for (const Finding &finding : m_insight->analysis.findings)
            ++m_counts[int(finding.severity)];
    endResetModel();
}

const Finding *FindingsModel::findingAt(int row) const
{
    if (!m_insight || row < 0 || row >= m_insight->analysis.findings.size())
        return nullptr;
    return &m_insight->analysis.findings.at(row);
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_insight ? 0 : int(m_insight->analysis.findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingsModel::subjectName(const QString &id) const
{
    if (!m_insight)
        return id;
    const QString name = m_insight->snapshot.nameOf(id);
    return name.isEmpty() ? id : name;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    const Finding *finding = index.isValid() ? findingAt(index.row()) : nullptr;
    if (!finding)
        return {};
    switch (role) {
    case SubjectIdRole:
        return finding->subject;
    case SeverityRole:
        return int(finding->severity);
    case RuleRole:
        return int(finding->rule);
    case RelatedRole:
        return finding->related;
    default:
        break;
    }
    switch (index.column()) {
    case SeverityColumn:
        if (role == Qt::DisplayRole)
            return severityName(finding->severity);
        if (role == Qt::DecorationRole)
            return severityIcon(finding->severity);
        if (role == SortRole)
            return int(finding->severity);
        break;
    case RuleColumn:
        if (role == Qt::DisplayRole)
            return ruleName(finding->rule);
        if (role == Qt::ToolTipRole)
            return toString(finding->rule);
        if (role == SortRole)
            return int(finding->rule);
        break;
    case SubjectColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return subjectName(finding->subject);
        if (role == Qt::ToolTipRole)
            return finding->subject;
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)
            return finding->message;
        break;
    default:
        break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case SubjectColumn:
        return tr("Subject");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

FindingsFilterModel::FindingsFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FindingsFilterModel::setSeverityFilter(std::optional<Severity> severity)
{
    if (m_severity == severity)
        return;
    m_severity = severity;
    invalidateFilter();
}

void FindingsFilterModel::setRuleFilter(std::optional<Rule> rule)
{
    if (m_rule == rule)
        return;
    m_rule = rule;
    invalidateFilter();
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const FindingsModel *>(sourceModel());
    const Finding *finding = model ? model->findingAt(sourceRow) : nullptr;
    if (!finding || sourceParent.isValid())
        return false;
    return (!m_severity || finding->severity == *m_severity) &&
           (!m_rule || finding->rule == *m_rule);
}

bool FindingsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Ties keep the analysis order (severity, rule, subject): stable and
    // meaningful, where QSortFilterProxyModel's own tie order is not.
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString) {
        const int c = QString::compare(l.toString(), r.toString(), Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
    } else if (l.toInt() != r.toInt()) {
        return l.toInt() < r.toInt();
    }
    return left.row() < right.row();
}

} // namespace OrgMap
