#pragma once

#include "analysis/insight.h"

#include <QWidget>

class QLabel;

namespace OrgMap {

// The status-bar summary of the analysis: an icon and a count per severity,
// and "Analysing…" while a newer analysis runs. A click asks for the findings.
class StatusSummary : public QWidget
{
    Q_OBJECT

public:
    explicit StatusSummary(QWidget *parent = nullptr);

    void setInsight(const InsightPtr &insight);
    void setRunning(bool running);
    // The counts as one line ("2 errors · 14 warnings · 5 infos"), for tests.
    QString text() const;

signals:
    void clicked();

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    QLabel *m_icons[3];
    QLabel *m_counts[3];
    QLabel *m_running;
    int m_values[3] = {0, 0, 0};
};

} // namespace OrgMap
