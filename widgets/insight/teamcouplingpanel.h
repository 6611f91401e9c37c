#pragma once

#include "analysis/teamcoupling.h"

#include <QFrame>

class QLabel;
class QListView;

namespace OrgMap {

class TeamPairModel;

// Team coupling on the dashboard: the congruence (declared interactions that
// cover an implied team dependency / implied dependencies) as a big number,
// the undeclared dependencies and the interactions with no dependency behind
// them. Clicking an entry asks to select its two teams.
class TeamCouplingPanel : public QFrame
{
    Q_OBJECT

public:
    explicit TeamCouplingPanel(QWidget *parent = nullptr);

    // The two teams' ids (a QStringList) of an entry in either list.
    static constexpr int IdsRole = Qt::UserRole + 1;

    void setTeamCoupling(const TeamCoupling &coupling, const MapData &map);
    QString congruenceText() const;
    QListView *undeclaredList() const { return m_undeclared; }
    QListView *unbackedList() const { return m_unbacked; }

signals:
    void selectRequested(const QStringList &ids);

private:
    QLabel *m_congruence;
    QLabel *m_detail;
    QLabel *m_undeclaredTitle;
    QLabel *m_unbackedTitle;
    QListView *m_undeclared;
    QListView *m_unbacked;
    TeamPairModel *m_undeclaredModel;
    TeamPairModel *m_unbackedModel;
};

} // namespace OrgMap
