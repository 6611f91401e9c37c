#include "shapes.h"

#include "theme.h"

#include <QPainter>
#include <QtMath>

namespace OrgMap::Shapes {

QPainterPath assetPath(AssetKind kind, const QRectF &rect)
{
    QPainterPath path;
    if (kind == AssetKind::Service) {
        path.addRoundedRect(rect, 10, 10);
    } else {
        const double r = rect.height() / 2;
        path.addRoundedRect(rect, r, r);
    }
    return path;
}

QPainterPath teamPath(TeamType type, const QRectF &rect)
{
    QPainterPath path;
    switch (type) {
    case TeamType::Platform:
        path.addRect(rect);
        break;
    case TeamType::ComplicatedSubsystem: {
        const double c = std::min(rect.width(), rect.height()) * 0.29;
        QPolygonF octagon;
        octagon << QPointF(rect.left() + c, rect.top()) << QPointF(rect.right() - c, rect.top())
                << QPointF(rect.right(), rect.top() + c) << QPointF(rect.right(), rect.bottom() - c)
                << QPointF(rect.right() - c, rect.bottom())
                << QPointF(rect.left() + c, rect.bottom())
                << QPointF(rect.left(), rect.bottom() - c) << QPointF(rect.left(), rect.top() + c);
        path.addPolygon(octagon);
        path.closeSubpath();
        break;
    }
    case TeamType::Enabling:
    case TeamType::StreamAligned: {
        const double r = std::min(rect.width(), rect.height()) * 0.3;
        path.addRoundedRect(rect, r, r);
        break;
    }
    case TeamType::None:
        path.addRoundedRect(rect, 8, 8);
        break;
    }
    return path;
}

void drawServiceGlyph(QPainter *painter, const QRectF &box, const QColor &color)
{
    painter->save();
    const QPointF c = box.center();
    const double r = std::min(box.width(), box.height()) / 2;
    QPolygonF hexagon;
    for (int i = 0; i < 6; ++i) {
        const double a = qDegreesToRadians(60.0 * i + 30);
        hexagon << c + QPointF(r * std::cos(a), r * std::sin(a));
    }
    painter->setPen(QPen(color, std::max(1.5, r * 0.2)));
    painter->setBrush(Qt::NoBrush);
    painter->drawPolygon(hexagon);
    painter->drawEllipse(c, r * 0.38, r * 0.38);
    painter->restore();
}

void drawDataGlyph(QPainter *painter, const QRectF &box, const QColor &color)
{
    painter->save();
    const double w = std::min(box.width(), box.height()) * 0.86;
    const QRectF body(box.center().x() - w / 2, box.top(), w, box.height());
    const double e = body.height() * 0.28; // ellipse height
    painter->setPen(QPen(color, std::max(1.5, w * 0.1)));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(QRectF(body.left(), body.top(), w, e));
    QPainterPath sides;
    sides.moveTo(body.left(), body.top() + e / 2);
    sides.lineTo(body.left(), body.bottom() - e / 2);
    sides.arcTo(QRectF(body.left(), body.bottom() - e, w, e), 180, 180);
    sides.lineTo(body.right(), body.top() + e / 2);
    sides.moveTo(body.left(), body.center().y());
    sides.arcTo(QRectF(body.left(), body.center().y() - e / 2, w, e), 180, 180);
    painter->drawPath(sides);
    painter->restore();
}

void drawAssetIcon(QPainter *painter, const QRectF &rect, AssetKind kind, const Theme &theme)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(theme.nodeBorder, 1.5));
    painter->setBrush(theme.nodeFill);
    const QRectF body = rect.adjusted(1, rect.height() * 0.2, -1, -rect.height() * 0.2);
    painter->drawPath(assetPath(kind, body));
    const double g = body.height() * 0.62;
    const QRectF glyph(body.left() + body.height() * 0.35, body.center().y() - g / 2, g, g);
    if (kind == AssetKind::Service)
        drawServiceGlyph(painter, glyph, theme.nodeBorder);
    else
        drawDataGlyph(painter, glyph, theme.nodeBorder);
    painter->restore();
}

void drawTeamIcon(QPainter *painter, const QRectF &rect, TeamType type, const Theme &theme)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QRectF body = rect.adjusted(1, 1, -1, -1);
    // Keep the proportions of the canvas shapes.
    if (type == TeamType::Enabling)
        body = QRectF(body.center().x() - body.width() * 0.3, body.top(), body.width() * 0.6,
                      body.height());
    else if (type == TeamType::ComplicatedSubsystem)
        body =
            QRectF(body.center().x() - body.height() / 2, body.top(), body.height(), body.height());
    else
        body = body.adjusted(0, body.height() * 0.22, 0, -body.height() * 0.22);
    painter->setPen(QPen(theme.teamBorder(type), 1.5));
    painter->setBrush(theme.teamFill(type));
    QPainterPath path = teamPath(type, body);
    if (type == TeamType::None) {
        path = QPainterPath();
        path.addRoundedRect(body, 4, 4);
    }
    painter->drawPath(path);
    painter->restore();
}

QPolygonF arrowHead(QPointF from, QPointF tip, double size)
{
    const QLineF line(tip, from);
    const double angle = std::atan2(-line.dy(), line.dx());
    const double spread = M_PI / 7;
    return QPolygonF(
        {tip, tip + QPointF(std::cos(angle + spread) * size, -std::sin(angle + spread) * size),
         tip + QPointF(std::cos(angle - spread) * size, -std::sin(angle - spread) * size)});
}

} // namespace OrgMap::Shapes
