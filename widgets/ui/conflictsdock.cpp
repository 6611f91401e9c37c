#include "conflictsdock.h"

#include "document/commands.h"
#include "document/document.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace OrgMap {

namespace {

enum Column
{
    SubjectColumn,
    FieldColumn,
    BaseColumn,
    OursColumn,
    TheirsColumn,
    ColumnCount
};

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // A scalar: serialise it inside an array and take the brackets off.
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

// A value as one readable line: an id with its name where the map knows it,
// other strings bare, a whole entity as "field: value" pairs (name first),
// other JSON compact, absence spelled out.
QString displayValue(const MapData &map, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return ConflictsDock::tr("(absent)");
    if (value.isString()) {
        const QString name = map.nameOf(value.toString());
        return name.isEmpty() ? value.toString()
                              : QStringLiteral("%1 (%2)").arg(name, value.toString());
    }
    if (!value.isObject())
        return compactJson(value);
    const QJsonObject fields = value.toObject();
    QStringList parts;
    if (fields.contains(QLatin1String("name")))
        parts.append(fields.value(QLatin1String("name")).toString());
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key() == QLatin1String("name") || it.key() == QLatin1String("geometry"))
            continue;
        parts.append(QStringLiteral("%1: %2").arg(
            it.key(), it.value().isString() ? it.value().toString() : compactJson(it.value())));
    }
    return parts.join(QLatin1String(", "));
}

// "Orders (s-orders)" where the map still names the entity.
QString subjectText(const MapData &map, const MergeConflict &conflict)
{
    const EntryKey &key = conflict.key;
    auto named = [&](const QString &id) {
        QString name = map.nameOf(id);
        // An entity the map no longer has is named by a side that has it.
        for (const QJsonValue &side : {conflict.theirs, conflict.ours, conflict.base})
            if (name.isEmpty() && id == key.id)
                name = side.toObject().value(QLatin1String("name")).toString();
        return name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(name, id);
    };
    switch (key.entity) {
    case DiffEntity::Map:
        return ConflictsDock::tr("the map");
    case DiffEntity::Link:
    case DiffEntity::Interaction:
        return QStringLiteral("%1 → %2 (%3)").arg(named(key.from), named(key.to), key.kind);
    default:
        return named(key.id);
    }
}

QString fieldText(const MergeConflict &conflict)
{
    const QString entity = toString(conflict.key.entity);
    return conflict.field == kWholeEntity ? ConflictsDock::tr("whole %1").arg(entity)
                                          : QStringLiteral("%1 %2").arg(entity, conflict.field);
}

template <typename Key, typename T>
void patchSection(MapPatch &patch, const MapData &before, const QMap<Key, T> &old,
                  const QMap<Key, T> &now, const EntryKey &subject,
                  void (MapPatch::*set)(const MapData &, const Key &, std::optional<T>))
{
    // Links and interactions are keyed by a struct; find the one the conflict
    // names on either side.
    for (const QMap<Key, T> *side : {&old, &now}) {
        for (auto it = side->begin(); it != side->end(); ++it) {
            if (!(keyOf(it.key()) == subject))
                continue;
            const auto after = now.find(it.key());
            (patch.*set)(before, it.key(),
                         after == now.end() ? std::nullopt : std::optional<T>(*after));
            return;
        }
    }
}

// The edit from `before` to `after`, which differ only in the conflict's
// subject and the map entity.
MapPatch resolutionPatch(const MapData &before, const MapData &after, const EntryKey &subject)
{
    MapPatch patch;
    patch.info = std::pair(before.info, after.info);
    switch (subject.entity) {
    case DiffEntity::Map:
        break;
    case DiffEntity::Domain:
        patchSection(patch, before, before.domains, after.domains, subject, &MapPatch::setDomain);
        break;
    case DiffEntity::Team:
        patchSection(patch, before, before.teams, after.teams, subject, &MapPatch::setTeam);
        break;
    case DiffEntity::Asset:
        patchSection(patch, before, before.assets, after.assets, subject, &MapPatch::setAsset);
        break;
    case DiffEntity::Link:
        patchSection(patch, before, before.links, after.links, subject, &MapPatch::setLink);
        break;
    case DiffEntity::Interaction:
        patchSection(patch, before, before.interactions, after.interactions, subject,
                     &MapPatch::setInteraction);
        break;
    }
    return patch;
}

QString sideName(ConflictSide side)
{
    switch (side) {
    case ConflictSide::Base:
        return ConflictsDock::tr("base");
    case ConflictSide::Ours:
        return ConflictsDock::tr("ours");
    case ConflictSide::Theirs:
        return ConflictsDock::tr("theirs");
    }
    return {};
}

} // namespace

ConflictsDock::ConflictsDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Conflicts"), parent), m_document(document)
{
    setObjectName(u"conflictsDock"_qs);
    auto *content = new QWidget(this);
    m_countLabel = new QLabel(content);
    m_countLabel->setObjectName(u"conflictsCount"_qs);
    m_oursButton = new QPushButton(tr("Take &Ours"), content);
    m_oursButton->setObjectName(u"conflictsTakeOurs"_qs);
    m_theirsButton = new QPushButton(tr("Take &Theirs"), content);
    m_theirsButton->setObjectName(u"conflictsTakeTheirs"_qs);
    m_baseButton = new QPushButton(tr("Take &Base"), content);
    m_baseButton->setObjectName(u"conflictsTakeBase"_qs);

    m_list = new QTreeWidget(content);
    m_list->setObjectName(u"conflictsList"_qs);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setHeaderLabels({tr("Subject"), tr("Field"), tr("Base"), tr("Ours"), tr("Theirs")});
    const int em = m_list->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_list->setColumnWidth(SubjectColumn, 13 * em);
    m_list->setColumnWidth(FieldColumn, 8 * em);
    // The three sides share the rest equally, so they line up for comparing.
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    for (int column = BaseColumn; column <= TheirsColumn; ++column)
        header->setSectionResizeMode(column, QHeaderView::Stretch);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_countLabel);
    bar->addStretch(1);
    bar->addWidget(m_oursButton);
    bar->addWidget(m_theirsButton);
    bar->addWidget(m_baseButton);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);
    setWidget(content);

    connect(m_oursButton, &QPushButton::clicked, this,
            [this] { chooseSelected(ConflictSide::Ours); });
    connect(m_theirsButton, &QPushButton::clicked, this,
            [this] { chooseSelected(ConflictSide::Theirs); });
    connect(m_baseButton, &QPushButton::clicked, this,
            [this] { chooseSelected(ConflictSide::Base); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ConflictsDock::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const MergeConflict &c = m_conflicts.at(m_list->indexOfTopLevelItem(item));
        if (c.key.entity == DiffEntity::Link || c.key.entity == DiffEntity::Interaction)
            emit subjectActivated({c.key.from, c.key.to});
        else if (c.key.entity != DiffEntity::Map)
            emit subjectActivated({c.key.id});
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_list->itemAt(pos))
            return;
        QMenu menu(this);
        menu.addAction(tr("Take Ours"), this, [this] { chooseSelected(ConflictSide::Ours); });
        menu.addAction(tr("Take Theirs"), this, [this] { chooseSelected(ConflictSide::Theirs); });
        menu.addAction(tr("Take Base"), this, [this] { chooseSelected(ConflictSide::Base); });
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });
    connect(m_document, &Document::changed, this, [this](const DocumentChange &change) {
        if (change.infoChanged) // the conflicts live in the map's extensions
            refresh();
    });
    connect(m_document, qOverload<>(&Document::reset), this, &ConflictsDock::refresh);
    refresh();
}

QString ConflictsDock::countText() const
{
    return m_countLabel->text();
}

bool ConflictsDock::chooseSelected(ConflictSide side)
{
    QTreeWidgetItem *item = m_list->currentItem();
    const int row = item ? m_list->indexOfTopLevelItem(item) : -1;
    if (row < 0 || row >= m_conflicts.size())
        return false;
    const MergeConflict conflict = m_conflicts.at(row);
    const MapData &before = m_document->data();
    const ConflictResolution result = resolveConflict(before, conflict, side);
    if (!result.map) {
        emit statusMessage(result.error);
        return false;
    }
    const QString text =
        tr("Resolve %1 of %2 with %3")
            .arg(fieldText(conflict), conflict.key.toDisplayString(), sideName(side));
    m_document->undoStack()->push(
        new PatchCommand(m_document, resolutionPatch(before, *result.map, conflict.key), text));
    // Keep working down the list: the row that took this one's place.
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(qMin(row, m_list->topLevelItemCount() - 1)));
    return true;
}

void ConflictsDock::refresh()
{
    const MapData &map = m_document->data();
    const QList<MergeConflict> conflicts = recordedConflicts(map);
    const int current =
        m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : 0;
    const bool appearing = m_conflicts.isEmpty() && !conflicts.isEmpty();
    m_conflicts = conflicts;
    m_list->clear();
    for (const MergeConflict &c : m_conflicts) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(SubjectColumn, subjectText(map, c));
        item->setText(FieldColumn, fieldText(c));
        const QJsonValue values[] = {c.base, c.ours, c.theirs};
        for (int i = 0; i < 3; ++i) {
            item->setText(BaseColumn + i, displayValue(map, values[i]));
            item->setToolTip(BaseColumn + i,
                             values[i].isObject()
                                 ? QString::fromUtf8(QJsonDocument(values[i].toObject()).toJson())
                                 : item->text(BaseColumn + i));
        }
        item->setToolTip(SubjectColumn, item->text(SubjectColumn));
    }
    if (!m_conflicts.isEmpty())
        m_list->setCurrentItem(
            m_list->topLevelItem(qBound(0, current, int(m_conflicts.size()) - 1)));
    m_countLabel->setText(tr("%n conflict(s) left", nullptr, int(m_conflicts.size())));
    setVisible(!m_conflicts.isEmpty());
    // Bring the tab forward once, when a map with conflicts opens; a window
    // not shown yet has no tab bar to raise it in, so then when it is shown.
    if (appearing && window()->isVisible())
        raise();
    else if (appearing)
        m_raiseWhenShown = true;
    updateButtons();
}

void ConflictsDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (std::exchange(m_raiseWhenShown, false))
        QMetaObject::invokeMethod(this, &QDockWidget::raise, Qt::QueuedConnection);
}

void ConflictsDock::updateButtons()
{
    const bool selected = m_list->currentItem() != nullptr;
    m_oursButton->setEnabled(selected);
    m_theirsButton->setEnabled(selected);
    m_baseButton->setEnabled(selected);
}

} // namespace OrgMap
