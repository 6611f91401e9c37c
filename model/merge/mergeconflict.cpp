#include "merge/mergeconflict.h"

namespace OrgMap {

namespace {

QJsonValue orNull(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

std::optional<DiffEntity> entityFromString(const QString &text)
{
    for (DiffEntity e : {DiffEntity::Map, DiffEntity::Domain, DiffEntity::Team, DiffEntity::Asset,
                         DiffEntity::Link, DiffEntity::Interaction})
        if (toString(e) == text)
            return e;
    return std::nullopt;
}

} // namespace

QJsonObject MergeConflict::toJson() const
{
    QJsonObject object = key.toJson();
    object.insert(QLatin1String("entity"), toString(key.entity));
    object.insert(QLatin1String("field"), field);
    object.insert(QLatin1String("base"), orNull(base));
    object.insert(QLatin1String("ours"), orNull(ours));
    object.insert(QLatin1String("theirs"), orNull(theirs));
    return object;
}

std::optional<MergeConflict> MergeConflict::fromJson(const QJsonObject &object)
{
    const auto entity = entityFromString(object.value(QLatin1String("entity")).toString());
    const QJsonValue field = object.value(QLatin1String("field"));
    if (!entity || !field.isString() || field.toString().isEmpty())
        return std::nullopt;
    MergeConflict conflict;
    conflict.key.entity = *entity;
    if (*entity == DiffEntity::Link || *entity == DiffEntity::Interaction) {
        conflict.key.from = object.value(QLatin1String("from")).toString();
        conflict.key.to = object.value(QLatin1String("to")).toString();
        conflict.key.kind =
            object
                .value(*entity == DiffEntity::Link ? QLatin1String("kind") : QLatin1String("mode"))
                .toString();
        if (conflict.key.from.isEmpty() || conflict.key.to.isEmpty() || conflict.key.kind.isEmpty())
            return std::nullopt;
    } else {
        conflict.key.id = object.value(QLatin1String("id")).toString();
        if (*entity != DiffEntity::Map && conflict.key.id.isEmpty())
            return std::nullopt;
    }
    conflict.field = field.toString();
    conflict.base = orNull(object.value(QLatin1String("base")));
    conflict.ours = orNull(object.value(QLatin1String("ours")));
    conflict.theirs = orNull(object.value(QLatin1String("theirs")));
    return conflict;
}

QJsonArray conflictsToJson(const QList<MergeConflict> &conflicts)
{
    QJsonArray array;
    for (const MergeConflict &conflict : conflicts)
        array.append(conflict.toJson());
    return array;
}

} // namespace OrgMap
