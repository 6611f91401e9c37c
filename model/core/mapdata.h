#pragma once

#include "entities.h"

#include <QMap>

namespace OrgMap {

// The whole content of a map. Containers are QMaps keyed by id: iteration is in
// canonical order, and copies are implicitly shared, so taking an immutable
// snapshot for a worker thread costs O(1) until the next edit detaches it.
struct MapData
{
    MapInfo info;
    QMap<DomainId, Domain> domains;
    QMap<TeamId, Team> teams;
    QMap<AssetId, Asset> assets;
    QMap<LinkKey, Link> links;
    QMap<InteractionKey, Interaction> interactions;

    // Which namespace an id lives in (ids are unique across the whole map).
    EntityKind kindOf(const QString &id) const;
    bool containsId(const QString &id) const { return kindOf(id) != EntityKind::None; }
    // The name of the domain, team or asset with this id; empty when none.
    QString nameOf(const QString &id) const;

    // True when making `parent` the parent of `domain` would create a cycle.
    bool wouldCreateCycle(const DomainId &domain, const DomainId &parent) const;

    // Direct children of a domain (or the top-level domains for a null id).
    QList<DomainId> childDomains(const DomainId &parent) const;

    friend bool operator==(const MapData &, const MapData &) = default;
};

} // namespace OrgMap
