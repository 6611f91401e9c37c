#pragma once

#include "core/entities.h"

#include <QObject>
#include <QPointF>
#include <optional>

class QAction;
class QMenu;

namespace OrgMap {

class MainWindow;

// What a context menu is about: entities (the clicked one first), a link, an
// interaction, or the empty canvas at a scene point.
struct MenuTarget
{
    QStringList ids;
    std::optional<LinkKey> link;
    std::optional<InteractionKey> interaction;
    QPointF scenePos;      // where "Insert here" puts things
    bool onCanvas = false; // "Insert here" and "Show in Outline" make sense
};

// The one place that builds the editing actions shown outside the menu bar:
// the context menus of the canvas, the Outline and the Findings rows, and the
// container actions of the Insert and Edit menus (Insert Subdomain, Fit Domain
// to Contents). Every action ends in a MainWindow or Document call, so the
// canvas and the docks share the same behaviour (docs/gui.md).
class EntityActions : public QObject
{
    Q_OBJECT

public:
    explicit EntityActions(MainWindow *window);

    // Adds the container actions to the window's Insert and Edit menus.
    void addToMenus(QMenu *insert, QMenu *edit);
    // Enables what applies to the current canvas selection.
    void updateEnabled();

    // A menu of what applies to `target` (the caller owns and shows it). Its
    // actions have object names ("menuRename", "menuFitDomain", ...).
    QMenu *menuFor(const MenuTarget &target, QWidget *parent);

    // The canvas's, Outline's and Findings' context-menu requests (widget
    // coordinates): hit-test, select what was clicked when it was not
    // selected, build the menu and show it.
    void showCanvasMenu(QPoint viewPos);
    void showOutlineMenu(QPoint viewPos);
    void showFindingsMenu(QPoint viewPos);

private:
    void addEntityItems(QMenu *menu, const MenuTarget &target);
    void addLinkItems(QMenu *menu, const MenuTarget &target);
    void addCanvasItems(QMenu *menu, const MenuTarget &target);
    void exec(QMenu *menu, QPoint globalPos);
    DomainId selectedDomain() const;

    MainWindow *m_window;
    QAction *m_insertSubdomain;
    QAction *m_fitDomain;
};

} // namespace OrgMap
