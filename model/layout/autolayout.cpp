#include "autolayout.h"
#include "missinglayout.h"
#include "selectionlayout.h"

namespace OrgMap {

QSizeF teamSize(TeamType type)
{
    switch (type) {
    case TeamType::StreamAligned:
        return {208, 64};
    case TeamType::Platform:
        return {208, 64};
    case TeamType::Enabling:
        return {120, 128};
    case TeamType::ComplicatedSubsystem:
        return {128, 128};
    case TeamType::None:
        break;
    }
    return {168, 64};
}

QRectF entityRect(const MapData &map, const QString &id, const Geometry &g)
{
    switch (map.kindOf(id)) {
    case EntityKind::Domain:
        return g.rect();
    case EntityKind::Team: {
        const QSizeF s = teamSize(map.teams.value(TeamId(id)).type);
        return {g.x - s.width() / 2, g.y - s.height() / 2, s.width(), s.height()};
    }
    case EntityKind::Asset:
        return {g.x - kAssetWidth / 2, g.y - kAssetHeight / 2, kAssetWidth, kAssetHeight};
    case EntityKind::None:
        break;
    }
    return {};
}

bool needsLayout(const MapData &map)
{
    for (const Domain &d : map.domains)
        if (!d.geometry)
            return true;
    for (const Team &t : map.teams)
        if (!t.geometry)
            return true;
    for (const Asset &a : map.assets)
        if (!a.geometry)
            return true;
    return false;
}

QHash<QString, Geometry> computeLayout(const MapData &map, LayoutScope scope, TeamPlacement teams)
{
    if (scope == LayoutScope::All)
        return Layout::nestedLayout(map, {0, 0}, teams);
    return Layout::layoutMissing(map, teams);
}

QHash<QString, Geometry> computeSelectionLayout(const MapData &map, const QSet<QString> &ids)
{
    return Layout::layoutSelection(map, ids);
}

MapData withLayout(const MapData &map, LayoutScope scope, TeamPlacement teams)
{
    MapData result = map;
    const QHash<QString, Geometry> geometry = computeLayout(map, scope, teams);
    // Each entity looks its geometry up in the hash (ids are unique across the
    // kinds), rather than each geometry its entity in the maps; keeps the x-
    // keys of a geometry object that is being replaced.
    const auto apply = [&](auto &entities) {
        for (auto it = entities.begin(); it != entities.end(); ++it) {
            const auto g = geometry.constFind(it.key().str());
            if (g == geometry.cend())
                continue;
            Geometry placed = g.value();
            if (it->geometry)
                placed.extensions = it->geometry->extensions;
            it->geometry = placed;
        }
    };
    if (!geometry.isEmpty()) {
        apply(result.domains);
        apply(result.teams);
        apply(result.assets);
    }
    return result;
}

} // namespace OrgMap
