#include "merge/mergestate.h"

namespace OrgMap {

QJsonValue MergeState::fieldOf(const KeyedMap &side, const EntryKey &key, const QString &field)
{
    const auto it = side.find(key);
    return it == side.end() ? QJsonValue(QJsonValue::Undefined) : it->second.value(field);
}

QJsonValue MergeState::entityOf(const KeyedMap &side, const EntryKey &key)
{
    const auto it = side.find(key);
    return it == side.end() ? QJsonValue(QJsonValue::Null) : QJsonValue(it->second);
}

void MergeState::addFieldConflict(const EntryKey &key, const QString &field, ConflictCause cause)
{
    if (conflicts.count({key, QString(kWholeEntity)}))
        return;
    conflicts.try_emplace({key, field}, MergeConflict{key, field, fieldOf(base, key, field),
                                                      fieldOf(ours, key, field),
                                                      fieldOf(theirs, key, field), cause});
}

void MergeState::addEntityConflict(const EntryKey &key, ConflictCause cause)
{
    auto it = conflicts.lower_bound({key, QString()});
    while (it != conflicts.end() && it->first.first == key)
        it = conflicts.erase(it);
    conflicts.emplace(std::pair{key, QString(kWholeEntity)},
                      MergeConflict{key, kWholeEntity, entityOf(base, key), entityOf(ours, key),
                                    entityOf(theirs, key), cause});
}

} // namespace OrgMap
