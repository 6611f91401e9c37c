// Document: changing entities in place (values, names, owners, parents,
// geometry), each one undoable step.

#include "document.h"

#include "core/rules.h"
#include "mappatch.h"

namespace OrgMap {

// ---- changing -------------------------------------------------------------

bool Document::changeDomain(const Domain &domain, const QString &text, const QString &mergeKey)
{
    auto it = m_data.domains.constFind(domain.id);
    if (it == m_data.domains.cend() || *it == domain || !checkDomain(domain, m_data).isEmpty())
        return false;
    MapPatch patch;
    patch.setDomain(m_data, domain.id, domain);
    return push(std::move(patch),
                text.isEmpty() ? tr("Change domain \"%1\"").arg(domain.name) : text, mergeKey);
}

bool Document::changeTeam(const Team &team, const QString &text, const QString &mergeKey)
{
    auto it = m_data.teams.constFind(team.id);
    if (it == m_data.teams.cend() || *it == team || !checkTeam(team, m_data).isEmpty())
        return false;
    MapPatch patch;
    patch.setTeam(m_data, team.id, team);
    return push(std::move(patch), text.isEmpty() ? tr("Change team \"%1\"").arg(team.name) : text,
                mergeKey);
}

bool Document::changeAsset(const Asset &asset, const QString &text, const QString &mergeKey)
{
    auto it = m_data.assets.constFind(asset.id);
    if (it == m_data.assets.cend() || *it == asset || !checkAsset(asset, m_data).isEmpty())
        return false;
    MapPatch patch;
    patch.setAsset(m_data, asset.id, asset);
    return push(std::move(patch), text.isEmpty() ? tr("Change \"%1\"").arg(asset.name) : text,
                mergeKey);
}

bool Document::changeLink(const Link &link, const QString &text)
{
    auto it = m_data.links.constFind(link.key);
    if (it == m_data.links.cend() || *it == link)
        return false;
    MapPatch patch;
    patch.setLink(m_data, link.key, link);
    return push(std::move(patch), text.isEmpty() ? tr("Change connection") : text);
}

bool Document::changeInfo(const MapInfo &info, const QString &text)
{
    if (info == m_data.info || !Rules::isValidName(info.name))
        return false;
    MapPatch patch;
    patch.info = std::make_pair(m_data.info, info);
    return push(std::move(patch), text.isEmpty() ? tr("Change map properties") : text);
}

bool Document::rename(const QString &id, const QString &name)
{
    const QString text = tr("Rename to \"%1\"").arg(name);
    switch (m_data.kindOf(id)) {
    case EntityKind::Domain: {
        Domain d = m_data.domains.value(DomainId(id));
        d.name = name;
        return changeDomain(d, text);
    }
    case EntityKind::Team: {
        Team t = m_data.teams.value(TeamId(id));
        t.name = name;
        return changeTeam(t, text);
    }
    case EntityKind::Asset: {
        Asset a = m_data.assets.value(AssetId(id));
        a.name = name;
        return changeAsset(a, text);
    }
    case EntityKind::None:
        break;
    }
    return false;
}

bool Document::setAssetOwner(const AssetId &asset, const TeamId &owner)
{
    Asset a = m_data.assets.value(asset);
    a.owner = owner;
    const QString text =
        owner.isNull() ? tr("Remove owner of \"%1\"").arg(a.name)
                       : tr("Make %1 owner of \"%2\"").arg(m_data.teams.value(owner).name, a.name);
    return changeAsset(a, text);
}

bool Document::setDomainOwner(const DomainId &domain, const TeamId &owner)
{
    Domain d = m_data.domains.value(domain);
    d.owner = owner;
    const QString text =
        owner.isNull() ? tr("Remove owner of \"%1\"").arg(d.name)
                       : tr("Make %1 owner of \"%2\"").arg(m_data.teams.value(owner).name, d.name);
    return changeDomain(d, text);
}

bool Document::setAssetDomain(const AssetId &asset, const DomainId &domain)
{
    Asset a = m_data.assets.value(asset);
    a.domain = domain;
    const QString text =
        domain.isNull() ? tr("Take \"%1\" out of its domain").arg(a.name)
                        : tr("Move \"%1\" into %2").arg(a.name, m_data.domains.value(domain).name);
    return changeAsset(a, text);
}

bool Document::setDomainParent(const DomainId &domain, const DomainId &parent)
{
    Domain d = m_data.domains.value(domain);
    d.parent = parent;
    return changeDomain(d, tr("Change parent of \"%1\"").arg(d.name));
}

bool Document::setGeometries(const QHash<QString, Geometry> &geometries, const QString &text)
{
    MapPatch patch;
    // Keep the extension keys of the geometry objects the user moves.
    auto merged = [](const std::optional<Geometry> &old, Geometry g) {
        if (g.extensions.isEmpty() && old)
            g.extensions = old->extensions;
        return g;
    };
    for (auto it = geometries.cbegin(); it != geometries.cend(); ++it) {
        switch (m_data.kindOf(it.key())) {
        case EntityKind::Domain: {
            Domain d = patch.domainAfter(m_data, DomainId(it.key()));
            if (it->w <= 0 || it->h <= 0)
                return false;
            d.geometry = merged(d.geometry, *it);
            patch.setDomain(m_data, d.id, d);
            break;
        }
        case EntityKind::Team: {
            Team t = patch.teamAfter(m_data, TeamId(it.key()));
            Geometry g = merged(t.geometry, *it);
            g.w = g.h = 0;
            t.geometry = g;
            patch.setTeam(m_data, t.id, t);
            break;
        }
        case EntityKind::Asset: {
            Asset a = patch.assetAfter(m_data, AssetId(it.key()));
            Geometry g = merged(a.geometry, *it);
            g.w = g.h = 0;
            a.geometry = g;
            patch.setAsset(m_data, a.id, a);
            break;
        }
        case EntityKind::None:
            return false;
        }
    }
    return push(std::move(patch),
                text.isEmpty() ? tr("Move %n item(s)", nullptr, int(geometries.size())) : text);
}

bool Document::resizeDomain(const DomainId &domain, const QRectF &rect)
{
    if (!m_data.domains.contains(domain))
        return false;
    return setGeometries({{domain.str(), Geometry::of(rect)}},
                         tr("Resize \"%1\"").arg(m_data.domains.value(domain).name));
}

} // namespace OrgMap
