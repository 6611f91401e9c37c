#pragma once

#include "scenarioholder.h"

#include <QUndoCommand>

namespace OrgMap {

class Document;

// The undoable scenario edits. Like the patch commands they hold keys and
// values, never pointers into the document, and each shows the scenario it
// changes (docs/scenarios.md).

// A new scenario at `index` that becomes current; undo removes it and shows
// the scenario that was current before.
class AddScenario : public QUndoCommand
{
public:
    AddScenario(Document *document, int index, ScenarioHolder::Entry entry, const QString &text);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    int m_index;
    ScenarioHolder::Entry m_entry;
    int m_previousKey;
};

// Removes the scenario at `index` (a neighbour becomes current when it was);
// undo puts it back and shows it.
class RemoveScenario : public QUndoCommand
{
public:
    RemoveScenario(Document *document, int index, const QString &text);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    int m_index;
    ScenarioHolder::Entry m_entry; // filled by redo
    int m_previousKey;
};

class RenameScenario : public QUndoCommand
{
public:
    RenameScenario(Document *document, int key, QString before, QString after, const QString &text);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    int m_key;
    QString m_before;
    QString m_after;
};

class MoveScenario : public QUndoCommand
{
public:
    MoveScenario(Document *document, int from, int to, const QString &text);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    int m_from;
    int m_to;
};

} // namespace OrgMap
