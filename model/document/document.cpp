#include "document.h"

#include "commands.h"
#include "mappatch.h"

#include <QUndoStack>

namespace OrgMap {

Document::Document(QObject *parent) : QObject(parent), m_undoStack(new QUndoStack(this))
{
    qRegisterMetaType<OrgMap::DocumentChange>();
    m_scenarios.assign(Scenarios::single({}));
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool) { emit modifiedChanged(isModified()); });
}

Document::~Document()
{
    // Commands point back at this document: drop them before the data goes.
    m_undoStack->clear();
}

void Document::reset(MapData data)
{
    reset(Scenarios::single(std::move(data)));
}

void Document::reset(const ScenarioList &scenarios, int current)
{
    m_undoStack->clear();
    m_scenarios.assign(scenarios.isEmpty() ? Scenarios::single({}) : scenarios);
    m_current = qBound(0, current, scenarioCount() - 1);
    m_data = m_scenarios.at(m_current).map;
    emit scenariosChanged();
    emit currentScenarioChanged(m_current);
    m_forcedModified = false;
    m_undoStack->setClean();
    emit reset();
    emit modifiedChanged(false);
}

void Document::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

bool Document::isModified() const
{
    return m_forcedModified || !m_undoStack->isClean();
}

void Document::markSaved()
{
    // setClean() on a clean stack emits nothing: the forced mark still goes.
    const bool onlyForced = m_forcedModified && m_undoStack->isClean();
    m_forcedModified = false;
    m_undoStack->setClean();
    if (onlyForced)
        emit modifiedChanged(false);
}

void Document::markModified()
{
    if (isModified())
        return;
    m_forcedModified = true;
    emit modifiedChanged(true);
}

QString Document::uniqueId(const QString &prefix) const
{
    for (qsizetype n = m_data.domains.size() + m_data.teams.size() + m_data.assets.size() + 1;;
         ++n) {
        const QString id = prefix + QLatin1Char('-') + QString::number(n);
        if (!m_data.containsId(id))
            return id;
    }
}

void Document::apply(const MapPatch &patch, bool forward)
{
    const DocumentChange change =
        patch.apply(m_data, forward ? MapPatch::Direction::Forward : MapPatch::Direction::Backward);
    if (!change.isEmpty())
        emit changed(change);
}

bool Document::replaceContent(const MapData &after, const QString &text)
{
    return push(MapPatch::between(m_data, after), text);
}

bool Document::push(MapPatch patch, const QString &text, const QString &mergeKey)
{
    if (patch.isEmpty())
        return false;
    m_undoStack->push(new ChangeEntity(this, std::move(patch), text, mergeKey));
    return true;
}

} // namespace OrgMap
