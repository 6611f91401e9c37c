#pragma once

#include "analysis/teamcoupling.h"

#include <QFrame>

class QLabel;
class QListWidget;

namespace OrgMap {

// Team coupling on the dashboard: the congruence (declared interactions that
// cover an implied team dependency / implied dependencies) as a big number,
// the undeclared dependencies and the interactions with no dependency behind
// them. Clicking an entry asks to select its two teams.
class TeamCouplingPanel : public QFrame
{
    Q_OBJECT

public:
    explicit TeamCouplingPanel(QWidget *parent = nullptr);

    void setTeamCoupling(const TeamCoupling &coupling, const MapData &map);
    QString congruenceText() const;
    QListWidget *undeclaredList() const { return m_undeclared; }
    QListWidget *unbackedList() const { return m_unbacked; }

signals:
    void selectRequested(const QStringList &ids);

private:
    QLabel *m_congruence;
    QLabel *m_detail;
    QLabel *m_undeclaredTitle;
    QLabel *m_unbackedTitle;
    QListWidget *m_undeclared;
    QListWidget *m_unbacked;
};

} // namespace OrgMap
