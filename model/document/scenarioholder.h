#pragma once

#include "core/scenario.h"

namespace OrgMap {

// The scenarios of the open document, in tab order. Each has a key that
// stays the same while it is renamed or moved, so that undo commands can
// name the scenario they belong to without holding an index that reordering
// would invalidate. GUI-free; the Document owns one and notifies.
class ScenarioHolder
{
public:
    struct Entry
    {
        int key = 0;
        QString name;
        MapData map; // of the current scenario: stale, the Document holds the live copy
    };

    qsizetype count() const { return m_entries.size(); }
    const Entry &at(qsizetype index) const { return m_entries.at(index); }
    Entry &at(qsizetype index) { return m_entries[index]; }
    qsizetype indexOfKey(int key) const;
    QStringList names() const;

    // Replaces everything; new keys (never reused: views keep state by key).
    void assign(const ScenarioList &list);
    // A fresh key for an entry about to be inserted.
    int newKey() { return m_nextKey++; }
    void insert(qsizetype index, Entry entry);
    Entry take(qsizetype index);
    void move(qsizetype from, qsizetype to);

private:
    QList<Entry> m_entries;
    int m_nextKey = 1;
};

} // namespace OrgMap
