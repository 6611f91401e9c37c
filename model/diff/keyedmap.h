#pragma once

#include <tuple>

// A map seen as the diff and merge specs see it: every keyed thing (the map
// entity, each domain, team, asset, link and interaction) with its fields as
// the canonical JSON writes them. Diff and merge both compare these, so "what
// is a field" and "absent equals empty" are decided here, once.

#include "core/mapdata.h"

#include <QJsonObject>
#include <map>

namespace OrgMap {

// In the order of diff-v1.md's `changes`: map, domain, team, asset, link,
// interaction.
enum class DiffEntity
{
    Map,
    Domain,
    Team,
    Asset,
    Link,
    Interaction
};

QString toString(DiffEntity entity); // "map", "domain", ...

// The identity of one keyed thing. Ids, link and interaction keys are ASCII
// (the format restricts them), so QString order is code-point order.
struct EntryKey
{
    DiffEntity entity = DiffEntity::Map;
    QString id;   // domain, team, asset; "" for the map
    QString from; // links, interactions
    QString to;
    QString kind; // link kind or interaction mode, as spelled in JSON

    friend bool operator==(const EntryKey &, const EntryKey &) = default;
    // Qt 6.4's QString has no operator<=>, so no defaulted one here.
    friend bool operator<(const EntryKey &a, const EntryKey &b)
    {
        return std::tie(a.entity, a.id, a.from, a.to, a.kind) <
               std::tie(b.entity, b.id, b.from, b.to, b.kind);
    }

    // The key members as diff-v1 and merge-v1 write them: {"id"} or
    // {"from", "to", "kind"|"mode"}. The map entity has {"id": ""}.
    QJsonObject toJson() const;
    // "s-orders", "s-orders -> s-ledger (event)": for reports.
    QString toDisplayString() const;
};

// Fields of one keyed thing: every JSON member but the key members. Absent
// and empty values are both absent here (the canonical writer omits empty
// optional fields; empty x- values are dropped too), so two entries are equal
// exactly when the spec says they are.
using EntryFields = QJsonObject;
using KeyedMap = std::map<EntryKey, EntryFields>;

// Every keyed thing of `map`, from its canonical JSON. The map entity is
// always present.
KeyedMap keyedEntries(const MapData &map);

// The canonical JSON document (format, version, arrays in key order) that
// holds `entries`. It is what readMapJson() reads back; validity is the
// caller's concern.
QJsonObject toMapDocument(const KeyedMap &entries);

// A field value that counts as absent: undefined, null, "", [] or {}.
bool isAbsentValue(const QJsonValue &value);

// `fields` without the absent-valued members.
EntryFields normalizedFields(const QJsonObject &fields);

// The names of every field present in either side, sorted.
QStringList unionOfFieldNames(const EntryFields &a, const EntryFields &b);

} // namespace OrgMap
