#include "scenarioholder.h"

namespace OrgMap {

qsizetype ScenarioHolder::indexOfKey(int key) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).key == key)
            return i;
    return -1;
}

QStringList ScenarioHolder::names() const
{
    QStringList result;
    result.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        result.append(e.name);
    return result;
}

void ScenarioHolder::assign(const ScenarioList &list)
{
    m_entries.clear();
    for (const Scenario &s : list)
        m_entries.append(Entry{newKey(), s.name, s.map});
}

void ScenarioHolder::insert(qsizetype index, Entry entry)
{
    m_entries.insert(qBound(qsizetype(0), index, m_entries.size()), std::move(entry));
}

ScenarioHolder::Entry ScenarioHolder::take(qsizetype index)
{
    return m_entries.takeAt(index);
}

void ScenarioHolder::move(qsizetype from, qsizetype to)
{
    m_entries.move(from, to);
}

} // namespace OrgMap
