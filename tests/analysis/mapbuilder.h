#pragma once

#include "core/mapdata.h"

// Terse construction of small maps for the analysis tests. Names are the ids
// upper-cased, so messages are predictable.
class MapBuilder
{
public:
    MapBuilder &domain(const char *id, const char *parent = "", const char *owner = "")
    {
        OrgMap::Domain d;
        d.id = OrgMap::DomainId(QLatin1String(id));
        d.name = QLatin1String(id).toString().toUpper();
        d.parent = OrgMap::DomainId(QLatin1String(parent));
        d.owner = OrgMap::TeamId(QLatin1String(owner));
        m_map.domains.insert(d.id, d);
        return *this;
    }
    MapBuilder &team(const char *id)
    {
        OrgMap::Team t;
        t.id = OrgMap::TeamId(QLatin1String(id));
        t.name = QLatin1String(id).toString().toUpper();
        m_map.teams.insert(t.id, t);
        return *this;
    }
    MapBuilder &service(const char *id, const char *domain = "", const char *owner = "")
    {
        return asset(OrgMap::AssetKind::Service, id, domain, owner);
    }
    MapBuilder &product(const char *id, const char *domain = "", const char *owner = "")
    {
        return asset(OrgMap::AssetKind::DataProduct, id, domain, owner);
    }
    MapBuilder &link(const char *from, const char *to,
                     OrgMap::LinkKind kind = OrgMap::LinkKind::Api)
    {
        const OrgMap::LinkKey key{OrgMap::AssetId(QLatin1String(from)),
                                  OrgMap::AssetId(QLatin1String(to)), kind};
        m_map.links.insert(key, OrgMap::Link{key, {}, {}});
        return *this;
    }
    MapBuilder &name(const char *name)
    {
        m_map.info.name = QLatin1String(name);
        return *this;
    }
    OrgMap::MapData map() const { return m_map; }

private:
    MapBuilder &asset(OrgMap::AssetKind kind, const char *id, const char *domain, const char *owner)
    {
        OrgMap::Asset a;
        a.id = OrgMap::AssetId(QLatin1String(id));
        a.kind = kind;
        a.name = QLatin1String(id).toString().toUpper();
        a.domain = OrgMap::DomainId(QLatin1String(domain));
        a.owner = OrgMap::TeamId(QLatin1String(owner));
        m_map.assets.insert(a.id, a);
        return *this;
    }

    OrgMap::MapData m_map;
};

// The hand-computed map of tst_analysis::metrics and the JSON golden file:
// d-c is a subdomain of d-a; x has no domain; u has no owner.
inline OrgMap::MapData metricsMap()
{
    using OrgMap::LinkKind;
    return MapBuilder()
        .name("Metrics \"sample\"")
        .domain("d-a", "", "t-1")
        .domain("d-b")
        .domain("d-c", "d-a")
        .domain("d-e")
        .team("t-1")
        .team("t-2")
        .team("t-3")
        .team("t-4")
        .service("a1", "d-a", "t-1")
        .service("a2", "d-a", "t-1")
        .service("b1", "d-b", "t-2")
        .service("c1", "d-c", "t-2")
        .product("x", "", "t-3")
        .product("u", "d-b", "")
        .link("a1", "b1", LinkKind::Api)
        .link("a1", "b1", LinkKind::Data)
        .link("a2", "c1", LinkKind::Event)
        .link("b1", "a2", LinkKind::Data)
        .link("c1", "x", LinkKind::Api)
        .link("a1", "a2", LinkKind::Api)
        .link("u", "b1", LinkKind::Event)
        .map();
}
