#include "mergeimport.h"

#include "layout/autolayout.h"

#include <QCoreApplication>
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

    for (const Domain &in : imported.domains) {
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
    for (const Team &in : imported.teams) {
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
    for (const Asset &in : imported.assets) {
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

    // Links between two entities of this source are exactly the import's; any
    // other link stays while both its ends exist.
    for (auto it = result.links.begin(); it != result.links.end();) {
        const auto from = result.assets.constFind(it.key().from);
        const auto to = result.assets.constFind(it.key().to);
        const bool dangling = from == result.assets.cend() || to == result.assets.cend();
        if (dangling || (from->extensions.contains(key) && to->extensions.contains(key)))
            it = result.links.erase(it);
        else
            ++it;
    }
    for (const Link &l : imported.links)
        if (result.assets.contains(l.key.from) && result.assets.contains(l.key.to))
            result.links.insert(l.key, l);
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
    for (Asset &a : result.assets)
        if (rehomed.contains(a.id) || relayout.contains(a.domain))
            a.geometry.reset();

    report->lines = created + updated + removed + report->lines;
    *resultOut = withLayout(result, LayoutScope::MissingOnly);
    return true;
}

} // namespace OrgMap
