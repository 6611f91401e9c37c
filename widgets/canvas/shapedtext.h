#pragma once

#include <QFont>
#include <QGlyphRun>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QTextOption>

class QPainter;

namespace OrgMap {

// Text shaped once, drawn at any zoom without being shaped again: what
// QStaticText promises, except that QStaticText lays itself out again (HarfBuzz
// shaping of every name in view) whenever the painter's scale differs from the
// last one, which made the first frame after each zoom step half as long
// again (docs/benchmarks.md, "Session 8"). Here the glyphs and their positions
// are taken at the scene's font size once and scaled with the view, as the
// boxes around them are. Paint devices other than the raster engine (SVG,
// PDF, print) get the string itself, laid out by the device.
class ShapedText
{
public:
    ShapedText() = default;
    // `width` > 0 wraps the text at that width (and aligns it by `option`);
    // otherwise lines break only at line separators.
    ShapedText(const QString &text, const QFont &font, const QTextOption &option = QTextOption(),
               double width = -1);

    const QString &text() const { return m_text; }
    // The laid-out text's bounding size, as QStaticText::size().
    QSizeF size() const { return m_size; }
    double width() const { return m_width; }

    // Draws the text with its top-left at `topLeft` (item coordinates) in the
    // painter's pen.
    void draw(QPainter *painter, QPointF topLeft) const;

private:
    QString m_text;
    QFont m_font;
    QTextOption m_option;
    double m_width = -1;
    QList<QGlyphRun> m_runs;
    QSizeF m_size;
};

} // namespace OrgMap
