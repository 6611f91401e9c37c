#include "comparesubjects.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace OrgMap {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OrgMap::CompareSubjects", text);
}

// The name of an id on one side, or the id when that side lacks it.
QString nameIn(const MapData &map, const QString &id)
{
    const QString name = map.nameOf(id);
    return name.isEmpty() ? id : name;
}

// A field value as a person reads it: names for references, lists joined.
QString valueText(const MapData &map, const QString &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return tr("(none)");
    if (value.isString()) {
        const QString s = value.toString();
        if (field == u"domain" || field == u"owner" || field == u"parent")
            return nameIn(map, s);
        return s;
    }
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << (v.isString()
                          ? v.toString()
                          : QString::fromUtf8(
                                QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
        return parts.join(u", "_qs);
    }
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toBool() ? u"true"_qs : u"false"_qs;
}

// The short canvas note of one changed field; empty for the fields that are
// only listed ("changed: description").
QString noteFor(const MapData &oldMap, const FieldChange &f)
{
    const QString before = valueText(oldMap, f.field, f.oldValue);
    if (f.field == u"domain")
        return f.oldValue.isNull() ? tr("from no domain") : tr("from %1").arg(before);
    if (f.field == u"parent")
        return f.oldValue.isNull() ? tr("was top-level") : tr("from %1").arg(before);
    if (f.field == u"owner")
        return f.oldValue.isNull() ? tr("was: unowned") : tr("was: %1").arg(before);
    if (f.field == u"name" || f.field == u"type" || f.field == u"kind")
        return tr("was: %1").arg(before);
    return {};
}

QString entityName(const MapData &map, const EntryKey &key)
{
    switch (key.entity) {
    case DiffEntity::Map:
        return map.info.name;
    case DiffEntity::Domain:
    case DiffEntity::Team:
    case DiffEntity::Asset:
        return map.nameOf(key.id);
    case DiffEntity::Link:
    case DiffEntity::Interaction:
        return {};
    }
    return {};
}

} // namespace

QString entityGroupName(DiffEntity entity)
{
    switch (entity) {
    case DiffEntity::Map:
        return tr("Map");
    case DiffEntity::Domain:
        return tr("Domains");
    case DiffEntity::Team:
        return tr("Teams");
    case DiffEntity::Asset:
        return tr("Assets");
    case DiffEntity::Link:
        return tr("Links");
    case DiffEntity::Interaction:
        return tr("Interactions");
    }
    return {};
}

QString opName(DiffOp op)
{
    switch (op) {
    case DiffOp::Add:
        return tr("added");
    case DiffOp::Remove:
        return tr("removed");
    case DiffOp::Change:
        return tr("changed");
    }
    return {};
}

QList<CompareSubject> compareSubjects(const MapData &oldMap, const MapData &newMap,
                                      const MapDiff &diff)
{
    QList<CompareSubject> subjects;
    subjects.reserve(diff.changes.size());
    for (int i = 0; i < diff.changes.size(); ++i) {
        const EntryChange &c = diff.changes.at(i);
        CompareSubject s;
        s.op = c.op;
        s.key = c.key;
        s.change = i;
        const MapData &side = c.op == DiffOp::Remove ? oldMap : newMap;
        s.name = entityName(side, c.key);
        if (c.op != DiffOp::Add)
            s.oldName = entityName(oldMap, c.key);
        switch (c.key.entity) {
        case DiffEntity::Map:
            s.title = tr("Map");
            break;
        case DiffEntity::Domain:
        case DiffEntity::Team:
        case DiffEntity::Asset:
            s.title = s.name.isEmpty() ? c.key.id : u"%1 (%2)"_qs.arg(s.name, c.key.id);
            break;
        case DiffEntity::Link:
        case DiffEntity::Interaction:
            s.title = u"%1 \u2192 %2 (%3)"_qs.arg(nameIn(side, c.key.from), nameIn(side, c.key.to),
                                                  c.key.kind);
            break;
        }
        QStringList others;
        for (const FieldChange &f : c.fields) {
            s.details << u"%1: %2 \u2192 %3"_qs.arg(f.field, valueText(oldMap, f.field, f.oldValue),
                                                    valueText(newMap, f.field, f.newValue));
            const QString note = noteFor(oldMap, f);
            if (note.isEmpty())
                others << f.field;
            else
                s.notes << note;
        }
        if (!others.isEmpty())
            s.notes << tr("changed: %1").arg(others.join(u", "_qs));
        subjects.append(s);
    }
    return subjects;
}

} // namespace OrgMap
