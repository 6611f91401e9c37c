// The second half of merge-v1: the key-wise and field-wise merge can combine
// two valid maps into an invalid one. Each repair puts back OURS' value of
// the offending field (or leaves it absent where even OURS' value does not
// resolve) and records the conflict, so the merged map is always valid.

#include "merge/mergestate.h"

#include <QHash>

namespace OrgMap {

namespace {

const QLatin1String kKind("kind");
const QLatin1String kParent("parent");

struct Reference
{
    DiffEntity entity; // the referring entity
    QLatin1String field;
    DiffEntity target;
};
constexpr Reference kReferences[] = {
    {DiffEntity::Domain, QLatin1String("parent"), DiffEntity::Domain},
    {DiffEntity::Domain, QLatin1String("owner"), DiffEntity::Team},
    {DiffEntity::Asset, QLatin1String("domain"), DiffEntity::Domain},
    {DiffEntity::Asset, QLatin1String("owner"), DiffEntity::Team}};

// The fields a service must not have (orgmap-json-v1, assets[]).
const QLatin1String kDataProductOnly[] = {QLatin1String("ports"), QLatin1String("contract"),
                                          QLatin1String("classification")};

class Repairer
{
public:
    explicit Repairer(MergeState &state) : m_state(state) {}

    void run()
    {
        resolveIdClashes();
        indexIds();
        resolveKindMismatches();
        resolveReferences();
        resolveParentCycles();
    }

private:
    bool resolves(const QJsonValue &id, DiffEntity target) const
    {
        const auto it = m_kindOfId.constFind(id.toString());
        return it != m_kindOfId.constEnd() && *it == target;
    }

    // Puts OURS' value back into the field (absent when it does not pass
    // `acceptable`) and records the conflict.
    template <typename Acceptable>
    void revertField(const EntryKey &key, const QString &field, ConflictCause cause,
                     Acceptable acceptable)
    {
        EntryFields &fields = m_state.merged.at(key);
        const QJsonValue ours = MergeState::fieldOf(m_state.ours, key, field);
        if (!ours.isUndefined() && acceptable(ours))
            fields.insert(field, ours);
        else
            fields.remove(field);
        m_state.addFieldConflict(key, field, cause);
    }

    // Domains, teams and assets share one id namespace, but the merge keys
    // them by kind: an id added as a domain on one side and as an asset on
    // the other would be both. OURS' entity stays; the other goes.
    void resolveIdClashes()
    {
        QHash<QString, QList<EntryKey>> byId;
        for (const auto &[key, fields] : m_state.merged)
            if (key.entity != DiffEntity::Map && !key.id.isEmpty())
                byId[key.id].append(key);
        for (auto it = m_state.untouchedIds.cbegin(); it != m_state.untouchedIds.cend(); ++it)
            if (const auto clash = byId.find(it.key()); clash != byId.end())
                clash->append(EntryKey{it.value(), it.key(), {}, {}, {}});
        for (const QList<EntryKey> &keys : std::as_const(byId)) {
            if (keys.size() < 2)
                continue;
            for (const EntryKey &key : keys) {
                if (m_state.ours.count(key) || m_state.untouchedIds.value(key.id) == key.entity)
                    continue; // OURS is valid, so at most one of them is OURS'
                m_state.merged.erase(key);
                m_state.addEntityConflict(key, ConflictCause::IdClash);
            }
        }
    }

    void indexIds()
    {
        for (const auto &[key, fields] : m_state.merged)
            if (!key.id.isEmpty())
                m_kindOfId.insert(key.id, key.entity);
        m_kindOfId.insert(m_state.untouchedIds);
    }

    // A kind changed on one side and data-product fields changed on the
    // other can make a service with ports. OURS' kind and data-product fields
    // are consistent, so those that differ from OURS go back to it.
    void resolveKindMismatches()
    {
        for (auto &[key, fields] : m_state.merged) {
            if (key.entity != DiffEntity::Asset ||
                fields.value(kKind).toString() != QLatin1String("service"))
                continue;
            bool mismatch = false;
            for (const QLatin1String &field : kDataProductOnly)
                mismatch = mismatch || fields.contains(field);
            if (!mismatch)
                continue;
            const auto always = [](const QJsonValue &) { return true; };
            if (fields.value(kKind) != MergeState::fieldOf(m_state.ours, key, kKind))
                revertField(key, kKind, ConflictCause::KindMismatch, always);
            for (const QLatin1String &field : kDataProductOnly)
                if (fields.value(field) != MergeState::fieldOf(m_state.ours, key, field))
                    revertField(key, field, ConflictCause::KindMismatch, always);
        }
    }

    void resolveReferences()
    {
        std::vector<EntryKey> dropped;
        for (auto &[key, fields] : m_state.merged) {
            if (key.entity == DiffEntity::Link || key.entity == DiffEntity::Interaction) {
                // The key is the reference: OURS' entity has the same ends,
                // so a link to a removed asset can only go.
                const DiffEntity target =
                    key.entity == DiffEntity::Link ? DiffEntity::Asset : DiffEntity::Team;
                if (!resolves(key.from, target) || !resolves(key.to, target))
                    dropped.push_back(key);
                continue;
            }
            for (const Reference &reference : kReferences) {
                if (reference.entity != key.entity || !fields.contains(reference.field) ||
                    resolves(fields.value(reference.field), reference.target))
                    continue;
                revertField(key, reference.field, ConflictCause::DanglingReference,
                            [this, &reference](const QJsonValue &ours) {
                                return resolves(ours, reference.target);
                            });
            }
        }
        for (const EntryKey &key : dropped) {
            m_state.merged.erase(key);
            m_state.addEntityConflict(key, ConflictCause::DanglingReference);
        }
    }

    // The domains on one parent cycle of the merged map, or none.
    QList<EntryKey> findParentCycle() const
    {
        QHash<QString, QString> parentOf;
        for (const auto &[key, fields] : m_state.merged)
            if (key.entity == DiffEntity::Domain && fields.contains(kParent))
                parentOf.insert(key.id, fields.value(kParent).toString());
        enum Mark
        {
            OnPath = 1,
            Done = 2
        };
        QHash<QString, int> marks;
        for (const auto &[key, fields] : m_state.merged) {
            if (key.entity != DiffEntity::Domain || marks.contains(key.id))
                continue;
            QStringList path;
            QString id = key.id;
            while (!id.isEmpty() && !marks.contains(id)) {
                marks.insert(id, OnPath);
                path.append(id);
                id = parentOf.value(id);
            }
            if (!id.isEmpty() && marks.value(id) == OnPath) {
                QList<EntryKey> cycle;
                for (qsizetype i = path.indexOf(id); i < path.size(); ++i)
                    cycle.append(EntryKey{DiffEntity::Domain, path.at(i), {}, {}, {}});
                std::sort(cycle.begin(), cycle.end());
                return cycle;
            }
            for (const QString &visited : std::as_const(path))
                marks.insert(visited, Done);
        }
        return {};
    }

    // OURS has no cycle, so every cycle has a parent that is not OURS';
    // putting OURS' back breaks it, and each round leaves one parent more
    // at OURS' value (or absent), so the loop ends.
    void resolveParentCycles()
    {
        const auto isDomain = [this](const QJsonValue &ours) {
            return resolves(ours, DiffEntity::Domain);
        };
        for (QList<EntryKey> cycle = findParentCycle(); !cycle.isEmpty();
             cycle = findParentCycle()) {
            bool reverted = false;
            for (const EntryKey &key : std::as_const(cycle)) {
                const QJsonValue merged = m_state.merged.at(key).value(kParent);
                const QJsonValue ours = MergeState::fieldOf(m_state.ours, key, kParent);
                if (merged == ours && isDomain(ours))
                    continue;
                revertField(key, kParent, ConflictCause::ParentCycle, isDomain);
                reverted = true;
            }
            if (!reverted) { // cannot happen with a valid OURS; never loop forever
                m_state.merged.at(cycle.first()).remove(kParent);
                m_state.addFieldConflict(cycle.first(), kParent, ConflictCause::ParentCycle);
            }
        }
    }

    MergeState &m_state;
    QHash<QString, DiffEntity> m_kindOfId;
};

} // namespace

void repairValidity(MergeState &state)
{
    Repairer(state).run();
}

} // namespace OrgMap
