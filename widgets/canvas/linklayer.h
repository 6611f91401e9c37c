#pragma once

#include "analysis/analysis.h"
#include "core/entities.h"
#include "hairlinelayer.h"
#include "highlightmode.h"
#include "layout/linkbundles.h"

#include <QGraphicsItem>
#include <QHash>
#include <QPen>
#include <memory>
#include <set>

namespace OrgMap {

class NodeItem;
class RouteRunner;
class ScenarioItems;
struct Theme;

// Every link, interaction and ownership line, painted by one item. Individual
// line items in the scene's BSP index are what made the 10k map take 11.8 s and
// 856 MB (PERF-NOTES.md): long lines span most of the index. One item with a
// linear scan for painting (bounding-box test against the exposed rect) and for
// hit tests costs well under a millisecond at 30,000 links.
class LinkLayer : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 4
    };
    explicit LinkLayer(const Theme *theme);
    ~LinkLayer() override;

    int type() const override { return Type; }
    void setTheme(const Theme *theme);
    // The items of this layer's map (their nodes are the routes' obstacles,
    // their domains the bands' ends); without one, every item of the scene.
    void setMap(const ScenarioItems *map) { m_map = map; }

    struct LinkEnds
    {
        LinkKey key;
        QString label;
        NodeItem *from;
        NodeItem *to;
    };
    struct InteractionEnds
    {
        InteractionKey key;
        NodeItem *from;
        NodeItem *to;
    };
    void setLinks(QList<LinkEnds> links);
    void setInteractions(QList<InteractionEnds> interactions);
    void setOwnership(QList<QPair<NodeItem *, NodeItem *>> lines); // asset -> team
    // Which parts of the interactions this layer paints: the lines go below the
    // nodes, the mode labels above them (two layers share the same data).
    void setInteractionParts(bool lines, bool labels);
    // Nodes the interaction mode pills must not cover (every team and asset).
    void setLabelObstacles(QList<const NodeItem *> nodes);
    void forgetObstacle(const NodeItem *node) { m_labelObstacles.removeAll(node); }
    // Where each interaction's mode pill goes (scene coordinates, in the order
    // of setInteractions; a null rect when it had no free place).
    QList<QRectF> labelRects() const;
    // Node items moved or were resized: recompute the clipped lines.
    void nodesMoved();

    // Routing (docs/canvas.md): links go around the other nodes' boxes. Routes
    // are computed on a worker thread after a change; until they arrive a
    // link whose ends moved is drawn straight. `routedLinks`: this layer
    // routes its links (the interaction layer does not).
    void setRouting(bool on);
    bool routesReady() const;
    void waitForRoutes(); // blocks until the routes of the current geometry are in
    // How many links the worker has routed so far: only new links and links
    // whose ends moved are routed again (tests count them).
    qsizetype routedLinks() const;
    // The polyline a link is drawn along (scene coordinates; its last point is
    // at the provider's border, where the arrowhead is); empty when unknown.
    QList<QPointF> linkPath(const LinkKey &key) const;
    // The asset -> team ownership lines as drawn (tests).
    QList<QList<QPointF>> ownershipPaths() const;
    // Overview bundles: the analysis' domain coupling matrix; below
    // kLodBundle the links between two domains are one band per pair.
    void setCoupling(const QList<CouplingCell> &coupling);
    const QList<LinkBundle> &bundles() const { return m_bundles; }
    // The bands the overview draws: a bundle's domain rects' border points.
    struct Band
    {
        qsizetype bundle; // index into bundles()
        QLineF line;
        QRectF reach; // the line's bounds with room for its width: what a frame tests
    };
    // Kept until the domains or the bundles change (recomputing the 10k map's
    // ~6,000 bands was a sixth of each overview frame).
    const QList<Band> &bands() const;
    // Most bands a frame draws, the heaviest in view (ties all or none);
    // -1: every band (benchmarks compare).
    void setBandBudget(qsizetype bands)
    {
        m_bandBudget = bands;
        update();
    }
    // The bands the last overview frame drew (tests, benchmarks).
    qsizetype lastBandsDrawn() const { return m_lastBands; }

    // Links and interactions near a scene point (within `tolerance`), topmost first.
    std::optional<LinkKey> linkAt(QPointF scenePos, double tolerance) const;
    std::optional<InteractionKey> interactionAt(QPointF scenePos, double tolerance) const;

    // The highlight mode and the domain cycles (domain id -> cycle number; may
    // be null; copied). Cross-domain links are drawn heavier in every mode; in
    // Coupling more so, with the links of a domain cycle in its colour.
    void setHighlight(HighlightMode mode, const QHash<QString, int> *cycles);
    enum LinkFlag : quint8
    {
        CrossDomain = 1, // both ends in a domain, different domains
        OnCycle = 2      // both ends' domains on the same domain cycle
    };
    // The flags of a link (0 when unknown), and the pen it is drawn with at
    // detail zoom, `thin` when many links are in view (tests use both).
    int flagsOf(const LinkKey &key) const;
    QPen penFor(const LinkKey &key, bool thin = false) const;
    static QPen linkPen(const Theme &t, LinkKind kind, int flags, HighlightMode mode, bool selected,
                        bool thin);

    const std::set<LinkKey> &selectedLinks() const { return m_selectedLinks; }
    const std::set<InteractionKey> &selectedInteractions() const { return m_selectedInteractions; }
    void setSelection(std::set<LinkKey> links, std::set<InteractionKey> interactions);
    // Dense views of large maps: the most device pixels of link lines one frame
    // may draw (each pixel of width counted). Beyond it, links that leave the
    // view are drawn as stubs from their end on screen, all of one length
    // chosen so the frame fits; if that is not enough, links with both ends
    // on screen lose their middle too. Links at the selection are always drawn
    // whole. Interactions get a third of it. 0: no limit.
    void setPixelBudget(qint64 pixels)
    {
        m_pixelBudget = pixels;
        update();
    }
    qint64 pixelBudget() const { return m_pixelBudget; }
    // The stub length (device pixels) of the last frame, 0 when it was in budget.
    double lastStubLength() const { return m_lastStub; }

    // How many times the lines were recomputed (tests: an insight must not).
    int geometryBuilds() const { return m_geometryBuilds; }

    // Only links whose both ends are visible are drawn (selection-only export).
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Line
    {
        QLineF line; // from the first point of the path to its last
        QRectF bounds;
        QList<QPointF> path; // more than two points: bends around boxes
    };
    struct Frame; // what one paint call sees: painter, zoom, exposed area
    // The device pixels of the chords of `lines` at `shown` inside the frame:
    // what decides between wide pens one by one and batched hairlines.
    static double pixelsInView(const QList<Line> &lines, const QList<qsizetype> &shown,
                               const Frame &f);
    void ensureGeometry() const;
    void computeFlags() const; // m_flags from the links' domains and m_cycles
    void placeLabels() const;
    bool atSelection(qsizetype link) const;
    QList<qsizetype> linksToDraw(const Frame &f) const;
    void paintOwnership(const Frame &f) const;
    void paintOverviewLinks(const Frame &f, const QList<qsizetype> &shown) const;
    void paintDetailLinks(const Frame &f, const QList<qsizetype> &shown) const;
    // Batched link shafts per kind and flags, as hairlines (`solid`: without
    // their dashes).
    void drawShafts(const Frame &f, const QList<QLineF> (&batches)[3][4], bool solid) const;
    void paintInteractions(const Frame &f) const;
    void paintBundles(const Frame &f) const;
    // Routes the links at `stale` (whole fans); `fans`: per link, its fan's size and its index.
    void requestRoutes(const QList<qsizetype> &stale, const QList<QPair<int, int>> &fans) const;
    static QList<QPointF> clipped(const NodeItem *from, const NodeItem *to, double offset);
    // The nodes' boxes that are new or moved since the last geometry build (a
    // kept route may now pass through one), remembering the boxes of this one.
    QList<QRectF> arrivedBoxes() const;
    // The items of the map this layer belongs to (its siblings under the scenario's root).
    QList<QGraphicsItem *> mapItems() const;

    const Theme *m_theme;
    const ScenarioItems *m_map = nullptr;
    QList<LinkEnds> m_links;
    QList<InteractionEnds> m_interactions;
    QList<QPair<NodeItem *, NodeItem *>> m_ownership;
    std::set<LinkKey> m_selectedLinks;
    std::set<InteractionKey> m_selectedInteractions;
    bool m_paintInteractionLines = true;
    bool m_paintInteractionLabels = true;
    HighlightMode m_mode = HighlightMode::None;
    QHash<QString, int> m_cycles;
    mutable QList<quint8> m_flags; // per link, computed with the geometry
    // Interaction mode pills placed without overlapping each other (scene
    // coordinates; null when there is no free place: shown on selection only).
    mutable QList<QRectF> m_labelBoxes;
    mutable bool m_labelsDirty = true; // placed lazily at paint time
    QList<const NodeItem *> m_labelObstacles;
    mutable bool m_dirty = true;
    mutable QList<Line> m_linkLines;
    mutable QList<Line> m_interactionLines;
    mutable QList<Line> m_ownershipLines;
    mutable QRectF m_bounds;
    qint64 m_pixelBudget;
    mutable double m_lastStub = 0;
    mutable int m_geometryBuilds = 0;
    bool m_routing = false;
    mutable qsizetype m_unrouted = 0;             // links of the last geometry waiting for a route
    mutable QHash<QString, QRectF> m_routedBoxes; // node id -> its box at the last build
    std::unique_ptr<RouteRunner> m_router;
    QList<LinkBundle> m_bundles;
    qsizetype m_bandBudget;
    mutable qsizetype m_lastBands = 0;
    mutable QHash<QString, QRectF> m_domainRects; // taken with the geometry
    mutable QList<Band> m_bands;                  // of m_domainRects and m_bundles
    mutable HairlineLayer m_hairlines;            // the overview's hairlines, when many
    mutable bool m_bandsDirty = true;
};

} // namespace OrgMap
