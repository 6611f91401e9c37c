#include "teamcouplingpanel.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace OrgMap {

namespace {

constexpr int kIdsRole = Qt::UserRole + 1;

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
    m_undeclared = new QListWidget(this);
    m_undeclared->setObjectName(u"undeclaredList"_qs);
    m_unbacked = new QListWidget(this);
    m_unbacked->setObjectName(u"unbackedList"_qs);
    for (QListWidget *list : {m_undeclared, m_unbacked}) {
        list->setFrameShape(QFrame::NoFrame);
        list->setUniformItemSizes(true);
        // Two rows at least: the panel must not set the dashboard's row height.
        list->setMinimumHeight(2 * list->fontMetrics().height() + 6);
        list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
        connect(list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
            emit selectRequested(item->data(kIdsRole).toStringList());
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
    m_undeclared->clear();
    for (const TeamDependency &dependency : coupling.dependencies) {
        if (dependency.declared)
            continue;
        auto *item = new QListWidgetItem(
            tr("%1 ↔ %2 · %n link(s)", nullptr, dependency.links())
                .arg(teamName(map, dependency.first), teamName(map, dependency.second)),
            m_undeclared);
        item->setData(kIdsRole, QStringList{dependency.first.str(), dependency.second.str()});
    }
    m_unbacked->clear();
    for (const InteractionKey &key : coupling.unbacked) {
        auto *item = new QListWidgetItem(
            tr("%1 → %2 (%3)")
                .arg(teamName(map, key.from), teamName(map, key.to), modeName(key.mode)),
            m_unbacked);
        item->setData(kIdsRole, QStringList{key.from.str(), key.to.str()});
    }
    m_undeclaredTitle->setText(tr("Undeclared dependencies: %1").arg(m_undeclared->count()));
    m_unbackedTitle->setText(tr("Interactions with no dependency: %1").arg(m_unbacked->count()));
}

} // namespace OrgMap
