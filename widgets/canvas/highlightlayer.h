#pragma once

#include "highlights.h"

#include <QGraphicsItem>

namespace OrgMap {

class NodeItem;
struct Theme;

// The decorations of highlighted nodes, painted by one item per part (like
// LinkLayer): the coupling halos below the nodes, the orphan outlines and
// markers above everything so that they can be seen from across the room. Only
// the decorated nodes are listed (a few hundred at most on the 10k map), so a
// frame costs a scan of that list, not of every node.
class HighlightLayer : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 6
    };
    enum class Part
    {
        Halos,  // z 150: between links and nodes
        Markers // z 270: above nodes, labels and overview domain names
    };
    HighlightLayer(const Theme *theme, Part part);

    int type() const override { return Type; }
    void setTheme(const Theme *theme);
    // The nodes to decorate (each reads its own NodeHighlight).
    void setNodes(QList<const NodeItem *> nodes);
    const QList<const NodeItem *> &nodes() const { return m_nodes; }
    // A node is about to be deleted (the list is re-synced after the change).
    void forget(const NodeItem *node)
    {
        if (m_nodes.removeAll(node))
            m_dirty = true;
    }
    // Nodes moved: recompute the bounds.
    void nodesMoved();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Shared with the legend. `size` is the marker's height in scene units.
    static void drawUnownedMarker(QPainter *painter, QPointF center, double size, const Theme &t);
    static void drawNoDomainMarker(QPainter *painter, QPointF center, double size, const Theme &t);
    // The "FAIR: A I" badge under a data product that misses FAIR rules;
    // `below` moves it under another badge.
    static QString fairBadgeText(quint8 gaps);
    static void drawFairBadge(QPainter *painter, const QRectF &body, quint8 gaps, double below,
                              const Theme &t);
    static void drawHalo(QPainter *painter, const QRectF &body, float glow, bool hotspot,
                         const Theme &t, bool simple);
    // A rectangular frame of `width` just outside `rect` from four fills: the
    // overview's outlines (an antialiased wide stroke per domain or node cost
    // ~8 ms per fit frame of the 10k map).
    static void fillFrame(QPainter *painter, const QRectF &rect, double width, const QColor &c);
    // Screen size of a marker at level of detail `lod`, in scene units: never
    // under kMarkerPixels on screen, never larger than kMarkerMaxScene.
    static double markerSize(double lod);

private:
    void paintHalos(QPainter *painter, const QRectF &exposed, double lod) const;
    void paintMarkers(QPainter *painter, const QRectF &exposed, double lod) const;

    const Theme *m_theme;
    Part m_part;
    QList<const NodeItem *> m_nodes;
    mutable bool m_dirty = true;
    mutable QRectF m_bounds;
};

} // namespace OrgMap
