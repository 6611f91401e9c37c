#pragma once

// Internal: the validating reader behind readMapJson().

#include "json/jsonfields.h"

#include "json/jsontape.h"

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
    // The errors of a text the tape refused or flagged, as Qt's parser and
    // the checks after it see them; false when there is none.
    bool diagnose(const QByteArray &bytes);
    void readDocument(const TapeObject &root);
    bool readHeader(TapeFieldReader &root);
    TapeArray section(const TapeObject &root, QLatin1String key);
    void collectIds(const TapeArray &items, EntityKind kind);

    std::optional<QString> readId(TapeFieldReader &fields, EntityKind kind, const Where &where);
    QString readName(TapeFieldReader &fields, const Where &where);
    QString readReference(TapeFieldReader &fields, QLatin1String key, EntityKind expected,
                          bool required, const Where &where, Field field);
    std::optional<Geometry> readGeometry(TapeFieldReader &owner, bool rectangle,
                                         const Where &where);
    QStringList readTags(TapeFieldReader &asset);
    QList<Port> readPorts(TapeFieldReader &asset, const Where &where);
    template <typename E>
    std::optional<E> readEnum(TapeFieldReader &fields, QLatin1String key, bool required,
                              std::optional<E> (*parse)(const QString &), const char *what,
                              QString (*allowed)(), const Where &where, Field field);

    void readDomains(const TapeArray &items);
    void readTeams(const TapeArray &items);
    void readAssets(const TapeArray &items);
    void readLinks(const TapeArray &items);
    void readInteractions(const TapeArray &items);

    static Where::Section sectionOf(EntityKind kind);

    ErrorSink m_errors;
    MapValidator m_rules{m_errors}; // the content rules, shared with the SQLite reader
    MapData m_map;
    QList<MapValidator::DomainParent> m_domainParents;
};

} // namespace OrgMap::JsonDetail
