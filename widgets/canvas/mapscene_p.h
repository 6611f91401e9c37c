#pragma once

#include "highlightlayer.h"
#include "linklayer.h"
#include "mapitems.h"
#include "mapscene.h"
#include "theme.h"

#include <QHash>

class QGraphicsLineItem;

namespace OrgMap {

// MapScene's state: the items by id and the gesture in progress.
struct MapScene::Private
{
    explicit Private(MapScene *scene, Document *document);

    // Re-sync from the document.
    void rebuild();
    void applyChange(const DocumentChange &change);
    void syncDomain(const DomainId &id);
    void syncTeam(const TeamId &id);
    void syncAsset(const AssetId &id);
    void syncDepths();
    void syncLinks();
    void syncOwnership(); // the asset -> team lines (when shown)
    void syncExtent();
    QPointF positionOf(const QString &id, const std::optional<Geometry> &g);
    int depthOf(const DomainId &id) const;

    // Both layers show the selected interactions (one draws lines, one labels).
    void setLinkSelection(std::set<LinkKey> selectedLinks,
                          std::set<InteractionKey> selectedInteractions)
    {
        links->setSelection(std::move(selectedLinks), selectedInteractions);
        interactions->setSelection({}, std::move(selectedInteractions));
    }
    // Highlights: the state of one item, of every item (mode or insight
    // changed: O(n), repainting only the items that changed), the layers'
    // lists of decorated nodes, and the domains a selected scattered team spans.
    void highlightAsset(NodeItem *item, const Asset &asset);
    void refreshHighlights();
    void syncHighlightLayers();
    void syncSpans();
    void layersMoved()
    {
        links->nodesMoved();
        interactions->nodesMoved();
        halos->nodesMoved();
        markers->nodesMoved();
    }
    double viewScale() const;
    NodeItem *nodeAt(QPointF scenePos, const QSet<QGraphicsItem *> &ignore = {}) const;

    // Gestures.
    void startMove(QGraphicsItem *grabbed, QPointF scenePos);
    void dragTo(QPointF scenePos);
    void commitMove(QPointF releasePos);
    void finishConnect(QPointF scenePos, QPoint screenPos);
    // Containers (mapscene_containers.cpp).
    QRectF clampToContents(const DomainId &domain, const QRectF &rect) const;
    void raiseMoving(bool raised);
    QSet<QString> withDescendants(const DomainId &domain) const;

    MapScene *q;
    Document *document;
    Theme theme;
    QHash<QString, NodeItem *> nodes; // assets and teams
    QHash<QString, DomainItem *> domains;
    LinkLayer *links = nullptr;        // links and ownership lines, below the nodes
    LinkLayer *interactions = nullptr; // team interactions, above the nodes (labels readable)
    HighlightLayer *halos = nullptr;   // coupling glow, below the nodes
    HighlightLayer *markers = nullptr; // orphan outlines and markers, on top
    LegendItem *legend = nullptr;
    DomainLabels *domainLabels = nullptr;
    QHash<QString, Geometry> fallback; // display positions of entities without geometry
    bool fallbackFresh = false;        // computed during the current re-sync
    HighlightIndex highlight;
    HighlightMode mode = HighlightMode::None;
    QHash<QString, QColor> spans; // domain id -> colour of the selected scattered team
    bool snap = false;
    bool ownershipLines = false;
    bool showLegend = true;
    bool menus = true;
    bool exporting = false;
    bool transparent = false;
    QStringList savedSelection; // hidden while exporting
    std::set<LinkKey> savedLinks;
    std::set<InteractionKey> savedInteractions;

    enum class Gesture
    {
        None,
        Move,
        Resize,
        Connect
    };
    Gesture gesture = Gesture::None;
    QPointF pressPos;
    bool moved = false;
    struct Moving
    {
        QGraphicsItem *item;
        QPointF start;
    };
    QList<Moving> moving;
    QGraphicsItem *primary = nullptr;
    QStringList directAssets;  // dragged themselves (not carried along by a domain)
    QStringList directDomains; // likewise: these may change parent on release
    DomainItem *resizing = nullptr;
    DomainItem::Handle handle = DomainItem::Handle::None;
    QRectF resizeStart;
    NodeItem *connectFrom = nullptr;
    QGraphicsLineItem *connectLine = nullptr;
};

} // namespace OrgMap
