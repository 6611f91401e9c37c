// MapScene's mouse, keyboard and drop handling: every gesture ends in one
// Document call (or one undo macro), pushed on release.

#include "document/document.h"
#include "kindnames.h"
#include "layout/autolayout.h"
#include "mapscene_p.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QUndoStack>

namespace OrgMap {

NodeItem *MapScene::Private::nodeAt(QPointF scenePos, const QSet<QGraphicsItem *> &ignore) const
{
    NodeItem *best = nullptr;
    for (NodeItem *n : std::as_const(nodes)) {
        if (ignore.contains(n) || !n->isVisible() || !n->sceneBodyRect().contains(scenePos))
            continue;
        if (!best || n->zValue() > best->zValue() ||
            (n->zValue() == best->zValue() && n->id() > best->id()))
            best = n;
    }
    return best;
}

void MapScene::Private::startMove(QGraphicsItem *grabbed, QPointF scenePos)
{
    gesture = Gesture::Move;
    pressPos = scenePos;
    moved = false;
    moving.clear();
    directAssets.clear();
    directDomains.clear();
    primary = grabbed;
    const MapData &data = document->data();

    QList<QGraphicsItem *> items = q->selectedItems();
    if (grabbed && !items.contains(grabbed))
        items.append(grabbed);
    // A moved domain carries its subdomains and the assets placed in any of them.
    QSet<QString> carried;
    QSet<DomainId> movedDomains;
    for (QGraphicsItem *item : std::as_const(items))
        if (item->type() == DomainItem::Type)
            movedDomains.insert(DomainId(static_cast<DomainItem *>(item)->id()));
    if (!movedDomains.isEmpty()) {
        auto inMovedDomain = [&](DomainId id) {
            for (int depth = 0; depth < 64 && !id.isNull(); ++depth) {
                if (movedDomains.contains(id))
                    return true;
                id = data.domains.value(id).parent;
            }
            return false;
        };
        for (const Domain &dom : data.domains)
            if (!movedDomains.contains(dom.id) && inMovedDomain(dom.parent))
                carried.insert(dom.id.str());
        for (const Asset &a : data.assets)
            if (inMovedDomain(a.domain))
                carried.insert(a.id.str());
    }
    QSet<QGraphicsItem *> seen;
    for (QGraphicsItem *item : std::as_const(items)) {
        if (item->type() == NodeItem::Type) {
            auto *n = static_cast<NodeItem *>(item);
            if (!n->isTeam() && !carried.contains(n->id()))
                directAssets << n->id();
        } else if (item->type() == DomainItem::Type) {
            if (const QString &id = static_cast<DomainItem *>(item)->id(); !carried.contains(id))
                directDomains << id;
        } else {
            continue;
        }
        seen.insert(item);
        moving.append({item, item->pos()});
    }
    for (const QString &id : std::as_const(carried))
        if (QGraphicsItem *item = q->itemForId(id); item && !seen.contains(item))
            moving.append({item, item->pos()});
}

void MapScene::Private::dragTo(QPointF scenePos)
{
    QPointF delta = scenePos - pressPos;
    if (!moved && QLineF(QPointF(), delta).length() * viewScale() < 3)
        return; // a click, not a drag
    if (!moved)
        raiseMoving(true);
    moved = true;
    if (snap && primary) {
        // Snap the grabbed item (its centre, or a domain's corner); the rest follow.
        const QPointF start = std::find_if(moving.cbegin(), moving.cend(), [&](const Moving &m) {
                                  return m.item == primary;
                              })->start;
        delta = q->snapped(start + delta) - start;
    }
    for (const Moving &m : std::as_const(moving))
        m.item->setPos(m.start + delta);
    layersMoved();
}

void MapScene::Private::commitMove(QPointF releasePos)
{
    raiseMoving(false);
    const QList<Moving> items = std::exchange(moving, {});
    gesture = Gesture::None;
    if (items.isEmpty())
        return;
    QUndoStack *undo = document->undoStack();

    // Assets dropped on a team: that team becomes their owner and they go back
    // to where they were (the team lane is not a place to keep assets).
    const bool onlyAssets = std::all_of(items.cbegin(), items.cend(), [](const Moving &m) {
        return m.item->type() == NodeItem::Type && !static_cast<NodeItem *>(m.item)->isTeam();
    });
    QSet<QGraphicsItem *> movingSet;
    for (const Moving &m : items)
        movingSet.insert(m.item);
    NodeItem *team = onlyAssets ? nodeAt(releasePos, movingSet) : nullptr;
    if (team && team->isTeam()) {
        for (const Moving &m : items)
            m.item->setPos(m.start);
        layersMoved();
        undo->beginMacro(tr("Assign owner %1").arg(team->name()));
        for (const Moving &m : items)
            document->setAssetOwner(AssetId(static_cast<NodeItem *>(m.item)->id()),
                                    TeamId(team->id()));
        undo->endMacro();
        return;
    }

    QHash<QString, Geometry> geometries;
    for (const Moving &m : items) {
        if (m.item->type() == DomainItem::Type) {
            const auto *item = static_cast<DomainItem *>(m.item);
            geometries.insert(item->id(), Geometry::of(item->sceneRect()));
        } else {
            geometries.insert(static_cast<NodeItem *>(m.item)->id(), Geometry::at(m.item->pos()));
        }
    }
    // Moving and re-homing the moved assets is one undo step.
    const QString text = items.size() == 1
                             ? tr("Move \"%1\"")
                                   .arg(items.first().item->type() == DomainItem::Type
                                            ? static_cast<DomainItem *>(items.first().item)->name()
                                            : static_cast<NodeItem *>(items.first().item)->name())
                             : tr("Move %n item(s)", nullptr, int(items.size()));
    undo->beginMacro(text);
    document->setGeometries(geometries, text);
    QSet<DomainId> affected; // where things landed: they grow to hold them
    for (const QString &id : std::as_const(directAssets)) {
        const NodeItem *n = nodes.value(id);
        if (!n)
            continue;
        const DomainId target = q->domainAt(n->pos());
        if (target != document->data().assets.value(AssetId(id)).domain)
            document->setAssetDomain(AssetId(id), target);
        affected.insert(target);
    }
    // A dragged domain nests in the domain under the cursor (the grabbed one)
    // or under its title band (the others carried in the selection), and
    // becomes top level on empty canvas.
    for (const QString &id : std::as_const(directDomains)) {
        const DomainItem *item = domains.value(id);
        if (!item)
            continue;
        const QPointF at =
            item == primary ? releasePos : item->sceneRect().topLeft() + item->titleRect().center();
        const DomainId target = q->domainAt(at, withDescendants(DomainId(id)));
        if (target != document->data().domains.value(DomainId(id)).parent)
            document->setDomainParent(DomainId(id), target);
        affected.insert(target);
    }
    q->growToContain(affected);
    undo->endMacro();
}

void MapScene::Private::finishConnect(QPointF scenePos, QPoint screenPos)
{
    NodeItem *from = std::exchange(connectFrom, nullptr);
    delete std::exchange(connectLine, nullptr);
    gesture = Gesture::None;
    NodeItem *to = nodeAt(scenePos, {from});
    if (!from || !to)
        return;
    if (!from->isTeam() && to->isTeam()) {
        document->setAssetOwner(AssetId(from->id()), TeamId(to->id()));
        return;
    }
    if (from->isTeam() != to->isTeam())
        return;
    if (!from->isTeam()) {
        // As in yEd and draw.io the drag makes the link at once: an API link
        // (the usual kind), selected, so that Properties shows its kind to
        // change. A kind popup cost a second action for every link (issue 9).
        const LinkKey key{AssetId(from->id()), AssetId(to->id()), LinkKind::Api};
        if (q->connectAssets(key.from, key.to, key.kind))
            q->selectLinks({key}, {});
        return;
    }
    if (!menus)
        return;
    QMenu menu;
    for (InteractionMode mode : kAllInteractionModes)
        menu.addAction(interactionModeName(mode))->setData(int(mode));
    if (QAction *chosen = menu.exec(screenPos))
        q->connectTeams(TeamId(from->id()), TeamId(to->id()),
                        InteractionMode(chosen->data().toInt()));
}

// --------------------------------------------------------------- public API

QString MapScene::createAt(PaletteKind kind, QPointF scenePos)
{
    const QPointF p = snapped(scenePos);
    const DomainId domain = domainAt(p);
    Document *doc = d->document;
    QString id;
    switch (kind) {
    case PaletteKind::Domain: {
        Domain dom;
        dom.id = DomainId(id = doc->uniqueId(u"d"_qs));
        dom.name = tr("New domain");
        dom.parent = domain;
        const QSizeF size(360, 220);
        dom.geometry = Geometry::of(QRectF(snapped(p - QPointF(size.width() / 2, 20)), size));
        if (!doc->checkDomain(dom, doc->data()).isEmpty())
            return {};
        // Created inside a domain: the domain grows to hold it, one step.
        doc->undoStack()->beginMacro(tr("Add domain"));
        doc->addDomain(dom);
        growToContain({domain});
        doc->undoStack()->endMacro();
        break;
    }
    case PaletteKind::Service:
    case PaletteKind::DataProduct: {
        Asset a;
        const bool service = kind == PaletteKind::Service;
        a.id = AssetId(id = doc->uniqueId(service ? u"s"_qs : u"dp"_qs));
        a.kind = service ? AssetKind::Service : AssetKind::DataProduct;
        a.name = service ? tr("New service") : tr("New data product");
        a.domain = domain;
        a.geometry = Geometry::at(p);
        if (!doc->checkAsset(a, doc->data()).isEmpty())
            return {};
        doc->undoStack()->beginMacro(service ? tr("Add service") : tr("Add data product"));
        doc->addAsset(a);
        growToContain({domain});
        doc->undoStack()->endMacro();
        break;
    }
    case PaletteKind::TeamStreamAligned:
    case PaletteKind::TeamPlatform:
    case PaletteKind::TeamEnabling:
    case PaletteKind::TeamComplicatedSubsystem: {
        Team t;
        t.id = TeamId(id = doc->uniqueId(u"t"_qs));
        t.name = tr("New team");
        t.type = kind == PaletteKind::TeamStreamAligned ? TeamType::StreamAligned
                 : kind == PaletteKind::TeamPlatform    ? TeamType::Platform
                 : kind == PaletteKind::TeamEnabling    ? TeamType::Enabling
                                                        : TeamType::ComplicatedSubsystem;
        t.geometry = Geometry::at(p);
        if (!doc->addTeam(t))
            return {};
        break;
    }
    }
    selectIds({id});
    return id;
}

void MapScene::moveItems(const QStringList &ids, QPointF delta)
{
    QList<QGraphicsItem *> items;
    for (const QString &id : ids)
        if (QGraphicsItem *item = itemForId(id))
            items << item;
    if (items.isEmpty())
        return;
    {
        const QSignalBlocker blocker(this);
        clearSelection();
        for (QGraphicsItem *item : std::as_const(items))
            item->setSelected(true);
    }
    const QPointF start = items.first()->type() == DomainItem::Type
                              ? static_cast<DomainItem *>(items.first())->sceneRect().center()
                              : items.first()->pos();
    d->startMove(items.first(), start);
    d->moved = true;
    const bool snap = std::exchange(d->snap, false); // the caller's delta is exact
    d->dragTo(start + delta);
    d->snap = snap;
    d->commitMove(start + delta);
    emit selectionChanged();
}

bool MapScene::connectAssets(const AssetId &from, const AssetId &to, LinkKind kind)
{
    Link link;
    link.key = {from, to, kind};
    return d->document->addLink(link);
}

bool MapScene::connectTeams(const TeamId &from, const TeamId &to, InteractionMode mode)
{
    Interaction interaction;
    interaction.key = {from, to, mode};
    return d->document->addInteraction(interaction);
}

// ------------------------------------------------------------------- events

void MapScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        // The context menu that follows decides what is selected (a thing not
        // selected yet, else the whole selection): the press must not first
        // drop a selection of two the menu would Connect.
        event->accept();
        return;
    }
    if (event->button() != Qt::LeftButton || d->gesture != Private::Gesture::None) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    const QPointF p = event->scenePos();
    // Connect handle of a hovered or selected node.
    for (NodeItem *n : std::as_const(d->nodes)) {
        if (n->connectHandleVisible() && n->connectHandleRect().contains(p - n->pos())) {
            d->gesture = Private::Gesture::Connect;
            d->connectFrom = n;
            d->connectLine = addLine(QLineF(n->pos(), p),
                                     QPen(d->theme.selection, 2, Qt::DashLine, Qt::RoundCap));
            d->connectLine->setZValue(300);
            event->accept();
            return;
        }
    }
    // Resize handle of a selected domain.
    for (DomainItem *item : std::as_const(d->domains)) {
        const auto handle = item->handleAt(p, d->viewScale());
        if (handle != DomainItem::Handle::None) {
            d->gesture = Private::Gesture::Resize;
            d->resizing = item;
            d->handle = handle;
            d->resizeStart = item->sceneRect();
            d->pressPos = p;
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    QGraphicsItem *grabber = mouseGrabberItem();
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    if (event->isAccepted() && grabber &&
        (grabber->type() == NodeItem::Type || grabber->type() == DomainItem::Type)) {
        if (!ctrl) {
            d->setLinkSelection({}, {});
        }
        d->startMove(grabber, p);
        return;
    }
    // Nothing grabbed it: a link or interaction, or empty canvas (rubber band).
    const double tolerance = 6 / d->viewScale();
    auto links = ctrl ? d->links->selectedLinks() : std::set<LinkKey>{};
    auto interactions = ctrl ? d->interactions->selectedInteractions() : std::set<InteractionKey>{};
    bool hit = false;
    if (const auto key = d->interactions->interactionAt(p, tolerance)) {
        hit = true;
        if (!interactions.erase(*key))
            interactions.insert(*key);
    } else if (const auto key = d->links->linkAt(p, tolerance)) {
        hit = true;
        if (!links.erase(*key))
            links.insert(*key);
    }
    if (hit || !d->links->selectedLinks().empty() ||
        !d->interactions->selectedInteractions().empty()) {
        d->setLinkSelection(std::move(links), std::move(interactions));
        emit selectionChanged();
    }
    if (hit)
        event->accept();
}

void MapScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    const QPointF p = event->scenePos();
    switch (d->gesture) {
    case Private::Gesture::Move:
        d->dragTo(p);
        return;
    case Private::Gesture::Resize: {
        QPointF delta = p - d->pressPos;
        if (d->snap)
            delta = snapped(delta);
        // Never smaller than what the domain holds: children do not spill over.
        d->resizing->setSceneRect(d->clampToContents(
            DomainId(d->resizing->id()),
            DomainItem::resized(d->resizeStart, d->handle, delta, kMinDomainSize)));
        return;
    }
    case Private::Gesture::Connect:
        d->connectLine->setLine(QLineF(d->connectFrom->pos(), p));
        return;
    case Private::Gesture::None:
        break;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void MapScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        switch (d->gesture) {
        case Private::Gesture::Move:
            if (d->moved)
                d->commitMove(event->scenePos());
            d->gesture = Private::Gesture::None;
            d->moving.clear();
            break;
        case Private::Gesture::Resize: {
            DomainItem *item = std::exchange(d->resizing, nullptr);
            d->gesture = Private::Gesture::None;
            if (item->sceneRect() != d->resizeStart &&
                !d->document->resizeDomain(DomainId(item->id()), item->sceneRect()))
                item->setSceneRect(d->resizeStart);
            event->accept();
            return;
        }
        case Private::Gesture::Connect:
            d->finishConnect(event->scenePos(), event->screenPos());
            event->accept();
            return;
        case Private::Gesture::None:
            break;
        }
    }
    QGraphicsScene::mouseReleaseEvent(event);
}

void MapScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsScene::mouseDoubleClickEvent(event);
        return;
    }
    const QPointF p = event->scenePos();
    event->accept();
    if (NodeItem *n = d->nodeAt(p)) {
        emit renameRequested(n->id());
        return;
    }
    const DomainId domain = domainAt(p);
    if (DomainItem *item = d->domains.value(domain.str());
        item && item->titleRect().contains(p - item->pos())) {
        emit renameRequested(item->id());
        return;
    }
    if (!d->menus)
        return;
    // Empty canvas (or a domain's body): offer the kinds to create here.
    QMenu menu;
    for (PaletteKind kind : allPaletteKinds())
        menu.addAction(paletteKindIcon(kind), paletteKindName(kind))->setData(int(kind));
    if (QAction *chosen = menu.exec(event->screenPos()))
        createAt(PaletteKind(chosen->data().toInt()), p);
}

void MapScene::keyPressEvent(QKeyEvent *event)
{
    const QStringList ids = selectedIds();
    if (event->key() == Qt::Key_F2 && ids.size() == 1) {
        emit renameRequested(ids.first());
        return;
    }
    // Arrow keys nudge the selection by one grid step (Shift: five), one undo step each.
    QPointF delta;
    const double step = gridSize() * (event->modifiers() & Qt::ShiftModifier ? 5 : 1);
    switch (event->key()) {
    case Qt::Key_Left:
        delta = {-step, 0};
        break;
    case Qt::Key_Right:
        delta = {step, 0};
        break;
    case Qt::Key_Up:
        delta = {0, -step};
        break;
    case Qt::Key_Down:
        delta = {0, step};
        break;
    default:
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    if (!ids.isEmpty() && !focusItem()) {
        moveItems(ids, delta);
        event->accept();
    } else {
        QGraphicsScene::keyPressEvent(event);
    }
}

void MapScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    if (paletteKindFromMime(event->mimeData()))
        event->acceptProposedAction();
    else
        QGraphicsScene::dragEnterEvent(event);
}

void MapScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    if (paletteKindFromMime(event->mimeData()))
        event->acceptProposedAction();
    else
        QGraphicsScene::dragMoveEvent(event);
}

void MapScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    if (const auto kind = paletteKindFromMime(event->mimeData())) {
        createAt(*kind, event->scenePos());
        event->acceptProposedAction();
        return;
    }
    QGraphicsScene::dropEvent(event);
}

} // namespace OrgMap
