#include "spotlightset.h"

#include <algorithm>

namespace OrgMap {

QStringList spotlightSet(const MapData &map, const QString &id)
{
    QStringList others;
    switch (map.kindOf(id)) {
    case EntityKind::Domain:
        // The domain's rectangle holds its subdomains and assets already.
        break;
    case EntityKind::Team:
        for (const Asset &a : map.assets)
            if (a.owner.str() == id)
                others.append(a.id.str());
        break;
    case EntityKind::Asset:
        for (const Link &l : map.links) {
            if (l.key.from.str() == id && l.key.to.str() != id)
                others.append(l.key.to.str());
            else if (l.key.to.str() == id && l.key.from.str() != id)
                others.append(l.key.from.str());
        }
        break;
    default:
        return {};
    }
    std::sort(others.begin(), others.end());
    others.erase(std::unique(others.begin(), others.end()), others.end());
    return QStringList{id} + others;
}

} // namespace OrgMap
