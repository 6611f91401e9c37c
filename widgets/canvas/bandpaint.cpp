// LinkLayer's overview bands: one band per pair of coupled domains below
// kLodBundle (docs/canvas.md, "Bundles"); the links themselves are painted in
// linkpaint.cpp.

#include "assetpixmaps.h"
#include "linklayer.h"
#include "linklayer_p.h"
#include "theme.h"

#include <QFontMetricsF>
#include <QMap>
#include <QPainter>
#include <cmath>

namespace OrgMap {

using namespace LinkDetail;

void LinkLayer::paintBundles(const Frame &f) const
{
    // One band per pair of coupled domains, as wide as the square root of its
    // links (a pair of 1 link is a 3 px line, of 25 links 12 px), labelled
    // with the count at a fixed screen size (the overview's text would be
    // 3 px high in scene units).
    // Only the heaviest kBandBudget pairs in view (ties all or none): the
    // generated 10k map couples ~6,000 pairs of its 400 domains, at fit one
    // wash of bands that shows no coupling at all, and 90 ms a frame.
    // Batched per width and colour, opaque (the colour mixed with the
    // background) and not antialiased: thousands of translucent antialiased
    // wide lines one by one took the 10k map's fit frame to 2-4 s, its GUI
    // thread waiting for Qt's blending threads (docs/benchmarks.md, "Session 6").
    QPainter *painter = f.painter;
    const Theme &t = *m_theme;
    QList<const Band *> shown;
    for (const Band &band : bands())
        if (band.line.isNull() || band.reach.intersects(f.exposed))
            shown.append(&band);
    QList<int> counts;
    counts.reserve(shown.size());
    for (const Band *band : std::as_const(shown))
        counts.append(m_bundles[band->bundle].links);
    const int fewest = bandThreshold(counts, m_bandBudget);
    m_lastBands = 0;
    painter->setRenderHint(QPainter::Antialiasing, false);
    QMap<std::pair<int, bool>, QList<QLineF>> batches; // (width, on a cycle) -> bands
    struct Label
    {
        QPointF at;
        int links;
    };
    QList<Label> labels;
    for (const Band *bandOf : std::as_const(shown)) {
        const Band &band = *bandOf;
        const LinkBundle &b = m_bundles[band.bundle];
        if (b.links < fewest)
            continue;
        ++m_lastBands;
        const bool cycle = m_mode == HighlightMode::Coupling && !m_cycles.isEmpty() &&
                           m_cycles.value(b.a.str(), -1) >= 0 &&
                           m_cycles.value(b.a.str(), -1) == m_cycles.value(b.b.str(), -2);
        batches[{qRound(std::min(20.0, 1.5 + 2.0 * std::sqrt(double(b.links)))), cycle}].append(
            band.line);
        // Counts only where they fit: not on the minimap's thumbnail, not on
        // bands shorter than their pill.
        if (f.lod >= 0.12 && band.line.length() * f.lod > 48)
            labels.append({painter->worldTransform().map(band.line.center()), b.links});
    }
    const QColor &back = t.background;
    for (auto it = batches.cbegin(); it != batches.cend(); ++it) {
        const QColor c = it.key().second ? t.cycle : t.linkApi;
        const QColor mixed = QColor::fromRgbF(back.redF() + (c.redF() - back.redF()) * 0.55,
                                              back.greenF() + (c.greenF() - back.greenF()) * 0.55,
                                              back.blueF() + (c.blueF() - back.blueF()) * 0.55);
        QPen pen(mixed, it.key().first, Qt::SolidLine, Qt::RoundCap);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->drawLines(it.value());
    }
    if (labels.isEmpty())
        return;
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setFont(t.smallFont);
    const QFontMetricsF fm(t.smallFont);
    for (const Label &l : std::as_const(labels)) {
        const QString text = QString::number(l.links);
        QRectF box(QPointF(), QSizeF(fm.horizontalAdvance(text) + 12, fm.height() + 2));
        box.moveCenter(l.at);
        AssetPixmaps::drawPill(painter, box, QPen(t.linkApi, 1), t.nodeFill);
        painter->setPen(t.text);
        painter->drawText(box, Qt::AlignCenter, text);
    }
    painter->restore();
}

} // namespace OrgMap
