#pragma once

#include <QDockWidget>

class QTreeView;

namespace OrgMap {

class Document;
class OutlineModel;

// The outline tree. Selecting rows here selects on the canvas (the main
// window connects selectionChangedByUser); setSelectedIds mirrors the
// canvas selection without echoing it back.
class OutlineDock : public QDockWidget
{
    Q_OBJECT

public:
    OutlineDock(Document *document, QWidget *parent = nullptr);

    OutlineModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    void setSelectedIds(const QStringList &ids);

signals:
    void selectionChangedByUser(const QStringList &ids, const QString &current);

private:
    void onSelectionChanged();

    OutlineModel *m_model;
    QTreeView *m_view;
    bool m_syncing = false;
    bool m_modelChanging = false; // rows being inserted, removed or moved
};

} // namespace OrgMap
