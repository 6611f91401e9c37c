#include "outlinemodel.h"

#include "document/document.h"
#include "palettemime.h"

#include <QFont>
#include <algorithm>

namespace OrgMap {

namespace {

// Group keys cannot clash with entity ids: '#' is not allowed in an id.
const QString kDomainsKey = QStringLiteral("#domains");
const QString kTeamsKey = QStringLiteral("#teams");
const QString kUnplacedKey = QStringLiteral("#unplaced");

} // namespace

struct OutlineModel::Node
{
    QString key;
    EntityKind kind = EntityKind::None; // None: a group row
    QString name;                       // cached to detect renames cheaply
    QString container;                  // parent domain (domains) or domain (assets)
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
};

// The tree the document asks for: node key -> ordered child keys.
struct OutlineModel::Wanted
{
    QHash<QString, QStringList> children;
    const MapData *data = nullptr;

    explicit Wanted(const MapData &map) : data(&map)
    {
        children.insert(QString(), {kDomainsKey, kTeamsKey, kUnplacedKey});
        QList<std::pair<QString, QString>> topDomains, teams, unplaced;
        QHash<QString, QList<std::pair<QString, QString>>> subdomains, assets;
        for (const Domain &d : map.domains) {
            if (d.parent.isNull())
                topDomains.append({d.name, d.id.str()});
            else
                subdomains[d.parent.str()].append({d.name, d.id.str()});
        }
        for (const Team &t : map.teams)
            teams.append({t.name, t.id.str()});
        for (const Asset &a : map.assets) {
            if (a.domain.isNull())
                unplaced.append({a.name, a.id.str()});
            else
                assets[a.domain.str()].append({a.name, a.id.str()});
        }
        children.insert(kDomainsKey, sorted(topDomains));
        children.insert(kTeamsKey, sorted(teams));
        children.insert(kUnplacedKey, sorted(unplaced));
        for (auto it = subdomains.cbegin(); it != subdomains.cend(); ++it)
            children[it.key()] = sorted(it.value());
        // A domain lists its subdomains first, then its assets.
        for (auto it = assets.cbegin(); it != assets.cend(); ++it)
            children[it.key()] += sorted(it.value());
    }

    // By name as a person reads it, ties broken by id so the order is total.
    static QStringList sorted(QList<std::pair<QString, QString>> items)
    {
        std::sort(items.begin(), items.end(), [](const auto &a, const auto &b) {
            const int c = a.first.compare(b.first, Qt::CaseInsensitive);
            return c != 0 ? c < 0 : a.second < b.second;
        });
        QStringList keys;
        keys.reserve(items.size());
        for (const auto &item : items)
            keys.append(item.second);
        return keys;
    }
};

OutlineModel::OutlineModel(Document *document, QObject *parent)
    : QAbstractItemModel(parent), m_document(document), m_root(std::make_unique<Node>())
{
    connect(document, &Document::changed, this, &OutlineModel::onChanged);
    connect(document, qOverload<>(&Document::reset), this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    rebuild();
}

OutlineModel::~OutlineModel() = default;

void OutlineModel::rebuild()
{
    m_root = std::make_unique<Node>();
    m_byKey.clear();
    const Wanted wanted(m_document->data());
    buildSubtree(m_root.get(), wanted);
}

void OutlineModel::buildSubtree(Node *node, const Wanted &wanted)
{
    const MapData &map = *wanted.data;
    m_byKey.insert(node->key, node);
    if (node->kind == EntityKind::Domain) {
        const Domain &d = map.domains.value(DomainId(node->key));
        node->name = d.name;
        node->container = d.parent.str();
    } else if (node->kind == EntityKind::Team) {
        node->name = map.teams.value(TeamId(node->key)).name;
    } else if (node->kind == EntityKind::Asset) {
        const Asset &a = map.assets.value(AssetId(node->key));
        node->name = a.name;
        node->container = a.domain.str();
    }
    const QStringList keys = wanted.children.value(node->key);
    node->children.clear();
    node->children.reserve(keys.size());
    for (const QString &key : keys) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->kind = key.startsWith(QLatin1Char('#')) ? EntityKind::None : map.kindOf(key);
        child->parent = node;
        child->row = int(node->children.size());
        buildSubtree(child.get(), wanted);
        node->children.push_back(std::move(child));
    }
}

void OutlineModel::forget(Node *node)
{
    m_byKey.remove(node->key);
    for (const auto &child : node->children)
        forget(child.get());
}

// Moving a node or editing geometry is the common edit and does not touch the
// tree; detect it without rebuilding anything.
bool OutlineModel::structureUnchanged(const DocumentChange &change) const
{
    if (!change.domains.added.isEmpty() || !change.domains.removed.isEmpty() ||
        !change.teams.added.isEmpty() || !change.teams.removed.isEmpty() ||
        !change.assets.added.isEmpty() || !change.assets.removed.isEmpty())
        return false;
    const MapData &map = m_document->data();
    for (const DomainId &id : change.domains.changed) {
        const Node *node = m_byKey.value(id.str());
        const Domain d = map.domains.value(id);
        if (!node || node->name != d.name || node->container != d.parent.str())
            return false;
    }
    for (const TeamId &id : change.teams.changed) {
        const Node *node = m_byKey.value(id.str());
        if (!node || node->name != map.teams.value(id).name)
            return false;
    }
    for (const AssetId &id : change.assets.changed) {
        const Node *node = m_byKey.value(id.str());
        const Asset a = map.assets.value(id);
        if (!node || node->name != a.name || node->container != a.domain.str())
            return false;
    }
    return true;
}

void OutlineModel::onChanged(const DocumentChange &change)
{
    if (!structureUnchanged(change)) {
        const Wanted wanted(m_document->data());
        if (!syncChildren(m_root.get(), wanted)) {
            beginResetModel();
            rebuild();
            endResetModel();
            return;
        }
    }
    // Tooltips show descriptions; refresh the rows that changed.
    auto refresh = [this](const QString &key) {
        const QModelIndex index = indexForId(key);
        if (index.isValid())
            emit dataChanged(index, index);
    };
    for (const DomainId &id : change.domains.changed)
        refresh(id.str());
    for (const TeamId &id : change.teams.changed)
        refresh(id.str());
    for (const AssetId &id : change.assets.changed)
        refresh(id.str());
    for (const QString &group : {kDomainsKey, kTeamsKey, kUnplacedKey})
        refresh(group); // the counts in the group titles
}

// Brings one node's children to the wanted list with the smallest signals:
// removals, then moves and insertions in order, then the same for each child.
// False when the change cannot be expressed row by row (the caller resets).
bool OutlineModel::syncChildren(Node *node, const Wanted &wanted)
{
    const QStringList want = wanted.children.value(node->key);
    const QSet<QString> wantSet(want.cbegin(), want.cend());
    const QModelIndex parentIndex = indexOf(node);
    auto &kids = node->children;
    auto renumber = [&kids](size_t from) {
        for (size_t i = from; i < kids.size(); ++i)
            kids[i]->row = int(i);
    };

    for (int i = int(kids.size()) - 1; i >= 0; --i) {
        if (wantSet.contains(kids[size_t(i)]->key))
            continue;
        beginRemoveRows(parentIndex, i, i);
        forget(kids[size_t(i)].get());
        kids.erase(kids.begin() + i);
        renumber(size_t(i));
        endRemoveRows();
    }

    for (int i = 0; i < want.size(); ++i) {
        const QString &key = want.at(i);
        if (size_t(i) < kids.size() && kids[size_t(i)]->key == key)
            continue;
        Node *existing = m_byKey.value(key);
        if (existing && existing->parent == node) {
            const int from = existing->row;
            beginMoveRows(parentIndex, from, from, parentIndex, i);
            auto moved = std::move(kids[size_t(from)]);
            kids.erase(kids.begin() + from);
            kids.insert(kids.begin() + i, std::move(moved));
            renumber(size_t(std::min(from, i)));
            endMoveRows();
            continue;
        }
        // New here: either new to the map or moved from another parent, which
        // has already dropped it (parents sync before children... unless the
        // old parent comes later in the walk, so drop any stale copy first).
        if (existing) {
            // A domain that became the parent of its former ancestor (an undo
            // of several moves at once) cannot be moved row by row.
            for (const Node *up = node; up; up = up->parent)
                if (up == existing)
                    return false;
            Node *oldParent = existing->parent;
            const int row = existing->row;
            beginRemoveRows(indexOf(oldParent), row, row);
            forget(existing);
            oldParent->children.erase(oldParent->children.begin() + row);
            for (size_t r = size_t(row); r < oldParent->children.size(); ++r)
                oldParent->children[r]->row = int(r);
            endRemoveRows();
        }
        auto child = std::make_unique<Node>();
        child->key = key;
        child->kind =
            key.startsWith(QLatin1Char('#')) ? EntityKind::None : wanted.data->kindOf(key);
        child->parent = node;
        beginInsertRows(parentIndex, i, i);
        buildSubtree(child.get(), wanted);
        kids.insert(kids.begin() + i, std::move(child));
        renumber(size_t(i));
        endInsertRows();
    }

    for (const auto &child : kids) {
        // Refresh cached fields of kept nodes, then their own children.
        if (child->kind == EntityKind::Domain) {
            const Domain &d = wanted.data->domains.value(DomainId(child->key));
            child->name = d.name;
            child->container = d.parent.str();
        } else if (child->kind == EntityKind::Team) {
            child->name = wanted.data->teams.value(TeamId(child->key)).name;
        } else if (child->kind == EntityKind::Asset) {
            const Asset &a = wanted.data->assets.value(AssetId(child->key));
            child->name = a.name;
            child->container = a.domain.str();
        }
        if (child->kind != EntityKind::Team && child->kind != EntityKind::Asset &&
            !syncChildren(child.get(), wanted))
            return false;
    }
    return true;
}

QModelIndex OutlineModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

OutlineModel::Node *OutlineModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex OutlineModel::indexForId(const QString &id) const
{
    return indexOf(m_byKey.value(id));
}

QString OutlineModel::idForIndex(const QModelIndex &index) const
{
    const Node *node = index.isValid() ? nodeOf(index) : nullptr;
    return node && node->kind != EntityKind::None ? node->key : QString();
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (column != 0 || row < 0 || size_t(row) >= node->children.size())
        return {};
    return createIndex(row, 0, node->children[size_t(row)].get());
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int OutlineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags OutlineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (nodeOf(index)->kind == EntityKind::None)
        return Qt::ItemIsEnabled; // group rows are headings, not selectable
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    const MapData &map = m_document->data();
    if (node->kind == EntityKind::None) {
        const int count = int(node->children.size());
        if (role == Qt::DisplayRole) {
            if (node->key == kDomainsKey)
                return tr("Domains (%1)").arg(count);
            if (node->key == kTeamsKey)
                return tr("Teams (%1)").arg(count);
            return tr("Unplaced assets (%1)").arg(count);
        }
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return node->name;
    case IdRole:
        return node->key;
    case Qt::DecorationRole:
        if (node->kind == EntityKind::Domain)
            return paletteKindIcon(PaletteKind::Domain);
        if (node->kind == EntityKind::Asset)
            return paletteKindIcon(map.assets.value(AssetId(node->key)).kind ==
                                           AssetKind::DataProduct
                                       ? PaletteKind::DataProduct
                                       : PaletteKind::Service);
        switch (map.teams.value(TeamId(node->key)).type) {
        case TeamType::Platform:
            return paletteKindIcon(PaletteKind::TeamPlatform);
        case TeamType::Enabling:
            return paletteKindIcon(PaletteKind::TeamEnabling);
        case TeamType::ComplicatedSubsystem:
            return paletteKindIcon(PaletteKind::TeamComplicatedSubsystem);
        default:
            return paletteKindIcon(PaletteKind::TeamStreamAligned);
        }
    case Qt::ToolTipRole: {
        QString description;
        if (node->kind == EntityKind::Domain)
            description = map.domains.value(DomainId(node->key)).description;
        else if (node->kind == EntityKind::Team)
            description = map.teams.value(TeamId(node->key)).description;
        else
            description = map.assets.value(AssetId(node->key)).description;
        return description.isEmpty() ? node->key : node->key + u"\n"_qs + description;
    }
    default:
        return {};
    }
}

} // namespace OrgMap
