#include "mapdata.h"

namespace OrgMap {

EntityKind MapData::kindOf(const QString &id) const
{
    if (domains.contains(DomainId(id)))
        return EntityKind::Domain;
    if (teams.contains(TeamId(id)))
        return EntityKind::Team;
    if (assets.contains(AssetId(id)))
        return EntityKind::Asset;
    return EntityKind::None;
}

QString MapData::nameOf(const QString &id) const
{
    switch (kindOf(id)) {
    case EntityKind::Domain:
        return domains.value(DomainId(id)).name;
    case EntityKind::Team:
        return teams.value(TeamId(id)).name;
    case EntityKind::Asset:
        return assets.value(AssetId(id)).name;
    case EntityKind::None:
        break;
    }
    return {};
}

bool MapData::wouldCreateCycle(const DomainId &domain, const DomainId &parent) const
{
    // Walk up from the proposed parent; meeting `domain` means a cycle. The
    // step bound protects against a cycle that is already there.
    DomainId cursor = parent;
    for (qsizetype steps = 0; !cursor.isNull() && steps <= domains.size(); ++steps) {
        if (cursor == domain)
            return true;
        auto it = domains.constFind(cursor);
        if (it == domains.cend())
            return false;
        cursor = it->parent;
    }
    return !cursor.isNull();
}

QList<DomainId> MapData::childDomains(const DomainId &parent) const
{
    QList<DomainId> children;
    for (const Domain &d : domains)
        if (d.parent == parent)
            children << d.id;
    return children;
}

} // namespace OrgMap
