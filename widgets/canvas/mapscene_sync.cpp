// MapScene::Private: builds the scene's items from the document and keeps
// them in step with each DocumentChange.
#include "mapscene.h"

#include "document/document.h"
#include "extent.h"
#include "layout/autolayout.h"
#include "mapscene_p.h"

#include <QEvent>
#include <QGraphicsView>
#include <QPainter>
#include <QUndoStack>
#include <type_traits>

namespace OrgMap {

MapScene::Private::Private(MapScene *scene, Document *doc)
    : q(scene), document(doc), theme(Theme::current())
{
    QObject::connect(&textTimer, &QTimer::timeout, q, [this] {
        // A few milliseconds a tick, so that input and painting go on.
        constexpr int kPerTick = 200;
        for (int n = 0; n < kPerTick && !textsToPrepare.isEmpty(); ++n)
            if (NodeItem *item = nodes.value(textsToPrepare.takeLast()))
                item->prepareText();
        if (textsToPrepare.isEmpty())
            textTimer.stop();
    });
}

double MapScene::Private::viewScale() const
{
    const QList<QGraphicsView *> views = q->views();
    return views.isEmpty() ? 1.0 : views.first()->transform().m11();
}

int MapScene::Private::depthOf(const DomainId &id) const
{
    const MapData &data = document->data();
    int depth = 0;
    DomainId cursor = data.domains.value(id).parent;
    while (!cursor.isNull() && depth < 64) {
        ++depth;
        cursor = data.domains.value(cursor).parent;
    }
    return depth;
}

QPointF MapScene::Private::positionOf(const QString &id, const std::optional<Geometry> &g)
{
    if (g)
        return g->pos();
    // Not laid out yet (an imported map): show it where the layout would put it.
    if (!fallback.contains(id) && !fallbackFresh) {
        fallback = computeLayout(document->data(), LayoutScope::MissingOnly);
        fallbackFresh = true;
    }
    return fallback.value(id).pos();
}

void MapScene::Private::syncDomain(const DomainId &id)
{
    const Domain &d = document->data().domains[id];
    DomainItem *item = domains.value(id.str());
    if (!item) {
        item = new DomainItem(id.str(), &theme);
        domains.insert(id.str(), item);
        scenarioItems->adopt(item);
    }
    QRectF rect;
    if (d.geometry) {
        rect = d.geometry->rect();
    } else {
        positionOf(id.str(), std::nullopt);
        rect = fallback.value(id.str()).rect();
    }
    item->setDomain(d, depthOf(id), rect);
    item->setHighlight(highlight.forDomain(id, mode, spans));
}

void MapScene::Private::syncDepths()
{
    for (DomainItem *item : std::as_const(domains))
        item->setZValue(depthOf(DomainId(item->id())));
}

void MapScene::Private::syncTeam(const TeamId &id)
{
    const Team &t = document->data().teams[id];
    NodeItem *item = nodes.value(id.str());
    if (!item) {
        item = new NodeItem(id.str(), &theme);
        nodes.insert(id.str(), item);
        scenarioItems->adopt(item);
    }
    item->setTeam(t);
    item->setHighlight(highlight.forTeam(id, mode));
    item->setPos(positionOf(id.str(), t.geometry));
}

void MapScene::Private::syncAsset(const AssetId &id)
{
    const MapData &data = document->data();
    const Asset &a = data.assets[id];
    NodeItem *item = nodes.value(id.str());
    if (!item) {
        item = new NodeItem(id.str(), &theme);
        nodes.insert(id.str(), item);
        scenarioItems->adopt(item);
    }
    const auto owner = data.teams.constFind(a.owner);
    item->setAsset(a, owner == data.teams.cend() ? nullptr : &*owner);
    highlightAsset(item, a);
    item->setPos(positionOf(id.str(), a.geometry));
}

void MapScene::Private::syncOwnership()
{
    const MapData &data = document->data();
    QList<QPair<NodeItem *, NodeItem *>> ownership;
    if (ownershipLines) {
        for (const Asset &a : data.assets) {
            NodeItem *team = a.owner.isNull() ? nullptr : nodes.value(a.owner.str());
            if (NodeItem *asset = nodes.value(a.id.str()); team && asset)
                ownership.append(qMakePair(asset, team));
        }
    }
    links->setOwnership(std::move(ownership));
}

void MapScene::Private::syncLinks()
{
    const MapData &data = document->data();
    QList<LinkLayer::LinkEnds> linkEnds;
    linkEnds.reserve(data.links.size());
    for (const Link &l : data.links) {
        NodeItem *from = nodes.value(l.key.from.str()), *to = nodes.value(l.key.to.str());
        if (from && to)
            linkEnds.append({l.key, l.label, from, to});
    }
    QList<LinkLayer::InteractionEnds> interactionEnds;
    for (const Interaction &i : data.interactions) {
        NodeItem *from = nodes.value(i.key.from.str()), *to = nodes.value(i.key.to.str());
        if (from && to)
            interactionEnds.append({i.key, from, to});
    }
    links->setLinks(std::move(linkEnds));
    syncOwnership();
    links->setInteractions(interactionEnds);
    interactions->setInteractions(std::move(interactionEnds));
    // Interaction pills keep off every box: a team's name or an asset's.
    QList<const NodeItem *> boxes;
    for (const Team &t : data.teams)
        if (const NodeItem *item = nodes.value(t.id.str()))
            boxes.append(item);
    for (const Asset &a : data.assets)
        if (const NodeItem *item = nodes.value(a.id.str()))
            boxes.append(item);
    interactions->setLabelObstacles(std::move(boxes));
    // Drop selected links that no longer exist.
    std::set<LinkKey> selectedLinks;
    for (const LinkKey &k : links->selectedLinks())
        if (data.links.contains(k))
            selectedLinks.insert(k);
    std::set<InteractionKey> selectedInteractions;
    for (const InteractionKey &k : interactions->selectedInteractions())
        if (data.interactions.contains(k))
            selectedInteractions.insert(k);
    setLinkSelection(std::move(selectedLinks), std::move(selectedInteractions));
}

void MapScene::Private::syncExtent()
{
    Extent bounds;
    for (const DomainItem *d : std::as_const(domains))
        bounds.add(d->sceneRect());
    for (const NodeItem *n : std::as_const(nodes))
        bounds.add(n->sceneBodyRect());
    const QRectF content = bounds.rect();
    domainLabels->setDomains(
        QList<const DomainItem *>(domains.cbegin(), domains.cend())); // geometry may have changed
    // The views draw the legend as a screen overlay; the item is shown for exports only.
    legend->setVisible(showLegend && exporting);
    legend->setPos(content.isNull() ? QPointF(0, 0) : content.topRight() + QPointF(60, 0));
    // Room around the map to scroll to and drop into.
    const QRectF extent = q->mapBoundingRect().adjusted(-1500, -1000, 1500, 1000);
    if (extent == q->sceneRect())
        return;
    // A new extent would shift what the views show (scroll values are relative
    // to the scene rect): an edit never moves the view, so keep each view's centre.
    QList<QPair<QGraphicsView *, QPointF>> centres;
    for (QGraphicsView *view : q->views())
        centres.append({view, view->mapToScene(view->viewport()->rect().center())});
    q->setSceneRect(extent);
    for (const auto &[view, centre] : std::as_const(centres))
        view->centerOn(centre);
}

void MapScene::Private::rebuild()
{
    const QStringList selected = q->selectedIds();
    const std::set<LinkKey> selectedLinks = links ? links->selectedLinks() : std::set<LinkKey>{};
    const std::set<InteractionKey> selectedInteractions =
        interactions ? interactions->selectedInteractions() : std::set<InteractionKey>{};
    gesture = Gesture::None;
    moving.clear();
    primary = nullptr;
    resizing = nullptr;
    connectFrom = nullptr;
    destroyShown();
    scenarioItems = std::make_unique<ScenarioItems>(q);
    fallback.clear();
    fallbackFresh = false;

    links = new LinkLayer(&theme);
    scenarioItems->adopt(links);
    links->setMap(scenarioItems.get());
    links->setInteractionParts(true, false);
    links->setRouting(true);
    if (const InsightPtr &insight = highlight.insight())
        links->setCoupling(insight->analysis.coupling);
    interactions = new LinkLayer(&theme);
    interactions->setInteractionParts(false, true);
    interactions->setZValue(250);
    scenarioItems->adopt(interactions);
    interactions->setMap(scenarioItems.get());
    halos = new HighlightLayer(&theme, HighlightLayer::Part::Halos);
    scenarioItems->adopt(halos);
    markers = new HighlightLayer(&theme, HighlightLayer::Part::Markers);
    scenarioItems->adopt(markers);
    legend = new LegendItem(&theme);
    scenarioItems->adopt(legend);
    spans.clear();
    domainLabels = new DomainLabels(&theme);
    scenarioItems->adopt(domainLabels);
    const MapData &data = document->data();
    highlight.setTeams(data, theme);
    links->setHighlight(mode, &highlight.cycles());
    legend->setHighlight(mode, mode == HighlightMode::Ownership ? highlight.teamLegend()
                                                                : QList<QPair<QString, QColor>>{});
    nodes.reserve(data.teams.size() + data.assets.size());
    for (const Domain &d : data.domains)
        syncDomain(d.id);
    for (const Team &t : data.teams)
        syncTeam(t.id);
    for (const Asset &a : data.assets)
        syncAsset(a.id);
    setLinkSelection(selectedLinks, selectedInteractions);
    syncLinks();
    syncHighlightLayers();
    syncExtent();
    {
        const QSignalBlocker blocker(q);
        for (const QString &id : selected)
            if (QGraphicsItem *item = q->itemForId(id))
                item->setSelected(true);
    }
    syncSpans();
    synced = document->data();
    prepareTexts();
}

void MapScene::Private::prepareTexts()
{
    textsToPrepare = nodes.keys();
    textTimer.start(0);
}

void MapScene::Private::applyChange(const DocumentChange &change)
{
    const MapData &data = document->data();
    fallbackFresh = false;
    auto removeItem = [&](auto &hash, const QString &id) {
        if (auto *item = hash.take(id)) {
            if (item == primary || gesture != Gesture::None) {
                gesture = Gesture::None;
                moving.clear();
            }
            if constexpr (std::is_same_v<std::remove_reference_t<decltype(*item)>, NodeItem>) {
                // The layers keep node pointers: drop this one before it dangles.
                halos->forget(item);
                markers->forget(item);
                interactions->forgetObstacle(item);
            }
            scenarioItems->drop(item);
        }
    };
    bool structural = !change.links.isEmpty() || !change.interactions.isEmpty();
    for (const DomainId &id : change.domains.removed)
        removeItem(domains, id.str());
    for (const DomainId &id : change.domains.added + change.domains.changed)
        syncDomain(id);
    if (!change.domains.isEmpty())
        syncDepths();
    for (const TeamId &id : change.teams.removed)
        removeItem(nodes, id.str());
    for (const TeamId &id : change.teams.added + change.teams.changed)
        syncTeam(id);
    for (const AssetId &id : change.assets.removed)
        removeItem(nodes, id.str());
    if (!change.teams.added.isEmpty() || !change.teams.removed.isEmpty() ||
        !change.teams.changed.isEmpty()) {
        // Team colours are spread by position among the teams; names feed the legend.
        highlight.setTeams(data, theme);
        if (mode == HighlightMode::Ownership)
            refreshHighlights();
    }
    for (const AssetId &id : change.assets.added + change.assets.changed)
        syncAsset(id);
    if (!change.teams.changed.isEmpty() || !change.teams.removed.isEmpty()) {
        // Badges show the owner's name and colour.
        QSet<TeamId> teams(change.teams.changed.cbegin(), change.teams.changed.cend());
        for (const Asset &a : data.assets)
            if (teams.contains(a.owner))
                syncAsset(a.id);
    }
    structural = structural || !change.assets.added.isEmpty() || !change.assets.removed.isEmpty() ||
                 !change.teams.added.isEmpty() || !change.teams.removed.isEmpty();
    if (structural) {
        syncLinks();
    } else if (!change.assets.changed.isEmpty() || !change.teams.changed.isEmpty()) {
        // A changed asset may have a new owner: only the ownership lines are
        // rebuilt, not the 30,000 link ends of the 10k map.
        if (ownershipLines && !change.assets.changed.isEmpty())
            syncOwnership();
        layersMoved();
    }
    if (!change.assets.isEmpty() || !change.teams.isEmpty()) {
        syncHighlightLayers();
        halos->nodesMoved();
        markers->nodesMoved();
    }
    syncExtent();
    synced = data;
}

} // namespace OrgMap
