#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <memory>
#include <vector>

namespace OrgMap {

class Document;
struct DocumentChange;
struct MapData;

// Read-only tree over the document: "Domains" (nested, each with its assets),
// "Teams" and "Unplaced assets". It never edits the document. It re-syncs on
// Document::changed with row insert/remove/move signals, so that the view
// keeps its expansion and selection, and resets on Document::reset.
class OutlineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    // The id of the entity behind a row (empty for the group rows).
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit OutlineModel(Document *document, QObject *parent = nullptr);
    ~OutlineModel() override;

    QModelIndex indexForId(const QString &id) const;
    QString idForIndex(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node;
    struct Wanted;

    void rebuild();
    void onChanged(const DocumentChange &change);
    bool structureUnchanged(const DocumentChange &change) const;
    bool syncChildren(Node *node, const Wanted &wanted);
    void buildSubtree(Node *node, const Wanted &wanted);
    void forget(Node *node);
    QModelIndex indexOf(const Node *node) const;
    Node *nodeOf(const QModelIndex &index) const;

    Document *m_document;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_byKey; // node key (id, or "#group") -> node
};

} // namespace OrgMap
