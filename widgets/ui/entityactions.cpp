#include "entityactions.h"

#include "containment.h"
#include "document/document.h"
#include "findingsdock.h"
#include "findingsmodel.h"
#include "layout/autolayout.h"
#include "mainwindow.h"
#include "mapclipboard.h"
#include "mapscene.h"
#include "mapview.h"
#include "outlinedock.h"
#include "outlinemodel.h"
#include "palettemime.h"
#include "present/presentation.h"
#include "present/spotlightset.h"
#include "propertiesdock.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCollator>
#include <QMenu>
#include <QMimeData>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>

namespace OrgMap {

namespace {

// Names sorted the way people read them, for the Set Owner and Move To menus.
template <typename Map> QList<std::pair<QString, QString>> sortedNames(const Map &entities)
{
    QList<std::pair<QString, QString>> names; // name, id
    for (const auto &e : entities)
        names.append({e.name, e.id.str()});
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(names.begin(), names.end(), [&](const auto &a, const auto &b) {
        const int c = collator.compare(a.first, b.first);
        return c != 0 ? c < 0 : a.second < b.second;
    });
    return names;
}

QAction *named(QAction *action, const char *name)
{
    action->setObjectName(QLatin1String(name));
    return action;
}

} // namespace

EntityActions::EntityActions(MainWindow *window)
    : QObject(window), m_window(window), m_insertSubdomain(new QAction(tr("&Subdomain"), window)),
      m_fitDomain(new QAction(tr("&Fit Domain to Contents"), window))
{
    m_insertSubdomain->setObjectName(u"actionInsertSubdomain"_qs);
    m_insertSubdomain->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_1));
    m_insertSubdomain->setStatusTip(tr("Add a domain inside the selected domain"));
    m_fitDomain->setObjectName(u"actionFitDomain"_qs);
    m_fitDomain->setStatusTip(tr("Shrink or grow the selected domain to what it holds"));
    connect(m_insertSubdomain, &QAction::triggered, this, [this] {
        const QString id = m_window->scene()->createSubdomain(selectedDomain());
        if (!id.isEmpty())
            m_window->view()->editName(id);
    });
    connect(m_fitDomain, &QAction::triggered, this,
            [this] { m_window->scene()->fitDomainToContents(selectedDomain()); });
    connect(m_window->scene(), &QGraphicsScene::selectionChanged, this,
            &EntityActions::updateEnabled);
    window->addAction(m_insertSubdomain);
    window->addAction(m_fitDomain);
    updateEnabled();

    // Refused edits, in place or in Properties, say why.
    const auto showRefusal = [window](const QString &text) {
        window->statusBar()->showMessage(text, 6000);
    };
    connect(window->view(), &MapView::statusMessage, window, showRefusal);
    connect(window->propertiesDock(), &PropertiesDock::statusMessage, window, showRefusal);

    // Right-click on the canvas, the Outline and the Findings rows.
    MapView *view = window->view();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &EntityActions::showCanvasMenu);
    QTreeView *tree = window->outlineDock()->view();
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree, &QWidget::customContextMenuRequested, this, &EntityActions::showOutlineMenu);
    if (FindingsDock *findings = window->findingsDock()) {
        findings->table()->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(findings->table(), &QWidget::customContextMenuRequested, this,
                &EntityActions::showFindingsMenu);
    }
}

DomainId EntityActions::selectedDomain() const
{
    const QStringList ids = m_window->scene()->selectedIds();
    if (ids.size() != 1 || m_window->document()->data().kindOf(ids.first()) != EntityKind::Domain)
        return {};
    return DomainId(ids.first());
}

void EntityActions::updateEnabled()
{
    const bool domain = !selectedDomain().isNull();
    m_insertSubdomain->setEnabled(domain);
    m_fitDomain->setEnabled(domain);
}

void EntityActions::addToMenus(QMenu *insert, QMenu *edit)
{
    QAction *first = insert->actions().value(1); // after Insert > Domain
    insert->insertAction(first, m_insertSubdomain);
    edit->addAction(m_fitDomain);
}

QMenu *EntityActions::menuFor(const MenuTarget &target, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"contextMenu"_qs);
    if (!target.ids.isEmpty())
        addEntityItems(menu, target);
    else if (target.link || target.interaction)
        addLinkItems(menu, target);
    else
        addCanvasItems(menu, target);
    return menu;
}

void EntityActions::addEntityItems(QMenu *menu, const MenuTarget &target)
{
    Document *doc = m_window->document();
    MapScene *scene = m_window->scene();
    const MapData &data = doc->data();
    const QStringList ids = target.ids;
    const EntityKind kind = data.kindOf(ids.first());
    const bool same = std::all_of(ids.cbegin(), ids.cend(),
                                  [&](const QString &id) { return data.kindOf(id) == kind; });

    if (ids.size() == 1) {
        menu->addAction(named(new QAction(tr("&Rename"), menu), "menuRename"));
        connect(menu->actions().last(), &QAction::triggered, m_window,
                &MainWindow::renameSelection);
    }
    if (ids.size() == 2 && same && kind != EntityKind::Domain) {
        menu->addAction(named(new QAction(tr("&Connect…"), menu), "menuConnect"));
        connect(menu->actions().last(), &QAction::triggered, m_window,
                &MainWindow::connectSelection);
    }

    if (kind == EntityKind::Domain && ids.size() == 1) {
        const DomainId domain(ids.first());
        menu->addSeparator();
        QMenu *here = menu->addMenu(tr("&Insert Here"));
        here->setObjectName(u"menuInsertHere"_qs);
        const QPointF at =
            target.onCanvas ? target.scenePos : scene->rectForId(domain.str()).center();
        for (PaletteKind k : allPaletteKinds()) {
            if (k == PaletteKind::Domain)
                continue;
            connect(here->addAction(paletteKindIcon(k), paletteKindName(k)), &QAction::triggered,
                    m_window, [this, k, at] {
                        const QString id = m_window->scene()->createAt(k, at);
                        if (!id.isEmpty())
                            m_window->view()->editName(id);
                    });
        }
        menu->addAction(named(new QAction(m_insertSubdomain->text(), menu), "menuInsertSubdomain"));
        connect(menu->actions().last(), &QAction::triggered, m_insertSubdomain, &QAction::trigger);
        menu->addAction(named(new QAction(m_fitDomain->text(), menu), "menuFitDomain"));
        connect(menu->actions().last(), &QAction::triggered, m_window,
                [scene, domain] { scene->fitDomainToContents(domain); });
    }

    // Set owner (assets and domains), one step for the whole selection.
    if (same && (kind == EntityKind::Asset || kind == EntityKind::Domain) &&
        !data.teams.isEmpty()) {
        QMenu *owner = menu->addMenu(tr("Set &Owner"));
        owner->setObjectName(u"menuSetOwner"_qs);
        auto setOwner = [doc, ids, kind](const TeamId &team) {
            doc->undoStack()->beginMacro(tr("Assign owner"));
            for (const QString &id : ids)
                kind == EntityKind::Asset ? doc->setAssetOwner(AssetId(id), team)
                                          : doc->setDomainOwner(DomainId(id), team);
            doc->undoStack()->endMacro();
        };
        for (const auto &[name, id] : sortedNames(data.teams))
            connect(owner->addAction(name), &QAction::triggered, m_window,
                    [setOwner, id = id] { setOwner(TeamId(id)); });
        owner->addSeparator();
        connect(owner->addAction(tr("No Owner")), &QAction::triggered, m_window,
                [setOwner] { setOwner({}); });
    }

    // Move to domain (assets and domains): placed below what the target holds,
    // the target grown to hold them; one step.
    if (same && (kind == EntityKind::Asset || kind == EntityKind::Domain)) {
        QMenu *move = menu->addMenu(tr("&Move to Domain"));
        move->setObjectName(u"menuMoveToDomain"_qs);
        QSet<QString> excluded;
        if (kind == EntityKind::Domain)
            for (const QString &id : ids)
                for (const Domain &d : data.domains)
                    for (DomainId c = d.id; !c.isNull(); c = data.domains.value(c).parent)
                        if (c.str() == id) {
                            excluded.insert(d.id.str());
                            break;
                        }
        auto moveTo = [this, ids, kind](const DomainId &target) {
            Document *doc = m_window->document();
            doc->undoStack()->beginMacro(tr("Move to domain"));
            for (const QString &id : ids) {
                if (const auto moved = movedInto(doc->data(), id, target); !moved.isEmpty())
                    doc->setGeometries(moved);
                if (kind == EntityKind::Asset)
                    doc->setAssetDomain(AssetId(id), target);
                else
                    doc->setDomainParent(DomainId(id), target);
            }
            m_window->scene()->growToContain({target});
            doc->undoStack()->endMacro();
        };
        for (const auto &[name, id] : sortedNames(data.domains))
            if (!excluded.contains(id))
                connect(move->addAction(name), &QAction::triggered, m_window,
                        [moveTo, id = id] { moveTo(DomainId(id)); });
        move->addSeparator();
        connect(move->addAction(kind == EntityKind::Asset ? tr("No Domain") : tr("Top Level")),
                &QAction::triggered, m_window, [moveTo] { moveTo({}); });
    }

    if (kind == EntityKind::Asset || kind == EntityKind::Team) {
        menu->addAction(named(new QAction(tr("Select &Links"), menu), "menuSelectLinks"));
        connect(menu->actions().last(), &QAction::triggered, m_window, [scene, doc, ids] {
            QList<LinkKey> links;
            QList<InteractionKey> interactions;
            const QSet<QString> set(ids.cbegin(), ids.cend());
            for (const Link &l : doc->data().links)
                if (set.contains(l.key.from.str()) || set.contains(l.key.to.str()))
                    links << l.key;
            for (const Interaction &i : doc->data().interactions)
                if (set.contains(i.key.from.str()) || set.contains(i.key.to.str()))
                    interactions << i.key;
            scene->selectLinks(links, interactions);
        });
    }

    // Spotlight (presentation mode, docs/workshop.md): a domain with what it
    // holds, a team with what it owns, an asset with its neighbourhood.
    if (ids.size() == 1 && kind != EntityKind::None) {
        menu->addAction(named(new QAction(tr("S&potlight"), menu), "menuSpotlight"));
        connect(menu->actions().last(), &QAction::triggered, m_window, [this, id = ids.first()] {
            m_window->presentation()->spotlight(spotlightSet(m_window->document()->data(), id));
        });
    }

    menu->addSeparator();
    menu->addAction(named(new QAction(tr("&Copy"), menu), "menuCopy"));
    connect(menu->actions().last(), &QAction::triggered, m_window, &MainWindow::copySelection);
    connect(menu->addAction(tr("D&uplicate")), &QAction::triggered, m_window,
            &MainWindow::duplicateSelection);
    menu->addAction(named(new QAction(tr("&Delete"), menu), "menuDelete"));
    connect(menu->actions().last(), &QAction::triggered, m_window, &MainWindow::deleteSelection);
    menu->addSeparator();
    if (target.onCanvas) {
        menu->addAction(named(new QAction(tr("Show in &Outline"), menu), "menuShowInOutline"));
        connect(menu->actions().last(), &QAction::triggered, m_window, [this, ids] {
            OutlineDock *outline = m_window->outlineDock();
            outline->show();
            outline->raise();
            outline->setSelectedIds(ids);
            const QModelIndexList rows = outline->view()->selectionModel()->selectedRows();
            if (!rows.isEmpty())
                outline->view()->scrollTo(rows.first());
            outline->view()->setFocus();
        });
    } else {
        menu->addAction(named(new QAction(tr("Show on &Canvas"), menu), "menuShowOnCanvas"));
        connect(menu->actions().last(), &QAction::triggered, m_window,
                [this, ids] { m_window->selectAndCenter(ids); });
    }
    connect(menu->addAction(tr("&Properties")), &QAction::triggered, m_window, [this] {
        QWidget *dock = m_window->propertiesDock();
        dock->show();
        dock->raise();
    });
}

void EntityActions::addLinkItems(QMenu *menu, const MenuTarget &target)
{
    MapScene *scene = m_window->scene();
    const QStringList ends =
        target.link ? QStringList{target.link->from.str(), target.link->to.str()}
                    : QStringList{target.interaction->from.str(), target.interaction->to.str()};
    menu->addAction(named(new QAction(tr("Select &Ends"), menu), "menuSelectEnds"));
    connect(menu->actions().last(), &QAction::triggered, m_window,
            [scene, ends] { scene->selectIds(ends); });
    connect(menu->addAction(tr("&Properties")), &QAction::triggered, m_window, [this] {
        QWidget *dock = m_window->propertiesDock();
        dock->show();
        dock->raise();
    });
    menu->addSeparator();
    menu->addAction(
        named(new QAction(target.link ? tr("&Delete Link") : tr("&Delete Interaction"), menu),
              "menuDelete"));
    connect(menu->actions().last(), &QAction::triggered, m_window, &MainWindow::deleteSelection);
}

void EntityActions::addCanvasItems(QMenu *menu, const MenuTarget &target)
{
    QMenu *here = menu->addMenu(tr("&Insert Here"));
    here->setObjectName(u"menuInsertHere"_qs);
    const QPointF at = target.scenePos;
    for (PaletteKind k : allPaletteKinds())
        connect(here->addAction(paletteKindIcon(k), paletteKindName(k)), &QAction::triggered,
                m_window, [this, k, at] {
                    const QString id = m_window->scene()->createAt(k, at);
                    if (!id.isEmpty())
                        m_window->view()->editName(id);
                });
    menu->addSeparator();
    QAction *paste = named(new QAction(tr("&Paste"), menu), "menuPaste");
    menu->addAction(paste);
    paste->setEnabled(MapClipboard::canPaste(QApplication::clipboard()->mimeData()));
    connect(paste, &QAction::triggered, m_window, &MainWindow::paste);
    connect(menu->addAction(tr("Select &All")), &QAction::triggered, m_window, [this] {
        QStringList all;
        const MapData &data = m_window->document()->data();
        for (const Domain &d : data.domains)
            all << d.id.str();
        for (const Team &t : data.teams)
            all << t.id.str();
        for (const Asset &a : data.assets)
            all << a.id.str();
        m_window->scene()->selectIds(all);
    });
    connect(menu->addAction(tr("&Fit to Window")), &QAction::triggered, m_window->view(),
            &MapView::zoomToFit);
}

void EntityActions::exec(QMenu *menu, QPoint globalPos)
{
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}

void EntityActions::showCanvasMenu(QPoint viewPos)
{
    MapView *view = m_window->view();
    MapScene *scene = view->mapScene();
    MenuTarget target;
    target.onCanvas = true;
    target.scenePos = view->mapToScene(viewPos);
    const double tolerance = 6 / std::max(0.01, view->zoom());
    const QString id = scene->idAt(target.scenePos);
    const bool node =
        !id.isEmpty() && m_window->document()->data().kindOf(id) != EntityKind::Domain;
    if (node) {
        target.ids = {id};
    } else if (const auto i = scene->interactionAt(target.scenePos, tolerance)) {
        target.interaction = i;
        scene->selectLinks({}, {*i});
    } else if (const auto l = scene->linkAt(target.scenePos, tolerance)) {
        target.link = l;
        scene->selectLinks({*l}, {});
    } else if (!id.isEmpty()) {
        target.ids = {id}; // a domain's body
    }
    if (!target.ids.isEmpty()) {
        // Right-click on something not selected selects it (yEd, draw.io);
        // on a selected thing the menu acts on the whole selection.
        const QStringList selected = scene->selectedIds();
        if (selected.contains(id))
            target.ids += selected;
        else
            scene->selectIds(target.ids);
        target.ids.removeDuplicates();
    }
    exec(menuFor(target, view), view->viewport()->mapToGlobal(viewPos));
}

void EntityActions::showOutlineMenu(QPoint viewPos)
{
    QTreeView *tree = m_window->outlineDock()->view();
    const QModelIndex index = tree->indexAt(viewPos);
    const QString id = index.data(OutlineModel::IdRole).toString();
    if (id.isEmpty() || !m_window->document()->data().containsId(id))
        return;
    MenuTarget target;
    const QStringList selected = m_window->scene()->selectedIds();
    if (!selected.contains(id))
        m_window->scene()->selectIds({id});
    target.ids = selected.contains(id) ? selected : QStringList{id};
    target.ids.move(target.ids.indexOf(id), 0);
    exec(menuFor(target, tree), tree->viewport()->mapToGlobal(viewPos));
}

void EntityActions::showFindingsMenu(QPoint viewPos)
{
    QTableView *table = m_window->findingsDock()->table();
    const QModelIndex index = table->indexAt(viewPos);
    if (!index.isValid())
        return;
    const QString subject = index.data(FindingsModel::SubjectIdRole).toString();
    QStringList affected = index.data(FindingsModel::RelatedRole).toStringList();
    affected.prepend(subject);
    const MapData &data = m_window->document()->data();
    affected.erase(std::remove_if(affected.begin(), affected.end(),
                                  [&](const QString &id) { return !data.containsId(id); }),
                   affected.end());
    affected.removeDuplicates();
    auto *menu = new QMenu(table);
    menu->setObjectName(u"contextMenu"_qs);
    if (!affected.isEmpty()) {
        menu->addAction(
            named(new QAction(tr("&Select Affected on Canvas"), menu), "menuSelectAffected"));
        connect(menu->actions().last(), &QAction::triggered, m_window,
                [this, affected] { m_window->selectAndCenter(affected); });
        if (data.containsId(subject)) {
            QMenu *entity = menu->addMenu(data.nameOf(subject));
            MenuTarget target;
            target.ids = {subject};
            // The entity actions act on the selection: select the subject first.
            connect(entity, &QMenu::aboutToShow, m_window,
                    [this, subject] { m_window->scene()->selectIds({subject}); });
            addEntityItems(entity, target);
        }
        menu->addSeparator();
    }
    QStringList cells;
    for (int c = 0; c < table->model()->columnCount(); ++c)
        cells << table->model()->index(index.row(), c).data().toString();
    connect(menu->addAction(tr("&Copy Text")), &QAction::triggered, m_window,
            [cells] { QApplication::clipboard()->setText(cells.join(u'\t')); });
    exec(menu, table->viewport()->mapToGlobal(viewPos));
}

} // namespace OrgMap
