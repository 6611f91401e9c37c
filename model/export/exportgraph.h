#pragma once

#include "core/mapdata.h"

#include <QList>
#include <QMap>

namespace OrgMap {

// What every export walks: the map with geometry for every entity (the
// missing ones laid out by model/layout exactly as the editor lays them out
// on open), and the domain tree with the assets of each domain, in id order so
// that the same map always gives the same bytes.
struct ExportGraph
{
    MapData map;
    // Children of each domain; the null id holds the top-level domains (and
    // those whose parent is missing or part of a cycle, so that none is lost).
    QMap<DomainId, QList<DomainId>> childDomains;
    // Assets of each domain; the null id holds the assets in no (known) domain.
    QMap<DomainId, QList<AssetId>> assetsIn;

    // The relations every export draws, without those whose ends are missing:
    // links between assets, assets owned by a team, interactions of teams.
    QList<Link> links;
    QList<Asset> ownedAssets;
    QList<Interaction> interactions;

    QList<DomainId> childrenOf(const DomainId &domain) const { return childDomains.value(domain); }
    QList<AssetId> assetsOf(const DomainId &domain) const { return assetsIn.value(domain); }
    bool isEmpty(const DomainId &domain) const
    {
        return childrenOf(domain).isEmpty() && assetsOf(domain).isEmpty();
    }

    // What a domain (the top level for the null id) contains, in the order
    // every export writes it: the subdomains, then the assets.
    template <typename OnDomain, typename OnAsset>
    void forEachIn(const DomainId &domain, OnDomain onDomain, OnAsset onAsset) const
    {
        for (const DomainId &child : childrenOf(domain))
            onDomain(map.domains.value(child));
        for (const AssetId &id : assetsOf(domain))
            onAsset(map.assets.value(id));
    }
};

ExportGraph exportGraph(const MapData &map);

// Colours shared by the exports, the light canvas theme's (widgets/canvas/
// theme.cpp), as "#rrggbb".
QString teamFillColor(TeamType type);
QString teamBorderColor(TeamType type);
QString assetFillColor(AssetKind kind);
QString linkColor(LinkKind kind);
inline constexpr const char *kNodeBorderColor = "#5b6573";
inline constexpr const char *kOwnershipColor = "#8a929c";
inline constexpr const char *kInteractionColor = "#6b3fa0";
inline constexpr const char *kDefaultDomainColor = "#f1f5f9";

// Characters that no text format we write may carry (C0 controls other than
// tab and newline, U+FFFE, U+FFFF, lone surrogates) replaced by U+FFFD;
// "\r\n" and "\r" become "\n".
QString cleanText(const QString &text);

} // namespace OrgMap
