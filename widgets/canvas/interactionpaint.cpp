// LinkLayer's painting of team interactions: the lines (below the nodes) and
// the mode pills (above them, painted by a second layer over the same data).

#include "assetpixmaps.h"
#include "linestyles.h"
#include "linklayer.h"
#include "linklayer_p.h"

#include "mapitems.h"
#include "shapes.h"
#include "theme.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QStaticText>
#include <vector>

namespace OrgMap {

using namespace LinkDetail;

namespace {

// The three mode names, laid out once per font (drawText shaped each of the
// 10k map's 832 pills again every frame).
const QStaticText &modeText(const QString &text, const QFont &font)
{
    static QHash<QString, QStaticText> cache;
    const QString key = text + u'\n' + font.key();
    auto it = cache.find(key);
    if (it == cache.end()) {
        QStaticText s(text);
        s.setTextFormat(Qt::PlainText);
        s.prepare(QTransform(), font);
        it = cache.insert(key, s);
    }
    return *it;
}

} // namespace

void LinkLayer::paintInteractions(const Frame &f) const
{
    QPainter *painter = f.painter;
    const Theme &t = *m_theme;
    const bool detail = f.lod >= kLodDetail;
    auto selected = [&](qsizetype i) {
        return m_selectedInteractions.count(m_interactions[i].key) > 0;
    };
    auto atSelection = [&](qsizetype i) {
        return f.anySelected && (selected(i) || m_interactions[i].from->isSelected() ||
                                 m_interactions[i].to->isSelected());
    };
    // As for links: of the interactions crossing the view with both ends off
    // screen, only the selection's beyond a budget (the 10k map's team lane
    // holds 832 interactions, most of them crossing any view of it).
    QList<qsizetype> shown, passing;
    for (qsizetype i = 0; i < m_interactionLines.size(); ++i) {
        const Line &line = m_interactionLines[i];
        if (!f.visible(line, m_interactions[i].from, m_interactions[i].to))
            continue;
        if (!f.clip.contains(line.line.p1()) && !f.clip.contains(line.line.p2()))
            passing.append(i);
        else
            shown.append(i);
    }
    if (passing.size() > kPassingLinkBudget)
        passing.erase(std::remove_if(passing.begin(), passing.end(),
                                     [&](qsizetype i) { return !atSelection(i); }),
                      passing.end());
    shown += passing;

    // Lines. Few (small maps): wide antialiased pens one by one. Many, or at
    // overview zoom: hairlines batched per mode, and over a third of the
    // pixel budget cut to stubs like the links (measured on the 10k map's
    // team lane at 0.3: 43 ms a frame before).
    // Few but long (the lane's interactions across a 0.3-0.45 view of the
    // 10k map) are batched too, as links are: ~60 wide antialiased dashed
    // lines one by one were a tenth of that frame, in Qt's dash stroker.
    const bool batched = !detail || shown.size() > kWideInteractionBudget ||
                         pixelsInView(m_interactionLines, shown, f) > kWideLinkPixels;
    QList<Stroke> strokes;
    for (qsizetype i : std::as_const(shown)) {
        const InteractionEnds &inter = m_interactions[i];
        const QLineF &line = m_interactionLines[i].line;
        const bool sel = selected(i);
        const QColor c = sel ? t.selection : t.interaction;
        // X-as-a-Service points at the team providing the service.
        QPolygonF head;
        QLineF shaft = line;
        if (inter.key.mode == InteractionMode::XAsAService && detail) {
            head = Shapes::arrowHead(line.p1(), line.p2(), 16);
            shaft.setP2((head[1] + head[2]) / 2);
            if (!f.clip.contains(line.p2()))
                head.clear();
        }
        const auto part = clipLine(shaft, f.clip);
        if (batched) {
            int anchor = 0;
            if (!atSelection(i)) {
                const bool in1 = f.exposed.contains(line.p1()), in2 = f.exposed.contains(line.p2());
                anchor = in1 && in2 ? 3 : in1 ? 1 : in2 ? 2 : 0;
            }
            strokes.append({i, part, head, detail ? 2 : 1, anchor});
            continue;
        }
        if (!m_paintInteractionLines)
            continue;
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(QPen(c, (sel ? 5 : 4) * t.linkWidth,
                             interactionModeLineStyle(inter.key.mode), Qt::FlatCap));
        painter->setBrush(Qt::NoBrush);
        if (part)
            painter->drawLine(*part);
        if (!head.isEmpty()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(c);
            painter->drawPolygon(head);
        }
    }
    const Stubs stubs = batched ? stubLengths(strokes, f.lod, m_pixelBudget / 3) : Stubs();
    std::vector<bool> cut(m_interactions.size());
    QList<QLineF> lines[3][2]; // mode, selected
    QPainterPath heads[2];
    for (Stroke &s : strokes) {
        const bool sel = selected(s.index);
        cut[s.index] =
            cutToStub(s, stubs, f.lod, lines[int(m_interactions[s.index].key.mode)][sel]);
        if (!s.head.isEmpty())
            heads[sel].addPolygon(s.head);
    }
    if (batched && m_paintInteractionLines) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        for (int sel = 0; sel < 2; ++sel) {
            const QColor c = sel ? t.selection : t.interaction;
            for (int mode = 0; mode < 3; ++mode)
                if (!lines[mode][sel].isEmpty())
                    // Dash patterns are not visible at overview zoom and cost the most there.
                    drawHairlines(painter, lines[mode][sel],
                                  QPen(c, detail ? 2 : 1,
                                       detail ? interactionModeLineStyle(InteractionMode(mode))
                                              : Qt::SolidLine,
                                       Qt::FlatCap));
            painter->fillPath(heads[sel], c);
        }
    }

    if (!m_paintInteractionLabels || f.lod < kLodLabels)
        return;
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setFont(t.smallFont);
    const QFontMetricsF fm(t.smallFont);
    for (qsizetype i : std::as_const(shown)) {
        const InteractionEnds &inter = m_interactions[i];
        const QString text = modeName(inter.key.mode);
        QRectF box = m_labelBoxes.value(i);
        // A cut line's middle is not drawn; a pill with no free place is shown
        // only for the selection (then on the middle).
        if (box.isNull() || cut[i]) {
            if (!atSelection(i))
                continue;
            box = QRectF(QPointF(), QSizeF(fm.horizontalAdvance(text) + 14, 20));
            box.moveCenter(m_interactionLines[i].line.center());
        }
        const QColor c = selected(i) ? t.selection : t.interaction;
        AssetPixmaps::drawPill(painter, box, QPen(c, 1.2), t.nodeFill);
        painter->setPen(c);
        const QStaticText &label = modeText(text, t.smallFont);
        painter->drawStaticText(
            box.center() - QPointF(label.size().width(), label.size().height()) / 2, label);
    }
}

} // namespace OrgMap
