#pragma once

// Internal: the validating reader behind readMapJson().

#include "json/jsonfields.h"

#include <QJsonArray>

namespace OrgMap::JsonDetail {

// QMap insertion with an end hint: canonical files list entities in key order,
// so every insertion lands at the end and loading stays linear.
template <typename Key, typename T>
void appendOrInsert(QMap<Key, T> &map, const Key &key, const T &value)
{
    if (map.isEmpty() || map.lastKey() < key)
        map.insert(map.cend(), key, value);
    else
        map.insert(key, value);
}

class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(OrgMap::JsonReader)

public:
    JsonReadResult read(const QByteArray &bytes);

private:
    void readDocument(const QJsonObject &root);
    bool readHeader(FieldReader &root);
    QJsonArray section(const QJsonObject &root, QLatin1String key);
    void collectIds(const QJsonArray &items, EntityKind kind);

    std::optional<QString> readId(FieldReader &fields, EntityKind kind, const Where &where);
    QString readName(FieldReader &fields, const Where &where);
    QString readReference(FieldReader &fields, QLatin1String key, EntityKind expected,
                          bool required, const Where &where, Field field);
    std::optional<Geometry> readGeometry(FieldReader &owner, bool rectangle, const Where &where);
    QStringList readTags(FieldReader &asset);
    QList<Port> readPorts(FieldReader &asset, const Where &where);
    template <typename E>
    std::optional<E> readEnum(FieldReader &fields, QLatin1String key, bool required,
                              std::optional<E> (*parse)(const QString &), const char *what,
                              QString (*allowed)(), const Where &where, Field field);

    void readDomains(const QJsonArray &items);
    void readTeams(const QJsonArray &items);
    void readAssets(const QJsonArray &items);
    void readLinks(const QJsonArray &items);
    void readInteractions(const QJsonArray &items);

    static Where::Section sectionOf(EntityKind kind);

    ErrorSink m_errors;
    MapValidator m_rules{m_errors}; // the content rules, shared with the SQLite reader
    MapData m_map;
    QList<MapValidator::DomainParent> m_domainParents;
};

} // namespace OrgMap::JsonDetail
