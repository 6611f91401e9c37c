#include "comparelayer.h"

#include "mapscene.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <optional>

namespace OrgMap {

namespace {

// Fixed screen sizes (device pixels): the marks read at the fit zoom of the
// example map (~0.45) as at 100 %.
constexpr int kBadgePx = 14;
constexpr int kNotePx = 13;
constexpr double kPillPad = 5;
// Below this zoom notes would pile onto each other (the 10k map at fit):
// only outlines and badges are drawn; below kLodBadges, only outlines.
constexpr double kLodNotes = 0.2;
constexpr double kLodBadges = 0.08;

bool isNode(DiffEntity e)
{
    return e == DiffEntity::Domain || e == DiffEntity::Team || e == DiffEntity::Asset;
}

// The part of `line` outside `rect` at its start (the line leaves the body).
QPointF exitPoint(const QLineF &line, const QRectF &rect)
{
    const QLineF edges[] = {{rect.topLeft(), rect.topRight()},
                            {rect.topRight(), rect.bottomRight()},
                            {rect.bottomRight(), rect.bottomLeft()},
                            {rect.bottomLeft(), rect.topLeft()}};
    QPointF hit;
    for (const QLineF &edge : edges)
        if (line.intersects(edge, &hit) == QLineF::BoundedIntersection)
            return hit;
    return line.p1();
}

QFont pillFont(int pixelSize, bool bold)
{
    QFont font; // not the painter's: a ghost's struck-through name must not leak
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

QSizeF pillSize(const QString &text, int pixelSize, bool bold)
{
    const QFontMetricsF fm(pillFont(pixelSize, bold));
    return QSizeF(fm.horizontalAdvance(text) + 2 * kPillPad, fm.height() + 4);
}

// The screen rectangles the pills of one paint have taken. A pill goes where
// it wants to be or to the nearest free place above or below it, so that no
// two marks overlap (they must read from across a room); a link's pill that
// finds no room is left out (its dash pattern still marks the link, and the
// Changes dock lists it).
class PillPlacer
{
public:
    std::optional<QRectF> place(const QRectF &want, bool upFirst, bool required)
    {
        const double step = want.height() + 2;
        for (int k = 0; k < 11; ++k) {
            const double away = double((k + 1) / 2) * step;
            const double dy = (k % 2 == 1) == upFirst ? -away : away;
            const QRectF r = want.translated(0, dy);
            if (isFree(r)) {
                m_taken.append(r);
                return r;
            }
        }
        if (!required)
            return std::nullopt;
        m_taken.append(want);
        return want;
    }

private:
    bool isFree(const QRectF &r) const
    {
        const QRectF padded = r.adjusted(-1, -1, 1, 1);
        for (const QRectF &t : m_taken)
            if (t.intersects(padded))
                return false;
        return true;
    }

public:
    const QList<QRectF> &taken() const { return m_taken; }

private:
    QList<QRectF> m_taken;
};

QRectF pill(QPainter *p, QPointF topLeft, const QString &text, const QColor &fill,
            const QColor &textColour, int pixelSize, bool bold)
{
    const QFont font = pillFont(pixelSize, bold);
    p->setFont(font);
    const QRectF r(topLeft, pillSize(text, pixelSize, bold));
    p->setPen(QPen(QColor(255, 255, 255, 230), 1));
    p->setBrush(fill);
    p->drawRoundedRect(r, 4, 4);
    p->setPen(textColour);
    p->drawText(r, Qt::AlignCenter, text);
    return r;
}

} // namespace

CompareLayer::CompareLayer(const MapScene *scene) : m_scene(scene)
{
    setZValue(1e6); // above nodes, links and highlight markers
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

QString CompareLayer::keyString(const EntryKey &key)
{
    return u"%1|%2|%3|%4|%5"_qs.arg(int(key.entity)).arg(key.id, key.from, key.to, key.kind);
}

void CompareLayer::setSubjects(QList<CompareSubject> subjects, QHash<QString, QRectF> oldRects)
{
    prepareGeometryChange();
    m_subjects = std::move(subjects);
    m_oldRects = std::move(oldRects);
    m_byKey.clear();
    for (int i = 0; i < m_subjects.size(); ++i)
        m_byKey.insert(keyString(m_subjects.at(i).key), i);
    m_focus = -1;
    itemsMoved();
}

void CompareLayer::setProgress(double progress)
{
    m_progress = progress;
    update();
}

void CompareLayer::setFocusSubject(int subject)
{
    m_focus = subject;
    update();
}

void CompareLayer::itemsMoved()
{
    QRectF bounds;
    for (int i = 0; i < m_subjects.size(); ++i)
        bounds |= subjectRect(i);
    // Badges and notes are screen-sized: room for them at the smallest zoom
    // they are drawn at.
    const double margin = 300 / kLodBadges;
    const QRectF grown =
        bounds.isNull() ? QRectF() : bounds.adjusted(-margin, -margin, margin, margin);
    if (grown != m_bounds) {
        prepareGeometryChange();
        m_bounds = grown;
    }
    update();
}

QRectF CompareLayer::boundingRect() const
{
    return m_bounds;
}

QRectF CompareLayer::nodeRect(const QString &id, bool removed) const
{
    if (!removed) {
        const QRectF r = m_scene->rectForId(id);
        if (!r.isNull())
            return r;
    }
    return m_oldRects.value(id);
}

QLineF CompareLayer::linkLine(const CompareSubject &s) const
{
    const QRectF a = nodeRect(s.key.from, false);
    const QRectF b = nodeRect(s.key.to, false);
    if (a.isNull() || b.isNull())
        return {};
    const QLineF centres(a.center(), b.center());
    return QLineF(exitPoint(centres, a), exitPoint(QLineF(b.center(), a.center()), b));
}

QRectF CompareLayer::subjectRect(int subject) const
{
    if (subject < 0 || subject >= m_subjects.size())
        return {};
    const CompareSubject &s = m_subjects.at(subject);
    if (isNode(s.key.entity))
        return nodeRect(s.key.id, s.op == DiffOp::Remove);
    if (s.key.entity == DiffEntity::Map)
        return {};
    const QLineF line = linkLine(s);
    return QRectF(line.p1(), line.p2()).normalized().adjusted(-4, -4, 4, 4);
}

QString CompareLayer::badgeOf(const CompareSubject &s) const
{
    switch (s.op) {
    case DiffOp::Add:
        return QCoreApplication::translate("OrgMap::CompareLayer", "NEW");
    case DiffOp::Remove:
        return QCoreApplication::translate("OrgMap::CompareLayer", "REMOVED");
    case DiffOp::Change:
        return QCoreApplication::translate("OrgMap::CompareLayer", "CHANGED");
    }
    return {};
}

QStringList CompareLayer::labelsOf(int subject) const
{
    if (subject < 0 || subject >= m_subjects.size())
        return {};
    const CompareSubject &s = m_subjects.at(subject);
    return QStringList{badgeOf(s)} + s.notes;
}

Qt::PenStyle CompareLayer::penStyleOf(int subject) const
{
    if (subject < 0 || subject >= m_subjects.size())
        return Qt::NoPen;
    switch (m_subjects.at(subject).op) {
    case DiffOp::Add:
        return Qt::SolidLine;
    case DiffOp::Remove:
        return Qt::DashLine;
    case DiffOp::Change:
        return Qt::DashDotLine;
    }
    return Qt::NoPen;
}

QColor CompareLayer::colourOf(DiffOp op) const
{
    switch (op) {
    case DiffOp::Add:
        return QColor(0x1b, 0x7f, 0x3b); // green
    case DiffOp::Remove:
        return QColor(0x5f, 0x63, 0x68); // grey
    case DiffOp::Change:
        return QColor(0xb3, 0x4d, 0x00); // amber
    }
    return Qt::black;
}

void CompareLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QTransform t = painter->worldTransform();
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(t);
    const QRectF exposed =
        option->exposedRect.adjusted(-200 / lod, -200 / lod, 200 / lod, 200 / lod);
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing);
    const double ghostAlpha = 0.55 + 0.45 * m_progress; // ghosts come back in "before"
    const double newAlpha = 1.0 - 0.6 * m_progress;     // additions fade in "before"

    // Ghosts first (under the outlines and pills of what is there).
    for (int i = 0; i < m_subjects.size(); ++i) {
        const CompareSubject &s = m_subjects.at(i);
        const QRectF scene = subjectRect(i);
        if (scene.isNull() || !scene.intersects(exposed))
            continue;
        const QColor colour = colourOf(s.op);
        painter->setOpacity(s.op == DiffOp::Remove ? ghostAlpha
                                                   : (s.op == DiffOp::Add ? newAlpha : 1.0));
        if (isNode(s.key.entity)) {
            const QRectF r = t.mapRect(scene);
            QPen pen(colour, s.op == DiffOp::Change ? 2.5 : 3, penStyleOf(i));
            pen.setCosmetic(true);
            if (s.op == DiffOp::Remove) {
                painter->setBrush(
                    QColor(0xe8, 0xe8, 0xe8, s.key.entity == DiffEntity::Domain ? 90 : 220));
                painter->setPen(pen);
                painter->drawRoundedRect(r, 6, 6);
                if (lod >= kLodBadges && s.key.entity != DiffEntity::Domain) {
                    QFont font;
                    font.setPixelSize(qBound(9, int(13 * lod / 0.45), 14));
                    font.setItalic(true);
                    font.setStrikeOut(true);
                    painter->setFont(font);
                    painter->setPen(colour);
                    painter->drawText(r.adjusted(4, 2, -4, -2), Qt::AlignCenter | Qt::TextWordWrap,
                                      s.name);
                }
            } else {
                painter->setBrush(Qt::NoBrush);
                painter->setPen(QPen(QColor(255, 255, 255, 200), pen.widthF() + 2));
                painter->drawRoundedRect(r.adjusted(-3, -3, 3, 3), 7, 7);
                painter->setPen(pen);
                painter->drawRoundedRect(r.adjusted(-3, -3, 3, 3), 7, 7);
            }
        } else if (s.key.entity != DiffEntity::Map) {
            const QLineF line = t.map(linkLine(s));
            QPen halo(QColor(255, 255, 255, 200), 6);
            painter->setPen(halo);
            painter->drawLine(line);
            QPen pen(colour, s.op == DiffOp::Add ? 3.5 : 2.5, penStyleOf(i));
            painter->setPen(pen);
            painter->drawLine(line);
        }
    }

    // Badges and notes, screen-sized, never on top of each other: the marks of
    // entities first, then the links' (docs/compare.md).
    if (lod >= kLodBadges) {
        PillPlacer placer;
        for (const bool nodes : {true, false}) {
            for (int i = 0; i < m_subjects.size(); ++i) {
                const CompareSubject &s = m_subjects.at(i);
                if (isNode(s.key.entity) != nodes || s.key.entity == DiffEntity::Map)
                    continue;
                const QRectF scene = subjectRect(i);
                if (scene.isNull() || !scene.intersects(exposed))
                    continue;
                const QColor colour = colourOf(s.op);
                painter->setOpacity(
                    s.op == DiffOp::Remove ? ghostAlpha : (s.op == DiffOp::Add ? newAlpha : 1.0));
                const QRectF r = t.mapRect(scene);
                const QStringList notes = lod >= kLodNotes ? s.notes : QStringList();
                if (nodes) {
                    // Domains: above their top-right corner (assets' badges sit at
                    // the top-left of the assets inside); notes below an asset.
                    const bool domain = s.key.entity == DiffEntity::Domain;
                    const QSizeF size = pillSize(badgeOf(s), kBadgePx, true);
                    const QPointF at =
                        domain ? QPointF(r.right() - size.width(), r.top() - size.height() - 3)
                               : QPointF(r.left() - 3, r.top() - size.height() - 4);
                    const QRectF badge = *placer.place(QRectF(at, size), true, true);
                    pill(painter, badge.topLeft(), badgeOf(s), colour, Qt::white, kBadgePx, true);
                    double x = domain ? badge.right() + 3 : r.left() - 3;
                    double y = domain ? badge.top() : r.bottom() + 5;
                    for (const QString &note : notes) {
                        const QSizeF ns = pillSize(note, kNotePx, false);
                        const QRectF n = *placer.place(QRectF(QPointF(x, y), ns), domain, true);
                        pill(painter, n.topLeft(), note, QColor(255, 250, 235),
                             QColor(0x40, 0x2a, 0x00), kNotePx, false);
                        if (domain)
                            x = n.right() + 3;
                        else
                            y = n.bottom() + 2;
                    }
                } else {
                    QString text = badgeOf(s);
                    if (!notes.isEmpty())
                        text += u" \u00b7 "_qs + notes.join(u"; "_qs);
                    const QSizeF size = pillSize(text, kBadgePx - 1, true);
                    const QPointF at = r.center() - QPointF(size.width() / 2, size.height() / 2);
                    if (const auto spot = placer.place(QRectF(at, size), true, false))
                        pill(painter, spot->topLeft(), text, colour, Qt::white, kBadgePx - 1, true);
                }
            }
        }
        m_painted = placer.taken();
    } else {
        m_painted.clear();
    }

    if (m_focus >= 0) {
        const QRectF scene = subjectRect(m_focus);
        if (!scene.isNull()) {
            painter->setOpacity(1);
            painter->setBrush(Qt::NoBrush);
            const QRectF r = t.mapRect(scene).adjusted(-8, -8, 8, 8);
            painter->setPen(QPen(Qt::white, 6));
            painter->drawRoundedRect(r, 9, 9);
            painter->setPen(QPen(QColor(0x1a, 0x4f, 0xd6), 3, Qt::DotLine));
            painter->drawRoundedRect(r, 9, 9);
        }
    }
    painter->restore();
}

} // namespace OrgMap
