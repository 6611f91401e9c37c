#include "scenarioitems.h"

#include "mapitems.h"

#include <QGraphicsScene>
#include <utility>

namespace OrgMap {

namespace {

void setItemShown(QGraphicsItem *item, bool shown)
{
    if (item->type() == NodeItem::Type)
        static_cast<NodeItem *>(item)->setKept(!shown);
    else
        item->setVisible(shown);
}

} // namespace

ScenarioItems::~ScenarioItems()
{
    qDeleteAll(std::exchange(m_items, {}));
}

void ScenarioItems::adopt(QGraphicsItem *item)
{
    m_items.insert(item);
    if (item->scene() != m_scene)
        m_scene->addItem(item);
}

void ScenarioItems::drop(QGraphicsItem *item)
{
    m_items.remove(item);
    m_hidden.removeAll(item);
    delete item;
}

void ScenarioItems::release()
{
    m_items.clear();
    m_hidden.clear();
}

void ScenarioItems::setShown(bool shown)
{
    if (shown == m_shown)
        return;
    m_shown = shown;
    if (shown) {
        for (QGraphicsItem *item : std::exchange(m_hidden, {}))
            setItemShown(item, true);
        return;
    }
    for (QGraphicsItem *item : std::as_const(m_items))
        if (item->isVisible()) {
            m_hidden.append(item);
            setItemShown(item, false);
        }
}

} // namespace OrgMap
