#pragma once

#include "highlightlayer.h"
#include "linklayer.h"
#include "mapitems.h"
#include "mapscene.h"
#include "scenarioitems.h"
#include "theme.h"

#include <QHash>
#include <QTimer>
#include <memory>
#include <vector>

class QGraphicsLineItem;

namespace OrgMap {

// MapScene's state: the items by id and the gesture in progress.
struct MapScene::Private
{
    explicit Private(MapScene *scene, Document *document);

    // Re-sync from the document.
    void rebuild();
    void applyChange(const DocumentChange &change);
    // What the document says, through the scenario keeping below.
    void onChanged(const DocumentChange &change);
    void onReset();

    // Scenarios (mapscene_scenarios.cpp, docs/scenarios.md): the items of a
    // scenario shown before stay in the scene, hidden together, and
    // are shown again when it is: a switch between two unrelated 10,000-asset
    // maps then hides one map's items and shows another's instead of rebuilding
    // 40,000 items and re-routing 30,000 links. What the kept items show is
    // `Kept::synced`; on the way back they are brought up to date with what
    // differs from the document's map, as after any edit.
    struct Kept
    {
        int key = 0;
        std::unique_ptr<ScenarioItems> scenarioItems;
        QHash<QString, NodeItem *> nodes;
        QHash<QString, DomainItem *> domains;
        LinkLayer *links = nullptr;
        LinkLayer *interactions = nullptr;
        HighlightLayer *halos = nullptr;
        HighlightLayer *markers = nullptr;
        LegendItem *legend = nullptr;
        DomainLabels *domainLabels = nullptr;
        QHash<QString, Geometry> fallback;
        HighlightIndex highlight;
        QHash<QString, QColor> spans;
        MapData synced;
        // The settings the items were drawn with when hidden.
        HighlightMode mode = HighlightMode::None;
        bool ownershipLines = false;
        int themeSerial = 0;
    };
    static constexpr int kMaxKept = 3; // scenarios kept besides the one shown
    void onScenarioShown();            // Document::currentScenarioChanged
    struct Selection
    {
        QStringList ids;
        std::set<LinkKey> links;
        std::set<InteractionKey> interactions;
    };
    Selection takeSelection();                         // and clears it (signals blocked)
    void restoreSelection(const Selection &selection); // where the ids exist
    void swapItems(Kept &kept);                        // the shown items <-> kept ones
    void keepShown(int key);                           // hides the shown items, kept under `key`
    void showKept(Kept kept); // shows kept items and brings them up to date
    void dropKept(Kept &kept);
    void dropGoneScenarios();   // kept items of scenarios no longer in the document
    void destroyShown();        // deletes the shown items (the scene's, if nothing is kept)
    bool showsDocument() const; // `synced` is the document's map (nothing to do)
    void applyTheme();
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
    int themeSerial = 0; // counts setTheme calls (kept items follow on show)
    std::unique_ptr<ScenarioItems> scenarioItems; // owns every item of the scenario shown
    MapData synced;                               // the map the shown items show
    int shownKey = 0;                             // its scenario (Document::currentScenarioKey)
    int leavingKey = 0;               // the scenario being left, until the switch's change
    bool caughtUp = false;            // a kept scenario was shown: the switch's reset is done
    std::vector<Kept> kept;           // most recently shown last
    QHash<QString, NodeItem *> nodes; // assets and teams
    // The nodes whose names are laid out on idle ticks after a rebuild or a
    // theme change: on the 10k map the first frame past 0.3 zoom laid out
    // the ~1,000 in view, 15 ms more than the next.
    QStringList textsToPrepare;
    QTimer textTimer;
    void prepareTexts();
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
