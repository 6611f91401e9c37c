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
    // Rows removed or moved by an edit change the view's selection; that is
    // not the user choosing a row (it would re-centre the canvas on a parent).
    // Connected before setModel so that these run before the selection model's.
    auto changing = [this] { m_modelChanging = true; };
    auto done = [this] { m_modelChanging = false; };
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, changing);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeMoved, this, changing);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, changing);
    connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, this, changing);
    m_view->setModel(m_model);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, done);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, done);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, done);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, done);
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
    if (m_syncing || m_modelChanging)
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
