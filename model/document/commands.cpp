#include "commands.h"

#include "document.h"

namespace OrgMap {

PatchCommand::PatchCommand(Document *document, MapPatch patch, const QString &text)
    : m_document(document), m_patch(std::move(patch)), m_scenarioKey(document->currentScenarioKey())
{
    setText(text);
}

void PatchCommand::redo()
{
    m_document->showScenarioKey(m_scenarioKey);
    m_document->apply(m_patch, true);
}

void PatchCommand::undo()
{
    m_document->showScenarioKey(m_scenarioKey);
    m_document->apply(m_patch, false);
}

ChangeEntity::ChangeEntity(Document *document, MapPatch patch, const QString &text,
                           QString mergeKey)
    : PatchCommand(document, std::move(patch), text), m_mergeKey(std::move(mergeKey))
{
    // A change that changes nothing (a drag back to the start) never reaches
    // the history: QUndoStack::push drops commands obsolete after redo().
    setObsolete(isNoOp(m_patch));
}

int ChangeEntity::id() const
{
    return m_mergeKey.isEmpty() ? -1 : int(MergeId::ChangeEntity);
}

namespace {

template <typename Key, typename T>
bool mergeList(MapPatch::ChangeList<Key, T> &mine, const MapPatch::ChangeList<Key, T> &theirs)
{
    // Same keys in both (guaranteed by equal merge keys): keep our `before`,
    // take their `after`.
    if (mine.size() != theirs.size())
        return false;
    for (qsizetype i = 0; i < mine.size(); ++i) {
        if (!(mine.items[i].key == theirs.items[i].key))
            return false;
    }
    for (qsizetype i = 0; i < mine.size(); ++i)
        mine.items[i].after = theirs.items[i].after;
    return true;
}

template <typename Key, typename T> bool unchanged(const MapPatch::ChangeList<Key, T> &list)
{
    for (const auto &c : list.items)
        if (!(c.before == c.after))
            return false;
    return true;
}

} // namespace

bool ChangeEntity::isNoOp(const MapPatch &patch)
{
    return !patch.info && unchanged(patch.domains) && unchanged(patch.teams) &&
           unchanged(patch.assets) && unchanged(patch.links) && unchanged(patch.interactions);
}

bool ChangeEntity::mergeWith(const QUndoCommand *other)
{
    auto *next = static_cast<const ChangeEntity *>(other);
    if (next->m_mergeKey != m_mergeKey || next->m_scenarioKey != m_scenarioKey)
        return false;
    MapPatch merged = m_patch;
    if (!mergeList(merged.domains, next->m_patch.domains) ||
        !mergeList(merged.teams, next->m_patch.teams) ||
        !mergeList(merged.assets, next->m_patch.assets) ||
        !mergeList(merged.links, next->m_patch.links))
        return false;
    m_patch = std::move(merged);
    setObsolete(isNoOp(m_patch));
    return true;
}

} // namespace OrgMap
