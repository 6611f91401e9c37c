#include "document/document.h"
#include "exportimagedialog.h"
#include "generate/generator.h"
#include "guitestutil.h"
#include "mainwindow.h"
#include "mapscene.h"
#include "mapview.h"
#include "outlinedock.h"
#include "outlinemodel.h"
#include "palettedock.h"
#include "propertiesdock.h"
#include "json/jsonformat.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace OrgMap;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createEachKindViaAction_data();
    void createEachKindViaAction();
    void paletteClickCreatesAtCentre();
    void dragAssetIntoDomainAndUndo();
    void connectTwoAssetsPickKind();
    void assignOwnerViaProperties();
    void assignOwnerToSeveralIsOneStep();
    void renameViaPropertiesIsOneStep();
    void renameInPlace();
    void deleteWithLinksAndUndo();
    void copyPasteBetweenWindows();
    void duplicate();
    void saveAndReopen_data();
    void saveAndReopen();
    void openErrorsLeaveMapUntouched();
    void mapWithoutGeometryIsLaidOutOnOpen();
    void openingLargeMapKeepsWindowResponsive();
    void exportPngOfExpectedSize();
    void outlineSelectionFollowsCanvas();
    void titleShowsUnsavedState();
    void closeWithUnsavedChangesAsks();
    void tidyLayoutIsOneUndoStep();
    void tidySelectedMovesOnlyTheSelection();

private:
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Keep the user's settings out of the tests.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void TestMainWindow::init()
{
    m_window = new MainWindow(false);
    m_window->setMap(TestUtil::sampleMap());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    m_window->document()->markSaved(); // no "save changes?" on close
    delete m_window;
    m_window = nullptr;
}

void TestMainWindow::createEachKindViaAction_data()
{
    QTest::addColumn<int>("digit");
    QTest::addColumn<int>("kind");
    QTest::newRow("domain") << 1 << int(EntityKind::Domain);
    QTest::newRow("service") << 2 << int(EntityKind::Asset);
    QTest::newRow("data product") << 3 << int(EntityKind::Asset);
    QTest::newRow("stream-aligned") << 4 << int(EntityKind::Team);
    QTest::newRow("platform") << 5 << int(EntityKind::Team);
    QTest::newRow("enabling") << 6 << int(EntityKind::Team);
    QTest::newRow("complicated subsystem") << 7 << int(EntityKind::Team);
}

void TestMainWindow::createEachKindViaAction()
{
    QFETCH(int, digit);
    QFETCH(int, kind);
    Document *doc = m_window->document();
    const MapData before = doc->data();
    m_window->view()->setFocus();
    QAction *insert = m_window->action(u"actionInsert%1"_qs.arg(digit));
    QVERIFY(insert);
    QCOMPARE(insert->shortcut(), QKeySequence(Qt::Key_0 + digit));
    insert->trigger();
    const QStringList selected = m_window->scene()->selectedIds();
    QCOMPARE(selected.size(), 1);
    const QString id = selected.first();
    QVERIFY(!before.containsId(id));
    QCOMPARE(int(doc->data().kindOf(id)), kind);
    if (digit == 3)
        QVERIFY(doc->data().assets.value(AssetId(id)).kind == AssetKind::DataProduct);
    if (digit == 5)
        QVERIFY(doc->data().teams.value(TeamId(id)).type == TeamType::Platform);
    // One undo step takes it away again.
    doc->undoStack()->undo();
    QCOMPARE(doc->data(), before);
}

void TestMainWindow::paletteClickCreatesAtCentre()
{
    QListWidget *list = m_window->paletteDock()->list();
    QCOMPARE(list->count(), 7);
    const qsizetype teams = m_window->document()->data().teams.size();
    QListWidgetItem *platform = list->item(4);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(platform).center());
    QCOMPARE(m_window->document()->data().teams.size(), teams + 1);
    // Drags carry the canvas's palette mime type.
    QVERIFY(list->model()->mimeTypes().contains(QLatin1String(kPaletteMimeType)));
}

void TestMainWindow::dragAssetIntoDomainAndUndo()
{
    MapView *view = m_window->view();
    Document *doc = m_window->document();
    const AssetId loose(u"s-loose"_qs);
    QVERIFY(doc->data().assets.value(loose).domain.isNull());
    view->centerOnId(u"d-ops"_qs);
    const QPointF from = m_window->scene()->rectForId(loose.str()).center();
    const QPointF to = doc->data().domains.value(DomainId(u"d-ops"_qs)).geometry->rect().center();
    // A real mouse drag when both ends are on screen, else the scene's gesture.
    const QPoint a = view->mapFromScene(from);
    const QPoint b = view->mapFromScene(to);
    if (view->viewport()->rect().contains(a) && view->viewport()->rect().contains(b)) {
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, a);
        for (int step = 1; step <= 10; ++step)
            QTest::mouseMove(view->viewport(), a + (b - a) * step / 10);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, b);
    }
    const bool byMouse = !doc->data().assets.value(loose).domain.isNull();
    if (!byMouse)
        m_window->scene()->moveItems({loose.str()}, to - from);
    qInfo("asset moved by %s", byMouse ? "a mouse drag" : "the scene's move gesture");
    QCOMPARE(doc->data().assets.value(loose).domain, DomainId(u"d-ops"_qs));
    doc->undoStack()->undo();
    QVERIFY(doc->data().assets.value(loose).domain.isNull());
    QCOMPARE(*doc->data().assets.value(loose).geometry,
             *TestUtil::sampleMap().assets.value(loose).geometry);
}

void TestMainWindow::connectTwoAssetsPickKind()
{
    Document *doc = m_window->document();
    m_window->scene()->selectIds({u"s-loose"_qs, u"dp-customers"_qs});
    QAction *connectAction = m_window->action(u"actionConnect"_qs);
    QVERIFY(connectAction->isEnabled());
    bool answered = false;
    TestUtil::onNextModal([&](QWidget *dialog) {
        auto *kind = dialog->findChild<QComboBox *>(u"connectKind"_qs);
        QVERIFY(kind);
        kind->setCurrentIndex(kind->findData(int(LinkKind::Data)));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        answered = true;
    });
    connectAction->trigger();
    QVERIFY(answered);
    const QStringList ids = {u"s-loose"_qs, u"dp-customers"_qs};
    const QString first = m_window->scene()->selectedIds().value(0);
    bool found = false;
    for (const Link &link : doc->data().links)
        found |= link.key.kind == LinkKind::Data && ids.contains(link.key.from.str()) &&
                 ids.contains(link.key.to.str());
    QVERIFY2(found, qPrintable(first));
    QCOMPARE(doc->data().links.size(), 3);
}

void TestMainWindow::assignOwnerViaProperties()
{
    Document *doc = m_window->document();
    m_window->scene()->selectIds({u"s-loose"_qs});
    auto *owner = m_window->propertiesDock()->findChild<QComboBox *>(u"assetOwner"_qs);
    QVERIFY(owner);
    QVERIFY(owner->isVisible());
    QCOMPARE(owner->currentData().toString(), QString());
    owner->setFocus();
    QTest::keyClick(owner, Qt::Key_Down); // (nobody) -> Team A
    QCOMPARE(doc->data().assets.value(AssetId(u"s-loose"_qs)).owner, TeamId(u"t-a"_qs));
    QTest::keyClick(owner, Qt::Key_Down); // -> Team B
    QCOMPARE(doc->data().assets.value(AssetId(u"s-loose"_qs)).owner, TeamId(u"t-b"_qs));
    doc->undoStack()->undo();
    QCOMPARE(doc->data().assets.value(AssetId(u"s-loose"_qs)).owner, TeamId(u"t-a"_qs));
    QCOMPARE(owner->currentData().toString(), u"t-a"_qs); // the dock follows undo
}

void TestMainWindow::assignOwnerToSeveralIsOneStep()
{
    Document *doc = m_window->document();
    m_window->scene()->selectIds({u"s-loose"_qs, u"s-orders"_qs});
    auto *owner = m_window->propertiesDock()->findChild<QComboBox *>(u"summaryOwner"_qs);
    QVERIFY(owner && owner->isVisible());
    QCOMPARE(owner->currentData().toString(), u"#mixed"_qs); // nobody vs Team A
    const int steps = doc->undoStack()->count();
    owner->setFocus();
    QTest::keyClick(owner, Qt::Key_End); // the last team: Team B
    QCOMPARE(doc->data().assets.value(AssetId(u"s-loose"_qs)).owner, TeamId(u"t-b"_qs));
    QCOMPARE(doc->data().assets.value(AssetId(u"s-orders"_qs)).owner, TeamId(u"t-b"_qs));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    doc->undoStack()->undo();
    QCOMPARE(doc->data(), TestUtil::sampleMap());
}

void TestMainWindow::renameViaPropertiesIsOneStep()
{
    Document *doc = m_window->document();
    m_window->scene()->selectIds({u"s-orders"_qs});
    auto *name = m_window->propertiesDock()->findChild<QLineEdit *>(u"assetName"_qs);
    QVERIFY(name && name->isVisible());
    const int steps = doc->undoStack()->count();
    name->selectAll();
    QTest::keyClicks(name, u"Order service"_qs);
    QCOMPARE(doc->data().assets.value(AssetId(u"s-orders"_qs)).name, u"Order service"_qs);
    QCOMPARE(doc->undoStack()->count(), steps + 1); // typing merged into one step
    // An empty name is refused and marked, the map keeps the last valid one.
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    QCOMPARE(doc->data().assets.value(AssetId(u"s-orders"_qs)).name, u"Order service"_qs);
    QVERIFY(name->property("invalid").toBool());
    doc->undoStack()->undo();
    QCOMPARE(doc->data().assets.value(AssetId(u"s-orders"_qs)).name, u"orders"_qs);
}

void TestMainWindow::renameInPlace()
{
    Document *doc = m_window->document();
    m_window->scene()->selectIds({u"t-a"_qs});
    m_window->action(u"actionRename"_qs)->trigger();
    QLineEdit *editor = nullptr;
    for (QLineEdit *edit : m_window->view()->findChildren<QLineEdit *>())
        if (edit->isVisible())
            editor = edit;
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"Checkout crew"_qs);
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(doc->data().teams.value(TeamId(u"t-a"_qs)).name, u"Checkout crew"_qs);
}

void TestMainWindow::deleteWithLinksAndUndo()
{
    Document *doc = m_window->document();
    const MapData before = doc->data();
    m_window->scene()->selectIds({u"s-orders"_qs});
    m_window->action(u"actionDelete"_qs)->trigger();
    QVERIFY(!doc->data().assets.contains(AssetId(u"s-orders"_qs)));
    QCOMPARE(doc->data().links.size(), 0); // both links hung on s-orders
    doc->undoStack()->undo();
    QCOMPARE(doc->data(), before);
}

void TestMainWindow::copyPasteBetweenWindows()
{
    m_window->scene()->selectIds({u"s-orders"_qs, u"dp-customers"_qs, u"t-b"_qs});
    m_window->action(u"actionCopy"_qs)->trigger();

    MainWindow other(false);
    MapData empty;
    empty.info.name = u"Other"_qs;
    other.setMap(empty);
    other.show();
    QVERIFY(other.action(u"actionPaste"_qs)->isEnabled());
    const QStringList pasted = other.paste();
    QCOMPARE(pasted.size(), 3);
    const MapData &map = other.document()->data();
    QCOMPARE(map.assets.size(), 2);
    QCOMPARE(map.teams.size(), 1);
    QCOMPARE(map.links.size(), 1);
    // The owner inside the fragment (Team B owns customers) follows the new ids;
    // the domain is not in the target map and is dropped.
    int ownedByPastedTeam = 0;
    for (const Asset &a : map.assets) {
        QVERIFY(a.domain.isNull());
        ownedByPastedTeam += map.teams.contains(a.owner) ? 1 : 0;
    }
    QCOMPARE(ownedByPastedTeam, 1);
    const QStringList selected = other.scene()->selectedIds();
    QCOMPARE(QSet<QString>(pasted.cbegin(), pasted.cend()),
             QSet<QString>(selected.cbegin(), selected.cend()));
    QCOMPARE(other.document()->undoStack()->count(), 1);
    other.document()->undoStack()->undo();
    QCOMPARE(other.document()->data(), empty);
    other.document()->markSaved();

    // Pasting back into the source keeps the domain and owners it knows.
    const QStringList again = m_window->paste();
    QCOMPARE(again.size(), 3);
    for (const QString &id : again)
        if (m_window->document()->data().kindOf(id) == EntityKind::Asset)
            QCOMPARE(m_window->document()->data().assets.value(AssetId(id)).domain,
                     DomainId(u"d-sales"_qs));
}

void TestMainWindow::duplicate()
{
    Document *doc = m_window->document();
    m_window->scene()->selectIds({u"s-cart"_qs});
    const QStringList ids = m_window->duplicateSelection();
    QCOMPARE(ids.size(), 1);
    const Asset copy = doc->data().assets.value(AssetId(ids.first()));
    const Asset orig = doc->data().assets.value(AssetId(u"s-cart"_qs));
    QCOMPARE(copy.name, orig.name);
    QCOMPARE(copy.domain, orig.domain);
    QCOMPARE(copy.geometry->pos(), orig.geometry->pos() + QPointF(30, 30));
}

void TestMainWindow::saveAndReopen_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("sqlite") << u"map.orgmap"_qs;
    QTest::newRow("json") << u"map.orgmap.json"_qs;
}

void TestMainWindow::saveAndReopen()
{
    QFETCH(QString, fileName);
    const QString path = m_dir.filePath(fileName);
    m_window->scene()->selectIds({u"s-orders"_qs});
    m_window->action(u"actionDelete"_qs)->trigger();
    QVERIFY(m_window->isWindowModified());
    QString error;
    QVERIFY2(m_window->saveFile(path, &error), qPrintable(error));
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().contains(fileName));

    MainWindow reopened(false);
    QStringList errors;
    QVERIFY2(reopened.loadFile(path, &errors), qPrintable(errors.join(u"\n"_qs)));
    QCOMPARE(reopened.document()->data(), m_window->document()->data());
    QCOMPARE(reopened.document()->filePath(), QFileInfo(path).absoluteFilePath());
}

void TestMainWindow::openErrorsLeaveMapUntouched()
{
    const QString path = m_dir.filePath(u"broken.orgmap.json"_qs);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "orgmap", "version": 1, "name": "Broken",
      "assets": [{"id": "a", "kind": "service", "name": "A", "owner": "t-missing"}]})");
    file.close();
    const MapData before = m_window->document()->data();
    QString shown;
    TestUtil::onNextModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        shown = box->text() + box->detailedText();
        box->accept();
    });
    QVERIFY(!m_window->openFile(path));
    QVERIFY2(shown.contains(u"t-missing"_qs), qPrintable(shown));       // what
    QVERIFY2(shown.contains(u"/assets/0/owner"_qs), qPrintable(shown)); // where
    QCOMPARE(m_window->document()->data(), before);
}

void TestMainWindow::mapWithoutGeometryIsLaidOutOnOpen()
{
    MapData bare = TestUtil::sampleMap();
    for (Domain &d : bare.domains)
        d.geometry.reset();
    for (Team &t : bare.teams)
        t.geometry.reset();
    for (Asset &a : bare.assets)
        a.geometry.reset();
    m_window->setMap(bare);
    const MapData &map = m_window->document()->data();
    for (const Asset &a : map.assets)
        QVERIFY(a.geometry);
    for (const Domain &d : map.domains)
        QVERIFY(d.geometry && d.geometry->w > 0);
    QCOMPARE(m_window->document()->undoStack()->count(), 0); // not an undo step
    QVERIFY(!m_window->document()->isModified());
}

// A large map without geometry takes seconds to lay out: meanwhile the event
// loop turns, the status bar shows a busy bar and the open map stays as it
// was; then the new map appears laid out.
void TestMainWindow::openingLargeMapKeepsWindowResponsive()
{
    GeneratorOptions options;
    options.assets = 3000;
    MapData large = generateMap(options);
    large.info.name = u"Large"_qs;
    const QString path = m_dir.filePath(u"large.orgmap.json"_qs);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(writeMapJson(large));
    file.close();

    const MapData before = m_window->document()->data();
    int ticks = 0;
    bool untouched = true;
    bool busyShown = false;
    QTimer timer;
    timer.setInterval(5);
    connect(&timer, &QTimer::timeout, this, [&] {
        ++ticks;
        // Before the new map is shown, the old one exactly.
        const MapData &now = m_window->document()->data();
        untouched = untouched && (now == before || now.info.name == u"Large"_qs);
        busyShown = busyShown ||
                    m_window->statusBar()->findChild<QProgressBar *>(u"openProgress"_qs) != nullptr;
    });
    timer.start();
    QVERIFY(m_window->openFile(path));
    timer.stop();

    QVERIFY2(ticks >= 3, qPrintable(u"%1 ticks"_qs.arg(ticks)));
    QVERIFY(untouched);
    QVERIFY(busyShown);
    QVERIFY(!m_window->statusBar()->findChild<QProgressBar *>(u"openProgress"_qs));
    const MapData &map = m_window->document()->data();
    QCOMPARE(map.info.name, u"Large"_qs);
    QCOMPARE(map.assets.size(), large.assets.size());
    for (const Asset &a : map.assets)
        QVERIFY(a.geometry);
    QVERIFY(m_window->centralWidget()->isEnabled());
}

void TestMainWindow::exportPngOfExpectedSize()
{
    const QString path = m_dir.filePath(u"map.png"_qs);
    ExportOptions options;
    options.scale = 2;
    QString error;
    QVERIFY2(exportPng(*m_window->scene(), path, options, &error), qPrintable(error));
    QImage image(path);
    QVERIFY(!image.isNull());
    const QSizeF expected = m_window->scene()->mapBoundingRect().size() * 2;
    QVERIFY2(qAbs(image.width() - expected.width()) <= 2 &&
                 qAbs(image.height() - expected.height()) <= 2,
             qPrintable(u"%1x%2 vs %3x%4"_qs.arg(image.width())
                            .arg(image.height())
                            .arg(expected.width())
                            .arg(expected.height())));

    // The dialog states the same size and returns the chosen options.
    ExportImageDialog dialog(ExportOptions{4, true, false}, {100, 50}, {}, m_window);
    QCOMPARE(dialog.options().scale, 4.0);
    QVERIFY(dialog.options().transparent);
    QVERIFY(!dialog.options().selectionOnly);
    bool sizeShown = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        sizeShown |= label->text().contains(u"400 × 200"_qs);
    QVERIFY(sizeShown);
}

void TestMainWindow::outlineSelectionFollowsCanvas()
{
    OutlineDock *outline = m_window->outlineDock();
    m_window->scene()->selectIds({u"s-cart"_qs});
    QModelIndexList rows = outline->view()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(outline->model()->idForIndex(rows.first()), u"s-cart"_qs);

    // And back: selecting a row selects on the canvas.
    const QModelIndex team = outline->model()->indexForId(u"t-b"_qs);
    outline->view()->selectionModel()->setCurrentIndex(team, QItemSelectionModel::ClearAndSelect);
    QCOMPARE(m_window->scene()->selectedIds(), QStringList{u"t-b"_qs});
}

void TestMainWindow::titleShowsUnsavedState()
{
    QVERIFY(m_window->windowTitle().contains(u"[*]"_qs));
    QVERIFY(!m_window->isWindowModified());
    m_window->insertAtCentre(PaletteKind::Service);
    QVERIFY(m_window->isWindowModified());
    m_window->document()->undoStack()->undo();
    QVERIFY(!m_window->isWindowModified());
}

void TestMainWindow::closeWithUnsavedChangesAsks()
{
    m_window->insertAtCentre(PaletteKind::Domain);
    bool asked = false;
    TestUtil::onNextModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        asked = true;
        box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!m_window->close());
    QVERIFY(asked);
    QVERIFY(m_window->isVisible());
    TestUtil::onNextModal([&](QWidget *modal) {
        qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Discard)->click();
    });
    QVERIFY(m_window->close());
}

void TestMainWindow::tidyLayoutIsOneUndoStep()
{
    Document *doc = m_window->document();
    const MapData before = doc->data();
    m_window->action(u"actionTidy"_qs)->trigger();
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    QCOMPARE(doc->data(), before);
}

void TestMainWindow::tidySelectedMovesOnlyTheSelection()
{
    Document *doc = m_window->document();
    MapScene *scene = m_window->scene();
    const QString orders = u"s-orders"_qs;
    const QString customers = u"dp-customers"_qs;
    // Two assets of Sales dropped on top of each other.
    doc->setGeometries({{customers, Geometry::at({150, 140})}});
    QVERIFY(scene->rectForId(orders).intersects(scene->rectForId(customers)));
    const MapData before = doc->data();
    const int steps = doc->undoStack()->count();

    // Selected by a click and a Ctrl+click, as a user does; then Tidy Selected.
    m_window->view()->zoomToFit();
    QWidget *viewport = m_window->view()->viewport();
    const auto at = [&](const QString &id) {
        return m_window->view()->mapFromScene(scene->rectForId(id).center());
    };
    const QPoint ordersAt = at(orders);
    const QPointF customersCorner = scene->rectForId(customers).bottomRight() - QPointF(12, 12);
    QCOMPARE(scene->idAt(customersCorner), customers); // the part not under orders
    const QPoint customersAt = m_window->view()->mapFromScene(customersCorner);
    QTest::mouseClick(viewport, Qt::LeftButton, {}, ordersAt);
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier, customersAt);
    QStringList selected = scene->selectedIds();
    selected.sort();
    QCOMPARE(selected, (QStringList{customers, orders}));
    QAction *tidy = m_window->action(u"actionTidySelected"_qs);
    QVERIFY(tidy->isEnabled());
    tidy->trigger();

    const MapData &after = doc->data();
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    // They moved apart, and stay in their domain, clear of every other asset.
    QVERIFY(!scene->rectForId(orders).intersects(scene->rectForId(customers)));
    for (const QString &id : {orders, customers}) {
        QCOMPARE(after.assets.value(AssetId(id)).domain, DomainId(u"d-sales"_qs));
        QVERIFY2(after.domains.value(DomainId(u"d-sales"_qs))
                     .geometry->rect()
                     .contains(scene->rectForId(id)),
                 qPrintable(id));
        for (const Asset &other : after.assets)
            if (other.id.str() != id)
                QVERIFY2(!scene->rectForId(id).intersects(scene->rectForId(other.id.str())),
                         qPrintable(id + u" over "_qs + other.id.str()));
    }
    // Nothing else moved: other assets and teams where they were; a domain
    // may only grow in place to make room.
    for (const Asset &a : before.assets)
        if (a.id.str() != orders && a.id.str() != customers)
            QCOMPARE(after.assets.value(a.id).geometry, a.geometry);
    for (const Team &t : before.teams)
        QCOMPARE(after.teams.value(t.id).geometry, t.geometry);
    for (const Domain &d : before.domains) {
        const QRectF now = after.domains.value(d.id).geometry->rect();
        QCOMPARE(now.topLeft(), d.geometry->rect().topLeft());
        QVERIFY(now.contains(d.geometry->rect()));
    }
    // One undo puts both back.
    doc->undoStack()->undo();
    QCOMPARE(doc->data(), before);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
