#pragma once

#include "merge/conflictresolution.h"

#include <QDockWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace OrgMap {

class Document;

// "Conflicts": the conflicts a merge left in the map ("x-orgmap-conflicts",
// merge-v1), each with base, ours and theirs side by side. Choosing a side is
// one undoable edit that sets the value and drops the conflict; the dock
// shows itself while the map has conflicts and hides when none are left.
class ConflictsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ConflictsDock(Document *document, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QString countText() const;
    // Takes `side` for the selected conflict; false (and statusMessage) when
    // nothing is selected or the choice is refused.
    bool chooseSelected(ConflictSide side);

signals:
    // Entities to select and centre on the canvas.
    void subjectActivated(const QStringList &ids);
    // Why a choice was refused, for the status bar.
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void updateButtons();

    Document *m_document;
    QList<MergeConflict> m_conflicts; // the rows, in file order
    QLabel *m_countLabel;
    QTreeWidget *m_list;
    QPushButton *m_oursButton;
    QPushButton *m_theirsButton;
    QPushButton *m_baseButton;
    bool m_raiseWhenShown = false;
};

} // namespace OrgMap
