#pragma once

// Small hand-computed maps for the insight tests.
#include "core/mapdata.h"

namespace OrgMap::InsightTest {

inline void addDomain(MapData &m, const QString &id, const QString &name)
{
    Domain d;
    d.id = DomainId(id);
    d.name = name;
    d.geometry = Geometry{0, 0, 300, 200, {}};
    m.domains.insert(d.id, d);
}

inline void addTeam(MapData &m, const QString &id, const QString &name)
{
    Team t;
    t.id = TeamId(id);
    t.name = name;
    t.type = TeamType::StreamAligned;
    t.geometry = Geometry{0, 400, 0, 0, {}};
    m.teams.insert(t.id, t);
}

inline void addAsset(MapData &m, const QString &id, const QString &domain, const QString &owner)
{
    Asset a;
    a.id = AssetId(id);
    a.kind = AssetKind::Service;
    a.name = id.toUpper();
    a.domain = DomainId(domain);
    a.owner = TeamId(owner);
    a.geometry = Geometry::at({10, 10});
    m.assets.insert(a.id, a);
}

inline void addLink(MapData &m, const QString &from, const QString &to, LinkKind kind)
{
    const LinkKey key{AssetId(from), AssetId(to), kind};
    m.links.insert(key, Link{key, {}, {}});
}

inline void addInteraction(MapData &m, const QString &from, const QString &to, InteractionMode mode)
{
    const InteractionKey key{TeamId(from), TeamId(to), mode};
    m.interactions.insert(key, Interaction{key, {}});
}

// Three domains, three teams, a hotspot (a1: 3 cross-domain links), and team
// pairs: t-1/t-2 implied and declared, t-1/t-3 implied and undeclared,
// t-2/t-3 declared (collaboration) with no link behind it. Congruence 1/2.
inline MapData coupledMap()
{
    MapData m;
    m.info.name = u"Coupled"_qs;
    addDomain(m, u"d-a"_qs, u"Alpha"_qs);
    addDomain(m, u"d-b"_qs, u"Beta"_qs);
    addDomain(m, u"d-c"_qs, u"Gamma"_qs);
    addTeam(m, u"t-1"_qs, u"One"_qs);
    addTeam(m, u"t-2"_qs, u"Two"_qs);
    addTeam(m, u"t-3"_qs, u"Three"_qs);
    addAsset(m, u"a1"_qs, u"d-a"_qs, u"t-1"_qs);
    addAsset(m, u"a2"_qs, u"d-a"_qs, u"t-1"_qs);
    addAsset(m, u"b1"_qs, u"d-b"_qs, u"t-2"_qs);
    addAsset(m, u"c1"_qs, u"d-c"_qs, u"t-3"_qs);
    addAsset(m, u"c2"_qs, u"d-c"_qs, u"t-1"_qs);
    addLink(m, u"a1"_qs, u"b1"_qs, LinkKind::Api);   // a -> b, 1.0
    addLink(m, u"a1"_qs, u"c1"_qs, LinkKind::Data);  // a -> c, 0.75
    addLink(m, u"b1"_qs, u"a1"_qs, LinkKind::Event); // b -> a, 0.5
    addLink(m, u"a2"_qs, u"a1"_qs, LinkKind::Api);   // inside d-a
    addInteraction(m, u"t-2"_qs, u"t-1"_qs, InteractionMode::XAsAService);
    addInteraction(m, u"t-2"_qs, u"t-3"_qs, InteractionMode::Collaboration);
    return m;
}

} // namespace OrgMap::InsightTest
