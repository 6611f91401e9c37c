// MainWindow: presentation mode's actions (widgets/ui/present, docs/workshop.md).
#include "mainwindow.h"
#include "mapview.h"
#include "present/presentation.h"

#include <QAction>
#include <QMenu>

namespace OrgMap {

void MainWindow::createPresentation()
{
    m_presentation = new Presentation(this);
    QAction *a = makeAction(u"actionPresent"_qs, tr("&Present"));
    a->setCheckable(true);
    a->setShortcut(QKeySequence(Qt::Key_F5));
    connect(a, &QAction::triggered, m_presentation, &Presentation::toggle);
    connect(m_presentation, &Presentation::activeChanged, a, &QAction::setChecked);
    // S in the editor too (the canvas only, so that typing S elsewhere types).
    a = makeAction(u"actionSpotlight"_qs, tr("&Spotlight Selection"));
    a->setShortcut(QKeySequence(Qt::Key_S));
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    removeAction(a);
    m_view->addAction(a);
    connect(a, &QAction::triggered, m_presentation, &Presentation::spotlightSelection);
    a = makeAction(u"actionClearSpotlight"_qs, tr("&Clear Spotlight"));
    connect(a, &QAction::triggered, m_presentation, &Presentation::clearSpotlight);
}

void MainWindow::addPresentationMenu(QMenu *view)
{
    view->addSeparator();
    view->addAction(action(u"actionPresent"_qs));
    view->addAction(action(u"actionSpotlight"_qs));
    view->addAction(action(u"actionClearSpotlight"_qs));
}

} // namespace OrgMap
