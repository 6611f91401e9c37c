#pragma once

// One conflict of a three-way merge, as merge-v1.md writes it into the
// merged map's top-level "x-orgmap-conflicts" array.

#include "diff/keyedmap.h"

#include <QJsonArray>
#include <QJsonValue>
#include <optional>

namespace OrgMap {

// The top-level extension key that carries the conflicts left by a merge.
inline constexpr QLatin1String kConflictsKey("x-orgmap-conflicts");
// The field of a conflict about the whole entity.
inline constexpr QLatin1String kWholeEntity("*");

// Why a conflict arose; only for reports, not written to the file.
enum class ConflictCause
{
    BothChanged,       // a field changed differently on both sides
    RemovedAndChanged, // one side removed the entity, the other changed it
    IdClash,           // the same id added as entities of different kinds
    KindMismatch,      // a service with data-product fields (kind changed on one side)
    DanglingReference, // refers to an entity the merge removed
    ParentCycle        // the merged parents form a cycle
};

struct MergeConflict
{
    EntryKey key;
    QString field; // a field name as in diff-v1.md, or "*" for the whole entity
    // The field's value on each side, or for "*" the entity without its key;
    // Null where absent.
    QJsonValue base;
    QJsonValue ours;
    QJsonValue theirs;
    ConflictCause cause = ConflictCause::BothChanged;

    // {"entity", "id" | "from","to","kind"|"mode", "field", "base", "ours", "theirs"}
    QJsonObject toJson() const;
    // The inverse of toJson(); nullopt for an object that is not a conflict.
    static std::optional<MergeConflict> fromJson(const QJsonObject &object);
};

QJsonArray conflictsToJson(const QList<MergeConflict> &conflicts);

} // namespace OrgMap
