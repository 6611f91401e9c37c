#include "merge/conflictresolution.h"

#include "json/jsonformat.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace OrgMap {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OrgMap::ConflictResolution", text);
}

bool sameConflict(const QJsonValue &entry, const MergeConflict &conflict)
{
    const auto parsed = MergeConflict::fromJson(entry.toObject());
    return parsed && parsed->key == conflict.key && parsed->field == conflict.field;
}

// Removes the conflict from the map entity's "x-orgmap-conflicts"; false when
// it is not there.
bool dropRecorded(EntryFields &mapFields, const MergeConflict &conflict)
{
    QJsonArray array = mapFields.value(kConflictsKey).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!sameConflict(array.at(i), conflict))
            continue;
        array.removeAt(i);
        if (array.isEmpty())
            mapFields.remove(kConflictsKey);
        else
            mapFields.insert(kConflictsKey, array);
        return true;
    }
    return false;
}

} // namespace

QList<MergeConflict> recordedConflicts(const MapData &map)
{
    QList<MergeConflict> conflicts;
    const QJsonArray array = map.info.extensions.value(kConflictsKey).toArray();
    for (const QJsonValue &entry : array)
        if (auto conflict = MergeConflict::fromJson(entry.toObject()))
            conflicts.append(*conflict);
    return conflicts;
}

QJsonValue sideValue(const MergeConflict &conflict, ConflictSide side)
{
    switch (side) {
    case ConflictSide::Base:
        return conflict.base;
    case ConflictSide::Ours:
        return conflict.ours;
    case ConflictSide::Theirs:
        return conflict.theirs;
    }
    return QJsonValue::Null;
}

ConflictResolution resolveConflict(const MapData &map, const MergeConflict &conflict,
                                   ConflictSide side)
{
    // The canonical keyed form is where "a field" and "absent equals empty"
    // are defined (diff-v1), so the choice is applied there and read back
    // with the validating reader: what it refuses is refused here.
    KeyedMap entries = keyedEntries(map);
    const QString subject = conflict.key.toDisplayString();
    const QJsonValue value = sideValue(conflict, side);
    if (conflict.field == kWholeEntity) {
        if (value.isNull()) {
            entries.erase(conflict.key);
        } else if (value.isObject() && conflict.key.entity != DiffEntity::Map) {
            entries[conflict.key] = normalizedFields(value.toObject());
        } else {
            return {std::nullopt, tr("The conflict of %1 has no entity to take.").arg(subject)};
        }
    } else {
        auto it = entries.find(conflict.key);
        if (it == entries.end())
            return {std::nullopt, tr("%1 is no longer in the map.").arg(subject)};
        if (isAbsentValue(value))
            it->second.remove(conflict.field);
        else
            it->second.insert(conflict.field, value);
    }

    EntryKey mapKey; // the map entity, which carries the conflicts
    if (!dropRecorded(entries[mapKey], conflict))
        return {std::nullopt, tr("The conflict of %1 is no longer recorded.").arg(subject)};

    const QByteArray bytes = QJsonDocument(toMapDocument(entries)).toJson(QJsonDocument::Compact);
    JsonReadResult read = readMapJson(bytes);
    if (!read.map) {
        const QString why = read.errors.isEmpty() ? QString() : read.errors.first().message;
        return {std::nullopt,
                tr("Taking this value for %1 would make the map invalid: %2").arg(subject, why)};
    }
    return {std::move(read.map), {}};
}

} // namespace OrgMap
