#pragma once

#include <QTabBar>

namespace OrgMap {

class Document;

// The tabs above the canvas, one per scenario of the document. Clicking
// switches, dragging reorders, double-clicking renames in place, and the
// context menu offers the Scenario menu's edits. It only reads the document
// and asks it for edits; it re-syncs on Document::scenariosChanged.
class ScenarioBar : public QTabBar
{
    Q_OBJECT

public:
    explicit ScenarioBar(Document *document, QWidget *parent = nullptr);

    // Starts renaming tab `index` in place (Enter commits, Escape cancels).
    void editName(int index);

signals:
    // The context menu's requests that the window handles (it owns the
    // actions and dialogs): "new", "duplicate", "rename", "delete".
    void requested(const QString &what, int index);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void sync();

    Document *m_document;
    bool m_syncing = false;
};

} // namespace OrgMap
