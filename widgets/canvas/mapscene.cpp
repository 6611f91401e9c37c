#include "mapscene.h"

#include "document/document.h"
#include "extent.h"
#include "layout/autolayout.h"
#include "mapscene_p.h"

#include <QEvent>
#include <QGraphicsView>
#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QUndoStack>
#include <type_traits>

namespace OrgMap {

// ------------------------------------------------------------------ MapScene

MapScene::MapScene(Document *document, QObject *parent)
    : QGraphicsScene(parent), d(std::make_unique<Private>(this, document))
{
    // The index finds the top-level items in view (every map item is one,
    // scenarioitems.h), where NoIndex had every paint test each of the 10k
    // map's nodes: fastest frames at 0.3 12.1 -> 10.0 ms, at 1.0 6.7 -> 4.1
    // (docs/benchmarks.md, "Session 10"). Links live in one LinkLayer, so the
    // tree holds nodes, domains and a few layers. Depth 8 (256 leaves, ~40
    // nodes each on the 10k map): Qt's own (~14 there) put each layer that
    // spans the map in 16,000 leaves, and a fit frame walked them all
    // (fit 8.3 ms with depth 8, 9.4 with 10, 14.3 with 12).
    setItemIndexMethod(BspTreeIndex);
    setBspTreeDepth(8);
    connect(document, &Document::changed, this,
            [this](const DocumentChange &change) { d->onChanged(change); });
    connect(document, qOverload<>(&Document::reset), this, [this] { d->onReset(); });
    connect(document, &Document::currentScenarioChanged, this, [this] { d->onScenarioShown(); });
    connect(this, &QGraphicsScene::selectionChanged, this, [this] { d->syncSpans(); });
    d->shownKey = document->currentScenarioKey();
    d->rebuild();
}

MapScene::~MapScene()
{
    // ~QGraphicsScene deletes the items after `d` has gone, and deleting a
    // selected item emits selectionChanged, whose handler reads `d`
    // (heap-use-after-free under ASan, tools/test-asan.sh).
    disconnect(this, nullptr, this, nullptr);
    // Its clear() takes every map's items at once.
    if (d->scenarioItems)
        d->scenarioItems->release();
    for (Private::Kept &k : d->kept)
        k.scenarioItems->release();
}

Document *MapScene::document() const
{
    return d->document;
}

QStringList MapScene::selectedIds() const
{
    QStringList ids;
    const QList<QGraphicsItem *> items = selectedItems();
    for (QGraphicsItem *item : items) {
        if (item->type() == NodeItem::Type)
            ids << static_cast<NodeItem *>(item)->id();
        else if (item->type() == DomainItem::Type)
            ids << static_cast<DomainItem *>(item)->id();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<LinkKey> MapScene::selectedLinks() const
{
    const auto &s = d->links->selectedLinks();
    return QList<LinkKey>(s.cbegin(), s.cend());
}

QList<InteractionKey> MapScene::selectedInteractions() const
{
    const auto &s = d->interactions->selectedInteractions();
    return QList<InteractionKey>(s.cbegin(), s.cend());
}

void MapScene::selectIds(const QStringList &ids)
{
    {
        // One selectionChanged for the whole replacement, not one per item.
        const QSignalBlocker blocker(this);
        clearSelection();
        d->setLinkSelection({}, {});
        for (const QString &id : ids)
            if (QGraphicsItem *item = itemForId(id))
                item->setSelected(true);
    }
    emit selectionChanged();
}

QRectF MapScene::contentRect() const
{
    Extent extent;
    for (const DomainItem *item : std::as_const(d->domains))
        extent.add(item->sceneRect());
    for (const NodeItem *item : std::as_const(d->nodes))
        extent.add(item->sceneBodyRect());
    const QRectF r = extent.rect();
    // An empty map has no content: nothing to fit or to show in the overview
    // (a margin alone made the overview draw the legend, large, for it).
    return r.isNull() ? QRectF() : r.adjusted(-40, -40, 40, 40);
}

QRectF MapScene::mapBoundingRect() const
{
    QRectF r = contentRect();
    if (r.isEmpty())
        r = QRectF(-40, -40, 80, 80); // an empty map exports its margin (and legend) alone
    if (d->legend && d->showLegend)
        r |= d->legend->mapRectToScene(d->legend->boundingRect()).adjusted(-40, -40, 40, 40);
    return r;
}

const LegendItem *MapScene::legendItem() const
{
    return d->legend;
}

void MapScene::setSnapToGrid(bool on)
{
    d->snap = on;
}

bool MapScene::snapToGrid() const
{
    return d->snap;
}

void MapScene::setShowOwnershipLines(bool on)
{
    if (d->ownershipLines == on)
        return;
    d->ownershipLines = on;
    d->syncLinks();
}

bool MapScene::showOwnershipLines() const
{
    return d->ownershipLines;
}

void MapScene::setShowLegend(bool on)
{
    d->showLegend = on;
    d->syncExtent();
    for (QGraphicsView *view : views())
        view->viewport()->update(); // the views draw it as an overlay
}

bool MapScene::showLegend() const
{
    return d->showLegend;
}

QGraphicsItem *MapScene::itemForId(const QString &id) const
{
    if (NodeItem *n = d->nodes.value(id))
        return n;
    return d->domains.value(id);
}

QRectF MapScene::rectForId(const QString &id) const
{
    if (NodeItem *n = d->nodes.value(id))
        return n->sceneBodyRect();
    if (DomainItem *item = d->domains.value(id))
        return item->sceneRect();
    return {};
}

QString MapScene::idAt(QPointF scenePos) const
{
    if (NodeItem *n = d->nodeAt(scenePos))
        return n->id();
    const DomainId domain = domainAt(scenePos);
    return domain.str();
}

std::optional<LinkKey> MapScene::linkAt(QPointF scenePos, double tolerance) const
{
    return d->links->linkAt(scenePos, tolerance);
}

std::optional<InteractionKey> MapScene::interactionAt(QPointF scenePos, double tolerance) const
{
    return d->interactions->interactionAt(scenePos, tolerance);
}

void MapScene::selectLinks(const QList<LinkKey> &links, const QList<InteractionKey> &interactions)
{
    {
        const QSignalBlocker blocker(this);
        clearSelection();
    }
    d->setLinkSelection(std::set<LinkKey>(links.cbegin(), links.cend()),
                        std::set<InteractionKey>(interactions.cbegin(), interactions.cend()));
    emit selectionChanged();
}

DomainId MapScene::domainAt(QPointF scenePos, const QSet<QString> &ignore) const
{
    const DomainItem *best = nullptr;
    for (const DomainItem *item : std::as_const(d->domains)) {
        if (ignore.contains(item->id()) || !item->sceneRect().contains(scenePos))
            continue;
        // Innermost: the deepest; among equals the one drawn on top (then by id,
        // so that the answer does not depend on hash order).
        if (!best || item->zValue() > best->zValue() ||
            (item->zValue() == best->zValue() && item->id() > best->id()))
            best = item;
    }
    return best ? DomainId(best->id()) : DomainId();
}

const Theme &MapScene::theme() const
{
    return d->theme;
}

void MapScene::setTheme(const Theme &theme)
{
    d->theme = theme;
    ++d->themeSerial; // kept scenarios' items follow when shown again
    d->applyTheme();
    d->refreshHighlights();
    d->prepareTexts();
    update();
}

bool MapScene::event(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange)
        setTheme(Theme::current());
    return QGraphicsScene::event(event);
}

QPointF MapScene::snapped(QPointF p) const
{
    if (!d->snap)
        return p;
    const double g = gridSize();
    return {std::round(p.x() / g) * g, std::round(p.y() / g) * g};
}

void MapScene::beginExport(bool transparent, const QSet<QString> &only)
{
    d->exporting = true;
    d->transparent = transparent;
    // Exports show the map, not the editing state: no selection outlines.
    d->savedSelection = selectedIds();
    d->savedLinks = d->links->selectedLinks();
    d->savedInteractions = d->interactions->selectedInteractions();
    {
        const QSignalBlocker blocker(this);
        clearSelection();
        d->setLinkSelection({}, {});
    }
    if (!only.isEmpty()) {
        for (NodeItem *n : std::as_const(d->nodes))
            n->setVisible(only.contains(n->id()));
        for (DomainItem *item : std::as_const(d->domains))
            item->setVisible(only.contains(item->id()));
    }
    d->legend->setVisible(d->showLegend && only.isEmpty());
}

void MapScene::endExport()
{
    d->exporting = false;
    d->transparent = false;
    for (NodeItem *n : std::as_const(d->nodes))
        n->setVisible(true);
    for (DomainItem *item : std::as_const(d->domains))
        item->setVisible(true);
    d->legend->setVisible(false);
    const QSignalBlocker blocker(this);
    for (const QString &id : std::as_const(d->savedSelection))
        if (QGraphicsItem *item = itemForId(id))
            item->setSelected(true);
    d->setLinkSelection(std::exchange(d->savedLinks, {}), std::exchange(d->savedInteractions, {}));
}

void MapScene::setInteractiveMenus(bool on)
{
    d->menus = on;
}

void MapScene::refreshLayers()
{
    d->layersMoved();
}

void MapScene::drawItems(QPainter *painter, int numItems, QGraphicsItem *items[],
                         const QStyleOptionGraphicsItem options[], QWidget *widget)
{
    // render() hands over the items of the exported area, back to front,
    // with options whose exposed rect is that area: each item is painted once
    // with them. Qt's drawItems() walks each one's top-level tree again and
    // exposes the item's whole bounding rect (with every item under one root,
    // as they were, that drew the whole map for an export of a corner).
    const double opacity = painter->opacity();
    for (int i = 0; i < numItems; ++i) {
        QGraphicsItem *item = items[i];
        if (!item->isVisible() || (item->flags() & QGraphicsItem::ItemHasNoContents))
            continue;
        painter->save();
        painter->setTransform(item->sceneTransform(), true);
        painter->setOpacity(opacity * item->effectiveOpacity());
        item->paint(painter, &options[i], widget);
        painter->restore();
    }
}

void MapScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    if (d->transparent)
        return;
    painter->fillRect(rect, d->theme.background);
    // A faint grid while editing at readable zoom; never in exports.
    const double scale = painter->worldTransform().m11();
    if (d->exporting || scale < 0.5 || !d->theme.showGrid)
        return;
    const double step = 40;
    const QTransform world = painter->worldTransform();
    if (world.type() > QTransform::TxScale ||
        painter->paintEngine()->type() != QPaintEngine::Raster) {
        QList<QLineF> lines;
        for (double x = std::floor(rect.left() / step) * step; x < rect.right(); x += step)
            lines.append(QLineF(x, rect.top(), x, rect.bottom()));
        for (double y = std::floor(rect.top() / step) * step; y < rect.bottom(); y += step)
            lines.append(QLineF(rect.left(), y, rect.right(), y));
        painter->setPen(QPen(d->theme.grid, 0));
        painter->drawLines(lines);
        return;
    }
    // On screen: one-pixel rectangles in device coordinates, filled row by
    // row; as cosmetic lines the grid of a 1920x1080 view at 0.5 (200,000
    // pixels) was a third of the frame.
    const QRect device = world.mapRect(rect).toAlignedRect();
    painter->save();
    painter->resetTransform();
    for (double x = std::floor(rect.left() / step) * step; x < rect.right(); x += step)
        painter->fillRect(
            QRect(qRound(world.map(QPointF(x, 0)).x()), device.top(), 1, device.height()),
            d->theme.grid);
    for (double y = std::floor(rect.top() / step) * step; y < rect.bottom(); y += step)
        painter->fillRect(
            QRect(device.left(), qRound(world.map(QPointF(0, y)).y()), device.width(), 1),
            d->theme.grid);
    painter->restore();
}

} // namespace OrgMap
