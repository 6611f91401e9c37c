#include "findingsdock.h"

#include "findingsmodel.h"
#include "severityicons.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace OrgMap {

FindingsDock::FindingsDock(QWidget *parent)
    : QDockWidget(tr("Findings"), parent), m_model(new FindingsModel(this)),
      m_filter(new FindingsFilterModel(this))
{
    setObjectName(u"findingsDock"_qs);
    m_filter->setSourceModel(m_model);

    auto *content = new QWidget(this);
    m_severityCombo = new QComboBox(content);
    m_severityCombo->setObjectName(u"findingsSeverityFilter"_qs);
    m_severityCombo->addItem(tr("All severities"), -1);
    for (Severity severity : kAllSeverities)
        m_severityCombo->addItem(severityIcon(severity), severityName(severity), int(severity));
    m_ruleCombo = new QComboBox(content);
    m_ruleCombo->setObjectName(u"findingsRuleFilter"_qs);
    m_ruleCombo->addItem(tr("All rules"), -1);
    for (Rule rule : kAllRules)
        m_ruleCombo->addItem(ruleName(rule), int(rule));
    m_countsLabel = new QLabel(content);
    m_countsLabel->setObjectName(u"findingsCounts"_qs);

    m_table = new QTableView(content);
    m_table->setObjectName(u"findingsTable"_qs);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the analysis order until a click
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights: no per-row measuring when thousands of rows arrive.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // Wide enough for the longest name in the UI language (German rule names
    // and the French "Avertissement" run longer than the English ones).
    const QFontMetrics metrics = m_table->fontMetrics();
    int severityWidth = 9 * em;
    for (Severity severity : kAllSeverities)
        severityWidth = qMax(severityWidth, metrics.horizontalAdvance(severityName(severity)) +
                                                metrics.height() + 2 * em); // + the icon
    int ruleWidth = 10 * em;
    for (Rule rule : kAllRules)
        ruleWidth = qMax(ruleWidth, metrics.horizontalAdvance(ruleName(rule)) + 2 * em);
    m_table->setColumnWidth(FindingsModel::SeverityColumn, severityWidth);
    m_table->setColumnWidth(FindingsModel::RuleColumn, ruleWidth);
    m_table->setColumnWidth(FindingsModel::SubjectColumn, 14 * em);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_severityCombo);
    filters->addWidget(m_ruleCombo);
    filters->addStretch(1);
    filters->addWidget(m_countsLabel);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    setWidget(content);

    connect(m_severityCombo, &QComboBox::currentIndexChanged, this, &FindingsDock::applyFilters);
    connect(m_ruleCombo, &QComboBox::currentIndexChanged, this, &FindingsDock::applyFilters);
    auto activate = [this](const QModelIndex &index) {
        const QString id = index.data(FindingsModel::SubjectIdRole).toString();
        if (!id.isEmpty())
            emit subjectActivated(id);
    };
    connect(m_table, &QTableView::activated, this, activate);
    connect(m_table, &QTableView::clicked, this, activate);
    updateCounts();
}

void FindingsDock::setInsight(InsightPtr insight)
{
    // Keep the selected finding selected when it survives the edit.
    const QModelIndex current = m_table->currentIndex();
    const QString subject = current.data(FindingsModel::SubjectIdRole).toString();
    const QVariant rule = current.data(FindingsModel::RuleRole);
    m_model->setInsight(std::move(insight));
    if (!subject.isEmpty()) {
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const QModelIndex index = m_filter->index(row, 0);
            if (index.data(FindingsModel::SubjectIdRole).toString() == subject &&
                index.data(FindingsModel::RuleRole) == rule) {
                m_table->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                break;
            }
        }
    }
    updateCounts();
}

void FindingsDock::applyFilters()
{
    const int severity = m_severityCombo->currentData().toInt();
    const int rule = m_ruleCombo->currentData().toInt();
    m_filter->setSeverityFilter(severity < 0 ? std::nullopt
                                             : std::optional<Severity>(Severity(severity)));
    m_filter->setRuleFilter(rule < 0 ? std::nullopt : std::optional<Rule>(Rule(rule)));
    updateCounts();
}

QString FindingsDock::countsText() const
{
    const QString counts =
        severityCountsLine(m_model->count(Severity::Error), m_model->count(Severity::Warning),
                           m_model->count(Severity::Info));
    if (m_filter->rowCount() == m_model->rowCount())
        return counts;
    return tr("%n shown · %1", "%1: \"2 errors · 14 warnings · 5 infos\"", m_filter->rowCount())
        .arg(counts);
}

void FindingsDock::updateCounts()
{
    m_countsLabel->setText(countsText());
}

} // namespace OrgMap
