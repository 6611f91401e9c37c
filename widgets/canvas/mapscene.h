#pragma once

#include "core/entities.h"
#include "highlights.h"
#include "palettemime.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>
#include <memory>

namespace OrgMap {

class Document;
struct DocumentChange;
class NodeItem;
class DomainItem;
class LinkLayer;
struct Theme;

// The map drawn as a QGraphicsScene. It re-syncs from Document::changed and
// Document::reset only; items hold no model logic. Every interaction (move,
// resize, connect, assign owner by drop, move into a domain, create) goes
// through Document methods, one undo step per gesture, pushed on release.
class MapScene : public QGraphicsScene
{
    Q_OBJECT

public:
    MapScene(Document *document, QObject *parent = nullptr);
    ~MapScene() override;

    Document *document() const;

    QStringList selectedIds() const; // selected domains/teams/assets
    QList<LinkKey> selectedLinks() const;
    QList<InteractionKey> selectedInteractions() const;
    void selectIds(const QStringList &ids); // replace selection (emits selectionChanged)
    QRectF mapBoundingRect() const;         // all items + margin, and the legend when shown
    QRectF contentRect() const;             // all items + margin (what a view fits)

    void setSnapToGrid(bool on);
    bool snapToGrid() const;
    void setShowOwnershipLines(bool on);
    bool showOwnershipLines() const;
    void setShowLegend(bool on);
    bool showLegend() const;
    // The legend, for the views' screen overlay (its scene item is shown in exports only).
    const class LegendItem *legendItem() const;

    // Highlights (docs/canvas.md). The insight is kept; lookups by id are built
    // once per insight and only items whose highlight changed are repainted, so
    // both calls cost a few milliseconds on the 10k map (no scene rebuild).
    // Ownership works without an insight (team colours follow the document).
    void setInsight(InsightPtr insight);
    InsightPtr insight() const;
    // Blocks until the links are routed around the nodes (screenshots,
    // exports, benchmarks; the view shows straight lines until then).
    void waitForRoutes();
    void setHighlightMode(HighlightMode mode);
    HighlightMode highlightMode() const;
    // What an entity shows in the current mode (tests, tooltips); default
    // values for unknown ids.
    NodeHighlight nodeHighlight(const QString &id) const;
    DomainHighlight domainHighlight(const QString &id) const;
    // The pen a link is drawn with at detail zoom (few links in view).
    QPen linkPen(const LinkKey &key) const;
    // The colour of a team in the Ownership highlight (invalid for unknown ids).
    QColor teamColor(const TeamId &team) const;

    // Creation used by palette drops, the double-click kind menu and keyboard
    // insertion. Adds via the document (one undo step), places the new entity
    // at `scenePos` (in the domain under that point, for assets), selects it and
    // returns its id (empty when the document refused).
    QString createAt(PaletteKind kind, QPointF scenePos);

    // Containers (mapscene_containers.cpp, docs/gui.md). Grows the given
    // domains, and their ancestors, so that what is placed in them fits (one
    // step, none when nothing had to grow); false when none grew.
    bool growToContain(const QSet<DomainId> &domains);
    // Fits a domain to its contents (shrinks or grows; parents grow to hold it).
    bool fitDomainToContents(const DomainId &domain);
    // Insert > Domain: a top-level domain at `scenePos`, moved right past any
    // domain it would cover. Insert > Subdomain: a child below what the parent
    // holds, the parent grown to hold it (one step). Both select the new one.
    QString createTopLevelDomain(QPointF scenePos);
    QString createSubdomain(const DomainId &parent);

    // The item drawing an entity (domain, team or asset), or nullptr.
    QGraphicsItem *itemForId(const QString &id) const;
    // Scene rectangle of an entity, or a null rect.
    QRectF rectForId(const QString &id) const;
    // The id of the topmost domain/team/asset at a scene point (empty if none).
    QString idAt(QPointF scenePos) const;
    // The link or interaction drawn within `tolerance` of a scene point.
    std::optional<LinkKey> linkAt(QPointF scenePos, double tolerance) const;
    std::optional<InteractionKey> interactionAt(QPointF scenePos, double tolerance) const;
    // Replaces the selection with these links and interactions (emits selectionChanged).
    void selectLinks(const QList<LinkKey> &links, const QList<InteractionKey> &interactions);
    // The innermost domain containing a scene point (null id if none).
    DomainId domainAt(QPointF scenePos, const QSet<QString> &ignore = {}) const;

    // Programmatic gestures, the same code paths the mouse uses (tests, keyboard).
    // Moves the given entities by `delta` as one undo step, re-assigning the
    // domain of moved assets (innermost domain under the centre), and assigning
    // the owner when a single asset is dropped on a team.
    void moveItems(const QStringList &ids, QPointF delta);
    // Connects two assets (link of `kind`) or two teams (interaction of `mode`).
    bool connectAssets(const AssetId &from, const AssetId &to, LinkKind kind);
    bool connectTeams(const TeamId &from, const TeamId &to, InteractionMode mode);

    const Theme &theme() const;
    void setTheme(const Theme &theme);
    double gridSize() const { return 10.0; }
    QPointF snapped(QPointF p) const;

    // Export support (maprenderer): no grid, optionally no background, no
    // selection decorations, and with `only` set just those items (and links
    // between them) are drawn.
    void beginExport(bool transparent, const QSet<QString> &only = {});
    void endExport();
    // Interactive menus (kind, link kind) are skipped when false (tests).
    void setInteractiveMenus(bool on);
    // Items were moved by someone other than a gesture (the compare view's
    // before/after glide): links and markers follow them. No document change.
    void refreshLayers();

signals:
    void renameRequested(const QString &id); // double-click / F2 on an item
    void highlightsChanged();                // new insight or mode (the minimap re-renders)

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    // render() (exports): each item of the exported area on its own.
    void drawItems(QPainter *painter, int numItems, QGraphicsItem *items[],
                   const QStyleOptionGraphicsItem options[], QWidget *widget = nullptr) override;
    bool event(QEvent *event) override;

private:
    struct Private;
    friend struct Private;
    std::unique_ptr<Private> d;
};

} // namespace OrgMap
