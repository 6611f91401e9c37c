#include "mapvalidator.h"

#include "core/displaytext.h"
#include "core/rules.h"

#include <algorithm>

namespace OrgMap {

size_t MapValidator::LinkKeyHash::operator()(const LinkKey &k) const
{
    return qHashMulti(0, k.from, k.to, int(k.kind));
}

size_t MapValidator::InteractionKeyHash::operator()(const InteractionKey &k) const
{
    return qHashMulti(0, k.from, k.to, int(k.mode));
}

template <typename Key, typename Hash>
const Where *MapValidator::ClaimedKeys<Key, Hash>::claim(const Key &key, const Where &where)
{
    // Every key in m_others was below the last sorted key when it came, and
    // that key only grows: a key above it is new.
    if (m_sorted.empty() || m_sorted.back().first < key) {
        m_sorted.emplace_back(key, where);
        return nullptr;
    }
    const auto it = std::lower_bound(
        m_sorted.cbegin(), m_sorted.cend(), key,
        [](const std::pair<Key, Where> &entry, const Key &k) { return entry.first < k; });
    if (it != m_sorted.cend() && !(key < it->first))
        return &it->second;
    const auto [other, inserted] = m_others.try_emplace(key, where);
    return inserted ? nullptr : &other->second;
}

bool MapValidator::sameSource(const Where &a, const Where &b)
{
    return a.section == b.section && a.index == b.index && a.id == b.id;
}

QString MapValidator::kindNoun(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Domain:
        return tr("a domain");
    case EntityKind::Team:
        return tr("a team");
    case EntityKind::Asset:
        return tr("an asset");
    case EntityKind::None:
        break;
    }
    return {};
}

void MapValidator::declareId(EntityKind kind, const QString &id, const Where &where)
{
    if (Rules::isValidId(id) && !m_ids.contains(id))
        m_ids.insert(id, {kind, where});
}

bool MapValidator::checkIdForm(const QString &id, const Where &where)
{
    if (id.isEmpty()) {
        m_sink.report(where, Field::Id, tr("must not be empty"));
        return false;
    }
    if (id.size() > Rules::kMaxIdLength) {
        m_sink.report(
            where, Field::Id,
            tr("id is %1 characters long (at most %2)").arg(id.size()).arg(Rules::kMaxIdLength));
        return false;
    }
    if (!Rules::isValidId(id)) {
        m_sink.report(where, Field::Id,
                      tr("invalid id \"%1\": use only the characters A-Z a-z 0-9 . _ : -")
                          .arg(shortened(id)));
        return false;
    }
    return true;
}

bool MapValidator::checkId(EntityKind kind, const QString &id, const Where &where)
{
    if (!checkIdForm(id, where))
        return false;
    const auto it = m_ids.constFind(id);
    if (it == m_ids.cend() || it->kind != kind || !sameSource(it->where, where)) {
        const QString first = it == m_ids.cend() ? QString() : m_sink.describe(it->where, where);
        m_sink.report(where, Field::Id,
                      tr("duplicate id \"%1\" (first used at %2)").arg(id, first));
        return false;
    }
    return true;
}

bool MapValidator::claimId(EntityKind kind, const QString &id, const Where &where)
{
    declareId(kind, id, where);
    return checkId(kind, id, where);
}

QString MapValidator::sharedId(const QString &id) const
{
    const auto it = m_ids.constFind(id);
    return it == m_ids.cend() ? id : it.key();
}

void MapValidator::checkName(const QString &name, const Where &where)
{
    if (name.isEmpty())
        m_sink.report(where, Field::Name, tr("must not be empty"));
    else if (const qsizetype length = Rules::codePointCount(name); length > Rules::kMaxNameLength)
        m_sink.report(
            where, Field::Name,
            tr("name is %1 characters long (at most %2)").arg(length).arg(Rules::kMaxNameLength));
}

bool MapValidator::checkReference(const QString &id, EntityKind expected, bool required,
                                  const Where &where, Field field, QString *shared)
{
    if (id.isEmpty()) {
        if (required)
            m_sink.report(where, field, tr("must not be empty"));
        else if (shared)
            *shared = id;
        return !required;
    }
    // One look-up: its key is the declared id, shared by every reference to it.
    const auto it = m_ids.constFind(id);
    const EntityKind kind =
        it != m_ids.cend() ? it->kind : (m_known ? m_known->kindOf(id) : EntityKind::None);
    if (kind == EntityKind::None) {
        QString message;
        switch (expected) {
        case EntityKind::Domain:
            message = tr("unknown domain \"%1\"").arg(shortened(id));
            break;
        case EntityKind::Team:
            message = tr("unknown team \"%1\"").arg(shortened(id));
            break;
        default:
            message = tr("unknown asset \"%1\"").arg(shortened(id));
            break;
        }
        m_sink.report(where, field, message);
        return false;
    }
    if (kind != expected) {
        m_sink.report(
            where, field,
            tr("\"%1\" is %2, not %3").arg(shortened(id), kindNoun(kind), kindNoun(expected)));
        return false;
    }
    if (shared)
        *shared = it != m_ids.cend() ? it.key() : id;
    return true;
}

bool MapValidator::checkParent(const QString &domain, const QString &parent, const Where &where)
{
    if (!parent.isEmpty() && parent == domain) {
        m_sink.report(where, Field::Parent, tr("a domain cannot be its own parent"));
        return false;
    }
    return checkReference(parent, EntityKind::Domain, false, where, Field::Parent);
}

void MapValidator::checkColor(const QString &color, const Where &where)
{
    if (!color.isEmpty() && !Rules::isValidColor(color))
        m_sink.report(where, Field::Color,
                      tr("invalid colour \"%1\": use the form #rrggbb").arg(shortened(color)));
}

void MapValidator::checkCoordinate(double value, const Where &where, Field field)
{
    // Also refuses infinities and NaN, which a SQLite REAL can hold.
    if (!Rules::isWithinCoordinateBound(value))
        m_sink.report(
            where, field,
            tr("%1 is out of range (at most %2 either way)").arg(value).arg(Rules::kMaxCoordinate));
}

void MapValidator::checkSize(double value, const Where &where, Field field)
{
    if (value <= 0)
        m_sink.report(where, field, tr("must be greater than 0, not %1").arg(value));
    else
        checkCoordinate(value, where, field);
}

void MapValidator::checkGeometry(const Geometry &g, bool rectangle, const Where &where)
{
    checkCoordinate(g.x, where, Field::X);
    checkCoordinate(g.y, where, Field::Y);
    if (rectangle) {
        checkSize(g.w, where, Field::W);
        checkSize(g.h, where, Field::H);
    }
    checkExtensionKeys(g.extensions, where, Field::GeometryExtensions);
}

void MapValidator::checkPortName(const QString &name, const Where &port)
{
    if (name.isEmpty())
        m_sink.report(port, Field::Name, tr("must not be empty"));
}

void MapValidator::checkDataProductOnly(const Asset &asset, const Where &where)
{
    // Empty values count as absent, so `"contract": ""` on a service is fine.
    if (asset.kind != AssetKind::Service)
        return;
    if (!asset.ports.isEmpty())
        m_sink.report(where, Field::Ports,
                      tr("only data products have ports; this asset is a service"));
    if (!asset.contract.isEmpty())
        m_sink.report(where, Field::Contract,
                      tr("only data products have a contract; this asset is a service"));
    if (asset.classification != Classification::None)
        m_sink.report(where, Field::Classification,
                      tr("only data products have a classification; this asset is a service"));
}

void MapValidator::checkExtensionKeys(const Extensions &extensions, const Where &where, Field field)
{
    for (auto it = extensions.constBegin(); it != extensions.constEnd(); ++it)
        if (!it.key().startsWith(QLatin1String("x-")))
            m_sink.report(where, field,
                          tr("key \"%1\" does not start with x-").arg(shortened(it.key())));
}

void MapValidator::reportSpelling(const QString &text, const QString &allowed, const char *what,
                                  const Where &where, Field field)
{
    m_sink.report(where, field,
                  tr("unknown %1 \"%2\" (one of %3)").arg(tr(what), shortened(text), allowed));
}

bool MapValidator::checkLink(const LinkKey &key, const Where &where)
{
    if (key.from != key.to)
        return true;
    m_sink.report(where, Field::None,
                  tr("a link cannot connect asset %1 to itself").arg(shortened(key.from.str())));
    return false;
}

bool MapValidator::claimLink(const LinkKey &key, const Where &where)
{
    const Where *first = m_links.claim(key, where);
    if (first)
        m_sink.report(where, Field::None,
                      tr("duplicate link %1 -> %2 (%3), first at %4")
                          .arg(shortened(key.from.str()), shortened(key.to.str()),
                               toString(key.kind), m_sink.describe(*first, where)));
    return !first;
}

bool MapValidator::checkInteraction(const InteractionKey &key, const Where &where)
{
    if (key.from != key.to)
        return true;
    m_sink.report(where, Field::None,
                  tr("a team cannot interact with itself (%1)").arg(shortened(key.from.str())));
    return false;
}

bool MapValidator::claimInteraction(const InteractionKey &key, const Where &where)
{
    const Where *first = m_interactions.claim(key, where);
    if (first)
        m_sink.report(where, Field::None,
                      tr("duplicate interaction %1 -> %2 (%3), first at %4")
                          .arg(shortened(key.from.str()), shortened(key.to.str()),
                               toString(key.mode), m_sink.describe(*first, where)));
    return !first;
}

void MapValidator::checkDomainCycles(const QList<DomainParent> &domains)
{
    QHash<QString, const DomainParent *> byId;
    byId.reserve(domains.size());
    for (const DomainParent &d : domains)
        byId.insert(d.id, &d);

    // Walk each parent chain once; meeting a domain of the current walk again
    // closes a cycle, meeting one of an earlier walk means no new cycle.
    enum State
    {
        Unvisited,
        OnPath,
        Done
    };
    QHash<QString, State> state;
    state.reserve(domains.size());
    for (const DomainParent &start : domains) {
        if (state.value(start.id, Unvisited) != Unvisited)
            continue;
        QList<const DomainParent *> path;
        const DomainParent *cursor = &start;
        while (cursor) {
            const State s = state.value(cursor->id, Unvisited);
            if (s == Done)
                break;
            if (s == OnPath) {
                // The cycle is the tail of the path from `cursor`; report it
                // once, on its member read first (domains are listed in
                // reading order, so the lowest position in `domains`).
                const qsizetype from = path.indexOf(cursor);
                qsizetype first = from;
                for (qsizetype k = from; k < path.size(); ++k)
                    if (path.at(k) < path.at(first)) // both point into `domains`
                        first = k;
                QStringList chain;
                for (qsizetype k = 0; k <= path.size() - from; ++k)
                    chain << path.at(from + (first - from + k) % (path.size() - from))->id;
                reportCycle(path.at(first)->where, chain);
                break;
            }
            state.insert(cursor->id, OnPath);
            path.append(cursor);
            cursor = byId.value(cursor->parent, nullptr);
        }
        for (const DomainParent *d : std::as_const(path))
            state.insert(d->id, Done);
    }
}

void MapValidator::reportCycle(const Where &where, const QStringList &chain)
{
    QStringList shown;
    for (const QString &id : chain)
        shown << shortened(id);
    m_sink.report(where, Field::Parent,
                  tr("cycle in domain parents: %1").arg(shown.join(QLatin1String(" -> "))));
}

void MapValidator::checkParentChain(const Domain &domain, const Where &where)
{
    if (!m_known || domain.parent == domain.id ||
        !m_known->wouldCreateCycle(domain.id, domain.parent))
        return;
    // The walk up from the new parent reaches the domain (that is the cycle).
    QStringList chain{domain.id.str()};
    for (DomainId cursor = domain.parent; cursor != domain.id;
         cursor = m_known->domains.value(cursor).parent)
        chain << cursor.str();
    chain << domain.id.str();
    reportCycle(where, chain);
}

bool MapValidator::checkDomain(const Domain &d, const Where &where)
{
    checkName(d.name, where);
    const bool parent = checkParent(d.id.str(), d.parent.str(), where);
    checkReference(d.owner.str(), EntityKind::Team, false, where, Field::Owner);
    checkColor(d.color, where);
    if (d.geometry)
        checkGeometry(*d.geometry, true, where);
    checkExtensionKeys(d.extensions, where, Field::Extensions);
    return parent;
}

void MapValidator::checkTeam(const Team &t, const Where &where)
{
    checkName(t.name, where);
    if (t.geometry)
        checkGeometry(*t.geometry, false, where);
    checkExtensionKeys(t.extensions, where, Field::Extensions);
}

void MapValidator::checkAsset(const Asset &a, qsizetype index, const Where &where)
{
    checkName(a.name, where);
    checkReference(a.domain.str(), EntityKind::Domain, false, where, Field::Domain);
    checkReference(a.owner.str(), EntityKind::Team, false, where, Field::Owner);
    if (a.geometry)
        checkGeometry(*a.geometry, false, where);
    for (qsizetype i = 0; i < a.ports.size(); ++i) {
        const Where port = whereOfPort(a.id.str(), i, index);
        checkPortName(a.ports.at(i).name, port);
        checkExtensionKeys(a.ports.at(i).extensions, port, Field::Extensions);
    }
    checkDataProductOnly(a, where);
    checkExtensionKeys(a.extensions, where, Field::Extensions);
}

void MapValidator::checkLink(const Link &l, const Where &where)
{
    const bool ends =
        checkReference(l.key.from.str(), EntityKind::Asset, true, where, Field::From) &
        checkReference(l.key.to.str(), EntityKind::Asset, true, where, Field::To);
    if (ends)
        checkLink(l.key, where);
    checkExtensionKeys(l.extensions, where, Field::Extensions);
}

void MapValidator::checkInteraction(const Interaction &i, const Where &where)
{
    const bool ends = checkReference(i.key.from.str(), EntityKind::Team, true, where, Field::From) &
                      checkReference(i.key.to.str(), EntityKind::Team, true, where, Field::To);
    if (ends)
        checkInteraction(i.key, where);
    checkExtensionKeys(i.extensions, where, Field::Extensions);
}

void MapValidator::checkContent(const MapData &map)
{
    const Where info;
    checkName(map.info.name, info);
    checkExtensionKeys(map.info.extensions, info, Field::Extensions);

    qsizetype index = 0;
    for (const Team &t : map.teams) {
        checkTeam(t, whereOf(t, index++));
        if (m_sink.full())
            return;
    }

    QList<DomainParent> parents;
    index = 0;
    for (const Domain &d : map.domains) {
        const Where where = whereOf(d, index++);
        if (checkDomain(d, where) && !d.parent.isNull())
            parents.append({where, d.id.str(), d.parent.str()});
        if (m_sink.full())
            return;
    }
    checkDomainCycles(parents);

    index = 0;
    for (const Asset &a : map.assets) {
        checkAsset(a, index, whereOf(a, index));
        ++index;
        if (m_sink.full())
            return;
    }

    index = 0;
    for (const Link &l : map.links) {
        checkLink(l, whereOf(l.key, index++));
        if (m_sink.full())
            return;
    }

    index = 0;
    for (const Interaction &i : map.interactions) {
        checkInteraction(i, whereOf(i.key, index++));
        if (m_sink.full())
            return;
    }
}

void MapValidator::checkMap(const MapData &map)
{
    qsizetype index = 0;
    for (const Team &t : map.teams)
        claimId(EntityKind::Team, t.id.str(), whereOf(t, index++));
    index = 0;
    for (const Domain &d : map.domains)
        claimId(EntityKind::Domain, d.id.str(), whereOf(d, index++));
    index = 0;
    for (const Asset &a : map.assets)
        claimId(EntityKind::Asset, a.id.str(), whereOf(a, index++));
    if (!m_sink.full())
        checkContent(map);
}

Where whereOf(const Domain &d, qsizetype index)
{
    return {Where::Section::Domains, index, d.id.str(), {}, {}, -1};
}

Where whereOf(const Team &t, qsizetype index)
{
    return {Where::Section::Teams, index, t.id.str(), {}, {}, -1};
}

Where whereOf(const Asset &a, qsizetype index)
{
    return {Where::Section::Assets, index, a.id.str(), {}, {}, -1};
}

Where whereOfPort(const QString &asset, qsizetype position, qsizetype assetIndex)
{
    return {Where::Section::Ports, assetIndex, asset, {}, {}, position};
}

Where whereOf(const LinkKey &key, qsizetype index)
{
    return {Where::Section::Links, index, key.from.str(), key.to.str(), toString(key.kind), -1};
}

Where whereOf(const InteractionKey &key, qsizetype index)
{
    return {Where::Section::Interactions, index, key.from.str(), key.to.str(),
            toString(key.mode),           -1};
}

} // namespace OrgMap
