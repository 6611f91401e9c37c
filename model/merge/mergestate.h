#pragma once

// Internal to model/merge: the three sides and the merge in progress, shared
// by the three-way rule (merge.cpp) and the validity repairs
// (mergevalidity.cpp).

#include "merge/mergeconflict.h"

#include <QHash>
#include <map>
#include <set>

namespace OrgMap {

struct MergeState
{
    KeyedMap base;
    KeyedMap ours;
    KeyedMap theirs;
    KeyedMap merged;
    // Ids of the assets equal on all three sides: they are not in the keyed
    // views above (only keys some side changed are), but they are merged
    // assets all the same, so id clashes and references must see them.
    QHash<QString, DiffEntity> untouchedIds;
    std::map<std::pair<EntryKey, QString>, MergeConflict> conflicts;
    std::set<EntryKey> geometryFromOurs;

    // The field's value on one side: Undefined where the entity or field is absent.
    static QJsonValue fieldOf(const KeyedMap &side, const EntryKey &key, const QString &field);
    // The entity's fields on one side, or Null where it is absent.
    static QJsonValue entityOf(const KeyedMap &side, const EntryKey &key);

    // Records a conflict of one field (the first cause found for it wins).
    void addFieldConflict(const EntryKey &key, const QString &field, ConflictCause cause);
    // Records a whole-entity conflict; it replaces the key's field conflicts,
    // which say nothing once the entity itself is in question.
    void addEntityConflict(const EntryKey &key, ConflictCause cause);
};

// Makes `state.merged` valid (orgmap-json-v1), recording a conflict for
// every repair: id clashes, services with data-product fields, references to
// removed entities, parent cycles.
void repairValidity(MergeState &state);

} // namespace OrgMap
