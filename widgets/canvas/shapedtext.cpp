#include "shapedtext.h"

#include <QPaintEngine>
#include <QPainter>
#include <QTextLayout>

namespace OrgMap {

ShapedText::ShapedText(const QString &text, const QFont &font, const QTextOption &option,
                       double width)
    : m_text(text), m_font(font), m_option(option), m_width(width)
{
    QTextLayout layout(text, font);
    QTextOption o = option;
    if (width <= 0)
        o.setWrapMode(QTextOption::ManualWrap);
    layout.setTextOption(o);
    layout.beginLayout();
    double y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        if (width > 0)
            line.setLineWidth(width);
        else
            line.setNumColumns(int(text.size()) + 1);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    m_runs = layout.glyphRuns();
    m_size = layout.boundingRect().size();
}

void ShapedText::draw(QPainter *painter, QPointF topLeft) const
{
    if (m_text.isEmpty())
        return;
    if (painter->paintEngine()->type() == QPaintEngine::Raster &&
        painter->worldTransform().type() <= QTransform::TxScale) {
        for (const QGlyphRun &run : m_runs)
            painter->drawGlyphRun(topLeft, run);
        return;
    }
    // Vector devices keep the text as text (searchable in a PDF, an SVG).
    painter->save();
    painter->setFont(m_font);
    QTextOption o = m_option;
    if (m_width <= 0)
        o.setWrapMode(QTextOption::ManualWrap);
    painter->drawText(QRectF(topLeft, m_width > 0 ? QSizeF(m_width, m_size.height()) : m_size),
                      m_text, o);
    painter->restore();
}

} // namespace OrgMap
