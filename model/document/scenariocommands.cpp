#include "scenariocommands.h"

#include "document.h"

namespace OrgMap {

AddScenario::AddScenario(Document *document, int index, ScenarioHolder::Entry entry,
                         const QString &text)
    : m_document(document), m_index(index), m_entry(std::move(entry)),
      m_previousKey(document->currentScenarioKey())
{
    setText(text);
}

void AddScenario::redo()
{
    m_document->insertScenarioEntry(m_index, m_entry);
}

void AddScenario::undo()
{
    m_entry = m_document->takeScenarioEntry(m_index);
    m_document->showScenarioKey(m_previousKey);
}

RemoveScenario::RemoveScenario(Document *document, int index, const QString &text)
    : m_document(document), m_index(index), m_previousKey(document->currentScenarioKey())
{
    setText(text);
}

void RemoveScenario::redo()
{
    m_entry = m_document->takeScenarioEntry(m_index);
}

void RemoveScenario::undo()
{
    m_document->insertScenarioEntry(m_index, m_entry);
    // Back to where the user was when removing; the restored tab is visible
    // in the tab bar either way.
    m_document->showScenarioKey(m_previousKey);
}

RenameScenario::RenameScenario(Document *document, int key, QString before, QString after,
                               const QString &text)
    : m_document(document), m_key(key), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text);
}

void RenameScenario::redo()
{
    m_document->setScenarioNameOf(m_key, m_after);
}
void RenameScenario::undo()
{
    m_document->setScenarioNameOf(m_key, m_before);
}

MoveScenario::MoveScenario(Document *document, int from, int to, const QString &text)
    : m_document(document), m_from(from), m_to(to)
{
    setText(text);
}

void MoveScenario::redo()
{
    m_document->moveScenarioEntry(m_from, m_to);
}
void MoveScenario::undo()
{
    m_document->moveScenarioEntry(m_to, m_from);
}

} // namespace OrgMap
