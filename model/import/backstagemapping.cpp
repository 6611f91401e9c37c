#include "backstagemapping.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <vector>

namespace OrgMap {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgMap::BackstageImport)
};

using K = ImportReportLine::Kind;

constexpr qsizetype kMaxName = 200; // orgmap-json-v1: names of at most 200 characters

const QString kGroup = QStringLiteral("group");
const QString kUser = QStringLiteral("user");
const QString kSystem = QStringLiteral("system");
const QString kDomain = QStringLiteral("domain");
const QString kComponent = QStringLiteral("component");
const QString kResource = QStringLiteral("resource");
const QString kApi = QStringLiteral("api");

QString displayName(const CatalogEntity &e)
{
    return (e.title.isEmpty() ? e.name : e.title).left(kMaxName);
}

QJsonObject provenance(const CatalogEntity &e)
{
    QJsonObject x{{QStringLiteral("ref"), e.ref()}};
    if (!e.type.isEmpty())
        x.insert(QStringLiteral("type"), e.type);
    if (!e.lifecycle.isEmpty())
        x.insert(QStringLiteral("lifecycle"), e.lifecycle);
    return x;
}

bool isAssetKind(const QString &kind)
{
    return kind == kComponent || kind == kResource;
}

AssetKind assetKindOf(const CatalogEntity &e)
{
    const QString type = e.type.toLower();
    return e.kind == kResource || type == QLatin1String("data-product") ||
                   type == QLatin1String("dataset")
               ? AssetKind::DataProduct
               : AssetKind::Service;
}

class Mapper
{
public:
    explicit Mapper(const QList<CatalogEntity> &entities)
    {
        // Later ones read win; the report names the duplicate.
        for (const CatalogEntity &e : entities) {
            const QString ref = e.ref();
            if (const auto it = m_byRef.constFind(ref); it != m_byRef.cend()) {
                const CatalogEntity &earlier = *it.value();
                m_out.report.add(K::Duplicate, orgMapIdOf({e.kind, e.ns, e.name.toLower()}),
                                 Text::tr("%1 at %2:%3 replaces the one at %4:%5")
                                     .arg(ref, e.file)
                                     .arg(e.line)
                                     .arg(earlier.file)
                                     .arg(earlier.line));
            } else {
                m_order << ref;
            }
            m_byRef.insert(ref, &e);
        }
        // The entity each ref ends with, in first-read order: the passes
        // below walk this instead of looking every ref up again.
        m_entities.reserve(m_order.size());
        for (const QString &ref : std::as_const(m_order))
            m_entities.append(m_byRef.value(ref));
    }

    CatalogMapping run()
    {
        QMap<QString, int> otherKinds;
        QList<const CatalogEntity *> groups, apis;
        for (const CatalogEntity *entity : std::as_const(m_entities)) {
            const CatalogEntity &e = *entity;
            if (e.kind == kDomain || e.kind == kSystem)
                addDomain(e);
            else if (isAssetKind(e.kind))
                addAsset(e);
            else if (e.kind == kGroup)
                groups << &e;
            else if (e.kind == kApi)
                apis << &e;
            else if (e.kind != kUser && e.kind != QLatin1String("location"))
                ++otherKinds[e.kind];
        }
        resolveOwnersAndContainers();
        for (const CatalogEntity *g : std::as_const(groups))
            addTeamIfImported(*g);
        addLinks();
        std::sort(m_links.begin(), m_links.end());
        for (const LinkKey &key : m_links)
            if (m_out.map.links.isEmpty() || m_out.map.links.lastKey() < key) {
                Link link;
                link.key = key;
                m_out.map.links.insert(m_out.map.links.cend(), key, link);
            }
        for (auto it = otherKinds.cbegin(); it != otherKinds.cend(); ++it)
            m_out.report.add(
                K::SkippedKind, QString(),
                Text::tr("%n entities of kind %1 not imported", nullptr, it.value()).arg(it.key()));
        m_out.map.info.name = Text::tr("Backstage catalog");
        return std::move(m_out);
    }

private:
    QString idOf(const CatalogEntity &e) const
    {
        return orgMapIdOf({e.kind, e.ns, e.name.toLower()});
    }

    void addDomain(const CatalogEntity &e)
    {
        Domain d;
        d.id = DomainId(idOf(e));
        d.name = displayName(e);
        d.description = e.description;
        d.extensions.insert(kBackstageKey, provenance(e));
        m_out.map.domains.insert(d.id, d);
    }

    void addAsset(const CatalogEntity &e)
    {
        Asset a;
        a.id = AssetId(idOf(e));
        a.name = displayName(e);
        a.description = e.description;
        a.tags = e.tags;
        a.kind = assetKindOf(e);
        a.extensions.insert(kBackstageKey, provenance(e));
        m_out.map.assets.insert(a.id, a);
    }

    // The team that owns `e`, creating a placeholder for a group not in the catalog.
    TeamId ownerOf(const CatalogEntity &e, const QString &entityId)
    {
        if (e.owner.isEmpty())
            return {};
        const EntityRef ref = parseEntityRef(e.owner, kGroup, e.ns);
        if (ref.kind == kUser) {
            m_out.report.add(
                K::Unowned, entityId,
                Text::tr("%1 is owned by %2, a user: left unowned").arg(entityId, ref.full()));
            return {};
        }
        if (ref.kind != kGroup) {
            m_out.report.add(K::Unresolved, entityId,
                             Text::tr("%1: owner %2 is not a group").arg(entityId, ref.full()));
            return {};
        }
        const TeamId id(orgMapIdOf(ref));
        m_owningGroups.insert(ref.full());
        if (!m_byRef.contains(ref.full()) && !m_out.map.teams.contains(id)) {
            Team t;
            t.id = id;
            t.name = ref.name.left(kMaxName);
            t.extensions.insert(kBackstageKey, QJsonObject{{QStringLiteral("ref"), ref.full()},
                                                           {QStringLiteral("missing"), true}});
            m_out.map.teams.insert(id, t);
            m_out.report.add(K::Placeholder, id.str(),
                             Text::tr("%1: team for %2, owner of %3, not in the catalog")
                                 .arg(id.str(), ref.full(), entityId));
        }
        return id;
    }

    // The domain for a system / domain reference, creating a placeholder when missing.
    DomainId containerOf(const QString &text, const QString &defaultKind, const CatalogEntity &e,
                         const QString &entityId, const char *field)
    {
        if (text.isEmpty())
            return {};
        const EntityRef ref = parseEntityRef(text, defaultKind, e.ns);
        if (ref.kind != kSystem && ref.kind != kDomain) {
            m_out.report.add(K::Unresolved, entityId,
                             Text::tr("%1: %2 %3 is neither a system nor a domain")
                                 .arg(entityId, QLatin1String(field), ref.full()));
            return {};
        }
        const DomainId id(orgMapIdOf(ref));
        if (!m_byRef.contains(ref.full()) && !m_out.map.domains.contains(id)) {
            Domain d;
            d.id = id;
            d.name = ref.name.left(kMaxName);
            d.extensions.insert(kBackstageKey, QJsonObject{{QStringLiteral("ref"), ref.full()},
                                                           {QStringLiteral("missing"), true}});
            m_out.map.domains.insert(id, d);
            m_out.report.add(K::Placeholder, id.str(),
                             Text::tr("%1: domain for %2, %3 of %4, not in the catalog")
                                 .arg(id.str(), ref.full(), QLatin1String(field), entityId));
        }
        return id;
    }

    void resolveOwnersAndContainers()
    {
        for (const CatalogEntity *entity : std::as_const(m_entities)) {
            const CatalogEntity &e = *entity;
            const QString id = idOf(e);
            if (e.kind == kDomain || e.kind == kSystem) {
                const TeamId owner = ownerOf(e, id);
                const DomainId parent =
                    e.kind == kSystem ? containerOf(e.domain, kDomain, e, id, "domain")
                                      : containerOf(e.subdomainOf, kDomain, e, id, "subdomainOf");
                Domain &d = m_out.map.domains[DomainId(id)];
                d.owner = owner;
                if (!parent.isNull() && m_out.map.wouldCreateCycle(d.id, parent))
                    m_out.report.add(K::Unresolved, id,
                                     Text::tr("%1: parent %2 would make a cycle: left at top level")
                                         .arg(id, parent.str()));
                else
                    d.parent = parent;
            } else if (isAssetKind(e.kind)) {
                const TeamId owner = ownerOf(e, id);
                const DomainId domain = containerOf(e.system, kSystem, e, id, "system");
                Asset &a = m_out.map.assets[AssetId(id)];
                a.owner = owner;
                a.domain = domain;
            }
        }
    }

    void addTeamIfImported(const CatalogEntity &g)
    {
        const TeamId id(idOf(g));
        const bool isTeam = g.type.compare(QLatin1String("team"), Qt::CaseInsensitive) == 0;
        if (!isTeam && !m_owningGroups.contains(g.ref())) {
            m_out.report.add(K::SkippedKind, QString(),
                             Text::tr("%1: a group of type %2 that owns nothing imported")
                                 .arg(g.ref(), g.type.isEmpty() ? QStringLiteral("-") : g.type));
            return;
        }
        Team t;
        t.id = id;
        t.name = displayName(g);
        t.description = g.description;
        t.type = teamTypeFromString(g.teamType).value_or(TeamType::None);
        if (!g.teamType.isEmpty() && !teamTypeFromString(g.teamType))
            m_out.report.add(K::Unresolved, id.str(),
                             Text::tr("%1: orgmap/team-type \"%2\" is not one of %3")
                                 .arg(id.str(), g.teamType, allowedTeamTypes()));
        t.extensions.insert(kBackstageKey, provenance(g));
        m_out.map.teams.insert(id, t);
    }

    // The imported asset a Component/Resource reference names, or null.
    const CatalogEntity *assetEntity(const EntityRef &ref) const
    {
        const CatalogEntity *e = m_byRef.value(ref.full());
        return e && isAssetKind(e->kind) ? e : nullptr;
    }

    // The kind of the asset addAsset() made of `target`.
    static LinkKind dependencyKind(const CatalogEntity &target)
    {
        return assetKindOf(target) == AssetKind::DataProduct ? LinkKind::Data : LinkKind::Api;
    }

    void addLink(const QString &from, const QString &to, LinkKind kind)
    {
        if (from == to)
            return; // a link to itself is dropped
        m_links.push_back({AssetId(from), AssetId(to), kind});
    }

    void addLinks()
    {
        // Which components and resources provide each API.
        QHash<QString, QStringList> providers;
        for (const CatalogEntity *entity : std::as_const(m_entities)) {
            const CatalogEntity &e = *entity;
            if (!isAssetKind(e.kind))
                continue;
            for (const QString &api : e.providesApis)
                providers[parseEntityRef(api, kApi, e.ns).full()] << idOf(e);
        }
        for (const CatalogEntity *entity : std::as_const(m_entities)) {
            const CatalogEntity &e = *entity;
            if (!isAssetKind(e.kind))
                continue;
            const QString id = idOf(e);
            for (const QString &text : e.consumesApis) {
                const EntityRef api = parseEntityRef(text, kApi, e.ns);
                const QString apiRef = api.full();
                const CatalogEntity *apiEntity = m_byRef.value(apiRef);
                if (api.kind != kApi || !apiEntity) {
                    m_out.report.add(K::Unresolved, id,
                                     Text::tr("%1: consumesApis %2 is not an API in the catalog")
                                         .arg(id, apiRef));
                    continue;
                }
                const QStringList from = providers.value(apiRef);
                if (from.isEmpty()) {
                    m_out.report.add(
                        K::Unresolved, id,
                        Text::tr("%1: consumesApis %2, which nothing provides").arg(id, apiRef));
                    continue;
                }
                const LinkKind kind =
                    apiEntity->type.compare(QLatin1String("asyncapi"), Qt::CaseInsensitive) == 0
                        ? LinkKind::Event
                        : LinkKind::Api;
                for (const QString &provider : from)
                    addLink(id, provider, kind);
            }
            for (const QString &text : e.dependsOn) {
                const EntityRef target = parseEntityRef(text, kComponent, e.ns);
                if (const CatalogEntity *t = assetEntity(target))
                    addLink(id, idOf(*t), dependencyKind(*t));
                else
                    m_out.report.add(
                        K::Unresolved, id,
                        Text::tr("%1: dependsOn %2 is not a component or resource in the catalog")
                            .arg(id, target.full()));
            }
            for (const QString &text : e.dependencyOf) {
                const EntityRef dependent = parseEntityRef(text, kComponent, e.ns);
                if (const CatalogEntity *d = assetEntity(dependent))
                    addLink(idOf(*d), id, dependencyKind(e));
                else
                    m_out.report.add(
                        K::Unresolved, id,
                        Text::tr(
                            "%1: dependencyOf %2 is not a component or resource in the catalog")
                            .arg(id, dependent.full()));
            }
        }
    }

    QHash<QString, const CatalogEntity *> m_byRef;
    QStringList m_order;                     // first-read order of each ref
    QList<const CatalogEntity *> m_entities; // m_byRef's values in that order
    // Links as found; into the map at the end, sorted, so that each is
    // appended rather than inserted into the tree.
    std::vector<LinkKey> m_links;
    QSet<QString> m_owningGroups;
    CatalogMapping m_out;
};

} // namespace

CatalogMapping mapBackstageCatalog(const QList<CatalogEntity> &entities)
{
    return Mapper(entities).run();
}

} // namespace OrgMap
