#include "selectionsummary.h"

#include "document/document.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QUndoStack>

namespace OrgMap {

SelectionSummary::SelectionSummary(Document *document, QWidget *parent)
    : PropertyEditor(document, parent), m_summary(new QLabel(this))
{
    m_summary->setWordWrap(true);
    form()->addRow(tr("Selected:"), m_summary);
    m_owner = addCombo(tr("&Owner of all:"), u"summaryOwner"_qs);
    m_owner->setToolTip(tr("Give every selected asset and domain this owner"));
    connect(m_owner, &QComboBox::activated, this, &SelectionSummary::assignOwner);
}

void SelectionSummary::setSelection(const QStringList &ids, int links, int interactions)
{
    m_ids = ids;
    m_links = links;
    m_interactions = interactions;
    reload();
}

void SelectionSummary::load()
{
    const MapData &map = document()->data();
    int domains = 0, teams = 0, assets = 0;
    TeamId commonOwner;
    bool first = true, mixed = false;
    auto owner = [&](const TeamId &team) {
        if (first)
            commonOwner = team;
        else if (team != commonOwner)
            mixed = true;
        first = false;
    };
    for (const QString &id : m_ids) {
        switch (map.kindOf(id)) {
        case EntityKind::Domain:
            ++domains;
            owner(map.domains.value(DomainId(id)).owner);
            break;
        case EntityKind::Team:
            ++teams;
            break;
        case EntityKind::Asset:
            ++assets;
            owner(map.assets.value(AssetId(id)).owner);
            break;
        case EntityKind::None:
            break;
        }
    }
    QStringList parts;
    if (domains)
        parts << tr("%n domain(s)", nullptr, domains);
    if (teams)
        parts << tr("%n team(s)", nullptr, teams);
    if (assets)
        parts << tr("%n asset(s)", nullptr, assets);
    if (m_links)
        parts << tr("%n link(s)", nullptr, m_links);
    if (m_interactions)
        parts << tr("%n interaction(s)", nullptr, m_interactions);
    // The language's own list pattern ("a, b and c", "a、b和c"), not ", ".
    m_summary->setText(QLocale().createSeparatedList(parts));
    fillTeams(m_owner, mixed ? TeamId() : commonOwner);
    if (mixed) {
        const QSignalBlocker blocker(m_owner);
        m_owner->insertItem(0, tr("(several)"), u"#mixed"_qs);
        m_owner->setCurrentIndex(0);
    }
    form()->setRowVisible(m_owner, domains + assets > 0);
}

void SelectionSummary::assignOwner()
{
    const QString value = m_owner->currentData().toString();
    if (value == u"#mixed"_qs)
        return;
    const TeamId owner(value);
    Document *doc = document();
    const MapData &map = doc->data();
    QStringList toChange;
    for (const QString &id : m_ids) {
        const EntityKind kind = map.kindOf(id);
        if ((kind == EntityKind::Asset && map.assets.value(AssetId(id)).owner != owner) ||
            (kind == EntityKind::Domain && map.domains.value(DomainId(id)).owner != owner))
            toChange.append(id);
    }
    if (toChange.isEmpty())
        return; // no empty step in the undo history
    doc->undoStack()->beginMacro(tr("Assign owner"));
    for (const QString &id : toChange) {
        if (doc->data().kindOf(id) == EntityKind::Asset)
            doc->setAssetOwner(AssetId(id), owner);
        else
            doc->setDomainOwner(DomainId(id), owner);
    }
    doc->undoStack()->endMacro();
}

} // namespace OrgMap
