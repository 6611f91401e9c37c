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

} // namespace

MergeResult mergeMaps(const MapData &base, const MapData &ours, const MapData &theirs)
{
    MergeResult result;
    MergeState state;
    {
        MapData sides[] = {base, ours, theirs};
        for (MapData &side : sides)
            result.earlierConflictsDropped += takeEarlierConflicts(side);
        // The three keyed views are independent: build two of them on other
        // threads (a third of a 10,000-asset merge is spent here).
        auto baseEntries = std::async(std::launch::async, keyedEntries, std::cref(sides[0]));
        auto theirEntries = std::async(std::launch::async, keyedEntries, std::cref(sides[2]));
        state.ours = keyedEntries(sides[1]);
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

    // The proof that the merge is a map: the validating reader accepts it.
    JsonReadResult read =
        readMapJson(QJsonDocument(toMapDocument(state.merged)).toJson(QJsonDocument::Compact));
    if (read.map) {
        result.merged = std::move(*read.map);
    } else {
        result.merged = ours;
        for (const FormatError &error : std::as_const(read.errors))
            result.internalErrors.append(error.toString());
    }
    return result;
}

} // namespace OrgMap
