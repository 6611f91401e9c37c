#pragma once

// Internal: the validating reader behind readMapJson().

#include "json/jsonfields.h"

#include <QHash>
#include <QJsonArray>
#include <unordered_map>

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
    // Where an id was first defined: its namespace and its index in that array.
    struct IdEntry
    {
        EntityKind kind = EntityKind::None;
        qsizetype index = 0;
    };
    struct DomainParent
    {
        qsizetype index = 0;
        QString id;
        QString parent;
    };
    struct LinkKeyHash
    {
        size_t operator()(const LinkKey &k) const;
    };
    struct InteractionKeyHash
    {
        size_t operator()(const InteractionKey &k) const;
    };

    void readDocument(const QJsonObject &root);
    bool readHeader(FieldReader &root);
    QJsonArray section(const QJsonObject &root, QLatin1String key);
    void collectIds(const QJsonArray &items, EntityKind kind);

    std::optional<QString> readId(FieldReader &fields, EntityKind kind, qsizetype index);
    QString readName(FieldReader &fields);
    QString readReference(FieldReader &fields, QLatin1String key, EntityKind expected,
                          bool required);
    std::optional<Geometry> readGeometry(FieldReader &owner, bool rectangle);
    QStringList readTags(FieldReader &asset);
    QList<Port> readPorts(FieldReader &asset);
    template <typename E>
    std::optional<E> readEnum(FieldReader &fields, QLatin1String key, bool required,
                              std::optional<E> (*parse)(const QString &), const char *what,
                              QString (*allowed)());

    void readDomains(const QJsonArray &items);
    void checkDomainCycles();
    void readTeams(const QJsonArray &items);
    void readAssets(const QJsonArray &items);
    void readLinks(const QJsonArray &items);
    void readInteractions(const QJsonArray &items);

    static QString sectionName(EntityKind kind);
    static QString kindNoun(EntityKind kind);

    ErrorSink m_errors;
    MapData m_map;
    QHash<QString, IdEntry> m_ids;
    QList<DomainParent> m_domainParents;
    std::unordered_map<LinkKey, qsizetype, LinkKeyHash> m_linkIndex;
    std::unordered_map<InteractionKey, qsizetype, InteractionKeyHash> m_interactionIndex;
};

} // namespace OrgMap::JsonDetail
