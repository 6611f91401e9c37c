#include "changesdock.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace OrgMap {

namespace {

constexpr int kSubjectRole = Qt::UserRole + 1; // row: index into the subjects
constexpr int kGroupRole = Qt::UserRole + 2;   // group: entity * 3 + op
constexpr int kLabelRole = Qt::UserRole + 3;   // group: "Assets changed"
constexpr int kFilterRole = Qt::UserRole + 4;  // row: all its text, ids and fields

// Group headers count the rows the filter lets through ("(1 of 3)"); rows
// match on any column, groups on their rows (recursive filtering).
class ChangesProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole && index.column() == 0 && !index.parent().isValid()) {
            const QModelIndex source = mapToSource(index);
            const QString label = source.data(kLabelRole).toString();
            const int total = sourceModel()->rowCount(source);
            const int shown = rowCount(index);
            return shown == total
                       ? u"%1 (%2)"_qs.arg(label).arg(total)
                       : ChangesDock::tr("%1 (%2 of %3)").arg(label).arg(shown).arg(total);
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

ChangesDock::ChangesDock(QWidget *parent)
    : QDockWidget(tr("Changes"), parent), m_model(new QStandardItemModel(this)),
      m_proxy(new ChangesProxy(this)), m_tree(new QTreeView), m_filter(new QLineEdit),
      m_summary(new QLabel)
{
    setObjectName(u"changesDock"_qs);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterRole(kFilterRole);
    m_filter->setObjectName(u"changesFilter"_qs);
    m_filter->setPlaceholderText(tr("Filter changes (name, id, field)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &ChangesDock::setFilter);
    m_tree->setObjectName(u"changesTree"_qs);
    m_tree->setModel(m_proxy);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    connect(m_tree, &QTreeView::activated, this, &ChangesDock::activate);
    connect(m_tree, &QTreeView::clicked, this, &ChangesDock::activate);
    m_summary->setObjectName(u"changesSummary"_qs);
    m_summary->setWordWrap(true);

    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    setWidget(body);
}

void ChangesDock::setSubjects(const QList<CompareSubject> &subjects)
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Change"), tr("What")});
    m_total = int(subjects.size());
    // Groups in the diff's order (map, domain, team, asset, link,
    // interaction), each added, removed, changed.
    QMap<int, QStandardItem *> groups;
    for (const CompareSubject &s : subjects) {
        const int group = int(s.key.entity) * 3 + int(s.op);
        QStandardItem *header = groups.value(group);
        if (!header) {
            const QString label =
                s.key.entity == DiffEntity::Map
                    ? tr("Map changed")
                    : tr("%1 %2").arg(entityGroupName(s.key.entity), opName(s.op));
            header = new QStandardItem(label);
            header->setData(label, kLabelRole);
            header->setData(group, kGroupRole);
            QFont bold = header->font();
            bold.setBold(true);
            header->setFont(bold);
            header->setSelectable(false);
            groups.insert(group, header);
        }
        // Names in the list; the id goes into the tooltip and the filter.
        const bool named = !s.name.isEmpty() && s.key.entity != DiffEntity::Link &&
                           s.key.entity != DiffEntity::Interaction &&
                           s.key.entity != DiffEntity::Map;
        auto *title = new QStandardItem(named ? s.name : s.title);
        title->setData(s.change, kSubjectRole);
        const QString what = s.op == DiffOp::Change ? s.notes.join(u"; "_qs) : QString();
        auto *detail = new QStandardItem(what);
        const QString tip =
            s.details.isEmpty() ? s.title : s.title + u"\n"_qs + s.details.join(u"\n"_qs);
        title->setToolTip(tip);
        detail->setToolTip(tip);
        // The filter finds ids and every field named in the details too.
        const QString haystack = QStringList{s.title, what, s.details.join(u" "_qs),
                                             s.key.toDisplayString(), opName(s.op)}
                                     .join(u" "_qs);
        title->setData(haystack, kFilterRole);
        detail->setData(haystack, kFilterRole);
        header->appendRow({title, detail});
    }
    for (QStandardItem *header : std::as_const(groups))
        m_model->appendRow({header, new QStandardItem});
    m_tree->expandAll();
    m_tree->header()->resizeSection(0, 175);
    updateSummary();
}

void ChangesDock::setFilter(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    m_proxy->setFilterFixedString(text);
    m_tree->expandAll();
    updateSummary();
}

void ChangesDock::updateSummary()
{
    int shown = 0;
    for (int g = 0; g < m_proxy->rowCount(); ++g)
        shown += m_proxy->rowCount(m_proxy->index(g, 0));
    m_summary->setText(shown == m_total
                           ? tr("%n change(s)", nullptr, m_total)
                           : tr("%1 of %n change(s) shown", nullptr, m_total).arg(shown));
}

QStringList ChangesDock::groupLabels() const
{
    QStringList labels;
    for (int g = 0; g < m_proxy->rowCount(); ++g)
        labels << m_proxy->index(g, 0).data().toString();
    return labels;
}

int ChangesDock::shownCount(DiffEntity entity, DiffOp op) const
{
    const int group = int(entity) * 3 + int(op);
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QModelIndex source = m_model->index(g, 0);
        if (source.data(kGroupRole).toInt() != group)
            continue;
        const QModelIndex shown = m_proxy->mapFromSource(source);
        return shown.isValid() ? m_proxy->rowCount(shown) : 0;
    }
    return -1;
}

QModelIndex ChangesDock::indexOfSubject(int subject) const
{
    for (int g = 0; g < m_proxy->rowCount(); ++g) {
        const QModelIndex group = m_proxy->index(g, 0);
        for (int r = 0; r < m_proxy->rowCount(group); ++r) {
            const QModelIndex row = m_proxy->index(r, 0, group);
            if (row.data(kSubjectRole).toInt() == subject)
                return row;
        }
    }
    return {};
}

void ChangesDock::activate(const QModelIndex &index)
{
    const QModelIndex first = index.siblingAtColumn(0);
    const QVariant subject = first.data(kSubjectRole);
    if (subject.isValid())
        emit subjectActivated(subject.toInt());
}

} // namespace OrgMap
