#pragma once

#include "core/mapdata.h"
#include "documentchange.h"

#include <optional>

namespace OrgMap {

// A reversible edit of a map: for each touched key, the value before and after
// (std::nullopt = absent). Every undo command is a patch, so undo is exactly the
// inverse of redo by construction. Each key appears at most once per list.
struct MapPatch
{
    template <typename Key, typename T> struct Change
    {
        Key key;
        std::optional<T> before;
        std::optional<T> after;
    };

    // The changes of one entity type, with an index so that building a patch
    // that touches every entity of a large map stays linear.
    template <typename Key, typename T> struct ChangeList
    {
        QList<Change<Key, T>> items;
        QMap<Key, qsizetype> index;
        bool isEmpty() const { return items.isEmpty(); }
        qsizetype size() const { return items.size(); }
    };

    std::optional<std::pair<MapInfo, MapInfo>> info;
    ChangeList<DomainId, Domain> domains;
    ChangeList<TeamId, Team> teams;
    ChangeList<AssetId, Asset> assets;
    ChangeList<LinkKey, Link> links;
    ChangeList<InteractionKey, Interaction> interactions;

    enum class Direction
    {
        Forward,
        Backward
    };

    // The patch that turns `before` into `after`: one change per key whose
    // value differs (added, removed or changed), nothing for equal ones. Used
    // where a whole new map is computed at once (an import merged into the
    // map) and must still be one undoable step.
    static MapPatch between(const MapData &before, const MapData &after);
    // The same, but it stops comparing once more than `limit` keys differ:
    // the patch is then incomplete, and size() > limit says so. Deciding that
    // two unrelated 10,000-asset maps differ too much to patch costs a few
    // thousand comparisons instead of a 75,000-change patch.
    static MapPatch between(const MapData &before, const MapData &after, qsizetype limit);
    // The patch from `before` to `after` when patching is worth it: nullopt
    // when more than a quarter of the entities differ, for which views
    // rebuild from scratch (cheaper than thousands of single-item updates).
    // A scenario switch asks this (Document and the canvas's kept scenarios).
    static std::optional<MapPatch> smallBetween(const MapData &before, const MapData &after);

    // True when `after` is `before` with no edit since: every container the
    // same (implicitly shared), not merely equal, and an equal info. Then the
    // patch between them is empty, known in O(1) (views tell so that what
    // they show is already the document's map).
    static bool isUnchanged(const MapData &before, const MapData &after)
    {
        return before.domains.isSharedWith(after.domains) &&
               before.teams.isSharedWith(after.teams) && before.assets.isSharedWith(after.assets) &&
               before.links.isSharedWith(after.links) &&
               before.interactions.isSharedWith(after.interactions) && before.info == after.info;
    }

    bool isEmpty() const;
    // How many keys it touches (the map info counts as one).
    qsizetype size() const;
    // What apply(Forward) would report, without applying: the views' change
    // event when the document shows another map it already holds (a switch of
    // scenario).
    DocumentChange report() const;
    // Applies the patch and reports what changed.
    DocumentChange apply(MapData &data, Direction direction) const;

    // Builders that read the current value from `data`; calling one twice for
    // the same key keeps the first `before` and the last `after`.
    void setDomain(const MapData &data, const DomainId &id, std::optional<Domain> after);
    void setTeam(const MapData &data, const TeamId &id, std::optional<Team> after);
    void setAsset(const MapData &data, const AssetId &id, std::optional<Asset> after);
    void setLink(const MapData &data, const LinkKey &key, std::optional<Link> after);
    void setInteraction(const MapData &data, const InteractionKey &key,
                        std::optional<Interaction> after);

    // The value this patch will leave for a key, or the current one.
    Domain domainAfter(const MapData &data, const DomainId &id) const;
    Asset assetAfter(const MapData &data, const AssetId &id) const;
    Team teamAfter(const MapData &data, const TeamId &id) const;
};

} // namespace OrgMap
