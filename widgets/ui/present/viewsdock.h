#pragma once

#include "core/savedviews.h"

#include <QDockWidget>
#include <functional>

class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace OrgMap {

class Document;

// The Views panel (docs/views.md): the map's views in presentation order.
// Add saves what the canvas shows now (camera, highlight, spotlight), Update
// replaces the selected view's picture with it, Up and Down reorder, Delete
// removes, a double click (or F2) renames in place, Enter or a click on
// Show presents it; Add Step appends the selected domains as the view's next
// reveal step. Every change is one undoable step of the document.
class ViewsDock : public QDockWidget
{
    Q_OBJECT

public:
    ViewsDock(Document *document, QWidget *parent = nullptr);

    // What the canvas shows now, as a view without a name (set by the window).
    void setCapture(std::function<SavedView()> capture) { m_capture = std::move(capture); }
    // The domains selected on the canvas (for Add Step).
    void setSelection(std::function<QStringList()> selection)
    {
        m_selection = std::move(selection);
    }

    QListWidget *list() const { return m_list; }
    int currentIndex() const;
    void setCurrentIndex(int index);

    // The buttons' actions, public for the menus and the tests.
    void addView();
    void updateView();
    void moveView(int delta);
    void deleteView();
    void addStep();
    void clearSteps();

signals:
    void showRequested(int index);

private:
    void refresh();
    void onItemChanged(QListWidgetItem *item);
    void updateButtons();

    Document *m_document;
    QListWidget *m_list;
    QToolButton *m_add;
    QToolButton *m_update;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_delete;
    QToolButton *m_step;
    QToolButton *m_show;
    std::function<SavedView()> m_capture;
    std::function<QStringList()> m_selection;
    bool m_refreshing = false;
};

} // namespace OrgMap
