#include "mappatch.h"

#include <limits>

namespace OrgMap {
namespace {

template <typename Key, typename T>
void applyChanges(QMap<Key, T> &container, const MapPatch::ChangeList<Key, T> &changes,
                  MapPatch::Direction direction, DocumentChange::Keys<Key> &report)
{
    const bool forward = direction == MapPatch::Direction::Forward;
    for (const auto &change : changes.items) {
        const std::optional<T> &from = forward ? change.before : change.after;
        const std::optional<T> &to = forward ? change.after : change.before;
        if (to)
            container.insert(change.key, *to);
        else
            container.remove(change.key);
        if (!from && to)
            report.added << change.key;
        else if (from && !to)
            report.removed << change.key;
        else if (from && to && !(*from == *to))
            report.changed << change.key;
    }
}

template <typename Key, typename T>
void record(MapPatch::ChangeList<Key, T> &changes, const QMap<Key, T> &current, const Key &key,
            std::optional<T> after)
{
    if (auto found = changes.index.constFind(key); found != changes.index.cend()) {
        changes.items[*found].after = std::move(after);
        return;
    }
    std::optional<T> before;
    if (auto it = current.constFind(key); it != current.cend())
        before = *it;
    changes.index.insert(key, changes.items.size());
    changes.items.append({key, std::move(before), std::move(after)});
}

template <typename Key, typename T>
T valueAfter(const MapPatch::ChangeList<Key, T> &changes, const QMap<Key, T> &current,
             const Key &key)
{
    if (auto found = changes.index.constFind(key); found != changes.index.cend())
        return changes.items.at(*found).after.value_or(T{});
    return current.value(key);
}

// Both maps are sorted by key: one merge walk finds every difference.
// `budget`: how many more differences to record; the walk stops below 0.
template <typename Key, typename T>
void diffInto(MapPatch::ChangeList<Key, T> &changes, const QMap<Key, T> &before,
              const QMap<Key, T> &after, qsizetype &budget)
{
    auto add = [&changes, &budget](const Key &key, std::optional<T> from, std::optional<T> to) {
        --budget;
        changes.index.insert(key, changes.items.size());
        changes.items.append({key, std::move(from), std::move(to)});
    };
    if (budget < 0 || before.isSharedWith(after))
        return; // a scenario and its untouched duplicate: nothing to compare
    auto b = before.cbegin();
    auto a = after.cbegin();
    while ((b != before.cend() || a != after.cend()) && budget >= 0) {
        if (a == after.cend() || (b != before.cend() && b.key() < a.key())) {
            add(b.key(), *b, std::nullopt);
            ++b;
        } else if (b == before.cend() || a.key() < b.key()) {
            add(a.key(), std::nullopt, *a);
            ++a;
        } else {
            if (!(*b == *a))
                add(a.key(), *b, *a);
            ++b;
            ++a;
        }
    }
}

template <typename Key, typename T>
void reportChanges(const MapPatch::ChangeList<Key, T> &changes, DocumentChange::Keys<Key> &report)
{
    for (const auto &change : changes.items) {
        if (!change.before && change.after)
            report.added << change.key;
        else if (change.before && !change.after)
            report.removed << change.key;
        else if (change.before && change.after && !(*change.before == *change.after))
            report.changed << change.key;
    }
}

} // namespace

MapPatch MapPatch::between(const MapData &before, const MapData &after)
{
    return between(before, after, std::numeric_limits<qsizetype>::max());
}

MapPatch MapPatch::between(const MapData &before, const MapData &after, qsizetype limit)
{
    MapPatch patch;
    qsizetype budget = limit;
    if (!(before.info == after.info)) {
        patch.info = std::make_pair(before.info, after.info);
        --budget;
    }
    diffInto(patch.domains, before.domains, after.domains, budget);
    diffInto(patch.teams, before.teams, after.teams, budget);
    diffInto(patch.assets, before.assets, after.assets, budget);
    diffInto(patch.links, before.links, after.links, budget);
    diffInto(patch.interactions, before.interactions, after.interactions, budget);
    return patch;
}

std::optional<MapPatch> MapPatch::smallBetween(const MapData &before, const MapData &after)
{
    const auto entities = [](const MapData &data) {
        return data.domains.size() + data.teams.size() + data.assets.size() + data.links.size() +
               data.interactions.size();
    };
    const qsizetype limit = qMax(entities(before), entities(after)) / 4;
    MapPatch patch = between(before, after, limit);
    if (patch.size() > limit)
        return std::nullopt;
    return patch;
}

bool MapPatch::isEmpty() const
{
    return !info && domains.isEmpty() && teams.isEmpty() && assets.isEmpty() && links.isEmpty() &&
           interactions.isEmpty();
}

qsizetype MapPatch::size() const
{
    return (info ? 1 : 0) + domains.size() + teams.size() + assets.size() + links.size() +
           interactions.size();
}

DocumentChange MapPatch::report() const
{
    DocumentChange change;
    change.infoChanged = info && !(info->first == info->second);
    reportChanges(domains, change.domains);
    reportChanges(teams, change.teams);
    reportChanges(assets, change.assets);
    reportChanges(links, change.links);
    reportChanges(interactions, change.interactions);
    return change;
}

DocumentChange MapPatch::apply(MapData &data, Direction direction) const
{
    DocumentChange report;
    if (info) {
        data.info = direction == Direction::Forward ? info->second : info->first;
        report.infoChanged = !(info->first == info->second);
    }
    applyChanges(data.domains, domains, direction, report.domains);
    applyChanges(data.teams, teams, direction, report.teams);
    applyChanges(data.assets, assets, direction, report.assets);
    applyChanges(data.links, links, direction, report.links);
    applyChanges(data.interactions, interactions, direction, report.interactions);
    return report;
}

void MapPatch::setDomain(const MapData &data, const DomainId &id, std::optional<Domain> after)
{
    record(domains, data.domains, id, std::move(after));
}

void MapPatch::setTeam(const MapData &data, const TeamId &id, std::optional<Team> after)
{
    record(teams, data.teams, id, std::move(after));
}

void MapPatch::setAsset(const MapData &data, const AssetId &id, std::optional<Asset> after)
{
    record(assets, data.assets, id, std::move(after));
}

void MapPatch::setLink(const MapData &data, const LinkKey &key, std::optional<Link> after)
{
    record(links, data.links, key, std::move(after));
}

void MapPatch::setInteraction(const MapData &data, const InteractionKey &key,
                              std::optional<Interaction> after)
{
    record(interactions, data.interactions, key, std::move(after));
}

Domain MapPatch::domainAfter(const MapData &data, const DomainId &id) const
{
    return valueAfter(domains, data.domains, id);
}

Asset MapPatch::assetAfter(const MapData &data, const AssetId &id) const
{
    return valueAfter(assets, data.assets, id);
}

Team MapPatch::teamAfter(const MapData &data, const TeamId &id) const
{
    return valueAfter(teams, data.teams, id);
}

} // namespace OrgMap
