// DomainItem: a domain's box, title band and resize handles.
#include "mapitems.h"

#include "layout/autolayout.h"
#include "theme.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace OrgMap {

DomainItem::DomainItem(const QString &id, const Theme *theme) : m_id(id), m_theme(theme)
{
    setFlag(ItemIsSelectable);
}

void DomainItem::setDomain(const Domain &domain, int depth, const QRectF &sceneRect)
{
    m_domain = domain;
    m_name = domain.name;
    m_depth = depth;
    setZValue(depth); // subdomains above their parent, everything below links (100)
    setSceneRect(sceneRect);
    update();
}

bool DomainItem::setHighlight(const DomainHighlight &highlight)
{
    if (highlight == m_highlight)
        return false;
    prepareGeometryChange(); // the outlines reach further out
    m_highlight = highlight;
    update();
    return true;
}

void DomainItem::setTheme(const Theme *theme)
{
    m_theme = theme;
    update();
}

void DomainItem::setSceneRect(const QRectF &rect)
{
    if (rect.size() != m_size) {
        prepareGeometryChange();
        m_size = rect.size();
    }
    setPos(rect.topLeft());
}

QRectF DomainItem::titleRect() const
{
    return QRectF(0, 0, m_size.width(), std::min(kDomainTitleHeight, m_size.height()));
}

QFont DomainItem::titleFont() const
{
    return t().titleFont;
}

QRectF DomainItem::labelRect() const
{
    // The projector theme's large type needs the band's width more than a margin.
    const double margin = t().projector ? 8 : 14;
    return titleRect().adjusted(margin, 0, -margin, 0);
}

namespace {
// A title's first word (after the cycle mark) and, when more follows, the
// ellipsis that stands for the rest.
QString firstWord(const QString &title)
{
    const qsizetype from = title.startsWith(QStringLiteral("\u21bb ")) ? 2 : 0;
    const qsizetype space = title.indexOf(u' ', from);
    return space < 0 ? title : title.left(space) + QChar(0x2026);
}
} // namespace

double DomainItem::titleStretch(const QString &title, const QFontMetricsF &fm, double width)
{
    const double whole = fm.horizontalAdvance(title);
    if (whole <= width)
        return 1;
    if (whole * kMinTitleStretch <= width)
        return width / whole;
    // Too long even condensed: condensed as far as the first word needs to be
    // drawn whole, the rest is elided.
    return std::clamp(width / fm.horizontalAdvance(firstWord(title)), kMinTitleStretch, 1.0);
}

bool DomainItem::bodyIsEmpty() const
{
    if (!scene())
        return false;
    const QRectF body = sceneRect().adjusted(0, kDomainTitleHeight, 0, 0);
    for (const QGraphicsItem *item : scene()->items(body))
        if ((item->type() == NodeItem::Type &&
             static_cast<const NodeItem *>(item)->sceneBodyRect().intersects(body)) ||
            (item->type() == Type && item->zValue() > zValue()))
            return false;
    return true;
}

void DomainItem::layoutTitle(const QString &title, const Theme &t, double width, bool wrap) const
{
    const QFontMetricsF fm(t.titleFont);
    m_titleWrapped = wrap;
    if (wrap) {
        // Over two lines as the projector theme's asset names are.
        m_titleStretch = 1;
        m_titleText = ShapedText(NodeItem::twoLineName(title, fm, width), t.titleFont);
    } else {
        // The projector theme condenses a title rather than cut it: a narrow
        // domain at fit keeps its first word whole at full height.
        m_titleStretch = t.projector ? titleStretch(title, fm, width) : 1.0;
        m_titleText =
            ShapedText(fm.elidedText(title, Qt::ElideRight, width / m_titleStretch), t.titleFont);
    }
}

QRectF DomainItem::boundingRect() const
{
    // Highlight outlines keep a few screen pixels at overview zoom (up to ~60 scene units).
    double m = m_highlight == DomainHighlight{} ? 8 : 64;
    // Selected: the resize handles keep 10 screen pixels at any zoom (half
    // of one sticks out), up to handleRects' floor of 0.05, plus their pen.
    if (isSelected())
        m = std::max(m, 5 / 0.05 + 1.5 / 0.05 + 2);
    return QRectF(QPointF(0, 0), m_size).adjusted(-m, -m, m, m);
}

QList<QPair<DomainItem::Handle, QRectF>> DomainItem::handleRects(double viewScale) const
{
    const double s = 10 / std::max(viewScale, 0.05); // 10 screen pixels
    const QRectF r(QPointF(0, 0), m_size);
    auto at = [&](QPointF c) { return QRectF(c.x() - s / 2, c.y() - s / 2, s, s); };
    return {{Handle::TopLeft, at(r.topLeft())},
            {Handle::Top, at(QPointF(r.center().x(), r.top()))},
            {Handle::TopRight, at(r.topRight())},
            {Handle::Right, at(QPointF(r.right(), r.center().y()))},
            {Handle::BottomRight, at(r.bottomRight())},
            {Handle::Bottom, at(QPointF(r.center().x(), r.bottom()))},
            {Handle::BottomLeft, at(r.bottomLeft())},
            {Handle::Left, at(QPointF(r.left(), r.center().y()))}};
}

DomainItem::Handle DomainItem::handleAt(QPointF scenePos, double viewScale) const
{
    if (!isSelected())
        return Handle::None;
    const QPointF local = scenePos - pos();
    for (const auto &[handle, rect] : handleRects(viewScale))
        if (rect.adjusted(-2, -2, 2, 2).contains(local))
            return handle;
    return Handle::None;
}

QRectF DomainItem::resized(const QRectF &rect, Handle handle, QPointF delta, QSizeF minimum)
{
    QRectF r = rect;
    switch (handle) {
    case Handle::TopLeft:
        r.setTopLeft(r.topLeft() + delta);
        break;
    case Handle::Top:
        r.setTop(r.top() + delta.y());
        break;
    case Handle::TopRight:
        r.setTopRight(r.topRight() + delta);
        break;
    case Handle::Right:
        r.setRight(r.right() + delta.x());
        break;
    case Handle::BottomRight:
        r.setBottomRight(r.bottomRight() + delta);
        break;
    case Handle::Bottom:
        r.setBottom(r.bottom() + delta.y());
        break;
    case Handle::BottomLeft:
        r.setBottomLeft(r.bottomLeft() + delta);
        break;
    case Handle::Left:
        r.setLeft(r.left() + delta.x());
        break;
    case Handle::None:
        break;
    }
    // Keep the opposite edge fixed when the minimum size is reached.
    if (r.width() < minimum.width()) {
        if (r.left() != rect.left())
            r.setLeft(r.right() - minimum.width());
        else
            r.setWidth(minimum.width());
    }
    if (r.height() < minimum.height()) {
        if (r.top() != rect.top())
            r.setTop(r.bottom() - minimum.height());
        else
            r.setHeight(minimum.height());
    }
    return r;
}

void DomainItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const Theme &t = *m_theme;
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF r(QPointF(0, 0), m_size);
    const QColor fill = t.domainFill(m_domain, m_depth);
    const QColor border = t.domainBorder(m_domain);
    const QColor band =
        QColor::fromHslF(std::max(0.0f, fill.hslHueF()), fill.hslSaturationF(),
                         t.dark ? fill.lightnessF() + 0.07 : fill.lightnessF() - 0.06);
    if (lod < kLodSimple) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(r, fill);
        painter->fillRect(titleRect(), band);
        painter->setPen(QPen(border, 0));
        painter->drawRect(r);
        // The name is drawn by the DomainLabels layer, above nodes and links.
    } else {
        if (m_pathSize != m_size) {
            m_pathSize = m_size;
            m_outline = QPainterPath();
            m_outline.addRoundedRect(r, 12, 12);
            // Title band: the top of the rounded rectangle, a little stronger.
            QPainterPath title;
            title.addRect(titleRect());
            m_band = m_outline.intersected(title);
        }
        // Fills without antialiasing (the antialiased border covers their
        // edge): large antialiased fills cost a 0.44 view of the 10k map ~1 ms.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawPath(m_outline);
        painter->setBrush(band);
        painter->drawPath(m_band);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(border, 1.5 * t.lineWidth));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_outline);
        // 16 px bold titles are still ~5 px at kLodSimple: always drawn here.
        const QString name = m_highlight.cycle ? QStringLiteral("\u21bb ") + m_name : m_name;
        const QRectF label = labelRect();
        if (name != m_titleShown || t.titleFont != m_titleFont || label.width() != m_titleWidth) {
            m_titleShown = name;
            m_titleFont = t.titleFont;
            m_titleWidth = label.width();
            const QFontMetricsF fm(t.titleFont);
            m_titleOneLine =
                !t.projector ||
                fm.horizontalAdvance(firstWord(name)) * kMinTitleStretch <= label.width();
            layoutTitle(name, t, label.width(), false);
        }
        // An empty domain whose first word does not fit its band even
        // condensed (the example's Sustainability at fit) writes its title
        // over two lines, the second across its empty body.
        const bool wrap = !m_titleOneLine &&
                          m_size.height() >= 2.2 * QFontMetricsF(t.titleFont).lineSpacing() &&
                          bodyIsEmpty();
        if (wrap != m_titleWrapped)
            layoutTitle(name, t, label.width(), wrap);
        painter->setPen(m_highlight.cycle ? t.cycle : t.text);
        painter->setFont(t.titleFont);
        // The first line centred in the band.
        const double lineHeight = m_titleText.size().height() / (m_titleWrapped ? 2 : 1);
        const QPointF at(label.left(), label.center().y() - lineHeight / 2);
        if (m_titleStretch < 1) {
            painter->save();
            painter->translate(at);
            painter->scale(m_titleStretch, 1);
            m_titleText.draw(painter, QPointF(0, 0));
            painter->restore();
        } else {
            m_titleText.draw(painter, at);
        }
    }
    paintHighlight(painter, lod);
    if (isSelected()) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(t.selection, 2.5 / std::max(lod, 0.2)));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(r, 12, 12);
        painter->setPen(QPen(t.selection, 1.5 / lod));
        painter->setBrush(t.nodeFill);
        for (const auto &[handle, rect] : handleRects(lod))
            painter->drawRect(rect);
    }
}

QVariant DomainItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedChange)
        prepareGeometryChange(); // the bounds grow by the handles
    return QGraphicsItem::itemChange(change, value);
}

void DomainItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // Anywhere in the body grabs the domain (children are drawn above it and
    // get their own clicks); Shift in the body starts a rubber band instead,
    // as in yEd.
    if ((event->modifiers() & Qt::ShiftModifier) && !titleRect().contains(event->pos())) {
        event->ignore();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

} // namespace OrgMap
