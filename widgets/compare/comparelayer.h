#pragma once

#include "comparesubjects.h"

#include <QGraphicsItem>
#include <QHash>

namespace OrgMap {

class MapScene;

// Every compare mark, painted by one item above the map (as LinkLayer paints
// every link): added subjects get a solid outline and a "NEW" badge, removed
// ones a dashed grey ghost with a struck-through name where they were,
// changed ones a dash-dot outline, a "CHANGED" badge and notes ("from Sales",
// "was: Checkout team"); links likewise along their line. Words and dash
// patterns carry the meaning, colour only repeats it. Badges and notes are
// drawn at a fixed screen size so that they read at any zoom.
class CompareLayer : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 40
    };
    explicit CompareLayer(const MapScene *scene);
    int type() const override { return Type; }

    // `oldRects`: where each domain, team and asset of the older map was
    // (scene rectangles); the ghosts of removed ones are drawn there and
    // removed links end there.
    void setSubjects(QList<CompareSubject> subjects, QHash<QString, QRectF> oldRects);
    const QList<CompareSubject> &subjects() const { return m_subjects; }
    // 0 shows the newer map, 1 the older (the before/after animation).
    void setProgress(double progress);
    // The subject drawn with a focus ring (-1: none).
    void setFocusSubject(int subject);
    int focusSubject() const { return m_focus; }
    // The screen rectangles of the badges and notes of the last paint; no two
    // overlap (links' badges that found no room are left out).
    const QList<QRectF> &paintedPills() const { return m_painted; }
    // Positions changed (items glided): recompute the bounds.
    void itemsMoved();

    // Where a subject is drawn now (a ghost's old place for removed nodes;
    // the line's bounds for links), scene coordinates.
    QRectF subjectRect(int subject) const;
    // The texts drawn for a subject: the badge first, then its notes (tests).
    QStringList labelsOf(int subject) const;
    // The subject of an entity key, -1 when it has no mark.
    int subjectOf(const EntryKey &key) const { return m_byKey.value(keyString(key), -1); }
    // The pen pattern a subject's outline or line uses (tests: never colour alone).
    Qt::PenStyle penStyleOf(int subject) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    static QString keyString(const EntryKey &key);
    QRectF nodeRect(const QString &id, bool removed) const;
    QLineF linkLine(const CompareSubject &s) const;
    QString badgeOf(const CompareSubject &s) const;
    QColor colourOf(DiffOp op) const;

    const MapScene *m_scene;
    QList<CompareSubject> m_subjects;
    QHash<QString, QRectF> m_oldRects;
    QHash<QString, int> m_byKey;
    double m_progress = 0;
    int m_focus = -1;
    QList<QRectF> m_painted;
    QRectF m_bounds;
};

} // namespace OrgMap
