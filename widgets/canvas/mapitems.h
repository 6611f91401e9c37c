#pragma once

#include "core/entities.h"

#include <QGraphicsItem>
#include <QStaticText>

namespace OrgMap {

struct Theme;

// Levels of detail shared by the items: below kLodText (screen pixels per scene
// unit) text would be under ~7 px and is skipped; below kLodSimple nodes are flat.
inline constexpr double kLodText = 0.5;
inline constexpr double kLodSimple = 0.3;

// "stream-aligned", "platform", ... (translated), as written under team names.
QString teamTypeCaption(TeamType type);

// The items only draw what the scene tells them (set*() from the document's
// values); they hold no model logic. Each paints its whole look itself (shape,
// glyph, label, badge): one item per node is about half the cost of a shape item
// plus child text items (PERF-NOTES.md).

// A service, data product or team, positioned at its centre.
class NodeItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 1
    };
    NodeItem(const QString &id, const Theme *theme);

    int type() const override { return Type; }
    const QString &id() const { return m_id; }
    EntityKind entityKind() const { return m_entity; }
    bool isTeam() const { return m_entity == EntityKind::Team; }
    TeamType teamType() const { return m_teamType; }
    const QString &name() const { return m_name; }

    void setAsset(const Asset &asset, const Team *owner);
    void setTeam(const Team &team);
    void setTheme(const Theme *theme);

    // The node's body in local coordinates (centred on 0,0).
    QRectF bodyRect() const { return m_body; }
    QRectF sceneBodyRect() const { return m_body.translated(pos()); }
    // Where the name is drawn (the in-place editor goes there), local.
    QRectF labelRect() const;
    // The small round handle to drag a connection from (shown on hover and selection).
    QRectF connectHandleRect() const;
    bool connectHandleVisible() const { return m_hovered || isSelected(); }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void paintAsset(QPainter *painter, double lod);
    void paintTeam(QPainter *painter, double lod);
    void paintSelection(QPainter *painter, double lod);
    void updateElided();

    QString m_id;
    const Theme *m_theme;
    EntityKind m_entity = EntityKind::Asset;
    AssetKind m_assetKind = AssetKind::Service;
    TeamType m_teamType = TeamType::None;
    QString m_name;
    QString m_elidedName;
    // Laid out once per change: drawText() would lay the text out on every paint.
    QStaticText m_nameText;
    QStaticText m_badgeStatic;
    QStaticText m_captionText;
    double m_badgeWidth = 0;
    QRectF m_body;
    // Ownership badge (assets): owner's short name in the owner's colour.
    bool m_owned = false;
    TeamType m_ownerType = TeamType::None;
    QString m_badgeText;
    bool m_hovered = false;
};

// A domain: a container with a title band, drawn below its subdomains.
class DomainItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 2
    };
    enum class Handle
    {
        None,
        TopLeft,
        Top,
        TopRight,
        Right,
        BottomRight,
        Bottom,
        BottomLeft,
        Left
    };

    DomainItem(const QString &id, const Theme *theme);

    int type() const override { return Type; }
    const QString &id() const { return m_id; }
    const QString &name() const { return m_name; }
    int depth() const { return m_depth; }

    void setDomain(const Domain &domain, int depth, const QRectF &sceneRect);
    void setTheme(const Theme *theme);
    // The rectangle in scene coordinates (pos() is the top-left corner).
    QRectF sceneRect() const { return QRectF(pos(), m_size); }
    // Live resize while dragging a handle (the document is told on release).
    void setSceneRect(const QRectF &rect);
    QRectF titleRect() const; // local
    QRectF labelRect() const; // local

    // The resize handle under a scene point, for a view at scale `viewScale`.
    Handle handleAt(QPointF scenePos, double viewScale) const;
    static QRectF resized(const QRectF &rect, Handle handle, QPointF delta, QSizeF minimum);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    // Only the title band grabs the mouse: a press in the body falls through to
    // the canvas so a rubber band can start inside a domain.
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    QList<QPair<Handle, QRectF>> handleRects(double viewScale) const;

    QString m_id;
    const Theme *m_theme;
    QString m_name;
    Domain m_domain; // for colours
    int m_depth = 0;
    QSizeF m_size;
};

// Domain names at overview zoom, above nodes and links so that they stay
// readable when the title bands are a few pixels high.
class DomainLabels : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 5
    };
    explicit DomainLabels(const Theme *theme);
    int type() const override { return Type; }
    void setDomains(QList<const DomainItem *> domains);
    void setTheme(const Theme *theme);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const Theme *m_theme;
    QList<const DomainItem *> m_domains;
    QRectF m_bounds;
};

// The legend of shapes and line styles, placed beside the map (so that it is
// part of exports too).
class LegendItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 3
    };
    explicit LegendItem(const Theme *theme);
    int type() const override { return Type; }
    void setTheme(const Theme *theme);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const Theme *m_theme;
};

} // namespace OrgMap
