#include "merge/merge.h"

#include "merge/mergestate.h"
#include "json/jsonformat.h"

#include <QJsonDocument>
#include <future>

namespace OrgMap {

namespace {

const QLatin1String kGeometry("geometry");

// merge-v1's rule for one value, entity or field: equal sides agree; a side
// equal to BASE did not change it, so the other side's value wins.
enum class Pick
{
    Ours,
    Theirs,
    Neither // changed differently on both sides
};

template <typename Value> Pick pick(const Value &base, const Value &ours, const Value &theirs)
{
    if (ours == theirs || theirs == base)
        return Pick::Ours;
    if (ours == base)
        return Pick::Theirs;
    return Pick::Neither;
}

// Both sides have the entity and changed it differently: field by field,
// against `base` (empty for an entity both added).
EntryFields mergeFields(MergeState &state, const EntryKey &key, const EntryFields &base,
                        const EntryFields &ours, const EntryFields &theirs)
{
    QStringList names = unionOfFieldNames(ours, theirs);
    for (const QString &name : base.keys())
        if (!ours.contains(name) && !theirs.contains(name))
            names.append(name);
    EntryFields merged;
    for (const QString &name : std::as_const(names)) {
        const QJsonValue b = base.value(name), o = ours.value(name), t = theirs.value(name);
        QJsonValue value = o;
        switch (pick(b, o, t)) {
        case Pick::Ours:
            break;
        case Pick::Theirs:
            value = t;
            break;
        case Pick::Neither:
            if (name == kGeometry)
                state.geometryFromOurs.insert(key); // cosmetic: not a conflict
            else
                state.addFieldConflict(key, name, ConflictCause::BothChanged);
            break;
        }
        if (!value.isUndefined())
            merged.insert(name, value);
    }
    return merged;
}

void mergeKey(MergeState &state, const EntryKey &key)
{
    const auto find = [&key](const KeyedMap &side) -> const EntryFields * {
        const auto it = side.find(key);
        return it == side.end() ? nullptr : &it->second;
    };
    const EntryFields *b = find(state.base), *o = find(state.ours), *t = find(state.theirs);
    const auto same = [](const EntryFields *x, const EntryFields *y) {
        return x == y || (x && y && *x == *y);
    };
    const EntryFields *chosen = o;
    if (same(o, t) || same(t, b)) {
        chosen = o;
    } else if (same(o, b)) {
        chosen = t;
    } else if (o && t) {
        static const EntryFields kNothing;
        state.merged.emplace(key, mergeFields(state, key, b ? *b : kNothing, *o, *t));
        return;
    } else {
        // One side removed it, the other changed it: OURS stands, whichever it is.
        state.addEntityConflict(key, ConflictCause::RemovedAndChanged);
    }
    if (chosen)
        state.merged.emplace_hint(state.merged.end(), key, *chosen);
}

int takeEarlierConflicts(MapData &map)
{
    const QJsonValue earlier = map.info.extensions.take(kConflictsKey);
    return earlier.isArray() ? int(earlier.toArray().size()) : (earlier.isUndefined() ? 0 : 1);
}

// What some side changed: one partial map per side (base, ours, theirs),
// each holding that side's entities of the changed keys. The rest, equal on
// all three sides, would get OURS' value from the rule anyway. Only this part
// is spelled out as keyed JSON fields: in a merge of two edits of a large map
// most entities are untouched, and comparing them as structs is far cheaper
// than writing and parsing them.
struct Split
{
    MapData touched[3];
};

template <typename Key, typename T>
void splitSection(const QMap<Key, T> &base, const QMap<Key, T> &ours, const QMap<Key, T> &theirs,
                  QMap<Key, T> MapData::*section, Split &split)
{
    QMap<Key, T> &tBase = split.touched[0].*section, &tOurs = split.touched[1].*section,
                 &tTheirs = split.touched[2].*section;
    // One walk over the three sorted sections; keys OURS lacks (removed by
    // OURS, or added by THEIRS) are touched.
    auto b = base.cbegin(), t = theirs.cbegin();
    for (auto o = ours.cbegin(); o != ours.cend(); ++o) {
        for (; b != base.cend() && b.key() < o.key(); ++b)
            tBase.insert(tBase.cend(), b.key(), *b);
        for (; t != theirs.cend() && t.key() < o.key(); ++t)
            tTheirs.insert(tTheirs.cend(), t.key(), *t);
        const bool inBase = b != base.cend() && !(o.key() < b.key());
        const bool inTheirs = t != theirs.cend() && !(o.key() < t.key());
        if (!(inBase && inTheirs && *b == *o && *t == *o)) {
            tOurs.insert(tOurs.cend(), o.key(), *o);
            if (inBase)
                tBase.insert(tBase.cend(), b.key(), *b);
            if (inTheirs)
                tTheirs.insert(tTheirs.cend(), t.key(), *t);
        }
        if (inBase)
            ++b;
        if (inTheirs)
            ++t;
    }
    for (; b != base.cend(); ++b)
        tBase.insert(tBase.cend(), b.key(), *b);
    for (; t != theirs.cend(); ++t)
        tTheirs.insert(tTheirs.cend(), t.key(), *t);
}

Split splitByChange(const MapData (&sides)[3])
{
    Split split;
    for (int i = 0; i < 3; ++i) {
        // The map entity, domains and teams are few, and the parent-cycle
        // repair and the read-back proof need all of them: always touched.
        split.touched[i].info = sides[i].info;
        split.touched[i].domains = sides[i].domains;
        split.touched[i].teams = sides[i].teams;
    }
    splitSection(sides[0].assets, sides[1].assets, sides[2].assets, &MapData::assets, split);
    splitSection(sides[0].links, sides[1].links, sides[2].links, &MapData::links, split);
    splitSection(sides[0].interactions, sides[1].interactions, sides[2].interactions,
                 &MapData::interactions, split);
    return split;
}

// OURS' entity of the key when the key is untouched.
template <typename Key, typename T>
const T *untouchedOf(const QMap<Key, T> &ours, const QMap<Key, T> &oursTouched, const Key &key)
{
    const auto it = ours.constFind(key);
    return it == ours.cend() || oursTouched.contains(key) ? nullptr : &*it;
}

// OURS' section with the touched keys replaced by the merged ones.
template <typename Key, typename T>
QMap<Key, T> withTouched(const QMap<Key, T> &ours, const QMap<Key, T> &oursTouched,
                         const QMap<Key, T> &merged)
{
    QMap<Key, T> out = ours;
    for (auto it = oursTouched.cbegin(); it != oursTouched.cend(); ++it)
        out.remove(it.key());
    for (auto it = merged.cbegin(); it != merged.cend(); ++it)
        out.insert(it.key(), *it);
    return out;
}

// The merged map, proven valid: the touched part goes through the validating
// reader (with the untouched assets its links name, so that they resolve),
// then the untouched entities join it. Those are OURS' entities, equal on all
// three sides; what they refer to is in all three sides too, so it survives
// the merge (the repairs only ever remove entities OURS lacks).
std::optional<MapData> assembleMerged(const KeyedMap &touchedMerged, const MapData &ours,
                                      const MapData &oursTouched, QStringList &errors)
{
    MapData ends;
    for (const auto &[key, fields] : touchedMerged) {
        if (key.entity != DiffEntity::Link)
            continue;
        for (const QString &id : {key.from, key.to})
            if (const Asset *asset = untouchedOf(ours.assets, oursTouched.assets, AssetId(id)))
                ends.assets.insert(AssetId(id), *asset);
    }
    KeyedMap document = touchedMerged;
    if (!ends.assets.isEmpty())
        for (auto &entry : keyedEntries(ends))
            if (entry.first.entity == DiffEntity::Asset)
                document.insert(std::move(entry));
    JsonReadResult read =
        readMapJson(QJsonDocument(toMapDocument(document)).toJson(QJsonDocument::Compact));
    if (!read.map) {
        for (const FormatError &error : std::as_const(read.errors))
            errors.append(error.toString());
        return std::nullopt;
    }
    MapData merged = std::move(*read.map);
    merged.assets = withTouched(ours.assets, oursTouched.assets, merged.assets);
    merged.links = withTouched(ours.links, oursTouched.links, merged.links);
    merged.interactions =
        withTouched(ours.interactions, oursTouched.interactions, merged.interactions);
    return merged;
}

} // namespace

MergeResult mergeMaps(const MapData &base, const MapData &ours, const MapData &theirs)
{
    MergeResult result;
    MergeState state;
    Split split;
    {
        MapData sides[] = {base, ours, theirs};
        for (MapData &side : sides)
            result.earlierConflictsDropped += takeEarlierConflicts(side);
        split = splitByChange(sides);
        for (auto it = ours.assets.cbegin(); it != ours.assets.cend(); ++it)
            if (!split.touched[1].assets.contains(it.key()))
                state.untouchedIds.insert(it.key().str(), DiffEntity::Asset);
        // The three keyed views are independent: two are built on other threads.
        auto baseEntries =
            std::async(std::launch::async, keyedEntries, std::cref(split.touched[0]));
        auto theirEntries =
            std::async(std::launch::async, keyedEntries, std::cref(split.touched[2]));
        state.ours = keyedEntries(split.touched[1]);
        state.base = baseEntries.get();
        state.theirs = theirEntries.get();
    }

    std::set<EntryKey> keys;
    for (const KeyedMap *side : {&state.base, &state.ours, &state.theirs})
        for (const auto &entry : *side)
            keys.insert(keys.end(), entry.first);
    for (const EntryKey &key : keys)
        mergeKey(state, key);

    repairValidity(state);

    for (auto &[key, conflict] : state.conflicts)
        result.conflicts.append(conflict);
    for (const EntryKey &key : state.geometryFromOurs)
        result.geometryFromOurs.append(key);
    if (!result.conflicts.isEmpty())
        state.merged[EntryKey{}].insert(kConflictsKey, conflictsToJson(result.conflicts));

    if (std::optional<MapData> merged =
            assembleMerged(state.merged, ours, split.touched[1], result.internalErrors))
        result.merged = std::move(*merged);
    else
        result.merged = ours;
    return result;
}

} // namespace OrgMap
