#include "diff/keyedmap.h"

#include "json/jsonformat.h"
#include "json/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace OrgMap {

namespace {

const QLatin1String kId("id");
const QLatin1String kFrom("from");
const QLatin1String kTo("to");
const QLatin1String kKind("kind");
const QLatin1String kMode("mode");

struct Section
{
    DiffEntity entity;
    QLatin1String name;
};
constexpr Section kSections[] = {{DiffEntity::Domain, QLatin1String("domains")},
                                 {DiffEntity::Team, QLatin1String("teams")},
                                 {DiffEntity::Asset, QLatin1String("assets")},
                                 {DiffEntity::Link, QLatin1String("links")},
                                 {DiffEntity::Interaction, QLatin1String("interactions")}};

bool hasPairKey(DiffEntity entity)
{
    return entity == DiffEntity::Link || entity == DiffEntity::Interaction;
}

QLatin1String kindMember(DiffEntity entity)
{
    return entity == DiffEntity::Interaction ? kMode : kKind;
}

} // namespace

QString toString(DiffEntity entity)
{
    switch (entity) {
    case DiffEntity::Map:
        return QStringLiteral("map");
    case DiffEntity::Domain:
        return QStringLiteral("domain");
    case DiffEntity::Team:
        return QStringLiteral("team");
    case DiffEntity::Asset:
        return QStringLiteral("asset");
    case DiffEntity::Link:
        return QStringLiteral("link");
    case DiffEntity::Interaction:
        return QStringLiteral("interaction");
    }
    return {};
}

QJsonObject EntryKey::toJson() const
{
    if (!hasPairKey(entity))
        return {{kId, id}};
    return {{kFrom, from}, {kTo, to}, {kindMember(entity), kind}};
}

QString EntryKey::toDisplayString() const
{
    if (!hasPairKey(entity))
        return id;
    return QStringLiteral("%1 -> %2 (%3)").arg(from, to, kind);
}

bool isAbsentValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return true;
    case QJsonValue::String:
        return value.toString().isEmpty();
    case QJsonValue::Array:
        return value.toArray().isEmpty();
    case QJsonValue::Object:
        return value.toObject().isEmpty();
    default:
        return false;
    }
}

EntryFields normalizedFields(const QJsonObject &fields)
{
    // The canonical writer omits empty fields, so there is usually nothing to
    // drop: then the object itself, shared, without rebuilding it.
    auto absent = fields.begin();
    while (absent != fields.end() && !isAbsentValue(absent.value()))
        ++absent;
    if (absent == fields.end())
        return fields;
    EntryFields out;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (!isAbsentValue(it.value()))
            out.insert(it.key(), it.value());
    return out;
}

QStringList unionOfFieldNames(const EntryFields &a, const EntryFields &b)
{
    QStringList names = a.keys(); // QJsonObject keys are sorted
    for (const QString &key : b.keys())
        if (!a.contains(key))
            names.append(key);
    std::sort(names.begin(), names.end(), JsonDetail::codePointLess);
    return names;
}

KeyedMap keyedEntries(const MapData &map)
{
    // The canonical writer is the one place that knows how each field is
    // spelled; reading its output back gives the fields exactly as a file
    // holds them.
    const QJsonObject root = QJsonDocument::fromJson(writeMapJson(map)).object();
    KeyedMap entries;
    QJsonObject mapFields;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("name") || key == QLatin1String("description") ||
            key.startsWith(QLatin1String("x-")))
            mapFields.insert(key, it.value());
    }
    entries.emplace(EntryKey{}, normalizedFields(mapFields));
    for (const Section &section : kSections) {
        const QJsonArray items = root.value(section.name).toArray();
        auto hint = entries.end();
        for (const QJsonValue &item : items) {
            QJsonObject fields = item.toObject();
            EntryKey key;
            key.entity = section.entity;
            if (hasPairKey(section.entity)) {
                key.from = fields.take(kFrom).toString();
                key.to = fields.take(kTo).toString();
                key.kind = fields.take(kindMember(section.entity)).toString();
            } else
                key.id = fields.take(kId).toString();
            hint = entries.emplace_hint(hint, std::move(key), normalizedFields(fields));
        }
    }
    return entries;
}

EntryKey keyOf(const DomainId &id)
{
    return {DiffEntity::Domain, id.str(), {}, {}, {}};
}

EntryKey keyOf(const TeamId &id)
{
    return {DiffEntity::Team, id.str(), {}, {}, {}};
}

EntryKey keyOf(const AssetId &id)
{
    return {DiffEntity::Asset, id.str(), {}, {}, {}};
}

EntryKey keyOf(const LinkKey &key)
{
    return {DiffEntity::Link, {}, key.from.str(), key.to.str(), toString(key.kind)};
}

EntryKey keyOf(const InteractionKey &key)
{
    return {DiffEntity::Interaction, {}, key.from.str(), key.to.str(), toString(key.mode)};
}

namespace {

// One walk over a section of both maps: the items both hold differently go to
// `partA` and `partB`, the keys of one side only to `onlyInA` or `onlyInB`.
// The enum orders of link kinds and interaction modes are their spellings'
// orders, so the key lists come out sorted.
template <typename Key, typename T>
void splitSection(const QMap<Key, T> &a, const QMap<Key, T> &b, QMap<Key, T> &partA,
                  QMap<Key, T> &partB, KeyedDifference &out)
{
    auto ia = a.cbegin();
    auto ib = b.cbegin();
    while (ia != a.cend() || ib != b.cend()) {
        if (ib == b.cend() || (ia != a.cend() && ia.key() < ib.key())) {
            out.onlyInA.append(keyOf(ia.key()));
            ++ia;
        } else if (ia == a.cend() || ib.key() < ia.key()) {
            out.onlyInB.append(keyOf(ib.key()));
            ++ib;
        } else {
            if (!(ia.value() == ib.value())) {
                partA.insert(partA.cend(), ia.key(), ia.value());
                partB.insert(partB.cend(), ib.key(), ib.value());
            }
            ++ia;
            ++ib;
        }
    }
}

} // namespace

KeyedDifference keyedDifference(const MapData &a, const MapData &b)
{
    KeyedDifference out;
    MapData partA;
    MapData partB;
    partA.info = a.info;
    partB.info = b.info;
    splitSection(a.domains, b.domains, partA.domains, partB.domains, out);
    splitSection(a.teams, b.teams, partA.teams, partB.teams, out);
    splitSection(a.assets, b.assets, partA.assets, partB.assets, out);
    splitSection(a.links, b.links, partA.links, partB.links, out);
    splitSection(a.interactions, b.interactions, partA.interactions, partB.interactions, out);
    out.a = keyedEntries(partA);
    out.b = keyedEntries(partB);
    return out;
}

QJsonObject toMapDocument(const KeyedMap &entries)
{
    QJsonObject root{{QLatin1String("format"), QStringLiteral("orgmap")},
                     {QLatin1String("version"), 1}};
    QJsonArray arrays[std::size(kSections)];
    for (const auto &[key, fields] : entries) {
        if (key.entity == DiffEntity::Map) {
            for (auto it = fields.begin(); it != fields.end(); ++it)
                root.insert(it.key(), it.value());
            continue;
        }
        QJsonObject object = fields;
        const QJsonObject keyMembers = key.toJson();
        for (auto it = keyMembers.begin(); it != keyMembers.end(); ++it)
            object.insert(it.key(), it.value());
        arrays[int(key.entity) - int(DiffEntity::Domain)].append(object);
    }
    for (const Section &section : kSections) {
        const QJsonArray &items = arrays[int(section.entity) - int(DiffEntity::Domain)];
        if (!items.isEmpty())
            root.insert(section.name, items);
    }
    return root;
}

} // namespace OrgMap
