#pragma once

#include "core/entities.h"
#include "highlights.h"
#include "shapedtext.h"

#include <QGraphicsItem>
#include <QHash>
#include <QPixmap>
#include <QStaticText>

class QFontMetricsF;

namespace OrgMap {

struct Theme;

// Levels of detail shared by the items (screen pixels per scene unit): below
// kLodText names (14 px) would be under ~4.5 px and are skipped; badge text
// (11 px) needs kLodBadgeText; below kLodSimple nodes are flat. The example map
// fits a 1400x900 window at ~0.44, where names are ~6 px: still readable.
inline constexpr double kLodText = 0.32;
inline constexpr double kLodBadgeText = 0.4;
inline constexpr double kLodSimple = 0.3;
// Flat nodes still get their name (at ~10 px) from here: 192-unit wide assets are
// 38 px wide, room for a few characters; the 10k map at fit (0.09) is below.
inline constexpr double kLodOverviewNames = 0.2;

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
    ~NodeItem() override;

    int type() const override { return Type; }
    // Whether any node item (of any scene) is hidden (a selection-only
    // export hides the others): the link layers ask their ends' visibility
    // only then, a per-link pointer chase that cost a fifth of an overview
    // frame of the 10k map.
    static bool anyHidden();
    // Hidden with its kept scenario (ScenarioItems), or shown again. Not
    // counted in anyHidden(): that scenario's link layer is hidden with it,
    // and counting its nodes would turn the shown scenario's fast path off.
    void setKept(bool kept);
    // Whether the node is part of its map as drawn: shown, or hidden only
    // with its kept scenario (not left out of an export of a part).
    bool countsInMap() const { return isVisible() || m_kept; }
    const QString &id() const { return m_id; }
    // Elides and shapes the texts drawn at reading zoom now (MapScene does it
    // on idle ticks) rather than in the first frame that shows them.
    void prepareText() { ensureElided(); }
    EntityKind entityKind() const { return m_entity; }
    bool isTeam() const { return m_entity == EntityKind::Team; }
    TeamType teamType() const { return m_teamType; }
    const QString &name() const { return m_name; }
    // The name as drawn (elided; in the projector theme over two lines, a
    // team's over up to three and condensed horizontally by shownNameStretch).
    const QString &shownName() const
    {
        ensureElided();
        return m_elidedName;
    }
    double shownNameStretch() const
    {
        ensureElided();
        return m_nameStretch;
    }
    // The projector theme's asset name: whole words on the first line, the
    // rest elided on a second (joined by QChar::LineSeparator).
    static QString twoLineName(const QString &name, const QFontMetricsF &fm, double width)
    {
        return wrappedName(name, fm, width, 2);
    }
    // Whole words on each of up to `maxLines` lines of `width`; a word too
    // long for a line is broken with a hyphen, what the last line cannot hold
    // is elided.
    static QString wrappedName(const QString &name, const QFontMetricsF &fm, double width,
                               int maxLines);
    // The asset's domain (null for teams and assets in no domain): links
    // between different domains are drawn heavier.
    const DomainId &domainId() const { return m_domain; }

    // What the highlight mode adds (set by the scene); false when unchanged.
    bool setHighlight(const NodeHighlight &highlight);
    const NodeHighlight &highlight() const { return m_highlight; }

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
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void paintAsset(QPainter *painter, double lod);
    void paintTeam(QPainter *painter, double lod);
    void paintSelection(QPainter *painter, double lod);
    void paintOverviewName(QPainter *painter, double lod, const QColor &fill);
    void updateElided();       // the name and badge are laid out again when next needed
    void ensureElided() const; // the texts below, laid out when first needed
    void layoutProjectorTeamName() const;
    QColor overviewFill() const;

    QString m_id;
    const Theme *m_theme;
    EntityKind m_entity = EntityKind::Asset;
    AssetKind m_assetKind = AssetKind::Service;
    TeamType m_teamType = TeamType::None;
    QString m_name;
    // Laid out once per change (ensureElided), not per paint: drawText()
    // would lay the text out on every paint.
    mutable QString m_elidedName;
    mutable bool m_elidedStale = true; // m_elidedName and the texts below are out of date
    mutable double m_nameStretch = 1;  // the projector theme's condensed team names
    mutable ShapedText m_nameText;
    mutable ShapedText m_badgeStatic;
    mutable ShapedText m_captionText;
    ShapedText m_overviewText;  // the name elided for overview zoom
    double m_overviewRoom = -1; // the room it was elided to (font units)
    mutable double m_badgeWidth = 0;
    QRectF m_body;
    // Ownership badge (assets): owner's short name in the owner's colour.
    bool m_owned = false;
    TeamType m_ownerType = TeamType::None;
    QString m_badgeText;
    DomainId m_domain;
    NodeHighlight m_highlight;
    bool m_hovered = false;
    // The flat overview rectangle's colour, kept until the owner, highlight
    // or theme change (QColor::darker per node and frame was ~4% of an
    // overview frame of the 10k map). Invalid: to be computed.
    mutable QColor m_overviewFill;
    bool m_countedHidden = false; // counted in anyHidden()
    bool m_kept = false;          // hidden with its kept scenario
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
    // Cycle border and scattered-team outline (set by the scene); false when unchanged.
    bool setHighlight(const DomainHighlight &highlight);
    const DomainHighlight &highlight() const { return m_highlight; }
    // The rectangle in scene coordinates (pos() is the top-left corner).
    QRectF sceneRect() const { return QRectF(pos(), m_size); }
    // Live resize while dragging a handle (the document is told on release).
    void setSceneRect(const QRectF &rect);
    QRectF titleRect() const; // local
    QRectF labelRect() const; // local
    // The title as last drawn (elided), its font and the horizontal scale it
    // was drawn at (below 1: condensed to fit; tests measure them).
    QString shownTitle() const { return m_titleText.text(); }
    QFont titleFont() const;
    double shownTitleStretch() const { return m_titleStretch; }
    // How far the projector theme condenses `title` to fit `width`: 1 when it
    // fits, never below kMinTitleStretch (then the first word still fits).
    static double titleStretch(const QString &title, const QFontMetricsF &fm, double width);
    static constexpr double kMinTitleStretch = 0.75;
    // Whether the title is drawn over two lines (see paint()).
    bool shownTitleWrapped() const { return m_titleWrapped; }

    // The resize handle under a scene point, for a view at scale `viewScale`.
    Handle handleAt(QPointF scenePos, double viewScale) const;
    static QRectF resized(const QRectF &rect, Handle handle, QPointF delta, QSizeF minimum);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    // The whole body grabs the mouse; Shift+press in the body falls through to
    // the canvas so that a rubber band can start inside a domain.
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    QList<QPair<Handle, QRectF>> handleRects(double viewScale) const;
    void paintHighlight(QPainter *painter, double lod) const;
    bool bodyIsEmpty() const; // no node or subdomain below the title band
    void layoutTitle(const QString &title, const Theme &t, double width, bool wrap) const;
    const Theme &t() const { return *m_theme; }

    QString m_id;
    const Theme *m_theme;
    QString m_name;
    Domain m_domain; // for colours
    DomainHighlight m_highlight;
    int m_depth = 0;
    QSizeF m_size;
    // Kept between frames (path intersection and text shaping per frame were
    // measurable in a 0.44 view of the 10k map): outline, title band, title.
    mutable QSizeF m_pathSize;
    mutable QPainterPath m_outline;
    mutable QPainterPath m_band;
    mutable QString m_titleShown;
    mutable QFont m_titleFont;
    mutable double m_titleWidth = -1;
    mutable ShapedText m_titleText;
    mutable double m_titleStretch = 1;
    mutable bool m_titleOneLine = true; // the first word fits the band, condensed if need be
    mutable bool m_titleWrapped = false;
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
    // A domain's name elided to a width at a font size, kept between frames:
    // eliding and shaping 400 names cost a quarter of a fit frame of the 10k map.
    struct Label
    {
        QString name; // as shown, with the cycle sign
        int pixelSize = 0;
        int width = -1;     // device pixels it was elided to
        bool whole = false; // not elided: fits any width from textWidth
        QStaticText text;
        double textWidth = 0;
    };
    const Label &labelFor(const DomainItem *domain, const QString &name, const QFont &font,
                          double width) const;
    void drawPill(QPainter *painter, const QRect &rect, const QColor &colour) const;

    const Theme *m_theme;
    QList<const DomainItem *> m_domains;
    QRectF m_bounds;
    mutable QPixmap m_caps; // the pills' rounded ends
    mutable QColor m_capsColour;
    mutable QHash<const DomainItem *, Label> m_labels;
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
    // The key of the active highlight mode below the shapes; `teams` (name,
    // colour) for Ownership.
    void setHighlight(HighlightMode mode, QList<QPair<QString, QColor>> teams);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // The view's screen overlay: the legend at `scale`, its top-left at the
    // device point `at`, from a pixmap kept until the theme, the highlight or
    // the scale changes (drawn anew, its ~20 texts were shaped every frame).
    void paintOverlay(QPainter *painter, QPoint at, double scale) const;

private:
    double highlightHeight() const;
    void paintHighlightKey(QPainter *painter, double y) const;

    const Theme *m_theme;
    HighlightMode m_mode = HighlightMode::None;
    QList<QPair<QString, QColor>> m_teams;
    mutable QPixmap m_overlay;
    mutable double m_overlayScale = 0; // 0: m_overlay is out of date
};

} // namespace OrgMap
