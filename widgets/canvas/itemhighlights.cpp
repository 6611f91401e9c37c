// What the items add in a highlight mode, and node names at overview zoom.
#include "highlightlayer.h"
#include "mapitems.h"
#include "theme.h"

#include <QFontMetricsF>
#include <QPainter>

namespace OrgMap {

void DomainItem::paintHighlight(QPainter *painter, double lod) const
{
    if (m_highlight == DomainHighlight{})
        return;
    const QRectF r(QPointF(0, 0), m_size);
    if (lod < kLodSimple) {
        // Overview: plain frames (no antialiased wide strokes for 400 domains).
        painter->setRenderHint(QPainter::Antialiasing, false);
        // A few screen pixels, within the 64-unit margin of boundingRect().
        if (m_highlight.cycle)
            HighlightLayer::fillFrame(painter, r, std::min(3.5 / lod, 60.0), t().cycle);
        if (m_highlight.span.isValid()) {
            const double gap = std::min(5 / lod, 20.0);
            HighlightLayer::fillFrame(painter, r.adjusted(-gap, -gap, gap, gap),
                                      std::min(3 / lod, 40.0), m_highlight.span);
        }
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    if (m_highlight.cycle) {
        // A domain on a dependency cycle: a heavy border in the cycle colour (the
        // title carries a "\u21bb" too, so colour is not the only sign).
        painter->setPen(QPen(t().cycle, std::max(5.0, 3.5 / lod)));
        painter->drawRoundedRect(r, 12, 12);
    }
    if (m_highlight.span.isValid()) {
        // The selected scattered team spans this domain: dashed, just outside.
        const double w = std::max(4.0, 3.0 / lod);
        QPen pen(m_highlight.span, w, lod < kLodSimple ? Qt::SolidLine : Qt::DashLine);
        painter->setPen(pen);
        const double out = w / 2 + 4;
        painter->drawRoundedRect(r.adjusted(-out, -out, out, out), 14, 14);
    }
}

void NodeItem::paintOverviewName(QPainter *painter, double lod, const QColor &fill)
{
    // Below kLodSimple the 14 px name would be under 4.2 px. When the flat node
    // is still wide enough for a few characters, draw the name at 10 px on
    // screen (elided to the node): the example map fits a window with docks at
    // ~0.27 and would otherwise show no asset name at all.
    // Drawn in device coordinates at one fixed scale whatever the zoom, so
    // that its glyphs are rasterised once and the shaped name is kept until
    // the room it has changes by a whole font unit: laid out again at each new
    // scale, the first frame of every zoom step in this band took ~10 ms more
    // on the 10k map.
    constexpr double kDeviceScale = 10.0 / 14.0; // device pixels per font unit
    const double room = std::floor((m_body.width() - 10) * lod / kDeviceScale);
    if (room != m_overviewRoom) {
        m_overviewRoom = room;
        const QFontMetricsF fm(m_theme->labelFont);
        m_overviewText =
            ShapedText(fm.elidedText(m_name, Qt::ElideRight, room), m_theme->labelFont);
    }
    const QTransform world = painter->worldTransform();
    const QPointF at = world.map(QPointF(m_body.left() + 5, 0));
    painter->setWorldTransform(QTransform(kDeviceScale, 0, 0, kDeviceScale, at.x(), at.y()));
    painter->setPen(Theme::textOn(fill));
    m_overviewText.draw(painter, QPointF(0, -m_overviewText.size().height() / 2));
    painter->setWorldTransform(world);
}

} // namespace OrgMap
