#pragma once

// Maps shared by the storage tests and bench_storage.

#include "core/mapdata.h"

#include <QJsonArray>

namespace OrgMap::TestMaps {

inline Extensions ext(const QString &key, const QJsonValue &value)
{
    return {{key, value}};
}

// Every field of every entity set, Unicode outside the BMP, extension data on
// every object that can carry it, subdomains whose id sorts before their
// parent's, tags out of order, ports, doubles that do not print short.
inline MapData richMap()
{
    MapData m;
    m.info.name = u"Acme Zielbild 2027 — 東京 🚀"_qs;
    m.info.description = u"line one\nline two\ttabbed, \"quoted\" ✓"_qs;
    // "x-Ａ" (U+FF21) and "x-𝄞" (U+1D11E) sort differently by code point and
    // by UTF-16 unit.
    m.info.extensions = {
        {u"x-generator"_qs, u"tests"_qs},
        {u"x-Ａ"_qs, 1},
        {u"x-𝄞"_qs, 2},
        {u"x-nested"_qs, QJsonObject{{u"a"_qs, QJsonArray{1, 2.5, true, QJsonValue()}}}}};

    Team t1{TeamId(u"t-billing"_qs),
            u"Billing 💶"_qs,
            TeamType::StreamAligned,
            u"pays the bills"_qs,
            Geometry{12.5, -40, 0, 0, ext(u"x-pin"_qs, true)},
            ext(u"x-slack"_qs, u"#billing"_qs)};
    Team t2{TeamId(u"t-platform"_qs), u"Platform"_qs, TeamType::Platform, {}, {}, {}};
    Team t3{TeamId(u"t:enable.1"_qs),
            u"Enablers"_qs,
            TeamType::Enabling,
            {},
            Geometry{0.1 + 0.2, 1e-7, 0, 0, {}},
            {}};
    Team t4{TeamId(u"t_cs"_qs), u"Complicated"_qs, TeamType::ComplicatedSubsystem, {}, {}, {}};
    Team t5{TeamId(u"t-none"_qs), u"No type"_qs, TeamType::None, {}, {}, {}};
    for (const Team &t : {t1, t2, t3, t4, t5})
        m.teams.insert(t.id, t);

    Domain top{DomainId(u"z-top"_qs),
               u"Top"_qs,
               {},
               TeamId(u"t-billing"_qs),
               u"the top domain"_qs,
               u"#A0b1C2"_qs,
               Geometry{-100.25, 200, 800, 600, ext(u"x-collapsed"_qs, false)},
               ext(u"x-owner-email"_qs, u"top@example.com"_qs)};
    Domain sub{DomainId(u"a-sub"_qs), u"Sub"_qs, DomainId(u"z-top"_qs), {}, {}, {}, {}, {}};
    Domain subsub{DomainId(u"m-subsub"_qs),
                  u"Sub sub"_qs,
                  DomainId(u"a-sub"_qs),
                  TeamId(u"t-platform"_qs),
                  {},
                  u"#000000"_qs,
                  Geometry{0, 0, 1, 1, {}},
                  {}};
    Domain other{DomainId(u"d-other"_qs), u"Other ünïcödé"_qs, {}, {}, {}, {}, {}, {}};
    for (const Domain &d : {top, sub, subsub, other})
        m.domains.insert(d.id, d);

    Asset s;
    s.id = AssetId(u"s-orders"_qs);
    s.kind = AssetKind::Service;
    s.name = u"Orders 📦"_qs;
    s.domain = DomainId(u"a-sub"_qs);
    s.owner = TeamId(u"t-billing"_qs);
    s.description = u"takes orders"_qs;
    s.tags = {u"zeta"_qs, u"alpha"_qs, u"zeta"_qs, u"ß"_qs};
    s.geometry = Geometry{1.0 / 3.0, -1e9 / 7.0, 0, 0, ext(u"x-z"_qs, 3)};
    s.documentation = u"https://docs.example.com/orders"_qs;
    s.extensions = ext(u"x-tier"_qs, 1);
    m.assets.insert(s.id, s);

    Asset dp;
    dp.id = AssetId(u"dp-customers"_qs);
    dp.kind = AssetKind::DataProduct;
    dp.name = u"Customers"_qs;
    dp.domain = DomainId(u"m-subsub"_qs);
    dp.owner = TeamId(u"t-platform"_qs);
    dp.ports = {Port{u"warehouse"_qs, PortType::Table, u"dwh.customers"_qs, ext(u"x-rows"_qs, 12)},
                Port{u"changes"_qs, PortType::Topic, {}, {}},
                Port{u"api"_qs, PortType::Api, u"https://api/customers"_qs, {}},
                Port{u"dump"_qs, PortType::File, u"s3://bucket/dump.parquet"_qs, {}}};
    dp.contract = u"contracts/customers.yaml"_qs;
    dp.classification = Classification::Confidential;
    m.assets.insert(dp.id, dp);

    const Classification classes[] = {Classification::Public, Classification::Internal,
                                      Classification::Restricted, Classification::None};
    for (int i = 0; i < 4; ++i) {
        Asset a;
        a.id = AssetId(QStringLiteral("dp-%1").arg(i));
        a.kind = AssetKind::DataProduct;
        a.name = QStringLiteral("Product %1").arg(i);
        a.classification = classes[i];
        m.assets.insert(a.id, a);
    }
    Asset bare;
    bare.id = AssetId(u"s-bare"_qs);
    bare.name = u"Bare"_qs;
    m.assets.insert(bare.id, bare);

    const auto link = [&](const char16_t *from, const char16_t *to, LinkKind kind,
                          const QString &label, const Extensions &e) {
        Link l{
            {AssetId(QString::fromUtf16(from)), AssetId(QString::fromUtf16(to)), kind}, label, e};
        m.links.insert(l.key, l);
    };
    link(u"s-orders", u"dp-customers", LinkKind::Data, u"reads ✓"_qs, ext(u"x-sla"_qs, u"99.9"_qs));
    link(u"s-orders", u"dp-customers", LinkKind::Api, {}, {});
    link(u"s-orders", u"dp-customers", LinkKind::Event, {}, {});
    link(u"s-bare", u"s-orders", LinkKind::Api, u"calls"_qs, {});

    const auto interaction = [&](const char16_t *from, const char16_t *to, InteractionMode mode,
                                 const Extensions &e) {
        Interaction i{{TeamId(QString::fromUtf16(from)), TeamId(QString::fromUtf16(to)), mode}, e};
        m.interactions.insert(i.key, i);
    };
    interaction(u"t-billing", u"t-platform", InteractionMode::XAsAService,
                ext(u"x-since"_qs, 2024));
    interaction(u"t-billing", u"t-platform", InteractionMode::Collaboration, {});
    interaction(u"t:enable.1", u"t-billing", InteractionMode::Facilitating, {});
    return m;
}

// A synthetic organisation: `assets` assets in assets/25 domains (a quarter of
// them subdomains), assets/12.5 teams, 3 links per asset, tags and ports.
inline MapData syntheticMap(int assets)
{
    MapData m;
    m.info.name = QStringLiteral("Synthetic %1").arg(assets);
    const int domains = qMax(1, assets / 25);
    const int teams = qMax(1, assets * 2 / 25);
    quint32 seed = 12345;
    const auto next = [&seed](int bound) {
        seed = seed * 1664525u + 1013904223u;
        return int((seed >> 8) % quint32(bound));
    };
    for (int i = 0; i < teams; ++i) {
        Team t;
        t.id = TeamId(QStringLiteral("t-%1").arg(i, 5, 10, QLatin1Char('0')));
        t.name = QStringLiteral("Team %1").arg(i);
        t.type = TeamType(i % 5);
        t.geometry = Geometry{double(i * 10), double(i % 50), 0, 0, {}};
        m.teams.insert(t.id, t);
    }
    const QList<TeamId> teamIds = m.teams.keys();
    for (int i = 0; i < domains; ++i) {
        Domain d;
        d.id = DomainId(QStringLiteral("d-%1").arg(i, 5, 10, QLatin1Char('0')));
        d.name = QStringLiteral("Domain %1").arg(i);
        if (i % 4 == 3)
            d.parent = DomainId(QStringLiteral("d-%1").arg(i - 3, 5, 10, QLatin1Char('0')));
        d.owner = teamIds.at(next(teams));
        d.color = u"#336699"_qs;
        d.geometry = Geometry{double(i * 900), 0, 800, 600, {}};
        m.domains.insert(d.id, d);
    }
    const QList<DomainId> domainIds = m.domains.keys();
    QList<AssetId> assetIds;
    for (int i = 0; i < assets; ++i) {
        Asset a;
        const bool product = i % 5 >= 3; // 60/40 services/data products
        a.id = AssetId(QStringLiteral("%1-%2")
                           .arg(product ? u"dp"_qs : u"s"_qs)
                           .arg(i, 6, 10, QLatin1Char('0')));
        a.kind = product ? AssetKind::DataProduct : AssetKind::Service;
        a.name = QStringLiteral("Asset number %1").arg(i);
        a.domain = domainIds.at(next(domains));
        a.owner = teamIds.at(next(teams));
        a.description = QStringLiteral("Generated asset %1 of the synthetic map").arg(i);
        if (i % 3 == 0)
            a.tags = {u"critical"_qs, u"pci"_qs};
        if (product) {
            a.ports = {Port{u"table"_qs, PortType::Table, QStringLiteral("dwh.t%1").arg(i), {}}};
            a.classification = Classification::Internal;
        }
        a.geometry = Geometry{double(next(100000)) / 4, double(next(100000)) / 4, 0, 0, {}};
        m.assets.insert(a.id, a);
        assetIds << a.id;
    }
    const LinkKind kinds[] = {LinkKind::Api, LinkKind::Data, LinkKind::Event};
    while (m.links.size() < qsizetype(assets) * 3) {
        Link l;
        l.key = {assetIds.at(next(assets)), assetIds.at(next(assets)), kinds[next(3)]};
        if (l.key.from != l.key.to)
            m.links.insert(l.key, l);
    }
    for (int i = 0; i + 1 < teams; i += 3) {
        Interaction in{{teamIds.at(i), teamIds.at(i + 1), InteractionMode::XAsAService}, {}};
        m.interactions.insert(in.key, in);
    }
    return m;
}

} // namespace OrgMap::TestMaps
