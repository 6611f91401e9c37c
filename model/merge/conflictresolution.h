#pragma once

// Resolving, one at a time, the conflicts a merge left in a map's top-level
// "x-orgmap-conflicts" (merge-v1.md): the chosen side's value goes into the
// entity's field (or replaces, adds or removes the whole entity for "*"), and
// the conflict leaves the array; the last one takes the key with it. GUI-free:
// the Conflicts dock builds its undoable edit from the result.

#include "merge/mergeconflict.h"

#include <optional>

namespace OrgMap {

enum class ConflictSide
{
    Base,
    Ours,
    Theirs
};

// The conflicts `map` carries, in file order. Entries that are not conflict
// objects are left out (they cannot be resolved, only deleted by hand).
QList<MergeConflict> recordedConflicts(const MapData &map);

// The side's value of a conflict: a field value, or for "*" the entity's
// fields; Null where absent.
QJsonValue sideValue(const MergeConflict &conflict, ConflictSide side);

struct ConflictResolution
{
    // The map with the choice applied and the conflict removed; set only when
    // the result is a valid map.
    std::optional<MapData> map;
    // Why the choice was refused (the result would not be a valid map, or
    // the conflict's subject is gone); empty on success.
    QString error;
};

ConflictResolution resolveConflict(const MapData &map, const MergeConflict &conflict,
                                   ConflictSide side);

} // namespace OrgMap
