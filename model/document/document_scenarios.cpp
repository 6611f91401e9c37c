// Document: the scenarios of the document and their undoable edits.
#include "document.h"

#include "mappatch.h"
#include "scenariocommands.h"

#include <QUndoStack>

namespace OrgMap {

QString Document::scenarioName(int index) const
{
    return index >= 0 && index < scenarioCount() ? m_scenarios.at(index).name : QString();
}

int Document::scenarioIndex(const QString &name) const
{
    return int(Scenarios::indexOf(m_scenarios.names(), name));
}

MapData Document::scenarioData(int index) const
{
    if (index == m_current)
        return m_data;
    return index >= 0 && index < scenarioCount() ? m_scenarios.at(index).map : MapData();
}

ScenarioList Document::scenarios() const
{
    ScenarioList list;
    list.reserve(scenarioCount());
    for (int i = 0; i < scenarioCount(); ++i)
        list.append(Scenario{m_scenarios.at(i).name, scenarioData(i)});
    return list;
}

void Document::emitShown(const MapData &before)
{
    // A target is usually a duplicate that differs a little: telling the views
    // what differs lets them update those items only (docs/scenarios.md,
    // docs/benchmarks.md). When most of the map differs, rebuilding from
    // scratch is cheaper than thousands of single-item updates.
    const std::optional<MapPatch> patch = MapPatch::smallBetween(before, m_data);
    if (!patch) {
        emit reset();
        return;
    }
    if (const DocumentChange change = patch->report(); !change.isEmpty())
        emit changed(change);
}

void Document::showIndex(int index)
{
    if (index == m_current)
        return;
    // Both copies are implicitly shared: switching copies no entity.
    const MapData before = m_data;
    m_scenarios.at(m_current).map = m_data;
    m_current = index;
    m_data = m_scenarios.at(index).map;
    emit currentScenarioChanged(m_current);
    emitShown(before);
}

bool Document::setCurrentScenario(int index)
{
    if (index < 0 || index >= scenarioCount())
        return false;
    showIndex(index);
    return true;
}

void Document::showScenarioKey(int key)
{
    if (const qsizetype index = m_scenarios.indexOfKey(key); index >= 0)
        showIndex(int(index));
}

void Document::insertScenarioEntry(int index, ScenarioHolder::Entry entry)
{
    const MapData before = m_data;
    m_scenarios.at(m_current).map = m_data;
    m_scenarios.insert(index, std::move(entry));
    m_current = index;
    m_data = m_scenarios.at(index).map;
    emit scenariosChanged();
    emit currentScenarioChanged(m_current);
    emitShown(before);
}

ScenarioHolder::Entry Document::takeScenarioEntry(int index)
{
    const MapData before = m_data;
    m_scenarios.at(m_current).map = m_data;
    ScenarioHolder::Entry entry = m_scenarios.take(index);
    const bool wasCurrent = index == m_current;
    if (wasCurrent)
        m_current = qMin(index, scenarioCount() - 1);
    else if (index < m_current)
        --m_current;
    m_data = m_scenarios.at(m_current).map;
    emit scenariosChanged();
    emit currentScenarioChanged(m_current);
    if (wasCurrent)
        emitShown(before);
    return entry;
}

void Document::setScenarioNameOf(int key, const QString &name)
{
    if (const qsizetype index = m_scenarios.indexOfKey(key); index >= 0) {
        m_scenarios.at(index).name = name;
        emit scenariosChanged();
    }
}

void Document::moveScenarioEntry(int from, int to)
{
    const int currentKey = currentScenarioKey();
    m_scenarios.move(from, to);
    m_current = int(m_scenarios.indexOfKey(currentKey));
    emit scenariosChanged();
    emit currentScenarioChanged(m_current);
}

QString Document::checkScenarioName(const QString &name, int except) const
{
    QStringList others = m_scenarios.names();
    if (except >= 0 && except < others.size())
        others.removeAt(except);
    return Scenarios::checkName(name, others);
}

QString Document::uniqueScenarioName(const QString &base) const
{
    return Scenarios::uniqueName(base, m_scenarios.names());
}

bool Document::addScenario(const QString &name, const MapData &map, const QString &text)
{
    if (!checkScenarioName(name).isEmpty())
        return false;
    ScenarioHolder::Entry entry{m_scenarios.newKey(), name, map};
    m_undoStack->push(new AddScenario(this, m_current + 1, std::move(entry),
                                      text.isEmpty() ? tr("New scenario \"%1\"").arg(name) : text));
    return true;
}

bool Document::duplicateScenario(int index, const QString &name)
{
    if (index < 0 || index >= scenarioCount())
        return false;
    return addScenario(name, scenarioData(index),
                       tr("Duplicate scenario \"%1\" as \"%2\"").arg(scenarioName(index), name));
}

bool Document::renameScenario(int index, const QString &name)
{
    if (index < 0 || index >= scenarioCount() || name == scenarioName(index) ||
        !checkScenarioName(name, index).isEmpty())
        return false;
    m_undoStack->push(
        new RenameScenario(this, m_scenarios.at(index).key, scenarioName(index), name,
                           tr("Rename scenario \"%1\" to \"%2\"").arg(scenarioName(index), name)));
    return true;
}

bool Document::removeScenario(int index)
{
    if (index < 0 || index >= scenarioCount() || scenarioCount() < 2)
        return false;
    m_undoStack->push(
        new RemoveScenario(this, index, tr("Delete scenario \"%1\"").arg(scenarioName(index))));
    return true;
}

bool Document::moveScenario(int from, int to)
{
    const int n = scenarioCount();
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return false;
    m_undoStack->push(
        new MoveScenario(this, from, to, tr("Move scenario \"%1\"").arg(scenarioName(from))));
    return true;
}

} // namespace OrgMap
