#pragma once

// Deterministic sample maps for the layout and canvas tests and the canvas
// benchmark (no geometry: the layout places everything).

#include "core/mapdata.h"

#include <QRandomGenerator>

namespace OrgMap::Samples {

// `assets` assets over about assets/100 domains (a third of them nested one
// level), assets/40 teams of every type, `linksPerAsset` links per asset with
// 20% crossing domains, a few unplaced assets, interactions between teams.
inline MapData generated(int assets, int linksPerAsset = 3, quint32 seed = 42)
{
    QRandomGenerator rng(seed);
    MapData map;
    map.info.name = QStringLiteral("Generated");
    const int domainCount = std::max(2, assets / 100);
    const int teamCount = std::max(4, assets / 40);
    const TeamType types[] = {
        TeamType::StreamAligned, TeamType::StreamAligned,        TeamType::Platform,
        TeamType::Enabling,      TeamType::ComplicatedSubsystem, TeamType::None};
    for (int t = 0; t < teamCount; ++t) {
        Team team;
        team.id = TeamId(QStringLiteral("t-%1").arg(t));
        team.name = QStringLiteral("Team %1").arg(t);
        team.type = types[t % 6];
        map.teams.insert(team.id, team);
    }
    for (int d = 0; d < domainCount; ++d) {
        Domain domain;
        domain.id = DomainId(QStringLiteral("d-%1").arg(d));
        domain.name = QStringLiteral("Domain %1").arg(d);
        if (d % 3 == 2)
            domain.parent = DomainId(QStringLiteral("d-%1").arg(d - 2));
        map.domains.insert(domain.id, domain);
    }
    QList<AssetId> ids;
    for (int a = 0; a < assets; ++a) {
        Asset asset;
        asset.id = AssetId(QStringLiteral("a-%1").arg(a));
        asset.kind = a % 5 < 3 ? AssetKind::Service : AssetKind::DataProduct;
        asset.name = QStringLiteral("%1 %2")
                         .arg(asset.kind == AssetKind::Service ? QStringLiteral("Service")
                                                               : QStringLiteral("Data product"))
                         .arg(a);
        if (a % 50 != 49)
            asset.domain = DomainId(QStringLiteral("d-%1").arg(a % domainCount));
        if (a % 7 != 6)
            asset.owner = TeamId(QStringLiteral("t-%1").arg(a % teamCount));
        map.assets.insert(asset.id, asset);
        ids << asset.id;
    }
    const LinkKind kinds[] = {LinkKind::Api, LinkKind::Event, LinkKind::Data};
    for (int a = 0; a < assets; ++a) {
        for (int l = 0; l < linksPerAsset; ++l) {
            int to;
            if (rng.bounded(5) == 0) {
                to = int(rng.bounded(assets));
            } else { // same domain: a nearby index with the same residue
                to = (a + domainCount * int(1 + rng.bounded(5))) % assets;
            }
            if (to == a)
                continue;
            Link link;
            link.key = {ids[a], ids[to], kinds[(a + l) % 3]};
            map.links.insert(link.key, link);
        }
    }
    for (int t = 0; t + 1 < teamCount; t += 2) {
        Interaction i;
        i.key = {TeamId(QStringLiteral("t-%1").arg(t)), TeamId(QStringLiteral("t-%1").arg(t + 1)),
                 InteractionMode(t % 3)};
        map.interactions.insert(i.key, i);
    }
    return map;
}

// `map` as a script or a catalog import writes it: no domain, team or asset
// has geometry.
inline MapData withoutGeometry(MapData map)
{
    for (Domain &d : map.domains)
        d.geometry.reset();
    for (Team &t : map.teams)
        t.geometry.reset();
    for (Asset &a : map.assets)
        a.geometry.reset();
    return map;
}

} // namespace OrgMap::Samples
