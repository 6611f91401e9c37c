// MainWindow: clipboard, insert, delete, rename, connect and tidy layout.
#include "mainwindow.h"

#include "connectdialog.h"
#include "document/document.h"
#include "layout/autolayout.h"
#include "mapclipboard.h"
#include "mapscene.h"
#include "mapview.h"

#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>

namespace OrgMap {

void MainWindow::copySelection()
{
    const QStringList ids = m_scene->selectedIds();
    if (ids.isEmpty())
        return;
    const MapData fragment = MapClipboard::fragmentOf(m_document->data(), ids);
    QApplication::clipboard()->setMimeData(MapClipboard::createMimeData(fragment));
    statusBar()->showMessage(tr("Copied %n item(s)", nullptr, int(ids.size())), 3000);
}

void MainWindow::cutSelection()
{
    const QStringList ids = m_scene->selectedIds();
    if (ids.isEmpty())
        return;
    copySelection();
    m_document->remove(ids, m_scene->selectedLinks(), m_scene->selectedInteractions());
}

QStringList MainWindow::paste()
{
    QString error;
    const std::optional<MapData> fragment =
        MapClipboard::fragmentFromMime(QApplication::clipboard()->mimeData(), &error);
    if (!fragment) {
        statusBar()->showMessage(error, 5000);
        return {};
    }
    const MapData prepared =
        MapClipboard::prepareForPaste(*fragment, *m_document, MapClipboard::kPasteOffset);
    // Pasted items without a position (a hand-written fragment) are placed
    // below the map rather than piled at the origin.
    MapData placed = prepared;
    if (needsLayout(prepared)) {
        MapData merged = m_document->data();
        for (const Domain &d : prepared.domains)
            merged.domains.insert(d.id, d);
        for (const Team &t : prepared.teams)
            merged.teams.insert(t.id, t);
        for (const Asset &a : prepared.assets)
            merged.assets.insert(a.id, a);
        const QHash<QString, Geometry> geometry = computeLayout(merged, LayoutScope::MissingOnly);
        for (Domain &d : placed.domains)
            if (geometry.contains(d.id.str()))
                d.geometry = geometry.value(d.id.str());
        for (Team &t : placed.teams)
            if (geometry.contains(t.id.str()))
                t.geometry = geometry.value(t.id.str());
        for (Asset &a : placed.assets)
            if (geometry.contains(a.id.str()))
                a.geometry = geometry.value(a.id.str());
    }
    const QStringList ids = MapClipboard::entityIds(placed);
    if (ids.isEmpty())
        return {};
    if (!m_document->addFragment(placed, tr("Paste %n item(s)", nullptr, int(ids.size())))) {
        statusBar()->showMessage(tr("The clipboard's items could not be added to this map."), 5000);
        return {};
    }
    m_scene->selectIds(ids);
    return ids;
}

QStringList MainWindow::duplicateSelection()
{
    const QStringList selected = m_scene->selectedIds();
    if (selected.isEmpty())
        return {};
    // Through the fragment code, without touching the system clipboard.
    const MapData fragment = MapClipboard::fragmentOf(m_document->data(), selected);
    const MapData prepared =
        MapClipboard::prepareForPaste(fragment, *m_document, MapClipboard::kPasteOffset);
    const QStringList ids = MapClipboard::entityIds(prepared);
    if (!m_document->addFragment(prepared, tr("Duplicate %n item(s)", nullptr, int(ids.size()))))
        return {};
    m_scene->selectIds(ids);
    return ids;
}

void MainWindow::deleteSelection()
{
    const QStringList ids = m_scene->selectedIds();
    const QList<LinkKey> links = m_scene->selectedLinks();
    const QList<InteractionKey> interactions = m_scene->selectedInteractions();
    if (ids.isEmpty() && links.isEmpty() && interactions.isEmpty())
        return;
    m_document->remove(ids, links, interactions);
}

void MainWindow::renameSelection()
{
    const QStringList ids = m_scene->selectedIds();
    if (ids.size() != 1)
        return;
    m_view->setFocus(); // the view stays where it is (editName scrolls only to an unseen item)
    m_view->editName(ids.first());
}

// Insert > Domain makes a top-level domain (beside the others); a child is
// Insert > Subdomain or a palette drop inside a domain.
QString MainWindow::insertAtCursor(PaletteKind kind)
{
    return kind == PaletteKind::Domain ? m_scene->createTopLevelDomain(m_view->insertionPoint())
                                       : m_scene->createAt(kind, m_view->insertionPoint());
}

QString MainWindow::insertAtCentre(PaletteKind kind)
{
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    const QString id = kind == PaletteKind::Domain ? m_scene->createTopLevelDomain(centre)
                                                   : m_scene->createAt(kind, centre);
    if (!id.isEmpty())
        m_view->setFocus(); // so that F2, Delete and the digits act on the new item
    return id;
}

void MainWindow::tidyLayout()
{
    m_document->setGeometries(computeLayout(m_document->data(), LayoutScope::All),
                              tr("Tidy layout"));
    m_view->zoomToFit();
}

void MainWindow::tidySelection()
{
    const QStringList ids = m_scene->selectedIds();
    if (ids.isEmpty())
        return;
    m_document->setGeometries(
        computeSelectionLayout(m_document->data(), QSet<QString>(ids.cbegin(), ids.cend())),
        tr("Tidy selected"));
}

void MainWindow::connectSelection()
{
    const QStringList ids = m_scene->selectedIds();
    if (ids.size() != 2)
        return;
    ConnectDialog dialog(m_scene, ids.at(0), ids.at(1), this);
    dialog.exec();
}

} // namespace OrgMap
