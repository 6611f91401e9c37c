#include "importreportdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace OrgMap {
namespace {

constexpr int KindRole = Qt::UserRole + 2;

// The order the groups are shown in: what changed first, then what to fix.
constexpr ImportReportLine::Kind groupOrder[] = {
    ImportReportLine::Kind::Created,         ImportReportLine::Kind::Updated,
    ImportReportLine::Kind::Removed,         ImportReportLine::Kind::Placeholder,
    ImportReportLine::Kind::Unresolved,      ImportReportLine::Kind::Unowned,
    ImportReportLine::Kind::Duplicate,       ImportReportLine::Kind::ExternalSource,
    ImportReportLine::Kind::SkippedTarget,   ImportReportLine::Kind::SkippedKind,
    ImportReportLine::Kind::SkippedDocument,
};

QString summary(const ImportReport &report)
{
    using K = ImportReportLine::Kind;
    const int problems = report.count(K::Placeholder) + report.count(K::Unresolved) +
                         report.count(K::SkippedTarget) + report.count(K::SkippedKind) +
                         report.count(K::SkippedDocument);
    QString text = ImportReportDialog::tr("%1 created, %2 updated, %3 removed, %4 unchanged.")
                       .arg(report.count(K::Created))
                       .arg(report.count(K::Updated))
                       .arg(report.count(K::Removed))
                       .arg(report.unchanged);
    if (problems > 0)
        text += u' ' + ImportReportDialog::tr("%n line(s) to look at below.", nullptr, problems);
    return text + u' ' +
           ImportReportDialog::tr("Double-click a row to show its entity on the map. "
                                  "Edit > Undo takes the whole import back.");
}

} // namespace

ImportReportDialog::ImportReportDialog(const QString &title, const ImportReport &report,
                                       QWidget *parent)
    : QDialog(parent), m_tree(new QTreeWidget(this))
{
    setWindowTitle(title);
    setObjectName(u"importReportDialog"_qs);
    auto *intro = new QLabel(summary(report), this);
    intro->setWordWrap(true);

    m_tree->setObjectName(u"importReportTree"_qs);
    // One column: every line already starts with the id it is about, a
    // second column repeating it only took the width the text needs.
    m_tree->setColumnCount(1);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    for (ImportReportLine::Kind kind : groupOrder) {
        const int n = report.count(kind);
        if (n == 0)
            continue;
        QString name = categoryName(kind);
        name[0] = name[0].toUpper();
        auto *group = new QTreeWidgetItem(m_tree, {u"%1 (%2)"_qs.arg(name).arg(n)});
        group->setData(0, KindRole, int(kind));
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        for (const ImportReportLine &line : report.lines) {
            if (line.kind != kind)
                continue;
            auto *row = new QTreeWidgetItem(group, {line.text});
            row->setData(0, EntityIdRole, line.entity);
            row->setToolTip(0, line.entity.isEmpty()
                                   ? line.text
                                   : line.text + u'\n' + tr("Double-click to show it on the map"));
        }
        // Short groups open; the long list of created entities stays closed
        // so that the problems are visible without scrolling.
        group->setExpanded(kind != ImportReportLine::Kind::Created || n <= 12);
    }
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, EntityIdRole).toString();
        if (!id.isEmpty())
            emit entityActivated(id);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(900, 480);
}

QTreeWidgetItem *ImportReportDialog::group(ImportReportLine::Kind kind) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, KindRole).toInt() == int(kind))
            return m_tree->topLevelItem(i);
    return nullptr;
}

} // namespace OrgMap
