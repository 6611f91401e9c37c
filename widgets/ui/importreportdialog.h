#pragma once

#include "import/importreport.h"

#include <QDialog>

class QTreeWidget;
class QTreeWidgetItem;

namespace OrgMap {

// What an import did, as a tree: one group per category (created, updated,
// placeholders, unresolved references, skipped ...) with its count, and one row
// per report line. Activating a row that names an entity (double-click, Enter)
// emits entityActivated so that the window selects and centres it. Modeless:
// the user can look at the map while the report stays open.
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportReportDialog(const QString &title, const ImportReport &report, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    // The group item of a category, or nullptr when the report has none.
    QTreeWidgetItem *group(ImportReportLine::Kind kind) const;

signals:
    void entityActivated(const QString &id);

private:
    QTreeWidget *m_tree;
};

// The role under which a row keeps the id of the entity it names.
inline constexpr int EntityIdRole = Qt::UserRole + 1;

} // namespace OrgMap
