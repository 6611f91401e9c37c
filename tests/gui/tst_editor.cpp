// The editor behaves the way a yEd or draw.io user expects (issue 9): real
// windows on the offscreen platform, driven with mouse events on the canvas
// viewport and the context menus the right button opens.
#include "appsettings.h"
#include "containment.h"
#include "document/document.h"
#include "entityactions.h"
#include "findingsdock.h"
#include "findingsmodel.h"
#include "guitestutil.h"
#include "kindnames.h"
#include "mainwindow.h"
#include "mapscene.h"
#include "mapview.h"
#include "outlinedock.h"
#include "outlinemodel.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGraphicsItem>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>
#include <QWheelEvent>

using namespace OrgMap;

class TestEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // Containers.
    void dragDomainOntoDomainNests();
    void dragSubdomainOut_data();
    void dragSubdomainOut();
    void domainBodyGrabsDomainShiftDrawsBand();
    void domainGrowsToHoldWhatIsDropped();
    void fitDomainToContentsShrinks();
    void resizeNeverCutsChildren();
    void insertDomainIsTopLevelSubdomainInside();

    // Context menus.
    void canvasMenuOffers_data();
    void canvasMenuOffers();
    void assetMenuSetsOwnerAndMovesToDomain();
    void linkMenuDeletes();
    void emptyCanvasMenuInsertsHere();
    void menuConnectsTwoAndCopiesForPaste();
    void outlineAndFindingsMenus();

    // No surprises.
    void renameAndDropKeepTheView();
    void namesOverTheLimitCannotBeTyped();
    void saveAsNamesUntitledMapAfterFile();
    void exportAddsExtensionAndProposesName();
    void standardShortcuts();
    void wheelZoomsAroundCursor();
    void linkKindWordsMatch();

    // A first run that teaches.
    void welcomePageOnEmptyCanvas();
    void gettingStartedShowsDocsPage();

private:
    QPoint toView(QPointF scenePos) const { return m_window->view()->mapFromScene(scenePos); }
    void drag(QPointF from, QPointF to, Qt::KeyboardModifiers modifiers = {});
    QRectF rectOf(const QString &id) const;
    QString outlineParentOf(const QString &id) const;
    QMenu *rightClick(QWidget *viewport, QPoint pos);
    static QStringList namesIn(QMenu *menu);
    static QAction *find(QMenu *menu, const QString &text);

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestEditor::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void TestEditor::init()
{
    m_window = new MainWindow(false);
    m_window->setMap(TestUtil::sampleMap());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->view()->zoomToFit();
}

void TestEditor::cleanup()
{
    m_window->document()->markSaved();
    delete m_window;
    m_window = nullptr;
}

// A left-button drag on the viewport, in small steps as a hand would.
void TestEditor::drag(QPointF from, QPointF to, Qt::KeyboardModifiers modifiers)
{
    QWidget *viewport = m_window->view()->viewport();
    const QPoint a = toView(from);
    const QPoint b = toView(to);
    QVERIFY(viewport->rect().contains(a) && viewport->rect().contains(b));
    QTest::mousePress(viewport, Qt::LeftButton, modifiers, a);
    for (int step = 1; step <= 10; ++step)
        QTest::mouseMove(viewport, a + (b - a) * step / 10);
    QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, b);
}

QRectF TestEditor::rectOf(const QString &id) const
{
    const MapData &data = m_window->document()->data();
    if (data.kindOf(id) == EntityKind::Domain)
        return data.domains.value(DomainId(id)).geometry->rect();
    return m_window->scene()->rectForId(id);
}

QString TestEditor::outlineParentOf(const QString &id) const
{
    OutlineModel *model = m_window->outlineDock()->model();
    return model->idForIndex(model->indexForId(id).parent());
}

void TestEditor::dragDomainOntoDomainNests()
{
    Document *doc = m_window->document();
    const MapData before = doc->data();
    const int steps = doc->undoStack()->count();
    // Grab Operations by an empty spot of its body (not the title band) and
    // drop it on an empty spot of Sales.
    drag({1000, 200}, {250, 220});
    const Domain ops = doc->data().domains.value(DomainId(u"d-ops"_qs));
    QCOMPARE(ops.parent, DomainId(u"d-sales"_qs));
    QCOMPARE(outlineParentOf(u"d-ops"_qs), u"d-sales"_qs);
    // Drawn above its new parent, and the parent grew to hold it.
    QVERIFY(m_window->scene()->itemForId(u"d-ops"_qs)->zValue() >
            m_window->scene()->itemForId(u"d-sales"_qs)->zValue());
    QVERIFY(rectOf(u"d-sales"_qs).contains(rectOf(u"d-ops"_qs)));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    doc->undoStack()->undo();
    QCOMPARE(doc->data(), before);
    QCOMPARE(outlineParentOf(u"d-ops"_qs), QString());
}

void TestEditor::dragSubdomainOut_data()
{
    QTest::addColumn<QPointF>("drop");
    QTest::addColumn<QString>("parent");
    QTest::newRow("empty canvas") << QPointF(1000, 650) << QString();
    QTest::newRow("another domain") << QPointF(1000, 200) << u"d-ops"_qs;
}

void TestEditor::dragSubdomainOut()
{
    QFETCH(QPointF, drop);
    QFETCH(QString, parent);
    Document *doc = m_window->document();
    drag({440, 300}, drop); // Shop's body below its service
    QCOMPARE(doc->data().domains.value(DomainId(u"d-shop"_qs)).parent, DomainId(parent));
    QCOMPARE(outlineParentOf(u"d-shop"_qs), parent);
    // Its service came along and stays in it.
    QCOMPARE(doc->data().assets.value(AssetId(u"s-cart"_qs)).domain, DomainId(u"d-shop"_qs));
    QVERIFY(rectOf(u"d-shop"_qs).contains(rectOf(u"s-cart"_qs)));
    if (!parent.isEmpty())
        QVERIFY(rectOf(parent).contains(rectOf(u"d-shop"_qs)));
}

void TestEditor::domainBodyGrabsDomainShiftDrawsBand()
{
    MapScene *scene = m_window->scene();
    QWidget *viewport = m_window->view()->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, toView({250, 220}));
    QCOMPARE(scene->selectedIds(), QStringList{u"d-sales"_qs});
    // Shift+drag inside the domain draws a band around the service instead.
    const QRectF before = rectOf(u"d-sales"_qs);
    drag({10, 70}, {240, 170}, Qt::ShiftModifier);
    QCOMPARE(scene->selectedIds(), QStringList{u"s-orders"_qs});
    QCOMPARE(rectOf(u"d-sales"_qs), before);
}

void TestEditor::domainGrowsToHoldWhatIsDropped()
{
    Document *doc = m_window->document();
    // Dropped near the right edge of Operations: it would stick out.
    drag(rectOf(u"s-loose"_qs).center(), {1180, 150});
    QCOMPARE(doc->data().assets.value(AssetId(u"s-loose"_qs)).domain, DomainId(u"d-ops"_qs));
    QVERIFY(rectOf(u"d-ops"_qs).contains(rectOf(u"s-loose"_qs)));
    // One step undoes the move, the new domain and the growth.
    doc->undoStack()->undo();
    QCOMPARE(doc->data(), TestUtil::sampleMap());
    // Created close to the bottom edge (palette drop, double-click menu).
    const QString id = m_window->scene()->createAt(PaletteKind::DataProduct, {1000, 290});
    QVERIFY(!id.isEmpty());
    QCOMPARE(doc->data().assets.value(AssetId(id)).domain, DomainId(u"d-ops"_qs));
    QVERIFY(rectOf(u"d-ops"_qs).contains(rectOf(id)));
    doc->undoStack()->undo();
    QCOMPARE(doc->data(), TestUtil::sampleMap());
}

void TestEditor::fitDomainToContentsShrinks()
{
    Document *doc = m_window->document();
    m_window->scene()->selectIds({u"d-sales"_qs});
    QAction *fit = m_window->action(u"actionFitDomain"_qs);
    QVERIFY(fit && fit->isEnabled());
    const QRectF before = rectOf(u"d-sales"_qs);
    fit->trigger();
    const QRectF after = rectOf(u"d-sales"_qs);
    QVERIFY(after.width() < before.width() || after.height() < before.height());
    for (const QString &child : {u"s-orders"_qs, u"dp-customers"_qs, u"d-shop"_qs})
        QVERIFY2(after.contains(rectOf(child)), qPrintable(child));
    doc->undoStack()->undo();
    QCOMPARE(rectOf(u"d-sales"_qs), before);
    m_window->scene()->selectIds({u"t-a"_qs});
    QVERIFY(!fit->isEnabled());
}

void TestEditor::resizeNeverCutsChildren()
{
    MapScene *scene = m_window->scene();
    scene->selectIds({u"d-sales"_qs});
    // Drag the bottom-right handle far up and left, past the children.
    drag({600, 400}, {150, 150});
    const QRectF after = rectOf(u"d-sales"_qs);
    QVERIFY(after.height() < 400); // it did resize, as far as the children allow
    for (const QString &child : {u"s-orders"_qs, u"dp-customers"_qs, u"d-shop"_qs})
        QVERIFY2(after.contains(rectOf(child)), qPrintable(child));
}

void TestEditor::insertDomainIsTopLevelSubdomainInside()
{
    Document *doc = m_window->document();
    MapScene *scene = m_window->scene();
    scene->selectIds({u"d-sales"_qs});
    m_window->view()->setFocus();
    m_window->action(u"actionInsert1"_qs)->trigger();
    const QString top = scene->selectedIds().value(0);
    QVERIFY(doc->data().domains.contains(DomainId(top)));
    QVERIFY(doc->data().domains.value(DomainId(top)).parent.isNull());
    for (const Domain &d : TestUtil::sampleMap().domains)
        QVERIFY(!rectOf(top).intersects(d.geometry->rect()));

    scene->selectIds({u"d-sales"_qs});
    QAction *sub = m_window->action(u"actionInsertSubdomain"_qs);
    QVERIFY(sub && sub->isEnabled());
    const int steps = doc->undoStack()->count();
    sub->trigger();
    const QString child = scene->selectedIds().value(0);
    QCOMPARE(doc->data().domains.value(DomainId(child)).parent, DomainId(u"d-sales"_qs));
    QVERIFY(rectOf(u"d-sales"_qs).contains(rectOf(child)));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(outlineParentOf(child), u"d-sales"_qs);
}

// Right-click as the window system delivers it; returns the menu it opened.
QMenu *TestEditor::rightClick(QWidget *viewport, QPoint pos)
{
    QTest::mouseClick(viewport, Qt::RightButton, {}, pos);
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, viewport->mapToGlobal(pos));
    QApplication::sendEvent(viewport, &event);
    return qobject_cast<QMenu *>(QApplication::activePopupWidget());
}

// Object names of a menu's actions and submenus, recursively.
QStringList TestEditor::namesIn(QMenu *menu)
{
    QStringList names;
    for (QAction *a : menu->actions()) {
        if (!a->objectName().isEmpty())
            names << a->objectName();
        if (QMenu *sub = a->menu())
            names << sub->objectName() << namesIn(sub);
    }
    names.removeAll(QString());
    return names;
}

// An action by its text (without the accelerator), in the menu or a submenu.
QAction *TestEditor::find(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions()) {
        if (QString(a->text()).remove(u'&') == text)
            return a;
        if (a->menu())
            if (QAction *inner = find(a->menu(), text))
                return inner;
    }
    return nullptr;
}

void TestEditor::canvasMenuOffers_data()
{
    QTest::addColumn<QPointF>("at");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");
    // Connect needs two things selected (menuConnectsTwoAndCopiesForPaste).
    QTest::newRow("asset") << QPointF(120, 120)
                           << QStringList{u"menuRename"_qs,       u"menuSetOwner"_qs,
                                          u"menuMoveToDomain"_qs, u"menuSelectLinks"_qs,
                                          u"menuCopy"_qs,         u"menuDelete"_qs,
                                          u"menuShowInOutline"_qs}
                           << QStringList{u"menuFitDomain"_qs, u"menuConnect"_qs};
    QTest::newRow("team") << QPointF(100, 600)
                          << QStringList{u"menuRename"_qs, u"menuSelectLinks"_qs, u"menuCopy"_qs,
                                         u"menuDelete"_qs, u"menuShowInOutline"_qs}
                          << QStringList{u"menuSetOwner"_qs, u"menuMoveToDomain"_qs,
                                         u"menuConnect"_qs};
    QTest::newRow("domain")
        << QPointF(1000, 200)
        << QStringList{u"menuRename"_qs,     u"menuFitDomain"_qs, u"menuInsertSubdomain"_qs,
                       u"menuInsertHere"_qs, u"menuSetOwner"_qs,  u"menuMoveToDomain"_qs,
                       u"menuCopy"_qs}
        << QStringList{u"menuSelectLinks"_qs, u"menuConnect"_qs};
    QTest::newRow("link") << QPointF(120, 210)
                          << QStringList{u"menuSelectEnds"_qs, u"menuDelete"_qs}
                          << QStringList{u"menuRename"_qs, u"menuCopy"_qs, u"menuConnect"_qs};
    QTest::newRow("interaction") << QPointF(250, 600)
                                 << QStringList{u"menuSelectEnds"_qs, u"menuDelete"_qs}
                                 << QStringList{u"menuRename"_qs, u"menuCopy"_qs};
    QTest::newRow("empty canvas") << QPointF(1000, 650)
                                  << QStringList{u"menuInsertHere"_qs, u"menuPaste"_qs}
                                  << QStringList{u"menuDelete"_qs, u"menuRename"_qs,
                                                 u"menuCopy"_qs};
}

void TestEditor::canvasMenuOffers()
{
    QFETCH(QPointF, at);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    QMenu *menu = rightClick(m_window->view()->viewport(), toView(at));
    QVERIFY(menu);
    const QStringList names = namesIn(menu);
    for (const QString &name : expected)
        QVERIFY2(names.contains(name), qPrintable(name + u" missing from "_qs + names.join(u',')));
    for (const QString &name : absent)
        QVERIFY2(!names.contains(name), qPrintable(name));
    menu->close();
}

void TestEditor::assetMenuSetsOwnerAndMovesToDomain()
{
    Document *doc = m_window->document();
    QMenu *menu = rightClick(m_window->view()->viewport(), toView({120, 120}));
    QVERIFY(menu);
    QCOMPARE(m_window->scene()->selectedIds(),
             QStringList{u"s-orders"_qs}); // selected by the click
    QAction *teamB = find(menu->findChild<QMenu *>(u"menuSetOwner"_qs), u"Team B"_qs);
    QVERIFY(teamB);
    teamB->trigger();
    menu->close();
    QCOMPARE(doc->data().assets.value(AssetId(u"s-orders"_qs)).owner, TeamId(u"t-b"_qs));

    menu = rightClick(m_window->view()->viewport(), toView({120, 120}));
    QAction *ops = find(menu->findChild<QMenu *>(u"menuMoveToDomain"_qs), u"Operations"_qs);
    QVERIFY(ops);
    const int steps = doc->undoStack()->count();
    ops->trigger();
    menu->close();
    QCOMPARE(doc->data().assets.value(AssetId(u"s-orders"_qs)).domain, DomainId(u"d-ops"_qs));
    QVERIFY(rectOf(u"d-ops"_qs).contains(rectOf(u"s-orders"_qs)));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(outlineParentOf(u"s-orders"_qs), u"d-ops"_qs);
}

void TestEditor::linkMenuDeletes()
{
    Document *doc = m_window->document();
    const LinkKey key{AssetId(u"s-orders"_qs), AssetId(u"dp-customers"_qs), LinkKind::Data};
    QMenu *menu = rightClick(m_window->view()->viewport(), toView({120, 210}));
    QVERIFY(menu);
    QCOMPARE(m_window->scene()->selectedLinks(), QList<LinkKey>{key});
    menu->findChild<QAction *>(u"menuDelete"_qs)->trigger();
    menu->close();
    QVERIFY(!doc->data().links.contains(key));
    QCOMPARE(doc->data().assets.size(), TestUtil::sampleMap().assets.size());
}

void TestEditor::emptyCanvasMenuInsertsHere()
{
    Document *doc = m_window->document();
    QMenu *menu = rightClick(m_window->view()->viewport(), toView({1000, 650}));
    QVERIFY(menu);
    QAction *service = find(menu->findChild<QMenu *>(u"menuInsertHere"_qs),
                            paletteKindName(PaletteKind::Service).remove(u'&'));
    QVERIFY(service);
    service->trigger();
    menu->close();
    const QString id = m_window->scene()->selectedIds().value(0);
    QCOMPARE(doc->data().kindOf(id), EntityKind::Asset);
    QVERIFY(rectOf(id).contains(QPointF(1000, 650)));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // the name editor
}

void TestEditor::menuConnectsTwoAndCopiesForPaste()
{
    Document *doc = m_window->document();
    const AssetId orders(u"s-orders"_qs);
    const AssetId loose(u"s-loose"_qs);
    // Two assets selected: a right-click on one keeps both and offers Connect,
    // which opens the connect dialog; its OK adds the link, one step.
    m_window->scene()->selectIds({orders.str(), loose.str()});
    QMenu *menu = rightClick(m_window->view()->viewport(), toView({120, 120}));
    QVERIFY(menu);
    QCOMPARE(m_window->scene()->selectedIds().size(), 2);
    auto *connectAction = menu->findChild<QAction *>(u"menuConnect"_qs);
    QVERIFY(connectAction && connectAction->isEnabled());
    menu->close();
    bool asked = false;
    TestUtil::onNextModal([&](QWidget *modal) {
        asked = true;
        auto *kind = modal->findChild<QComboBox *>(u"connectKind"_qs);
        QVERIFY(kind);
        kind->setCurrentIndex(kind->findData(int(LinkKind::Event)));
        auto *buttons = modal->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    const int steps = doc->undoStack()->count();
    const qsizetype links = doc->data().links.size();
    connectAction->trigger();
    QVERIFY(asked);
    QCOMPARE(doc->data().links.size(), links + 1);
    QVERIFY(doc->data().links.contains(LinkKey{orders, loose, LinkKind::Event}) ||
            doc->data().links.contains(LinkKey{loose, orders, LinkKind::Event}));
    QCOMPARE(doc->undoStack()->count(), steps + 1);

    // Copy on one asset, then Paste from the empty canvas's menu: a copy of it.
    m_window->scene()->selectIds({});
    menu = rightClick(m_window->view()->viewport(), toView({120, 120}));
    QVERIFY(menu);
    QCOMPARE(m_window->scene()->selectedIds(), QStringList{orders.str()});
    menu->findChild<QAction *>(u"menuCopy"_qs)->trigger();
    menu->close();
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Copied"_qs));
    const qsizetype assets = doc->data().assets.size();
    menu = rightClick(m_window->view()->viewport(), toView({1000, 650}));
    QVERIFY(menu);
    QAction *paste = menu->findChild<QAction *>(u"menuPaste"_qs);
    QVERIFY(paste && paste->isEnabled());
    paste->trigger();
    menu->close();
    QCOMPARE(doc->data().assets.size(), assets + 1);
    const QStringList pasted = m_window->scene()->selectedIds();
    QCOMPARE(pasted.size(), 1);
    QVERIFY(pasted.first() != orders.str());
    const Asset copy = doc->data().assets.value(AssetId(pasted.first()));
    QVERIFY(copy.kind == doc->data().assets.value(orders).kind);
    QVERIFY2(copy.name.startsWith(doc->data().assets.value(orders).name), qPrintable(copy.name));
}

void TestEditor::outlineAndFindingsMenus()
{
    QTreeView *tree = m_window->outlineDock()->view();
    tree->expandAll();
    const QModelIndex row = m_window->outlineDock()->model()->indexForId(u"t-b"_qs);
    QMenu *menu = rightClick(tree->viewport(), tree->visualRect(row).center());
    QVERIFY(menu);
    const QStringList names = namesIn(menu);
    QVERIFY(names.contains(u"menuRename"_qs));
    QVERIFY(names.contains(u"menuShowOnCanvas"_qs));
    QCOMPARE(m_window->scene()->selectedIds(), QStringList{u"t-b"_qs});
    menu->findChild<QAction *>(u"menuDelete"_qs)->trigger();
    menu->close();
    QVERIFY(!m_window->document()->data().teams.contains(TeamId(u"t-b"_qs)));
    m_window->document()->undoStack()->undo();

    // Findings: the unplaced, unowned asset is a finding; its row offers to
    // select what it is about.
    QTableView *table = m_window->findingsDock()->table();
    m_window->showPanel(u"findings"_qs);
    QTRY_VERIFY(table->model()->rowCount() > 0);
    QModelIndex finding;
    for (int r = 0; r < table->model()->rowCount() && !finding.isValid(); ++r)
        if (table->model()->index(r, 0).data(FindingsModel::SubjectIdRole).toString() ==
            u"s-loose"_qs)
            finding = table->model()->index(r, 0);
    QVERIFY(finding.isValid());
    table->scrollTo(finding);
    menu = rightClick(table->viewport(), table->visualRect(finding).center());
    QVERIFY(menu);
    QAction *select = menu->findChild<QAction *>(u"menuSelectAffected"_qs);
    QVERIFY(select);
    select->trigger();
    menu->close();
    QVERIFY(m_window->scene()->selectedIds().contains(u"s-loose"_qs));
}

void TestEditor::renameAndDropKeepTheView()
{
    MapView *view = m_window->view();
    view->setZoom(1.0);
    view->centerOn(QPointF(300, 300));
    // Where the view looks, in scene coordinates (scroll values are relative
    // to a scene rect that grows with the map).
    auto scrolled = [&] { return view->mapToScene(view->viewport()->rect().center()); };
    const QPointF scroll = scrolled();
    auto same = [&] { return QLineF(scrolled(), scroll).length() < 2; };
    m_window->scene()->selectIds({u"dp-customers"_qs});
    m_window->action(u"actionRename"_qs)->trigger();
    QVERIFY(same());
    QTest::keyClick(view->findChild<QLineEdit *>(u"nameEditor"_qs), Qt::Key_Escape);
    QVERIFY(same());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, toView({120, 120}));
    QVERIFY(same());
    QTest::keyClick(view->findChild<QLineEdit *>(u"nameEditor"_qs), Qt::Key_Escape);
    // Dropping an asset into another domain keeps the scene where it was.
    drag({120, 300}, {450, 300});
    QCOMPARE(m_window->document()->data().assets.value(AssetId(u"dp-customers"_qs)).domain,
             DomainId(u"d-shop"_qs));
    QVERIFY2(same(), qPrintable(u"%1,%2 -> %3,%4"_qs.arg(scroll.x())
                                    .arg(scroll.y())
                                    .arg(scrolled().x())
                                    .arg(scrolled().y())));
}

void TestEditor::namesOverTheLimitCannotBeTyped()
{
    MapView *view = m_window->view();
    const QString tooLong(251, u'x');
    m_window->scene()->selectIds({u"t-a"_qs});
    m_window->action(u"actionRename"_qs)->trigger();
    auto *editor = view->findChild<QLineEdit *>(u"nameEditor"_qs);
    QVERIFY(editor);
    QVERIFY(editor->toolTip().contains(u"200"_qs));
    editor->selectAll();
    QTest::keyClicks(editor, tooLong);
    QCOMPARE(editor->text().size(), 200);
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(m_window->document()->data().teams.value(TeamId(u"t-a"_qs)).name, tooLong.left(200));
    // The Properties field takes as many as were saved, and shows the limit.
    auto *field = m_window->findChild<QLineEdit *>(u"teamName"_qs);
    QVERIFY(field);
    QCOMPARE(field->maxLength(), 200);
    QVERIFY(field->toolTip().contains(u"200"_qs));
    // An edit the model refuses says why in the status bar.
    m_window->action(u"actionRename"_qs)->trigger();
    editor = view->findChild<QLineEdit *>(u"nameEditor"_qs);
    editor->setText(u"   "_qs);
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());
    QCOMPARE(m_window->document()->data().teams.value(TeamId(u"t-a"_qs)).name, tooLong.left(200));
}

void TestEditor::saveAsNamesUntitledMapAfterFile()
{
    m_window->action(u"actionNew"_qs)->trigger();
    AppSettings::setLastDirectory(m_dir.path());
    m_window->scene()->createAt(PaletteKind::Service, {0, 0});
    QString proposed;
    TestUtil::answerSaveDialog(u"acme"_qs, &proposed);
    m_window->action(u"actionSaveAs"_qs)->trigger();
    QCOMPARE(QFileInfo(proposed).absolutePath(), QFileInfo(m_dir.path()).absoluteFilePath());
    QVERIFY(QFile::exists(m_dir.filePath(u"acme.orgmap"_qs)));
    QCOMPARE(m_window->document()->data().info.name, u"acme"_qs);
    QVERIFY(m_window->windowTitle().contains(u"acme.orgmap"_qs));
    QVERIFY(m_window->windowTitle().contains(u"acme"_qs));
}

void TestEditor::exportAddsExtensionAndProposesName()
{
    AppSettings::setLastDirectory(m_dir.path());
    QString proposed;
    TestUtil::answerSaveDialog(u"plan"_qs, &proposed);
    m_window->action(u"actionExportSvg"_qs)->trigger();
    QCOMPARE(QFileInfo(proposed).fileName(), u"Sample.svg"_qs); // the map's name
    QCOMPARE(QFileInfo(proposed).absolutePath(), QFileInfo(m_dir.path()).absoluteFilePath());
    QVERIFY(QFile::exists(m_dir.filePath(u"plan.svg"_qs)));
    // JSON proposes the map's name with its double extension too.
    TestUtil::answerSaveDialog(u"Sample.orgmap.json"_qs, &proposed);
    m_window->action(u"actionExportJson"_qs)->trigger();
    QCOMPARE(QFileInfo(proposed).fileName(), u"Sample.orgmap.json"_qs);
    QVERIFY(QFile::exists(m_dir.filePath(u"Sample.orgmap.json"_qs)));
}

void TestEditor::standardShortcuts()
{
    QVERIFY(m_window->action(u"actionSaveAs"_qs)
                ->shortcuts()
                .contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    QVERIFY(
        m_window->action(u"actionFullScreen"_qs)->shortcuts().contains(QKeySequence(Qt::Key_F11)));
    QTest::keyClick(m_window, Qt::Key_F11);
    QVERIFY(m_window->action(u"actionFullScreen"_qs)->isChecked());
    QTest::keyClick(m_window, Qt::Key_F11);
    QVERIFY(!m_window->action(u"actionFullScreen"_qs)->isChecked());
}

void TestEditor::wheelZoomsAroundCursor()
{
    MapView *view = m_window->view();
    const double before = view->zoom();
    const QPoint at = toView({120, 120});
    const QPointF under = view->mapToScene(at);
    QWheelEvent wheel(at, view->viewport()->mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(view->zoom() > before);
    QVERIFY(QLineF(view->mapToScene(at), under).length() < 4 / view->zoom());
    // Ctrl+wheel scrolls instead.
    const double zoom = view->zoom();
    const int scroll = view->verticalScrollBar()->value();
    QWheelEvent ctrl(at, view->viewport()->mapToGlobal(at), {}, QPoint(0, -120), Qt::NoButton,
                     Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &ctrl);
    QCOMPARE(view->zoom(), zoom);
    QVERIFY(view->verticalScrollBar()->value() != scroll);
}

void TestEditor::linkKindWordsMatch()
{
    // The dialog's words are the popup's words (the popup is built from the same list).
    m_window->scene()->selectIds({u"s-orders"_qs, u"s-loose"_qs});
    QStringList dialogWords;
    TestUtil::onNextModal([&](QWidget *modal) {
        auto *combo = modal->findChild<QComboBox *>(u"connectKind"_qs);
        for (int i = 0; combo && i < combo->count(); ++i)
            dialogWords << combo->itemText(i);
        modal->close();
    });
    m_window->action(u"actionConnect"_qs)->trigger();
    QCOMPARE(dialogWords, (QStringList{linkKindName(LinkKind::Api), linkKindName(LinkKind::Event),
                                       linkKindName(LinkKind::Data)}));
}

void TestEditor::welcomePageOnEmptyCanvas()
{
    // A map with things in it: no welcome page.
    auto *page = m_window->view()->viewport()->findChild<QWidget *>(u"welcomePage"_qs);
    QVERIFY(page);
    QVERIFY(!page->isVisible());
    // After New it is there, with the gestures, and it opens the example.
    m_window->action(u"actionNew"_qs)->trigger();
    QVERIFY(page->isVisible());
    QTRY_VERIFY2(m_window->view()->viewport()->rect().contains(page->geometry()),
                 qPrintable(u"%5,%6 %1x%2 in %3x%4"_qs.arg(page->width())
                                .arg(page->height())
                                .arg(m_window->view()->viewport()->width())
                                .arg(m_window->view()->viewport()->height())
                                .arg(page->x())
                                .arg(page->y())));
    auto *gestures = page->findChild<QLabel *>(u"welcomeGestures"_qs);
    QVERIFY(gestures && gestures->text().contains(u"Palette"_qs));
    for (const char *name : {"welcomeExample", "welcomeNew", "welcomeImport", "welcomeOpen"})
        QVERIFY2(page->findChild<QPushButton *>(QLatin1String(name)), name);
    QTest::mouseClick(page->findChild<QPushButton *>(u"welcomeExample"_qs), Qt::LeftButton);
    QVERIFY(m_window->document()->data().domains.size() > 3);
    QVERIFY(m_window->document()->filePath().isEmpty()); // saving asks where
    QVERIFY(!page->isVisible());
    // New again, then "Start a new map" gets it out of the way.
    m_window->document()->markSaved();
    m_window->action(u"actionNew"_qs)->trigger();
    QVERIFY(page->isVisible());
    QTest::mouseClick(page->findChild<QPushButton *>(u"welcomeNew"_qs), Qt::LeftButton);
    QVERIFY(!page->isVisible());
}

void TestEditor::gettingStartedShowsDocsPage()
{
    QAction *help = m_window->action(u"actionGettingStarted"_qs);
    QVERIFY(help);
    QString text;
    TestUtil::onNextModal([&](QWidget *modal) {
        if (auto *browser = modal->findChild<QTextBrowser *>(u"gettingStartedText"_qs))
            text = browser->toPlainText();
        modal->close();
    });
    help->trigger();
    QVERIFY(text.contains(u"Getting started with OrgMap"_qs));
    QVERIFY(text.contains(u"five gestures"_qs));
}

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
