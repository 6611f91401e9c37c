#pragma once

// The three-way merge of merge-v1.md: key-wise, then field-wise, then
// repaired until the merged map is valid. GUI-free; the CLI's `merge` (a git
// merge driver) and the GUI's conflict dock both build on it.

#include "merge/mergeconflict.h"

#include <QStringList>

namespace OrgMap {

struct MergeResult
{
    // Always a valid map (what the merge changed has been read back with
    // readMapJson; the rest is OURS', equal on all three sides). It holds
    // OURS' value for each conflict and, when there are conflicts, the
    // top-level "x-orgmap-conflicts" array.
    MapData merged;
    // Sorted by entity (diff-v1 order), key, field.
    QList<MergeConflict> conflicts;
    // Keys whose geometry both sides changed differently: OURS' was taken
    // (not a conflict; the report lists them). Sorted.
    QList<EntryKey> geometryFromOurs;
    // "x-orgmap-conflicts" entries an input already carried (an unresolved
    // earlier merge, committed). They are dropped before merging: they
    // describe another merge's sides, and OURS already holds its values.
    int earlierConflictsDropped = 0;
    // Empty unless the merge produced a document readMapJson refuses, which
    // would be a bug; then `merged` is OURS and nothing may be written.
    QStringList internalErrors;
};

MergeResult mergeMaps(const MapData &base, const MapData &ours, const MapData &theirs);

} // namespace OrgMap
