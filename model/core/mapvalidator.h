#pragma once

// The content rules of the format (spec orgmap-json-v1, docs/json-format.md),
// checked by one piece of code for both readers: the JSON reader calls the
// rules field by field as it reads (it has types and missing keys to report
// in between), the SQLite reader claims each row's id as it reads the row and
// checks the rest on the map it read (checkContent). Each reader turns a
// location (Where + Field) into its own form through its ProblemSink: a JSON
// pointer ("/assets/3/owner") or a table and row ("table assets, row
// \"s-x\": owner"). The messages themselves are the same for both.

#include "core/mapdata.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <unordered_map>
#include <vector>

namespace OrgMap {

// Where an object sits in the reader's source. The JSON reader fills section,
// index and port (array positions); the SQLite reader section and the key
// strings (its rows are named by key). Unused members stay empty.
struct Where
{
    enum class Section
    {
        Map,
        Domains,
        Teams,
        Assets,
        Ports, // index/id: the asset; port: the position in its list
        Links,
        Interactions
    };
    Section section = Section::Map;
    qsizetype index = -1; // position in the source, in reading order
    QString id;           // entity id; ports: the asset; links, interactions: `from`
    QString to;           // links, interactions
    QString kind;         // links: the kind; interactions: the mode (spellings)
    qsizetype port = -1;
};

// The member of the object at Where that a problem is about.
enum class Field
{
    None, // the object as a whole
    Id,
    Name,
    Parent,
    Owner,
    Domain,
    Color,
    X,
    Y,
    W,
    H,
    Kind, // assets: kind; links: kind
    Type, // teams, ports
    Mode,
    Classification,
    Ports,
    Contract,
    From,
    To,
    Extensions,
    GeometryExtensions
};

class ProblemSink
{
public:
    virtual ~ProblemSink() = default;
    virtual void report(const Where &where, Field field, const QString &message) = 0;
    // The object at `where` as "first used at ..." names it; `current` is the
    // object now being reported (a reader may say "an earlier row" when both
    // read the same).
    virtual QString describe(const Where &first, const Where &current) const = 0;
    // True when no more problems are wanted: long loops stop early.
    virtual bool full() const { return false; }
};

class MapValidator
{
    Q_DECLARE_TR_FUNCTIONS(OrgMap::MapValidator)

public:
    // `known`: a map whose ids count as declared, so that one edited object
    // can be checked against the map it goes into (Document's edit checks)
    // without claiming every id first.
    explicit MapValidator(ProblemSink &sink, const MapData *known = nullptr)
        : m_sink(sink), m_known(known)
    {
    }

    // The one id namespace of domains, teams and assets. declareId records
    // the first definition of a valid id, silently (a reader whose references
    // may point forward declares every id first); checkId reports an empty,
    // long, invalid or duplicate id and returns whether the object is kept.
    // claimId is both, for a reader whose rows come one at a time.
    void declareId(EntityKind kind, const QString &id, const Where &where);
    bool checkId(EntityKind kind, const QString &id, const Where &where);
    bool claimId(EntityKind kind, const QString &id, const Where &where);
    // The declared copy of `id` (or `id` itself when not declared): a reader
    // that keeps it shares one string among an id and every reference to it.
    QString sharedId(const QString &id) const;
    // The form of an id alone (empty, long, characters): checkId less the
    // duplicate rule.
    bool checkIdForm(const QString &id, const Where &where);

    void checkName(const QString &name, const Where &where);
    // An empty reference is "none" unless `required` (the ends of links and
    // interactions). True when `id` names an entity of the expected kind;
    // then `shared`, when given, receives sharedId(id) from the same look-up.
    bool checkReference(const QString &id, EntityKind expected, bool required, const Where &where,
                        Field field, QString *shared = nullptr);
    // A domain's parent: not itself, then a reference to a domain.
    bool checkParent(const QString &domain, const QString &parent, const Where &where);
    void checkColor(const QString &color, const Where &where);
    void checkCoordinate(double value, const Where &where, Field field);
    void checkSize(double value, const Where &where, Field field); // w, h: > 0, bounded
    void checkGeometry(const Geometry &geometry, bool rectangle, const Where &where);
    void checkPortName(const QString &name, const Where &port);
    // Ports, contract and classification are for data products only.
    void checkDataProductOnly(const Asset &asset, const Where &where);
    void checkExtensionKeys(const Extensions &extensions, const Where &where, Field field);

    // A spelling of an enum; reports "unknown <what> ..." and returns nullopt.
    // `what` is a QT_TRANSLATE_NOOP("OrgMap::MapValidator", ...) noun.
    template <typename E>
    std::optional<E> checkSpelling(const QString &text, std::optional<E> (*parse)(const QString &),
                                   QString (*allowed)(), const char *what, const Where &where,
                                   Field field)
    {
        std::optional<E> value = parse(text);
        if (!value)
            reportSpelling(text, allowed(), what, where, field);
        return value;
    }

    // Not to itself (check), not twice (claim, for a reader that may meet a
    // key twice; a MapData cannot hold one twice). True when kept.
    bool checkLink(const LinkKey &key, const Where &where);
    bool claimLink(const LinkKey &key, const Where &where);
    bool checkInteraction(const InteractionKey &key, const Where &where);
    bool claimInteraction(const InteractionKey &key, const Where &where);

    // Parent cycles, reported once per cycle on its member first in reading
    // order. Self-parents are checkParent's and must not be passed here.
    struct DomainParent
    {
        Where where;
        QString id;
        QString parent;
    };
    void checkDomainCycles(const QList<DomainParent> &domains);
    // A cycle that giving `domain` its parent would close in the known map,
    // reported as checkDomainCycles words it.
    void checkParentChain(const Domain &domain, const Where &where);

    // Every rule on one object but its id and the parent cycles, as
    // checkContent applies them. checkDomain returns whether the parent is
    // a domain (to be walked for cycles).
    bool checkDomain(const Domain &domain, const Where &where);
    void checkTeam(const Team &team, const Where &where);
    void checkAsset(const Asset &asset, qsizetype index, const Where &where);
    void checkLink(const Link &link, const Where &where);
    void checkInteraction(const Interaction &interaction, const Where &where);

    // Every rule on a map read some other way: checkContent after the ids were
    // claimed (the SQLite reader claims them row by row); checkMap claims
    // them first (a map about to be saved).
    void checkContent(const MapData &map);
    void checkMap(const MapData &map);

private:
    struct IdEntry
    {
        EntityKind kind = EntityKind::None;
        Where where;
    };
    struct LinkKeyHash
    {
        size_t operator()(const LinkKey &k) const;
    };
    struct InteractionKeyHash
    {
        size_t operator()(const InteractionKey &k) const;
    };
    // The keys claimed so far with where each was first seen. Readers meet
    // them mostly in increasing order (canonical files and the SQLite tables
    // are sorted): those go to a sorted list, found by binary search, and
    // only the keys out of order are hashed.
    template <typename Key, typename Hash> class ClaimedKeys
    {
    public:
        // Where `key` was claimed first, or nullptr after claiming it now.
        const Where *claim(const Key &key, const Where &where);

    private:
        std::vector<std::pair<Key, Where>> m_sorted; // strictly increasing keys
        std::unordered_map<Key, Where, Hash> m_others;
    };
    void reportSpelling(const QString &text, const QString &allowed, const char *what,
                        const Where &where, Field field);
    static bool sameSource(const Where &a, const Where &b);
    static QString kindNoun(EntityKind kind);
    void reportCycle(const Where &where, const QStringList &chain);

    ProblemSink &m_sink;
    const MapData *m_known = nullptr;
    QHash<QString, IdEntry> m_ids;
    ClaimedKeys<LinkKey, LinkKeyHash> m_links;
    ClaimedKeys<InteractionKey, InteractionKeyHash> m_interactions;
};

// Where helpers for a map's own objects (checkContent, the SQLite reader).
Where whereOf(const Domain &d, qsizetype index = -1);
Where whereOf(const Team &t, qsizetype index = -1);
Where whereOf(const Asset &a, qsizetype index = -1);
Where whereOfPort(const QString &asset, qsizetype position, qsizetype assetIndex = -1);
Where whereOf(const LinkKey &key, qsizetype index = -1);
Where whereOf(const InteractionKey &key, qsizetype index = -1);

} // namespace OrgMap
