// Presentation mode (docs/workshop.md): entering and leaving, the projector
// theme's readability at 1280x720 on the example map, the spotlight, the
// findings tour, editing from the keyboard, and the legend overlay.
#include "analysisrunner.h"
#include "document/document.h"
#include "entityactions.h"
#include "guitestutil.h"
#include "linklayer.h"
#include "mainwindow.h"
#include "mapitems.h"
#include "mapscene.h"
#include "mapview.h"
#include "present/captionbar.h"
#include "present/presentation.h"
#include "present/spotlightset.h"
#include "quickentrybar.h"
#include "scenariobar.h"
#include "theme.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>
#include <cmath>
#include <memory>

using namespace OrgMap;

class TestPresentation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void enterAndLeaveRestoreLayout();
    void readableAtProjectorSize();
    void spotlightedDomainIsLarger_data();
    void spotlightedDomainIsLarger();
    void spotlightDimsTheRest();
    void spotlightSets();
    void findingsTourSteps();
    void editingFromTheKeyboard();
    void quickEntryAndConnectFromTheKeyboard();
    void spotlightFromTheContextMenu_data();
    void spotlightFromTheContextMenu();
    void captionBarLeavesTheTopRowFree();
    void projectorLinksThickerAndStronger();
    void legendIsNeverBlankAndHides();
    void noBoxUnderAnOverlay();
    void interactionLabelsOffTheBoxes();
    void fitsTheCanvasItIsGiven();
    void captionBarHidesAndComesBack();
    void projectorThemeFromPreferences();
    void quickEntryCommandsWhilePresenting_data();
    void quickEntryCommandsWhilePresenting();

private:
    bool presentWithFocus(); // enters presentation mode, the keyboard on the canvas
    // What falls short of the readability targets at the view's scale, as
    // drawn: the titles of `domains` and the names of the assets and teams
    // in `assets`. Empty when every one is read whole enough and large enough.
    QStringList unreadable(const QStringList &domains, const QStringList &assets, double minTitlePx,
                           double minNamePx) const;
    QRectF viewportRect(QWidget *overlay) const; // an overlay's rectangle on the viewport
    QList<QRectF> boxesOnScreen() const;         // every domain, team and asset
    QList<NodeItem *> assetItems() const;
    int inkPixels(const QImage &image, const QRect &rect) const;

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestPresentation::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void TestPresentation::init()
{
    m_window = new MainWindow(false);
    QStringList errors;
    QVERIFY2(m_window->loadFile(QStringLiteral(ORGMAP_EXAMPLES "/acme.orgmap.json"), &errors),
             qPrintable(errors.join(u'\n')));
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->analysisRunner()->waitForCurrent(60000));
    m_window->presentation()->setGlideMs(0);
}

void TestPresentation::cleanup()
{
    m_window->document()->markSaved();
    delete m_window;
    m_window = nullptr;
}

bool TestPresentation::presentWithFocus()
{
    m_window->presentation()->enter(false);
    QApplication::processEvents();
    QApplication::setActiveWindow(m_window);
    if (!QTest::qWaitForWindowActive(m_window))
        return false;
    m_window->view()->setFocus();
    return true;
}

QList<NodeItem *> TestPresentation::assetItems() const
{
    QList<NodeItem *> out;
    for (const Asset &a : m_window->document()->data().assets)
        out.append(static_cast<NodeItem *>(m_window->scene()->itemForId(a.id.str())));
    return out;
}

// Pixels clearly darker than the legend's light fill: its text and symbols.
int TestPresentation::inkPixels(const QImage &image, const QRect &rect) const
{
    int n = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            if (qGray(image.pixel(x, y)) < 120)
                ++n;
    return n;
}

void TestPresentation::enterAndLeaveRestoreLayout()
{
    QTest::qWait(200); // the docks settle at their first size
    const QByteArray state = m_window->saveState();
    const QSize size = m_window->size();
    QList<QDockWidget *> shownDocks;
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        if (dock->isVisible())
            shownDocks.append(dock);
    QVERIFY(!shownDocks.isEmpty());

    Presentation *p = m_window->presentation();
    QAction *present = m_window->action(u"actionPresent"_qs);
    QCOMPARE(present->shortcut(), QKeySequence(Qt::Key_F5));
    present->trigger();
    QVERIFY(p->isActive());
    QVERIFY(m_window->scene()->theme().projector);
    QVERIFY(!m_window->menuBar()->isVisible());
    QVERIFY(!m_window->scenarioBar()->isVisible()); // only the canvas
    for (QDockWidget *dock : std::as_const(shownDocks))
        QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
    for (QToolBar *bar : m_window->findChildren<QToolBar *>())
        QVERIFY(!bar->isVisible());
    QVERIFY(m_window->isFullScreen() || m_window->windowState() & Qt::WindowFullScreen);
    QVERIFY(p->captionBar()->isBarVisible());
    QVERIFY(p->captionBar()->text().contains(m_window->document()->data().info.name));
    QVERIFY(p->captionBar()->text().contains(u"11 errors"_qs));

    // Esc on the canvas leaves.
    m_window->view()->setFocus();
    QTest::keyClick(m_window->view(), Qt::Key_Escape);
    QVERIFY(!p->isActive());
    QVERIFY(!present->isChecked());
    QVERIFY(!m_window->scene()->theme().projector);
    QVERIFY(m_window->menuBar()->isVisible());
    QVERIFY(m_window->scenarioBar()->isVisible());
    // The window gets its size back through the event loop first.
    QTRY_COMPARE(m_window->size(), size);
    QTRY_COMPARE(m_window->saveState(), state);
    // saveGeometry() bytes hold the frame's position, which the offscreen
    // platform shifts by its title bar after full screen; the size is compared.
    QCOMPARE(m_window->normalGeometry().size(), size);
    for (QDockWidget *dock : std::as_const(shownDocks))
        QVERIFY2(dock->isVisible(), qPrintable(dock->objectName()));
}

QStringList TestPresentation::unreadable(const QStringList &domains, const QStringList &assets,
                                         double minTitlePx, double minNamePx) const
{
    MapView *view = m_window->view();
    view->viewport()->grab(); // paints: the titles and names are laid out as drawn
    const double scale = view->transform().m11();
    const MapData &data = m_window->document()->data();
    QStringList problems;
    for (const QString &id : domains) {
        const auto *item = static_cast<DomainItem *>(m_window->scene()->itemForId(id));
        const QString name = data.nameOf(id);
        const QFont font = item->titleFont();
        const double px = font.pixelSize() * scale;
        if (px < minTitlePx)
            problems << u"title %1: %2 px"_qs.arg(name).arg(px);
        // The first word whole (the cycle mark before it aside; over two
        // lines when an empty domain had to break it).
        QString drawn = item->shownTitle();
        if (drawn.startsWith(u"\u21bb "_qs))
            drawn = drawn.mid(2);
        drawn.replace(u"-"_qs + QChar(QChar::LineSeparator), QString());
        drawn.replace(QChar(QChar::LineSeparator), u' ');
        if (!drawn.startsWith(name.section(u' ', 0, 0)))
            problems << u"title %1 drawn as \"%2\""_qs.arg(name, drawn);
        // Each line inside the domain's width, at the horizontal scale it was drawn at.
        for (const QString &line : item->shownTitle().split(QChar(QChar::LineSeparator))) {
            const double width =
                QFontMetricsF(font).horizontalAdvance(line) * item->shownTitleStretch();
            if (width > item->labelRect().width() + 0.5)
                problems << u"title %1: \"%2\" %3 wide in %4"_qs.arg(name, line)
                                .arg(width)
                                .arg(item->labelRect().width());
        }
    }
    for (const QString &id : assets) {
        const auto *item = static_cast<NodeItem *>(m_window->scene()->itemForId(id));
        // Team names are drawn bold (and may be condensed), asset names not.
        QFont font = m_window->scene()->theme().labelFont;
        font.setBold(font.bold() || item->isTeam());
        const double px = font.pixelSize() * scale;
        if (px < minNamePx)
            problems << u"name %1: %2 px"_qs.arg(item->name()).arg(px);
        // Not elided past the first word: the first word is drawn whole
        // (over the lines when it had to be broken), each line in the box.
        const QStringList lines = item->shownName().split(QChar(QChar::LineSeparator));
        QString drawn = item->shownName();
        drawn.replace(u"-"_qs + QChar(QChar::LineSeparator), QString());
        drawn.replace(QChar(QChar::LineSeparator), u' ');
        if (!drawn.startsWith(item->name().section(u' ', 0, 0)))
            problems << u"name %1 drawn as \"%2\""_qs.arg(item->name(), drawn);
        // A team's few words are read whole ("Checkout Cr…" was not).
        if (item->isTeam() && drawn != item->name())
            problems << u"team %1 drawn as \"%2\""_qs.arg(item->name(), drawn);
        for (const QString &line : lines)
            if (QFontMetricsF(font).horizontalAdvance(line) * item->shownNameStretch() >
                item->labelRect().width() + 0.5)
                problems << u"name %1: \"%2\" wider than its box"_qs.arg(item->name(), line);
        // Whatever the lines hold must also fit their height.
        if (lines.size() * QFontMetricsF(font).lineSpacing() > item->labelRect().height() + 8)
            problems
                << u"name %1: %2 lines taller than its box"_qs.arg(item->name()).arg(lines.size());
    }
    return problems;
}

QRectF TestPresentation::viewportRect(QWidget *overlay) const
{
    QWidget *viewport = m_window->view()->viewport();
    return QRectF(viewport->mapFromGlobal(overlay->mapToGlobal(QPoint(0, 0))), overlay->size());
}

QList<QRectF> TestPresentation::boxesOnScreen() const
{
    const MapData &data = m_window->document()->data();
    QStringList ids;
    for (const Domain &d : data.domains)
        ids << d.id.str();
    for (const Team &t : data.teams)
        ids << t.id.str();
    for (const Asset &a : data.assets)
        ids << a.id.str();
    QList<QRectF> boxes;
    for (const QString &id : std::as_const(ids))
        boxes << m_window->view()->mapFromScene(m_window->scene()->rectForId(id)).boundingRect();
    return boxes;
}

void TestPresentation::readableAtProjectorSize()
{
    Presentation *p = m_window->presentation();
    p->enter(false); // offscreen: the window keeps its 1280x720
    QApplication::processEvents();
    MapView *view = m_window->view();
    QCOMPARE(view->viewport()->size(), QSize(1280, 720));
    view->zoomToFit();
    // The whole map in view: every box on screen.
    const QRectF screen = view->viewport()->rect();
    for (const QRectF &box : boxesOnScreen())
        QVERIFY2(screen.contains(box), qPrintable(u"%1,%2 %3x%4 off screen"_qs.arg(box.x())
                                                      .arg(box.y())
                                                      .arg(box.width())
                                                      .arg(box.height())));
    QStringList domains, assets;
    for (const Domain &d : m_window->document()->data().domains)
        domains << d.id.str();
    for (const Asset &a : m_window->document()->data().assets)
        assets << a.id.str();
    // Team names too: the room reads who works where.
    for (const Team &t : m_window->document()->data().teams)
        assets << t.id.str();
    const QStringList problems = unreadable(domains, assets, 20, 12);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_qs)));
}

void TestPresentation::spotlightedDomainIsLarger_data()
{
    QTest::addColumn<QString>("domain");
    QFile file(QStringLiteral(ORGMAP_EXAMPLES "/acme.orgmap.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    for (const QJsonValue &d : QJsonDocument::fromJson(file.readAll())[u"domains"_qs].toArray()) {
        const QString id = d[u"id"_qs].toString();
        QTest::newRow(qPrintable(id)) << id;
    }
}

void TestPresentation::spotlightedDomainIsLarger()
{
    QFETCH(QString, domain);
    Presentation *p = m_window->presentation();
    p->enter(false);
    QApplication::processEvents();
    const MapData &data = m_window->document()->data();
    QVERIFY(data.containsId(domain));
    p->spotlight(spotlightSet(data, domain));
    // The domain is on screen whole.
    const QRectF shown =
        m_window->view()->mapToScene(m_window->view()->viewport()->rect()).boundingRect();
    QVERIFY(shown.contains(m_window->scene()->rectForId(domain)));
    QVERIFY(p->captionBar()->text().contains(data.nameOf(domain)));
    // Its assets' names at 18 px or more, read whole enough.
    QStringList assets;
    for (const Asset &a : data.assets)
        if (a.domain == DomainId(domain))
            assets << a.id.str();
    const QStringList problems = unreadable({domain}, assets, 20, 18);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_qs)));
}

void TestPresentation::spotlightDimsTheRest()
{
    Presentation *p = m_window->presentation();
    p->enter(false);
    QApplication::processEvents();
    MapView *view = m_window->view();
    m_window->scene()->setShowLegend(false);
    p->spotlight(spotlightSet(m_window->document()->data(), u"d-catalog"_qs));
    const QImage dimmed = view->viewport()->grab().toImage();
    const QList<QRectF> lit = view->spotlight();
    view->setSpotlight({});
    const QImage plain = view->viewport()->grab().toImage();
    view->setSpotlight(lit);
    // Inside the domain the picture is unchanged; outside, it is faded.
    const QRect box =
        view->mapFromScene(m_window->scene()->rectForId(u"d-catalog"_qs)).boundingRect();
    const QRect domain = box.adjusted(20, 60, -20, -20);
    const QRect around = box.adjusted(-40, -40, 40, 40); // the veil's hole has a margin
    int same = 0, total = 0, changed = 0, outside = 0;
    for (int y = 0; y < plain.height(); y += 7)
        for (int x = 0; x < plain.width(); x += 7) {
            const bool in = domain.contains(x, y);
            const bool differs = dimmed.pixel(x, y) != plain.pixel(x, y);
            if (in) {
                ++total;
                same += !differs;
            } else if (!around.contains(x, y) &&
                       qGray(plain.pixel(x, y)) < 200) { // something drawn there
                ++outside;
                changed += differs;
            }
        }
    QVERIFY(total > 100);
    QCOMPARE(same, total);
    QVERIFY(outside > 50);
    QCOMPARE(changed, outside);
    // Esc clears the spotlight first and stays in presentation mode.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(view->spotlight().isEmpty());
    QVERIFY(p->isActive());
}

void TestPresentation::spotlightSets()
{
    const MapData &data = m_window->document()->data();
    // A team: itself and the assets it owns.
    QStringList owned;
    for (const Asset &a : data.assets)
        if (a.owner == TeamId(u"t-browse"_qs))
            owned.append(a.id.str());
    std::sort(owned.begin(), owned.end());
    QCOMPARE(spotlightSet(data, u"t-browse"_qs), QStringList{u"t-browse"_qs} + owned);
    // An asset: its dependencies and dependents.
    const Link &link = data.links.first();
    const QStringList around = spotlightSet(data, link.key.from.str());
    QCOMPARE(around.first(), link.key.from.str());
    QVERIFY(around.contains(link.key.to.str()));
    const QStringList back = spotlightSet(data, link.key.to.str());
    QVERIFY(back.contains(link.key.from.str()));
    QVERIFY(spotlightSet(data, u"nope"_qs).isEmpty());
}

void TestPresentation::findingsTourSteps()
{
    Presentation *p = m_window->presentation();
    p->enter(false);
    QApplication::processEvents();
    const auto &findings = m_window->analysisRunner()->latest()->analysis.findings;
    QVERIFY(findings.size() > 2);
    MapView *view = m_window->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_N);
    QCOMPARE(p->tourIndex(), 0);
    QCOMPARE(p->spotlighted().first(), findings[0].subject);
    QCOMPARE(p->captionBar()->message(), findings[0].message);
    QVERIFY(p->captionBar()->text().contains(u"Finding 1 of %1"_qs.arg(findings.size())));
    QTest::keyClick(view, Qt::Key_N);
    QCOMPARE(p->tourIndex(), 1);
    QCOMPARE(p->spotlighted().first(), findings[1].subject);
    QCOMPARE(p->captionBar()->message(), findings[1].message);
    QTest::keyClick(view, Qt::Key_P);
    QCOMPARE(p->tourIndex(), 0);
    QCOMPARE(p->captionBar()->message(), findings[0].message);
    QTest::keyClick(view, Qt::Key_Escape);
    QCOMPARE(p->tourIndex(), -1);
    QVERIFY(p->captionBar()->message().isEmpty());
}

void TestPresentation::editingFromTheKeyboard()
{
    Presentation *p = m_window->presentation();
    QVERIFY(presentWithFocus());
    MapView *view = m_window->view();
    const QString id = u"s-basket"_qs;
    QVERIFY(m_window->document()->data().containsId(id));
    m_window->scene()->selectIds({id});
    // F2 renames in place.
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->viewport()->findChild<QLineEdit *>(u"nameEditor"_qs);
    QVERIFY(editor);
    editor->setText(u"Cart"_qs);
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(m_window->document()->data().nameOf(id), u"Cart"_qs);
    QVERIFY(p->isActive());
    // Delete removes, Ctrl+Z brings it back.
    m_window->scene()->selectIds({id});
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(!m_window->document()->data().containsId(id));
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(m_window->document()->data().containsId(id));
    QVERIFY(p->isActive());
}

void TestPresentation::quickEntryAndConnectFromTheKeyboard()
{
    Presentation *p = m_window->presentation();
    QVERIFY(presentWithFocus());
    MapView *view = m_window->view();
    Document *doc = m_window->document();
    auto *entry = view->findChild<QuickEntryBar *>();
    QVERIFY(entry);
    QVERIFY(!entry->isVisible());
    // "/" opens the quick-entry line, focused, below the caption bar.
    QTest::keyClick(view, Qt::Key_Slash);
    QVERIFY(entry->isVisible());
    QVERIFY(entry->lineEdit()->hasFocus());
    QVERIFY(entry->geometry().top() >= p->captionBar()->bar()->geometry().bottom());
    const auto typeLine = [entry](const QString &line) {
        QTest::keyClicks(entry->lineEdit(), line);
        // Enter takes an offered completion first, as in the editor.
        if (entry->completer()->popup()->isVisible())
            QTest::keyClick(entry->completer()->popup(), Qt::Key_Escape);
        QTest::keyClick(entry->lineEdit(), Qt::Key_Return);
    };
    typeLine(u"service Refunds in Payments"_qs);
    QVERIFY2(!entry->isVisible(), qPrintable(entry->messageLabel()->text()));
    QString refunds;
    for (const Asset &a : doc->data().assets)
        if (a.name == u"Refunds"_qs)
            refunds = a.id.str();
    QVERIFY(!refunds.isEmpty());
    QCOMPARE(doc->data().assets.value(AssetId(refunds)).domain, DomainId(u"d-payments"_qs));
    QVERIFY(p->isActive());
    QVERIFY(view->hasFocus()); // back on the canvas: the next key is a shortcut again
    // Ctrl+K opens it too; a link typed there is one step.
    const qsizetype links = doc->data().links.size();
    QTest::keyClick(view, Qt::Key_K, Qt::ControlModifier);
    QVERIFY(entry->isVisible());
    typeLine(u"Refunds -> Basket"_qs);
    QVERIFY2(!entry->isVisible(), qPrintable(entry->messageLabel()->text()));
    QCOMPARE(doc->data().links.size(), links + 1);
    // Ctrl+L connects the two selected assets through the dialog.
    m_window->scene()->selectIds({refunds, u"s-basket"_qs});
    view->setFocus();
    bool answered = false;
    TestUtil::onNextModal([&](QWidget *dialog) {
        auto *kind = dialog->findChild<QComboBox *>(u"connectKind"_qs);
        QVERIFY(kind);
        kind->setCurrentIndex(kind->findData(int(LinkKind::Event)));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        answered = true;
    });
    QTest::keyClick(view, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(answered);
    QCOMPARE(doc->data().links.size(), links + 2);
    QVERIFY(p->isActive());
    // Ctrl+Z undoes the dialog's link, then the typed link, then the asset
    // (the window active again once the dialog has gone, as a window manager does).
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc->data().links.size(), links + 1);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc->data().links.size(), links);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!doc->data().containsId(refunds));
    QVERIFY(p->isActive());
}

void TestPresentation::spotlightFromTheContextMenu_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("atLeast"); // a domain's rectangle holds what it holds
    QTest::newRow("domain") << u"d-catalog"_qs << 1;
    QTest::newRow("team") << u"t-browse"_qs << 2;
    QTest::newRow("asset") << u"s-basket"_qs << 2;
}

void TestPresentation::spotlightFromTheContextMenu()
{
    QFETCH(QString, id);
    QFETCH(int, atLeast);
    Presentation *p = m_window->presentation();
    p->enter(false);
    QApplication::processEvents();
    MenuTarget target;
    target.ids = {id};
    target.onCanvas = true;
    std::unique_ptr<QMenu> menu(m_window->entityActions()->menuFor(target, m_window));
    auto *spotlight = menu->findChild<QAction *>(u"menuSpotlight"_qs);
    QVERIFY(spotlight);
    spotlight->trigger();
    const QStringList expected = spotlightSet(m_window->document()->data(), id);
    QVERIFY(expected.size() >= atLeast); // a team's assets, an asset's neighbours
    QCOMPARE(p->spotlighted(), expected);
    QCOMPARE(m_window->view()->spotlight().size(), expected.size());
}

void TestPresentation::captionBarLeavesTheTopRowFree()
{
    Presentation *p = m_window->presentation();
    p->enter(false);
    QApplication::processEvents();
    MapView *view = m_window->view();
    CaptionBar *caption = p->captionBar();
    QVERIFY(caption->isBarVisible());
    // The bar is the view's child, above its viewport: compare in viewport coordinates.
    const int barBottom =
        view->viewport()->mapFromGlobal(caption->bar()->mapToGlobal(QPoint(0, 0))).y() +
        caption->bar()->height();
    // Whole map fitted: its top edge below the bar, its bottom on screen.
    view->zoomToFit();
    const QRectF map = view->mapFromScene(m_window->scene()->contentRect()).boundingRect();
    QVERIFY2(map.top() >= barBottom - 1,
             qPrintable(u"map top %1, bar bottom %2"_qs.arg(map.top()).arg(barBottom)));
    QVERIFY(map.bottom() <= view->viewport()->height() + 1);
    // A spotlight fits below the bar too.
    p->spotlight(spotlightSet(m_window->document()->data(), u"d-catalog"_qs));
    QRectF lit;
    for (const QRectF &r : view->spotlight())
        lit |= view->mapFromScene(r).boundingRect();
    QVERIFY2(lit.top() >= barBottom - 1,
             qPrintable(u"spotlight top %1, bar bottom %2"_qs.arg(lit.top()).arg(barBottom)));
    // Leaving gives the editor its whole viewport back.
    p->leave();
    QCOMPARE(view->fitInsets(), QMargins());
}

void TestPresentation::projectorLinksThickerAndStronger()
{
    // WCAG contrast of a colour against the background.
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    auto contrast = [&](const QColor &a, const QColor &b) {
        const double la = luminance(a), lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    };
    for (bool dark : {false, true}) {
        QPalette palette;
        palette.setColor(QPalette::Window, dark ? QColor(0x10, 0x12, 0x16) : QColor(Qt::white));
        const Theme editor = Theme::fromPalette(palette);
        const Theme room = Theme::projectorTheme(dark);
        QVERIFY(room.linkWidth >= 2 * editor.linkWidth);
        for (auto colour :
             {&Theme::linkApi, &Theme::linkEvent, &Theme::linkData, &Theme::interaction}) {
            const double before = contrast(editor.*colour, editor.background);
            const double after = contrast(room.*colour, room.background);
            QVERIFY2(after > before * 1.15 && after >= 4.5,
                     qPrintable(u"%1: %2 -> %3"_qs.arg(dark).arg(before).arg(after)));
        }
    }
}

void TestPresentation::legendIsNeverBlankAndHides()
{
    MapView *view = m_window->view();
    QVERIFY(m_window->scene()->showLegend());
    for (double zoom : {1.0, 0.2, 0.03}) {
        view->setZoom(zoom);
        const QRect legend = view->legendRect().toAlignedRect() & view->viewport()->rect();
        QVERIFY(!legend.isEmpty());
        const QImage image = view->viewport()->grab().toImage();
        // Text and symbols: well over a thousand dark pixels at any zoom.
        QVERIFY2(inkPixels(image, legend) > 1000, qPrintable(QString::number(zoom)));
    }
    // Dragged: it follows the mouse. At 0.75 the legend fills nearly the
    // whole height of the canvas under the scenario tabs, and it is kept on
    // screen; at half size it has room to move down.
    view->setLegendScale(0.5);
    const QRectF before = view->legendRect();
    QVERIFY(before.bottom() + 40 <= view->viewport()->rect().bottom());
    const auto dragLegend = [view](QPoint from, QPoint to) {
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(to), view->viewport()->mapToGlobal(QPointF(to)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    };
    const QPoint grab = before.center().toPoint();
    dragLegend(grab, grab - QPoint(200, -40));
    QCOMPARE(view->legendRect().topLeft(), before.topLeft() - QPointF(200, -40));
    // Dragged far below the canvas: it stops at the bottom edge, whole.
    const QPoint again = view->legendRect().center().toPoint();
    dragLegend(again, again + QPoint(0, 2000));
    QCOMPARE(view->legendRect().bottom(), QRectF(view->viewport()->rect()).bottom());
    QCOMPARE(view->legendRect().left(), before.left() - 200);
    // Hidden from View > Show Legend.
    m_window->action(u"actionLegend"_qs)->trigger();
    QVERIFY(!m_window->scene()->showLegend());
    QVERIFY(view->legendRect().isNull());
    // Exports still carry it when shown (the scene item), not when hidden.
    m_window->action(u"actionLegend"_qs)->trigger();
    QVERIFY(m_window->scene()->mapBoundingRect().width() >
            m_window->scene()->contentRect().width());
}

// Nothing the room should see sits under the legend, the caption bar or a
// tour step's message: the whole map at fit, each finding's subject.
void TestPresentation::noBoxUnderAnOverlay()
{
    Presentation *p = m_window->presentation();
    p->enter(false);
    QApplication::processEvents();
    MapView *view = m_window->view();
    view->zoomToFit();
    // The key is hidden at first: the map takes the whole width.
    QVERIFY(!p->keyShown());
    QVERIFY(view->legendRect().isNull());
    const double wholeWidth = view->transform().m11();
    // L shows it large enough to read from the back of the room (its text
    // was ~8 px at 0.65), and the map is fitted beside it.
    QTest::keyClick(view, Qt::Key_L);
    QVERIFY(p->keyShown());
    const QRectF legend = view->legendRect();
    QVERIFY(!legend.isNull());
    QVERIFY2(view->effectiveLegendScale() >= 1.3,
             qPrintable(QString::number(view->effectiveLegendScale())));
    QVERIFY(view->transform().m11() < wholeWidth);
    const QRectF bar = viewportRect(p->captionBar()->bar());
    QVERIFY2(!legend.intersects(bar), "the key under the caption bar");
    QVERIFY(p->captionBar()->isBarVisible());
    const auto covered = [](const QList<QRectF> &boxes, const QRectF &overlay) {
        QStringList out;
        for (const QRectF &b : boxes)
            if (b.intersects(overlay))
                out << u"%1,%2 %3x%4"_qs.arg(b.x()).arg(b.y()).arg(b.width()).arg(b.height());
        return out.join(u", "_qs);
    };
    QCOMPARE(covered(boxesOnScreen(), legend), QString());
    QCOMPARE(covered(boxesOnScreen(), bar), QString());
    // Each tour step's subject clear of the legend, the bar and the message.
    const int steps = int(m_window->analysisRunner()->latest()->analysis.findings.size());
    for (int i = 0; i < steps; ++i) {
        p->nextFinding();
        QVERIFY(!p->captionBar()->message().isEmpty());
        QList<QRectF> lit;
        for (const QRectF &r : view->spotlight())
            lit << view->mapFromScene(r).boundingRect();
        const QRectF message = viewportRect(p->captionBar()->messageBox());
        QVERIFY2(
            covered(lit, message).isEmpty(),
            qPrintable(u"step %1 under the message: %2"_qs.arg(i + 1).arg(covered(lit, message))));
        QVERIFY2(covered(lit, view->legendRect()).isEmpty(),
                 qPrintable(u"step %1 under the legend"_qs.arg(i + 1)));
        QVERIFY2(covered(lit, bar).isEmpty(), qPrintable(u"step %1 under the bar"_qs.arg(i + 1)));
    }
    // L again hides it; leaving gives View > Show Legend back as it was.
    QTest::keyClick(view, Qt::Key_L);
    QVERIFY(!p->keyShown());
    QVERIFY(view->legendRect().isNull());
    p->leave();
    QVERIFY(m_window->scene()->showLegend());
    QVERIFY(m_window->action(u"actionLegend"_qs)->isChecked());
}

// An interaction's mode pill over an asset or a team hid its name
// ("X-as-a-Service" over "Settled Payments"): each pill the projector draws
// is clear of every box, and most interactions keep theirs.
void TestPresentation::interactionLabelsOffTheBoxes()
{
    m_window->presentation()->enter(false);
    QApplication::processEvents();
    m_window->view()->zoomToFit();
    m_window->view()->viewport()->grab();
    const LinkLayer *pills = nullptr;
    for (QGraphicsItem *item : m_window->scene()->items())
        if (item->type() == LinkLayer::Type && item->zValue() > 200)
            pills = static_cast<const LinkLayer *>(item);
    QVERIFY(pills);
    const MapData &data = m_window->document()->data();
    QStringList ids;
    for (const Team &t : data.teams)
        ids << t.id.str();
    for (const Asset &a : data.assets)
        ids << a.id.str();
    const QList<QRectF> rects = pills->labelRects();
    QCOMPARE(rects.size(), data.interactions.size());
    QStringList covered;
    int placed = 0;
    for (qsizetype i = 0; i < rects.size(); ++i) {
        if (rects[i].isNull())
            continue;
        ++placed;
        for (const QString &id : std::as_const(ids))
            if (rects[i].intersects(m_window->scene()->rectForId(id)))
                covered << u"pill %1 over %2"_qs.arg(i).arg(data.nameOf(id));
    }
    QVERIFY2(covered.isEmpty(), qPrintable(covered.join(u"; "_qs)));
    QVERIFY2(placed * 2 >= rects.size(), qPrintable(u"only %1 pills placed"_qs.arg(placed)));
}

// F5 hides the docks and goes full screen; the canvas gets its size through
// the event loop, after the mode has fitted the map. What the room sees is
// the whole map fitted to the canvas it ends up with, at each resize.
void TestPresentation::fitsTheCanvasItIsGiven()
{
    QTest::qWait(200); // the docks settle at their first size
    MapView *view = m_window->view();
    QVERIFY(view->viewport()->width() < 1100); // the docks take their share
    const auto fitted = [this, view](QSize size) {
        QTRY_COMPARE(view->viewport()->size(), size);
        QApplication::processEvents();
        const double shown = view->transform().m11();
        const QRectF screen = view->viewport()->rect();
        for (const QRectF &box : boxesOnScreen())
            QVERIFY2(screen.contains(box),
                     qPrintable(u"%1,%2 off screen"_qs.arg(box.x()).arg(box.y())));
        view->zoomToFit(); // what a fresh fit gives
        QVERIFY2(qAbs(view->transform().m11() - shown) < 1e-6,
                 qPrintable(u"shown at %1, fits at %2"_qs.arg(shown).arg(view->transform().m11())));
    };
    m_window->presentation()->enter(false);
    fitted(QSize(1280, 720));
    if (QTest::currentTestFailed())
        return;
    m_window->resize(1024, 640);
    fitted(QSize(1024, 640));
}

void TestPresentation::captionBarHidesAndComesBack()
{
    Presentation *p = m_window->presentation();
    CaptionBar *caption = p->captionBar();
    caption->setHideDelay(150);
    p->enter(false);
    QApplication::processEvents();
    QVERIFY(caption->isBarVisible());
    // The map's name, what is shown and the finding counts.
    const QRegularExpression parts(u"^(.+) \u00b7 Whole map \u00b7 (\\d+) errors \u00b7 \\d+ "
                                   u"warnings \u00b7 \\d+ infos$"_qs);
    const QRegularExpressionMatch match = parts.match(caption->text());
    QVERIFY2(match.hasMatch(), qPrintable(caption->text()));
    QCOMPARE(match.captured(1), m_window->document()->data().info.name);
    QCOMPARE(match.captured(2), u"11"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(!caption->isBarVisible(), 2000);
    QMouseEvent move(QEvent::MouseMove, QPointF(420, 310),
                     m_window->view()->viewport()->mapToGlobal(QPointF(420, 310)), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(m_window->view()->viewport(), &move);
    QVERIFY(caption->isBarVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!caption->isBarVisible(), 2000);
    // The counts follow the map: an unowned service is one more error.
    m_window->openQuickEntry();
    m_window->quickEntry()->lineEdit()->setText(u"service Refunds in Payments"_qs);
    QVERIFY(m_window->quickEntry()->run());
    QVERIFY(m_window->analysisRunner()->waitForCurrent(60000));
    QTRY_VERIFY_WITH_TIMEOUT(caption->text().contains(u" 12 errors"_qs), 20000);
}

void TestPresentation::projectorThemeFromPreferences()
{
    const auto choose = [this](bool dark) {
        bool answered = false;
        TestUtil::onNextModal([&](QWidget *dialog) {
            auto *theme = dialog->findChild<QComboBox *>(u"presentationTheme"_qs);
            QVERIFY(theme);
            theme->setCurrentIndex(theme->findData(dark));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            answered = true;
        });
        m_window->action(u"actionPreferences"_qs)->trigger();
        QVERIFY(answered);
    };
    const auto background = [this] {
        m_window->scene()->setShowLegend(false);
        const QImage image = m_window->view()->viewport()->grab().toImage();
        m_window->scene()->setShowLegend(true);
        return qGray(image.pixel(2, image.height() / 2)); // the canvas left of the map
    };
    choose(true);
    Presentation *p = m_window->presentation();
    p->enter(false);
    QApplication::processEvents();
    QVERIFY(m_window->scene()->theme().projector);
    QVERIFY(m_window->scene()->theme().dark);
    QVERIFY2(background() < 40, qPrintable(QString::number(background())));
    // Changed while presenting: the room sees it at once.
    choose(false);
    QVERIFY(p->isActive());
    QVERIFY(m_window->scene()->theme().projector);
    QVERIFY(!m_window->scene()->theme().dark);
    QVERIFY2(background() > 240, qPrintable(QString::number(background())));
    p->leave();
    QVERIFY(!m_window->scene()->theme().projector);
}

void TestPresentation::quickEntryCommandsWhilePresenting_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("wrong"); // the part an error selects; empty: the command works
    QTest::addColumn<QString>("says");  // the error's text, or what the map shows afterwards
    const auto row = [](const char *name, const QString &line, const QString &wrong,
                        const QString &says) { QTest::newRow(name) << line << wrong << says; };
    // The forms, on the example map's names.
    row("service in, owned by", u"service Refunds in Payments owned by Payments Platform"_qs, {},
        u"asset Refunds d-payments t-payments-platform"_qs);
    row("link with kind", u"Checkout API -> Fraud Scoring api"_qs, {},
        u"link s-checkout s-fraud-scoring api"_qs);
    row("team with type", u"team Core Platform platform"_qs, {}, u"team Core Platform platform"_qs);
    row("move", u"move Basket to Finance"_qs, {}, u"asset Basket d-finance t-browse"_qs);
    row("owner", u"owner General Ledger Data Platform"_qs, {},
        u"asset General Ledger d-finance t-data-platform"_qs);
    row("rename", u"rename Basket to Cart"_qs, {}, u"asset Cart d-sales t-browse"_qs);
    row("delete", u"delete Legacy CRM"_qs, {}, u"gone s-legacy-crm"_qs);
    // Their errors: what and where in the line.
    row("unknown domain", u"service Refunds in Paymnts"_qs, u"Paymnts"_qs,
        u"No domain named “Paymnts”."_qs);
    row("unknown team", u"service Refunds in Payments owned by Nobody"_qs, u"Nobody"_qs,
        u"No team named “Nobody”."_qs);
    row("unknown asset", u"Checkout API -> Fraud Scorin"_qs, u"Fraud Scorin"_qs,
        u"No asset named “Fraud Scorin”."_qs);
    row("unknown kind", u"Checkout API -> Fraud Scoring soap"_qs, u"soap"_qs,
        u"Unknown link kind “soap”: one of api, data, event."_qs);
    row("taken team name", u"team Growth"_qs, u"Growth"_qs, u"Another team is named “Growth”."_qs);
    row("move nowhere", u"move Basket to Nowhere"_qs, u"Nowhere"_qs,
        u"No domain named “Nowhere”."_qs);
    row("owner unknown team", u"owner General Ledger Nobody"_qs, u"Nobody"_qs,
        u"No team named “Nobody”."_qs);
    row("unknown command", u"create Foo"_qs, u"create"_qs, u"Unknown command “create”"_qs);
}

// Each command of the quick-entry line typed while presenting: one undoable
// step that Ctrl+Z takes back whole; an error says what and where (its
// column, the wrong part selected) and changes nothing.
void TestPresentation::quickEntryCommandsWhilePresenting()
{
    QFETCH(QString, line);
    QFETCH(QString, wrong);
    QFETCH(QString, says);
    Presentation *p = m_window->presentation();
    QVERIFY(presentWithFocus());
    MapView *view = m_window->view();
    Document *doc = m_window->document();
    const MapData before = doc->data();
    const int steps = doc->undoStack()->count();
    QTest::keyClick(view, Qt::Key_Slash);
    QuickEntryBar *entry = m_window->quickEntry();
    QVERIFY(entry->isVisible());
    QTest::keyClicks(entry->lineEdit(), line);
    if (entry->completer()->popup()->isVisible())
        QTest::keyClick(entry->completer()->popup(), Qt::Key_Escape);
    QTest::keyClick(entry->lineEdit(), Qt::Key_Return);
    QVERIFY(p->isActive());
    if (!wrong.isEmpty()) {
        QVERIFY(entry->isVisible());
        const QString expected = u"Column %1: %2"_qs.arg(line.indexOf(wrong) + 1).arg(says);
        QVERIFY2(entry->messageLabel()->text().startsWith(expected),
                 qPrintable(entry->messageLabel()->text() + u" <> "_qs + expected));
        QCOMPARE(entry->lineEdit()->selectedText(), wrong);
        QCOMPARE(doc->undoStack()->count(), steps);
        QVERIFY(doc->data() == before);
        return;
    }
    QVERIFY2(!entry->isVisible(), qPrintable(entry->messageLabel()->text()));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    const MapData &m = doc->data();
    const QStringList words = says.split(u' ');
    QString seen;
    if (words[0] == u"link") {
        const LinkKey key{AssetId(words[1]), AssetId(words[2]), *linkKindFromString(words[3])};
        seen = m.links.contains(key) ? says : u"no such link"_qs;
    } else if (words[0] == u"gone") {
        seen = m.containsId(words[1]) ? u"still there"_qs : says;
    } else if (words[0] == u"team") {
        for (const Team &t : m.teams)
            if (says.startsWith(u"team "_qs + t.name + u' '))
                seen = u"team %1 %2"_qs.arg(t.name, toString(t.type));
    } else {
        for (const Asset &a : m.assets)
            if (says.startsWith(u"asset "_qs + a.name + u' '))
                seen = u"asset %1 %2 %3"_qs.arg(a.name, a.domain.str(), a.owner.str());
    }
    QCOMPARE(seen, says);
    // Ctrl+Z on the canvas takes the whole command back.
    QVERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(doc->data() == before);
    QVERIFY(p->isActive());
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
