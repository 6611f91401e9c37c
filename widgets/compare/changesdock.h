#pragma once

#include "comparesubjects.h"

#include <QDockWidget>

class QLineEdit;
class QLabel;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;
class QModelIndex;

namespace OrgMap {

// Every change of the compare view, grouped by entity and kind ("Assets
// changed (3)"), with a filter line that narrows every group ("Assets changed
// (1 of 3)"). Activating a row (double-click, Enter) asks the view to select
// and centre its subject. Read-only.
class ChangesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ChangesDock(QWidget *parent = nullptr);

    void setSubjects(const QList<CompareSubject> &subjects);
    void setFilter(const QString &text);

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *tree() const { return m_tree; }
    // The group headers as shown, top to bottom ("Assets added (1)").
    QStringList groupLabels() const;
    // Rows shown under the filter in the group of `entity` and `op`; -1 when
    // there is no such group.
    int shownCount(DiffEntity entity, DiffOp op) const;
    // The row of a subject in the view's model (invalid when filtered out).
    QModelIndex indexOfSubject(int subject) const;

signals:
    void subjectActivated(int subject);

private:
    void activate(const QModelIndex &index);
    void updateSummary();

    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_tree;
    QLineEdit *m_filter;
    QLabel *m_summary;
    int m_total = 0;
};

} // namespace OrgMap
