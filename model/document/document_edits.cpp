// Document: adding and removing entities, each one undoable step.

#include "document.h"

#include "mappatch.h"

#include <QSet>

namespace OrgMap {

// ---- adding ---------------------------------------------------------------

bool Document::addDomain(const Domain &domain)
{
    if (m_data.containsId(domain.id.str()) || !checkDomain(domain, m_data).isEmpty())
        return false;
    MapPatch patch;
    patch.setDomain(m_data, domain.id, domain);
    return push(std::move(patch), tr("Add domain \"%1\"").arg(domain.name));
}

bool Document::addTeam(const Team &team)
{
    if (m_data.containsId(team.id.str()) || !checkTeam(team, m_data).isEmpty())
        return false;
    MapPatch patch;
    patch.setTeam(m_data, team.id, team);
    return push(std::move(patch), tr("Add team \"%1\"").arg(team.name));
}

bool Document::addAsset(const Asset &asset)
{
    if (m_data.containsId(asset.id.str()) || !checkAsset(asset, m_data).isEmpty())
        return false;
    MapPatch patch;
    patch.setAsset(m_data, asset.id, asset);
    const QString text =
        asset.kind == AssetKind::Service ? tr("Add service \"%1\"") : tr("Add data product \"%1\"");
    return push(std::move(patch), text.arg(asset.name));
}

bool Document::addLink(const Link &link)
{
    if (m_data.links.contains(link.key) || !checkLink(link, m_data).isEmpty())
        return false;
    MapPatch patch;
    patch.setLink(m_data, link.key, link);
    return push(std::move(patch), tr("Connect %1 to %2")
                                      .arg(m_data.assets.value(link.key.from).name,
                                           m_data.assets.value(link.key.to).name));
}

bool Document::addInteraction(const Interaction &interaction)
{
    if (m_data.interactions.contains(interaction.key) ||
        !checkInteraction(interaction, m_data).isEmpty())
        return false;
    MapPatch patch;
    patch.setInteraction(m_data, interaction.key, interaction);
    return push(std::move(patch), tr("Add interaction"));
}

bool Document::addFragment(const MapData &fragment, const QString &text)
{
    // Check against the map as it will be, so references inside the fragment
    // resolve.
    MapData merged = m_data;
    MapPatch patch;
    auto clash = [&](const QString &id) { return m_data.containsId(id); };
    for (const Domain &d : fragment.domains) {
        if (clash(d.id.str()))
            return false;
        patch.setDomain(m_data, d.id, d);
        merged.domains.insert(d.id, d);
    }
    for (const Team &t : fragment.teams) {
        if (clash(t.id.str()))
            return false;
        patch.setTeam(m_data, t.id, t);
        merged.teams.insert(t.id, t);
    }
    for (const Asset &a : fragment.assets) {
        if (clash(a.id.str()))
            return false;
        patch.setAsset(m_data, a.id, a);
        merged.assets.insert(a.id, a);
    }
    for (const Domain &d : fragment.domains)
        if (!checkDomain(d, merged).isEmpty())
            return false;
    for (const Team &t : fragment.teams)
        if (!checkTeam(t, merged).isEmpty())
            return false;
    for (const Asset &a : fragment.assets)
        if (!checkAsset(a, merged).isEmpty())
            return false;
    for (const Link &l : fragment.links) {
        if (m_data.links.contains(l.key) || !checkLink(l, merged).isEmpty())
            return false;
        patch.setLink(m_data, l.key, l);
    }
    for (const Interaction &i : fragment.interactions) {
        if (m_data.interactions.contains(i.key) || !checkInteraction(i, merged).isEmpty())
            return false;
        patch.setInteraction(m_data, i.key, i);
    }
    return push(std::move(patch), text);
}

// ---- removing -------------------------------------------------------------

void Document::remove(const QStringList &ids, const QList<LinkKey> &links,
                      const QList<InteractionKey> &interactions)
{
    QSet<DomainId> domains;
    QSet<TeamId> teams;
    QSet<AssetId> assets;
    for (const QString &id : ids) {
        switch (m_data.kindOf(id)) {
        case EntityKind::Domain:
            domains.insert(DomainId(id));
            break;
        case EntityKind::Team:
            teams.insert(TeamId(id));
            break;
        case EntityKind::Asset:
            assets.insert(AssetId(id));
            break;
        case EntityKind::None:
            break;
        }
    }

    MapPatch patch;
    for (const LinkKey &key : links)
        if (m_data.links.contains(key))
            patch.setLink(m_data, key, std::nullopt);
    for (const InteractionKey &key : interactions)
        if (m_data.interactions.contains(key))
            patch.setInteraction(m_data, key, std::nullopt);
    for (const Link &link : m_data.links)
        if (assets.contains(link.key.from) || assets.contains(link.key.to))
            patch.setLink(m_data, link.key, std::nullopt);
    for (const Interaction &i : m_data.interactions)
        if (teams.contains(i.key.from) || teams.contains(i.key.to))
            patch.setInteraction(m_data, i.key, std::nullopt);

    // The nearest ancestor that survives the removal.
    auto survivingParent = [&](DomainId parent) {
        for (qsizetype steps = 0; domains.contains(parent) && steps <= m_data.domains.size();
             ++steps)
            parent = m_data.domains.value(parent).parent;
        return domains.contains(parent) ? DomainId() : parent;
    };

    for (const Domain &d : m_data.domains) {
        if (domains.contains(d.id)) {
            patch.setDomain(m_data, d.id, std::nullopt);
            continue;
        }
        Domain updated = d;
        if (teams.contains(d.owner))
            updated.owner = {};
        if (domains.contains(d.parent))
            updated.parent = survivingParent(d.parent);
        if (!(updated == d))
            patch.setDomain(m_data, d.id, updated);
    }
    for (const TeamId &t : teams)
        patch.setTeam(m_data, t, std::nullopt);
    for (const Asset &a : m_data.assets) {
        if (assets.contains(a.id)) {
            patch.setAsset(m_data, a.id, std::nullopt);
            continue;
        }
        if (teams.contains(a.owner) || domains.contains(a.domain)) {
            Asset updated = a;
            if (teams.contains(a.owner))
                updated.owner = {};
            if (domains.contains(a.domain))
                updated.domain = {};
            patch.setAsset(m_data, a.id, updated);
        }
    }

    const qsizetype count = domains.size() + teams.size() + assets.size();
    QString text;
    if (count == 1 && !ids.isEmpty()) {
        const QString &id = ids.first();
        const QString name = m_data.nameOf(id);
        text = tr("Delete \"%1\"").arg(name.isEmpty() ? id : name);
    } else if (count == 0) {
        text = tr("Delete %n connection(s)", nullptr,
                  int(patch.links.size() + patch.interactions.size()));
    } else {
        text = tr("Delete %n item(s)", nullptr, int(count));
    }
    push(std::move(patch), text);
}

} // namespace OrgMap
