#include "statussummary.h"

#include "severityicons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>

namespace OrgMap {

StatusSummary::StatusSummary(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"analysisSummary"_qs);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Findings of the live analysis: click to show them"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_running = new QLabel(tr("Analysing…"), this);
    m_running->setObjectName(u"analysisRunning"_qs);
    // Kept in the layout while hidden so that the counts do not jump.
    QSizePolicy policy = m_running->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_running->setSizePolicy(policy);
    m_running->hide();
    layout->addWidget(m_running);
    const int iconSize = fontMetrics().height();
    for (Severity severity : kAllSeverities) {
        const int i = int(severity);
        m_icons[i] = new QLabel(this);
        m_icons[i]->setPixmap(severityIcon(severity).pixmap(iconSize, iconSize));
        m_counts[i] = new QLabel(this);
        layout->addSpacing(6);
        layout->addWidget(m_icons[i]);
        layout->addWidget(m_counts[i]);
    }
    setInsight(nullptr);
}

void StatusSummary::setInsight(const InsightPtr &insight)
{
    for (int &value : m_values)
        value = 0;
    if (insight)
        for (const Finding &finding : insight->analysis.findings)
            ++m_values[int(finding.severity)];
    for (Severity severity : kAllSeverities) {
        const int i = int(severity);
        m_counts[i]->setText(insight ? QString::number(m_values[i]) : u"–"_qs);
        // The words for screen readers and tooltips; the icon says it by shape.
        const QString words = severityCount(severity, m_values[i]);
        m_counts[i]->setToolTip(words);
        m_counts[i]->setAccessibleName(words);
        m_icons[i]->setToolTip(words);
    }
}

void StatusSummary::setRunning(bool running)
{
    m_running->setVisible(running);
}

QString StatusSummary::text() const
{
    return severityCountsLine(m_values[int(Severity::Error)], m_values[int(Severity::Warning)],
                              m_values[int(Severity::Info)]);
}

void StatusSummary::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit clicked();
    QWidget::mousePressEvent(event);
}

} // namespace OrgMap
