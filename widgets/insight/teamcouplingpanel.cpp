#include "teamcouplingpanel.h"

#include <QAbstractListModel>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace OrgMap {

namespace {

QString teamName(const MapData &map, const TeamId &id)
{
    const QString name = map.teams.value(id).name;
    return name.isEmpty() ? id.str() : name;
}

QString modeName(InteractionMode mode)
{
    switch (mode) {
    case InteractionMode::Collaboration:
        return TeamCouplingPanel::tr("collaboration");
    case InteractionMode::Facilitating:
        return TeamCouplingPanel::tr("facilitating");
    case InteractionMode::XAsAService:
        return TeamCouplingPanel::tr("X-as-a-service");
    }
    return {};
}

} // namespace

// The entries of one list, formatted when a row is shown: the 10k map has
// ~8,300 undeclared pairs, and a QListWidget item each took 18 ms of the GUI
// thread with every insight (bench_liveanalysis).
class TeamPairModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    void setUndeclared(const TeamCoupling &coupling, const MapData &map)
    {
        beginResetModel();
        m_map = map;
        m_dependencies = coupling.dependencies;
        m_unbacked.clear();
        m_rows.clear();
        for (qsizetype i = 0; i < m_dependencies.size(); ++i)
            if (!m_dependencies.at(i).declared)
                m_rows.append(int(i));
        endResetModel();
    }
    void setUnbacked(const TeamCoupling &coupling, const MapData &map)
    {
        beginResetModel();
        m_map = map;
        m_dependencies.clear();
        m_unbacked = coupling.unbacked;
        m_rows.clear();
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        if (parent.isValid())
            return 0;
        return int(m_unbacked.isEmpty() ? m_rows.size() : m_unbacked.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= rowCount())
            return {};
        if (role == Qt::DisplayRole)
            return text(index.row());
        if (role == TeamCouplingPanel::IdsRole)
            return ids(index.row());
        return {};
    }
    QStringList ids(int row) const
    {
        if (!m_unbacked.isEmpty())
            return {m_unbacked.at(row).from.str(), m_unbacked.at(row).to.str()};
        const TeamDependency &d = m_dependencies.at(m_rows.at(row));
        return {d.first.str(), d.second.str()};
    }

private:
    QString text(int row) const
    {
        if (!m_unbacked.isEmpty()) {
            const InteractionKey &key = m_unbacked.at(row);
            return TeamCouplingPanel::tr("%1 → %2 (%3)")
                .arg(teamName(m_map, key.from), teamName(m_map, key.to), modeName(key.mode));
        }
        const TeamDependency &d = m_dependencies.at(m_rows.at(row));
        return TeamCouplingPanel::tr("%1 ↔ %2 · %n link(s)", nullptr, d.links())
            .arg(teamName(m_map, d.first), teamName(m_map, d.second));
    }

    MapData m_map; // implicitly shared with the insight's snapshot
    QList<TeamDependency> m_dependencies;
    QList<int> m_rows; // the undeclared ones among m_dependencies
    QList<InteractionKey> m_unbacked;
};

TeamCouplingPanel::TeamCouplingPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"teamCouplingPanel"_qs);
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto *title = new QLabel(tr("Team coupling: declared vs implied"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(std::max<qreal>(titleFont.pointSizeF(), 10) * 1.2);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    // Wrapping texts: a long translation ("Couplage des équipes : déclaré et
    // implicite") must not widen this column and squeeze the charts' titles.
    title->setWordWrap(true);
    m_congruence = new QLabel(this);
    m_congruence->setObjectName(u"congruenceLabel"_qs);
    QFont big = font();
    big.setPointSizeF(std::max<qreal>(big.pointSizeF(), 10) * 2.2);
    big.setBold(true);
    m_congruence->setFont(big);
    m_congruence->setAlignment(Qt::AlignCenter);
    m_detail = new QLabel(this);
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    m_undeclaredTitle = new QLabel(this);
    m_unbackedTitle = new QLabel(this);
    m_undeclaredTitle->setWordWrap(true);
    m_unbackedTitle->setWordWrap(true);
    m_undeclaredModel = new TeamPairModel(this);
    m_unbackedModel = new TeamPairModel(this);
    m_undeclared = new QListView(this);
    m_undeclared->setObjectName(u"undeclaredList"_qs);
    m_undeclared->setModel(m_undeclaredModel);
    m_unbacked = new QListView(this);
    m_unbacked->setObjectName(u"unbackedList"_qs);
    m_unbacked->setModel(m_unbackedModel);
    for (QListView *list : {m_undeclared, m_unbacked}) {
        list->setFrameShape(QFrame::NoFrame);
        list->setUniformItemSizes(true);
        list->setEditTriggers(QAbstractItemView::NoEditTriggers);
        // Two rows at least: the panel must not set the dashboard's row height.
        list->setMinimumHeight(2 * list->fontMetrics().height() + 6);
        list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
        connect(list, &QListView::clicked, this, [this](const QModelIndex &index) {
            emit selectRequested(index.data(IdsRole).toStringList());
        });
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addWidget(m_congruence);
    layout->addWidget(m_detail);
    layout->addWidget(m_undeclaredTitle);
    layout->addWidget(m_undeclared, 1);
    layout->addWidget(m_unbackedTitle);
    layout->addWidget(m_unbacked, 1);
}

QString TeamCouplingPanel::congruenceText() const
{
    return m_congruence->text();
}

void TeamCouplingPanel::setTeamCoupling(const TeamCoupling &coupling, const MapData &map)
{
    const int implied = int(coupling.dependencies.size());
    m_congruence->setText(tr("%1%", "percentage").arg(qRound(coupling.congruence * 100)));
    m_congruence->setToolTip(tr("Congruence = declared pairs / implied pairs"));
    m_detail->setText(implied == 0 ? tr("No team depends on another through the map")
                                   : tr("%1 of %2 team dependencies the map implies are declared")
                                         .arg(coupling.covered)
                                         .arg(implied));
    m_undeclaredModel->setUndeclared(coupling, map);
    m_unbackedModel->setUnbacked(coupling, map);
    m_undeclaredTitle->setText(
        tr("Undeclared dependencies: %1").arg(m_undeclaredModel->rowCount()));
    m_unbackedTitle->setText(
        tr("Interactions with no dependency: %1").arg(m_unbackedModel->rowCount()));
}

} // namespace OrgMap
