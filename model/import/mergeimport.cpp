#include "mergeimport.h"

#include "layout/autolayout.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace OrgMap {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgMap::Import)
};

using K = ImportReportLine::Kind;

QString label(const QString &id, const QString &name)
{
    return QStringLiteral("%1 \"%2\"").arg(id, name);
}

} // namespace

bool isPlaceholder(const QJsonObject &extensions, QLatin1StringView key)
{
    return extensions.value(key).toObject().value(QLatin1String("missing")).toBool();
}

bool mergeImport(const MapData &existing, const MapData &imported, QLatin1StringView key,
                 MapData *resultOut, ImportReport *report, QStringList *errors)
{
    MapData result = existing;
    if (result.info.name.isEmpty())
        result.info = imported.info;

    // An id that names an entity of another kind in the map cannot be merged.
    const auto conflict = [&](const QString &id, EntityKind kind) {
        const EntityKind there = existing.kindOf(id);
        if (there == EntityKind::None || there == kind)
            return false;
        *errors << Text::tr("%1 is already in the map as another kind of entity").arg(id);
        return true;
    };
    for (const Domain &d : imported.domains)
        conflict(d.id.str(), EntityKind::Domain);
    for (const Team &t : imported.teams)
        conflict(t.id.str(), EntityKind::Team);
    for (const Asset &a : imported.assets)
        conflict(a.id.str(), EntityKind::Asset);
    if (!errors->isEmpty())
        return false;

    QList<ImportReportLine> created, updated, removed;
    QSet<DomainId> moved; // domains whose parent changed: their subtree is laid out anew

    // Into an empty map everything is created: the import's containers as they
    // are (shared, not rebuilt key by key).
    const auto createAll = [&](auto &target, const auto &source) {
        if (!target.isEmpty())
            return false;
        target = source;
        for (const auto &in : source)
            created.append({K::Created, in.id.str(), label(in.id.str(), in.name)});
        return true;
    };
    for (const Domain &in : createAll(result.domains, imported.domains) ? QMap<DomainId, Domain>()
                                                                        : imported.domains) {
        const auto it = result.domains.find(in.id);
        if (it == result.domains.end()) {
            result.domains.insert(in.id, in);
            created.append({K::Created, in.id.str(), label(in.id.str(), in.name)});
            continue;
        }
        if (isPlaceholder(in.extensions, key))
            continue; // a placeholder never overwrites what the map has
        Domain d = *it;
        if (d.parent != in.parent)
            moved.insert(d.id);
        d.name = in.name;
        d.description = in.description;
        d.parent = in.parent;
        d.owner = in.owner;
        d.extensions.insert(key, in.extensions.value(key));
        if (d == *it) {
            ++report->unchanged;
        } else {
            updated.append({K::Updated, d.id.str(), label(d.id.str(), d.name)});
            *it = d;
        }
    }
    for (const Team &in :
         createAll(result.teams, imported.teams) ? QMap<TeamId, Team>() : imported.teams) {
        const auto it = result.teams.find(in.id);
        if (it == result.teams.end()) {
            result.teams.insert(in.id, in);
            created.append({K::Created, in.id.str(), label(in.id.str(), in.name)});
            continue;
        }
        if (isPlaceholder(in.extensions, key))
            continue;
        Team t = *it;
        t.name = in.name;
        t.description = in.description;
        if (in.type != TeamType::None) // the catalog may not say; keep what was set by hand
            t.type = in.type;
        t.extensions.insert(key, in.extensions.value(key));
        if (t == *it) {
            ++report->unchanged;
        } else {
            updated.append({K::Updated, t.id.str(), label(t.id.str(), t.name)});
            *it = t;
        }
    }
    QSet<AssetId> rehomed;
    for (const Asset &in :
         createAll(result.assets, imported.assets) ? QMap<AssetId, Asset>() : imported.assets) {
        const auto it = result.assets.find(in.id);
        if (it == result.assets.end()) {
            result.assets.insert(in.id, in);
            created.append({K::Created, in.id.str(), label(in.id.str(), in.name)});
            continue;
        }
        Asset a = *it;
        if (a.domain != in.domain)
            rehomed.insert(a.id);
        a.kind = in.kind;
        a.name = in.name;
        a.domain = in.domain;
        a.owner = in.owner;
        a.description = in.description;
        a.tags = in.tags;
        if (!in.ports.isEmpty() || !it->extensions.contains(key) || in.kind == AssetKind::Service)
            a.ports = in.ports;
        if (a.kind == AssetKind::Service) { // the format allows these on data products only
            a.contract.clear();
            a.classification = Classification::None;
        }
        a.extensions.insert(key, in.extensions.value(key));
        if (a == *it) {
            ++report->unchanged;
        } else {
            updated.append({K::Updated, a.id.str(), label(a.id.str(), a.name)});
            *it = a;
        }
    }

    // Gone from the source: removed, and what pointed at them let go.
    QSet<QString> gone;
    const auto removeGone = [&](auto &entities, const auto &stillThere) {
        // Looked at read-only first: a mutable iteration would copy a map
        // still shared with `existing` even when nothing is removed.
        bool any = false;
        for (auto it = entities.cbegin(); !any && it != entities.cend(); ++it)
            any = it->extensions.contains(key) && !stillThere.contains(it.key());
        if (!any)
            return;
        for (auto it = entities.begin(); it != entities.end();) {
            if (it->extensions.contains(key) && !stillThere.contains(it.key())) {
                removed.append({K::Removed, it.key().str(), label(it.key().str(), it->name)});
                gone.insert(it.key().str());
                it = entities.erase(it);
            } else {
                ++it;
            }
        }
    };
    removeGone(result.domains, imported.domains);
    removeGone(result.teams, imported.teams);
    removeGone(result.assets, imported.assets);
    if (!gone.isEmpty()) {
        for (Domain &d : result.domains) {
            if (gone.contains(d.parent.str())) {
                d.parent = DomainId();
                moved.insert(d.id);
            }
            if (gone.contains(d.owner.str()))
                d.owner = TeamId();
        }
        for (Asset &a : result.assets) {
            if (gone.contains(a.domain.str())) {
                a.domain = DomainId();
                rehomed.insert(a.id);
            }
            if (gone.contains(a.owner.str()))
                a.owner = TeamId();
        }
    }

    // Links between two entities of this source are exactly the import's; any
    // other link stays while both its ends exist.
    // Both maps are in key order: merged in one walk and appended at the end,
    // with each end looked up once in a hash (not in the asset map, whose
    // look-ups compare long id strings). On the same key the import's link wins.
    QHash<QString, bool> fromSource; // asset id -> carries `key`
    fromSource.reserve(result.assets.size());
    for (auto it = result.assets.cbegin(); it != result.assets.cend(); ++it)
        fromSource.insert(it.key().str(), it->extensions.contains(key));
    const auto ends = [&](const LinkKey &k, bool *bothFromSource) {
        const auto from = fromSource.constFind(k.from.str());
        const auto to = fromSource.constFind(k.to.str());
        if (from == fromSource.cend() || to == fromSource.cend())
            return false;
        *bothFromSource = from.value() && to.value();
        return true;
    };
    QMap<LinkKey, Link> links;
    auto old = result.links.cbegin();
    auto in = imported.links.cbegin();
    while (old != result.links.cend() || in != imported.links.cend()) {
        bool both = false;
        if (in == imported.links.cend() || (old != result.links.cend() && old.key() < in.key())) {
            if (ends(old.key(), &both) && !both)
                links.insert(links.cend(), old.key(), *old);
            ++old;
            continue;
        }
        if (old != result.links.cend() && !(in.key() < old.key()))
            ++old; // the same key: replaced (or dropped with its missing ends)
        if (ends(in.key(), &both))
            links.insert(links.cend(), in.key(), *in);
        ++in;
    }
    result.links = links;
    for (auto it = result.interactions.begin(); it != result.interactions.end();) {
        if (!result.teams.contains(it.key().from) || !result.teams.contains(it.key().to))
            it = result.interactions.erase(it);
        else
            ++it;
    }

    // What changed container is laid out anew inside its new one (keeping its old
    // place would draw it in the wrong box): the moved domains' whole subtrees.
    QSet<DomainId> relayout = moved;
    for (bool grew = true; grew;) {
        grew = false;
        for (const Domain &d : std::as_const(result.domains))
            if (!relayout.contains(d.id) && relayout.contains(d.parent))
                grew = (relayout.insert(d.id), true);
    }
    for (const DomainId &id : std::as_const(relayout))
        result.domains[id].geometry.reset();
    if (!rehomed.isEmpty() || !relayout.isEmpty())
        for (Asset &a : result.assets)
            if (rehomed.contains(a.id) || relayout.contains(a.domain))
                a.geometry.reset();

    report->lines = created + updated + removed + report->lines;
    *resultOut = withLayout(result, LayoutScope::MissingOnly);
    return true;
}

} // namespace OrgMap
