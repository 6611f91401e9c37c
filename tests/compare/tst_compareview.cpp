// Compare mode on the example map against its to-be (tests/data/compare):
// the marks on the canvas, the Changes dock, centring, the before/after
// glide, the metrics panel against model/diff, read-only, leaving, export.
#include "changesdock.h"
#include "comparelayer.h"
#include "comparemode.h"
#include "compareview.h"
#include "diff/diff.h"
#include "document/document.h"
#include "mainwindow.h"
#include "mapitems.h"
#include "mapscene.h"
#include "mapview.h"
#include "metricspanel.h"
#include "storage/mapfile.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QImage>
#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace OrgMap;

namespace {

QString examplePath()
{
    return QStringLiteral(ORGMAP_TEST_DATA "/../../resources/examples/acme.orgmap.json");
}
QString toBePath()
{
    return QStringLiteral(ORGMAP_TEST_DATA "/compare/acme-tobe.orgmap.json");
}

EntryKey assetKey(const QString &id)
{
    EntryKey k;
    k.entity = DiffEntity::Asset;
    k.id = id;
    return k;
}

EntryKey linkKey(const QString &from, const QString &to, const QString &kind)
{
    EntryKey k;
    k.entity = DiffEntity::Link;
    k.from = from;
    k.to = to;
    k.kind = kind;
    return k;
}

} // namespace

class TestCompareView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void marks_data();
    void marks();
    void changesDockGroupsAndFilter();
    void marksDoNotOverlap();
    void activatingRowCentres_data();
    void activatingRowCentres();
    void beforeAfterGlides();
    void metricsMatchTheDiff();
    void readOnlyAndLeave();
    void exportsMetricsPng();

private:
    CompareView *view() const { return m_window->compareMode()->view(); }
    MainWindow *m_window = nullptr;
};

void TestCompareView::init()
{
    m_window = new MainWindow(false);
    m_window->resize(1280, 720);
    QStringList errors;
    QVERIFY2(m_window->loadFile(examplePath(), &errors), qPrintable(errors.join(u'\n')));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY2(m_window->compareWithFile(toBePath(), &errors), qPrintable(errors.join(u'\n')));
    QVERIFY(m_window->isComparing());
    QCoreApplication::processEvents();
}

void TestCompareView::cleanup()
{
    m_window->document()->markSaved();
    delete m_window;
    m_window = nullptr;
}

// The badges and notes must read from across a room: none covers another,
// at the fit zoom of the example map where they crowded before.
void TestCompareView::marksDoNotOverlap()
{
    MapView *canvas = view()->view();
    canvas->zoomToFit();
    canvas->viewport()->grab(); // one paint
    const QList<QRectF> pills = view()->layer()->paintedPills();
    QVERIFY2(pills.size() >= 10, qPrintable(QString::number(pills.size())));
    for (qsizetype i = 0; i < pills.size(); ++i)
        for (qsizetype j = i + 1; j < pills.size(); ++j)
            QVERIFY2(!pills.at(i).intersects(pills.at(j)),
                     qPrintable(u"pills %1 and %2 overlap"_qs.arg(i).arg(j)));
}

void TestCompareView::marks_data()
{
    QTest::addColumn<int>("entity");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("badge");
    QTest::addColumn<QString>("note");
    QTest::addColumn<int>("pen");
    const int asset = int(DiffEntity::Asset);
    const int link = int(DiffEntity::Link);
    QTest::newRow("moved to another domain")
        << asset << u"s-promotions"_qs << QString() << QString() << QString() << u"CHANGED"_qs
        << u"from Checkout"_qs << int(Qt::DashDotLine);
    QTest::newRow("owner changed")
        << asset << u"s-basket"_qs << QString() << QString() << QString() << u"CHANGED"_qs
        << u"was: Browse & Buy"_qs << int(Qt::DashDotLine);
    QTest::newRow("owned at last") << asset << u"s-ledger"_qs << QString() << QString() << QString()
                                   << u"CHANGED"_qs << u"was: unowned"_qs << int(Qt::DashDotLine);
    QTest::newRow("renamed") << asset << u"s-orders"_qs << QString() << QString() << QString()
                             << u"CHANGED"_qs << u"was: Order Service"_qs << int(Qt::DashDotLine);
    QTest::newRow("added") << asset << u"s-returns-portal"_qs << QString() << QString() << QString()
                           << u"NEW"_qs << QString() << int(Qt::SolidLine);
    QTest::newRow("removed") << asset << u"s-legacy-crm"_qs << QString() << QString() << QString()
                             << u"REMOVED"_qs << QString() << int(Qt::DashLine);
    QTest::newRow("link removed") << link << QString() << u"s-loyalty"_qs << u"s-orders"_qs
                                  << u"event"_qs << u"REMOVED"_qs << QString() << int(Qt::DashLine);
    QTest::newRow("link added") << link << QString() << u"s-orders"_qs << u"s-loyalty"_qs
                                << u"event"_qs << u"NEW"_qs << QString() << int(Qt::SolidLine);
}

void TestCompareView::marks()
{
    QFETCH(int, entity);
    QFETCH(QString, id);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, kind);
    QFETCH(QString, badge);
    QFETCH(QString, note);
    QFETCH(int, pen);
    const EntryKey key =
        DiffEntity(entity) == DiffEntity::Link ? linkKey(from, to, kind) : assetKey(id);
    CompareLayer *layer = view()->layer();
    QVERIFY(layer->scene() == view()->scene());
    const int subject = layer->subjectOf(key);
    QVERIFY2(subject >= 0, qPrintable(key.toDisplayString()));
    const QStringList labels = layer->labelsOf(subject);
    QCOMPARE(labels.value(0), badge);
    if (!note.isEmpty())
        QVERIFY2(labels.contains(note), qPrintable(labels.join(u" | "_qs)));
    QCOMPARE(int(layer->penStyleOf(subject)), pen); // not colour alone
    const QRectF drawn = layer->subjectRect(subject);
    QVERIFY(!drawn.isNull());
    QVERIFY(layer->boundingRect().contains(drawn));
    if (badge == u"REMOVED" && !id.isEmpty()) {
        // A ghost where it was: not on the canvas of the newer map.
        QVERIFY(!view()->scene()->itemForId(id));
        QCOMPARE(drawn, view()->beforeRect(id));
    } else if (!id.isEmpty()) {
        QCOMPARE(drawn, view()->scene()->rectForId(id));
    }
}

void TestCompareView::changesDockGroupsAndFilter()
{
    ChangesDock *dock = m_window->compareMode()->changesDock();
    QVERIFY(dock->isVisible());
    const MapDiff &diff = view()->diff();
    const QStringList groups = dock->groupLabels();
    for (DiffEntity e : {DiffEntity::Domain, DiffEntity::Team, DiffEntity::Asset, DiffEntity::Link,
                         DiffEntity::Interaction})
        for (DiffOp op : {DiffOp::Add, DiffOp::Remove, DiffOp::Change}) {
            const int n = diff.count(op, e);
            QCOMPARE(dock->shownCount(e, op), n > 0 ? n : -1);
            if (n > 0)
                QVERIFY2(
                    groups.contains(u"%1 %2 (%3)"_qs.arg(entityGroupName(e), opName(op)).arg(n)),
                    qPrintable(groups.join(u" | "_qs)));
        }
    QCOMPARE(diff.count(DiffOp::Change, DiffEntity::Asset), 6);
    QCOMPARE(diff.count(DiffOp::Remove, DiffEntity::Link), 8);

    // The filter narrows every group and says how many of how many.
    QTest::keyClicks(dock->filterEdit(), u"basket"_qs);
    QCOMPARE(dock->shownCount(DiffEntity::Asset, DiffOp::Change), 1);
    QVERIFY(dock->groupLabels().contains(u"Assets changed (1 of 6)"_qs));
    QCOMPARE(dock->shownCount(DiffEntity::Asset, DiffOp::Remove), 0);
    // Fields are found too: "owner" is in the details of the owner changes.
    dock->setFilter(u"owner:"_qs);
    QCOMPARE(dock->shownCount(DiffEntity::Asset, DiffOp::Change), 3);
    dock->setFilter({});
    QCOMPARE(dock->shownCount(DiffEntity::Asset, DiffOp::Change), 6);
}

void TestCompareView::activatingRowCentres_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("present");
    QTest::newRow("changed asset") << u"s-promotions"_qs << true;
    QTest::newRow("removed asset: its ghost") << u"s-legacy-crm"_qs << false;
}

void TestCompareView::activatingRowCentres()
{
    QFETCH(QString, id);
    QFETCH(bool, present);
    ChangesDock *dock = m_window->compareMode()->changesDock();
    MapView *canvas = view()->view();
    canvas->setZoom(1.5); // close enough that centring has to scroll
    canvas->centerOn(-5000, -5000);
    const int subject = view()->layer()->subjectOf(assetKey(id));
    const QModelIndex row = dock->indexOfSubject(subject);
    QVERIFY(row.isValid());
    dock->tree()->setCurrentIndex(row);
    emit dock->tree()->activated(row);
    const QRectF target = view()->layer()->subjectRect(subject);
    const QPointF centre = canvas->mapToScene(canvas->viewport()->rect().center());
    QVERIFY2(QLineF(centre, target.center()).length() < 5,
             qPrintable(u"%1,%2 vs %3,%4"_qs.arg(centre.x())
                            .arg(centre.y())
                            .arg(target.center().x())
                            .arg(target.center().y())));
    QCOMPARE(view()->layer()->focusSubject(), subject);
    QCOMPARE(view()->scene()->selectedIds(), present ? QStringList{id} : QStringList{});
}

void TestCompareView::beforeAfterGlides()
{
    CompareView *v = view();
    const QString id = u"s-promotions"_qs; // moved from Checkout to Marketing
    QGraphicsItem *item = v->scene()->itemForId(id);
    QVERIFY(item);
    const QRectF before = v->beforeRect(id);
    const QRectF after = v->afterRect(id);
    QVERIFY(!before.isNull());
    QVERIFY2(QLineF(before.center(), after.center()).length() > 50, "it moved between domains");
    QCOMPARE(v->scene()->rectForId(id), after);

    // Space flips to "before": the item glides there (not a jump).
    v->view()->setFocus();
    QTest::keyClick(v->view(), Qt::Key_Space);
    QVERIFY(v->showingBefore());
    QVERIFY(v->isAnimating());
    QTest::qWait(150);
    const QPointF mid = v->scene()->rectForId(id).center();
    QVERIFY2(mid != after.center() && mid != before.center(), "half-way while animating");
    QTRY_VERIFY_WITH_TIMEOUT(!v->isAnimating(), 2000);
    QCOMPARE(v->scene()->rectForId(id).center(), before.center());
    // In "before" the added asset fades and the renamed one has its old name.
    QVERIFY(v->scene()->itemForId(u"s-returns-portal"_qs)->opacity() < 0.5);
    auto *orders = static_cast<NodeItem *>(v->scene()->itemForId(u"s-orders"_qs));
    QCOMPARE(orders->name(), u"Order Service"_qs);
    // The toolbar toggle goes back.
    v->beforeAfterAction()->trigger();
    QVERIFY(!v->showingBefore());
    QTRY_VERIFY_WITH_TIMEOUT(!v->isAnimating(), 2000);
    QCOMPARE(v->scene()->rectForId(id), after);
    QCOMPARE(orders->name(), u"Orders"_qs);
    QCOMPARE(v->scene()->itemForId(u"s-returns-portal"_qs)->opacity(), 1.0);
    // The model was never touched.
    QCOMPARE(v->scene()->document()->undoStack()->count(), 0);
}

void TestCompareView::metricsMatchTheDiff()
{
    // An independent diff of the two files as read.
    const MapFileResult a = loadMapFile(examplePath());
    const MapFileResult b = loadMapFile(toBePath());
    QVERIFY(a.map && b.map);
    const MapDiff diff = diffMaps(*a.map, *b.map);
    QCOMPARE(view()->diff().metrics, diff.metrics);
    QCOMPARE(view()->diff().changes.size(), diff.changes.size());
    QCOMPARE(view()->subjects().size(), diff.changes.size());

    m_window->showPanel(u"metrics"_qs);
    MetricsPanel *panel = view()->metricsPanel();
    QVERIFY(panel->isVisible());
    QTableWidget *table = panel->table();
    QCOMPARE(table->rowCount(), kDiffMetricCount);
    for (int row = 0; row < table->rowCount(); ++row) {
        const MetricChange &m = diff.metrics.at(row);
        QCOMPARE(table->item(row, 0)->data(Qt::UserRole).toString(), toString(m.metric));
        const QString delta = table->item(row, 3)->text().replace(u"\u2212"_qs, u"-"_qs);
        QCOMPARE(QLocale().toDouble(delta.startsWith(u'+') ? delta.mid(1) : delta), m.delta());
        QCOMPARE(table->item(row, 4)->data(Qt::UserRole).toInt(), MetricsPanel::verdict(m));
    }
    // The to-be removes the cycle and the orphans: better, said in words.
    const int cycles = int(DiffMetric::DomainCycles);
    QCOMPARE(diff.metrics.at(cycles).delta(), -1.0);
    QVERIFY(table->item(cycles, 4)->text().contains(u"better"_qs));
    QVERIFY(table->item(int(DiffMetric::OrphanedAssets), 4)->text().contains(u"better"_qs));
    QVERIFY(!panel->distributionsPending());
    QVERIFY(!panel->instabilityChart()->chart()->series().isEmpty());
    QVERIFY(!panel->domainsPerTeamChart()->chart()->series().isEmpty());
}

void TestCompareView::readOnlyAndLeave()
{
    QVERIFY(!m_window->action(u"actionDelete"_qs)->isEnabled());
    QVERIFY(!m_window->action(u"actionOpen"_qs)->isEnabled());
    QVERIFY(!m_window->action(u"actionUndo"_qs)->isEnabled());
    QVERIFY(m_window->action(u"actionQuit"_qs)->isEnabled());
    QVERIFY(m_window->centralWidget() == view());
    const MapData before = m_window->document()->data();
    QTest::keyClick(view()->view(), Qt::Key_Escape);
    QVERIFY(!m_window->isComparing());
    // The editor's canvas is back in the centre (under the scenario tabs), with the focus.
    QVERIFY(m_window->centralWidget()->isAncestorOf(m_window->view()));
    QVERIFY(m_window->view()->isVisible());
    QCOMPARE(QApplication::focusWidget(), m_window->view());
    QVERIFY(m_window->action(u"actionOpen"_qs)->isEnabled());
    QVERIFY(m_window->document()->data() == before);
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
}

void TestCompareView::exportsMetricsPng()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"metrics.png"_qs);
    QString error;
    QVERIFY2(m_window->compareMode()->exportMetricsPng(path, &error), qPrintable(error));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 400 && image.height() >= 300);
    // Into a folder that does not exist: a message, no file.
    QVERIFY(!m_window->compareMode()->exportMetricsPng(dir.filePath(u"no/such/x.png"_qs), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
