#include "outlinedock.h"

#include "outlinemodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTreeView>

namespace OrgMap {

OutlineDock::OutlineDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Outline"), parent), m_model(new OutlineModel(document, this)),
      m_view(new QTreeView(this))
{
    setObjectName(u"outlineDock"_qs);
    m_view->setObjectName(u"outlineView"_qs);
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true); // fast with many rows
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setIconSize(QSize(18, 18));
    m_view->expandToDepth(0);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, [this] { m_view->expandToDepth(0); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutlineDock::onSelectionChanged);
    setWidget(m_view);
}

void OutlineDock::onSelectionChanged()
{
    if (m_syncing)
        return;
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(m_model->idForIndex(index));
    ids.removeAll(QString());
    emit selectionChangedByUser(ids, m_model->idForIndex(m_view->currentIndex()));
}

void OutlineDock::setSelectedIds(const QStringList &ids)
{
    m_syncing = true;
    QItemSelection selection;
    QModelIndex last;
    for (const QString &id : ids) {
        const QModelIndex index = m_model->indexForId(id);
        if (!index.isValid())
            continue;
        selection.select(index, index);
        last = index;
        for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
            m_view->expand(up);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (last.isValid()) {
        m_view->selectionModel()->setCurrentIndex(last, QItemSelectionModel::NoUpdate);
        m_view->scrollTo(last);
    }
    m_syncing = false;
}

} // namespace OrgMap
