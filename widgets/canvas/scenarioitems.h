#pragma once

#include <QList>
#include <QSet>

class QGraphicsItem;
class QGraphicsScene;

namespace OrgMap {

// The items of one scenario's map: its domains, nodes and layers. They are
// all top-level items of the scene, not children of one root item: the
// scene's index (a BSP tree) finds the top-level items in view, and a root's
// children are each visited on every paint, in view or not (the 10k map at
// 0.3: a third of the frame; docs/benchmarks.md, "Session 10"). This owns
// them as a root did, and hides and shows them together.
class ScenarioItems
{
public:
    explicit ScenarioItems(QGraphicsScene *scene) : m_scene(scene) {}
    ~ScenarioItems(); // deletes the items
    ScenarioItems(const ScenarioItems &) = delete;
    ScenarioItems &operator=(const ScenarioItems &) = delete;

    // Adds `item` to the scene as one of this map's, owned from now on.
    void adopt(QGraphicsItem *item);
    // Deletes one of this map's items.
    void drop(QGraphicsItem *item);
    // Forgets the items without deleting them (the scene's clear() takes them).
    void release();
    const QSet<QGraphicsItem *> &items() const { return m_items; }

    // Hides the map (a kept scenario) or shows it again as it was: an item
    // hidden on its own (the legend outside exports) stays hidden.
    void setShown(bool shown);

private:
    QGraphicsScene *m_scene;
    QSet<QGraphicsItem *> m_items;
    QList<QGraphicsItem *> m_hidden; // hidden by setShown(false)
    bool m_shown = true;
};

} // namespace OrgMap
