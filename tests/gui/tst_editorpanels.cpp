// Issue 9 (dashboard, selection handles) and issue 13 (the quick-entry line):
// real windows at 1280x720 on the offscreen platform, driven with keys and
// mouse events on the canvas viewport.
#include "analysisrunner.h"
#include "applook.h"
#include "appsettings.h"
#include "couplingheatmap.h"
#include "document/document.h"
#include "entityactions.h"
#include "findingsdock.h"
#include "guitestutil.h"
#include "mainwindow.h"
#include "mapscene.h"
#include "mapview.h"
#include "quickentrybar.h"
#include "json/jsonformat.h"

#include <QAbstractBarSeries>
#include <QAbstractItemView>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCompleter>
#include <QDockWidget>
#include <QFile>
#include <QGraphicsItem>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QStyleOptionGraphicsItem>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>
#include <QValueAxis>

#include "dashboardwidget.h"

using namespace OrgMap;

class TestEditorPanels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dashboardTogglesBesideFindings();
    void dashboardReadableAt1280x720_data();
    void dashboardReadableAt1280x720();
    void statusHintFitsAt1280_data();
    void statusHintFitsAt1280();
    void welcomePageOnFirstStart();
    void welcomeCardFitsWithRecentFiles();
    void noHandlesLeftBehindAfterDrag_data();
    void noHandlesLeftBehindAfterDrag();
    void quickEntryAddsWithCompletion();
    void quickEntryErrorSaysWhereAndChangesNothing();
    void quickEntryMovesDomainWithContentsIntoTarget();
    void quickEntryMovePlacesAsMoveToDomain_data();
    void quickEntryMovePlacesAsMoveToDomain();

private:
    void drag(QPointF from, QPointF to);
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestEditorPanels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // What the app shows (style, type size, style sheet): the readability
    // checks below measure the text a user reads.
    applyAppLook(*qobject_cast<QApplication *>(QCoreApplication::instance()));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void TestEditorPanels::init()
{
    m_window = new MainWindow(false);
    m_window->setMap(TestUtil::sampleMap());
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->view()->zoomToFit();
}

void TestEditorPanels::cleanup()
{
    m_window->document()->markSaved();
    delete m_window;
    m_window = nullptr;
}

void TestEditorPanels::drag(QPointF from, QPointF to)
{
    QWidget *viewport = m_window->view()->viewport();
    const QPoint a = m_window->view()->mapFromScene(from);
    const QPoint b = m_window->view()->mapFromScene(to);
    QTest::mousePress(viewport, Qt::LeftButton, {}, a);
    for (int step = 1; step <= 10; ++step)
        QTest::mouseMove(viewport, a + (b - a) * step / 10);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, b);
}

void TestEditorPanels::dashboardTogglesBesideFindings()
{
    QDockWidget *dashboard = m_window->dashboardDock();
    MapView *view = m_window->view();
    QTRY_VERIFY(view->height() > 300);
    QTest::qWait(100); // the window's first layout settles
    const int canvasBefore = view->height();
    QAction *toggle = m_window->action(u"actionShowDashboard"_qs);
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));

    toggle->trigger();
    QTest::qWait(50);
    // A tab beside Findings, in front, at a readable size; the canvas keeps
    // half the column it shares with the dashboard, never a strip.
    QVERIFY(m_window->tabifiedDockWidgets(dashboard).contains(m_window->findingsDock()));
    QVERIFY(!dashboard->visibleRegion().isEmpty());
    const int column = view->height() + dashboard->height();
    const QString sizes =
        u"canvas %1, dashboard %2 px"_qs.arg(view->height()).arg(dashboard->height());
    QVERIFY2(qAbs(view->height() - dashboard->height()) <= 12, qPrintable(sizes));
    QVERIFY2(view->height() >= 250 && view->height() >= column * 0.45, qPrintable(sizes));
    // In the dashboard's own height: its first row of charts, a scroll away
    // from the rest.
    auto *scroll = qobject_cast<QScrollArea *>(dashboard->widget());
    QVERIFY(scroll);
    QVERIFY2(scroll->viewport()->height() >= 220, qPrintable(sizes));

    // Again: the canvas has its room back, Findings in front.
    toggle->trigger();
    QTest::qWait(50);
    QVERIFY2(qAbs(view->height() - canvasBefore) <= 8,
             qPrintable(u"%1 vs %2"_qs.arg(view->height()).arg(canvasBefore)));
    QVERIFY(dashboard->visibleRegion().isEmpty());
}

// The example map with the long domain names real organisations use.
static MapData longNamesMap()
{
    QFile file(u":/resources/examples/acme.orgmap.json"_qs);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const JsonReadResult result = readMapJson(file.readAll());
    if (!result.map)
        return {};
    MapData map = *result.map;
    const QStringList names{
        u"Customer Relationship Management"_qs,   u"Payments and Settlement"_qs,
        u"Search & Discovery Platform"_qs,        u"Sustainability Reporting and Compliance"_qs,
        u"Fulfilment and Warehouse Logistics"_qs, u"Marketing Campaign Automation"_qs,
        u"Enterprise Data Platform"_qs,           u"Finance and Accounting Operations"_qs,
        u"Product Catalog Management"_qs,         u"Checkout and Order Capture"_qs,
        u"Sales and Partner Channels"_qs};
    qsizetype i = 0;
    for (Domain &domain : map.domains)
        domain.name = names.value(i++, domain.name + u" Business Capability"_qs);
    return map;
}

// A category name as a chart shows it is the whole name or a whole-word
// abbreviation of it: the first word whole, then whole words, then initials
// ("Payment G."), a trailing "(0.50 · 3)" kept or dropped whole. Only a first
// word too long for the room even alone ("Recommendations" in a chart half a
// 1280 px dashboard wide) is abbreviated, with a full stop: never "Payme".
static bool isWholeWordAbbreviation(QString shown, const QString &full)
{
    shown.remove(u'\u200b'); // what keeps two shortened names apart
    if (shown == full)
        return true;
    QString name = full;
    if (const qsizetype open = full.lastIndexOf(u" ("_qs); open > 0 && full.endsWith(u')')) {
        if (shown.endsWith(full.mid(open)))
            shown.chop(full.size() - open);
        name = full.left(open);
    }
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    const QStringList parts = shown.split(u' ', Qt::SkipEmptyParts);
    if (words.size() == 1 && parts.size() == 1 && parts.first().size() >= 5 &&
        parts.first().endsWith(u'.') && words.first().startsWith(parts.first().chopped(1)))
        return true;
    if (parts.isEmpty() || words.isEmpty() || parts.first() != words.first())
        return false;
    qsizetype w = 1;
    bool initials = false;
    for (qsizetype p = 1; p < parts.size(); ++p, ++w) {
        initials = initials || parts[p] != words.value(w);
        while (initials && w < words.size() && !words[w].front().isLetterOrNumber())
            ++w; // "&" has no initial
        if (w >= words.size() || (initials && parts[p] != words[w].left(1) + u'.'))
            return false;
    }
    return true;
}

void TestEditorPanels::dashboardReadableAt1280x720_data()
{
    QTest::addColumn<bool>("longNames");
    QTest::newRow("sample map") << false;
    QTest::newRow("example map with long domain names") << true;
}

void TestEditorPanels::dashboardReadableAt1280x720()
{
    QFETCH(bool, longNames);
    const MapData map = longNames ? longNamesMap() : TestUtil::sampleMap();
    QVERIFY(!map.domains.isEmpty());
    m_window->setMap(map);
    m_window->action(u"actionShowDashboard"_qs)->trigger();
    DashboardWidget *dashboard = m_window->dashboard();
    QTRY_VERIFY(dashboard->insight() != nullptr &&
                dashboard->insight()->snapshot.domains.size() == map.domains.size());
    dashboard->updateNow();
    QTest::qWait(200);
    const QList<QChart *> charts{dashboard->hotspotChart(), dashboard->domainChart(),
                                 dashboard->assetsPerTeamChart(), dashboard->domainsPerTeamChart()};
    QStringList cut, domainCut;
    for (QChart *chart : charts) {
        const QRectF plot = chart->plotArea();
        QVERIFY(plot.width() > 40);
        for (QAbstractAxis *axis : chart->axes()) {
            if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
                // Whole names or whole-word abbreviations of them, never a
                // word cut ("Payme").
                const QStringList full =
                    categories->property("orgmapFullCategories").toStringList();
                QCOMPARE(full.size(), categories->count());
                for (qsizetype i = 0; i < full.size(); ++i)
                    if (!isWholeWordAbbreviation(categories->at(int(i)), full[i]))
                        cut << u"%1: \"%2\" for \"%3\""_qs.arg(chart->title(),
                                                               categories->at(int(i)), full[i]);
                // Every name fits beside the plot: QtCharts cuts nothing to "...".
                const QFontMetricsF metrics(categories->labelsFont());
                for (const QString &name : categories->categories())
                    if (metrics.horizontalAdvance(name) > plot.left())
                        (chart == dashboard->domainChart() ? domainCut : cut)
                            << u"%1: %2 (%3 px, %4 px beside the plot of a %5 px chart)"_qs
                                   .arg(chart->title(), name)
                                   .arg(metrics.horizontalAdvance(name))
                                   .arg(plot.left())
                                   .arg(chart->size().width());
            } else if (auto *values = qobject_cast<QValueAxis *>(axis)) {
                // The tick labels side by side fit the plot's width.
                const QFontMetricsF metrics(values->labelsFont());
                const int ticks = int(values->max() / values->tickInterval()) + 1;
                const double label =
                    metrics.horizontalAdvance(QString::number(values->max(), 'f', 1));
                QVERIFY2(ticks * label <= plot.width(),
                         qPrintable(u"%1: %2 ticks"_qs.arg(chart->title()).arg(ticks)));
            }
        }
        // Bar values only where a bar holds their text.
        for (QAbstractSeries *s : chart->series()) {
            auto *bars = qobject_cast<QAbstractBarSeries *>(s);
            if (!bars || !bars->isLabelsVisible())
                continue;
            const int n = int(bars->barSets().first()->count());
            const double thickness =
                plot.height() / std::max(1, n) * bars->barWidth() / bars->count();
            QVERIFY2(thickness >= QFontMetricsF(bars->barSets().first()->labelFont()).height(),
                     qPrintable(chart->title()));
        }
    }
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u", "_qs)));
    // The Ca/Ce names carry their "(instability · assets)" figures and are the
    // longest: they fit too.
    QVERIFY2(domainCut.isEmpty(), qPrintable(domainCut.join(u", "_qs)));

    // What QtCharts actually drew: no text cut to "...", every category name
    // shown (QtCharts hides a name whose row is too low for it), and no two
    // texts (titles, names, ticks, bar values) on top of each other.
    QStringList elided, hidden, overlapping;
    for (QChart *chart : charts) {
        QVERIFY(chart->scene());
        QList<QGraphicsTextItem *> shown;
        for (QGraphicsItem *item : chart->scene()->items())
            if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
                text && text->isVisible() && !text->toPlainText().isEmpty()) {
                shown << text;
                if (text->toPlainText().contains(u"..."_qs) ||
                    text->toPlainText().contains(u'\u2026'))
                    elided << text->toPlainText();
            }
        for (QAbstractAxis *axis : chart->axes())
            if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
                for (const QString &name : categories->categories())
                    if (std::none_of(shown.begin(), shown.end(), [&](QGraphicsTextItem *t) {
                            return t->toPlainText() == name;
                        }))
                        hidden << u"%1: %2"_qs.arg(chart->title(), name);
        for (qsizetype i = 0; i < shown.size(); ++i)
            for (qsizetype j = i + 1; j < shown.size(); ++j) {
                // The glyphs, not the text item's padding.
                auto glyphs = [](QGraphicsTextItem *t) {
                    const QFontMetricsF fm(t->font());
                    const QRectF r = t->sceneBoundingRect();
                    const qreal w = fm.horizontalAdvance(t->toPlainText());
                    return QRectF(r.center().x() - w / 2, r.center().y() - fm.ascent() / 2, w,
                                  fm.ascent());
                };
                if (glyphs(shown[i]).intersects(glyphs(shown[j])))
                    overlapping << u"%1: \"%2\" and \"%3\""_qs.arg(
                        chart->title(), shown[i]->toPlainText(), shown[j]->toPlainText());
            }
    }
    QVERIFY2(elided.isEmpty(), qPrintable(elided.join(u", "_qs)));
    QVERIFY2(hidden.isEmpty(), qPrintable(u"not drawn: "_qs + hidden.join(u", "_qs)));
    QVERIFY2(overlapping.isEmpty(), qPrintable(overlapping.join(u", "_qs)));

    // The heat map: every text whole, inside its place, none on another; the
    // domains by their full names; nothing beyond the dock's right edge.
    CouplingHeatMap *heat = dashboard->heatMap();
    const DashboardData::Matrix &matrix = heat->matrix();
    QVERIFY(!matrix.ids.isEmpty());
    const QList<CouplingHeatMap::Label> labels = heat->labels();
    QStringList heatProblems;
    QStringList rowNames;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const CouplingHeatMap::Label &label = labels[i];
        const QFontMetricsF fm(label.font);
        if (label.text.contains(u"..."_qs) || label.text.contains(u'\u2026'))
            heatProblems << u"elided: "_qs + label.text;
        if (fm.horizontalAdvance(label.text) > label.rect.width() + 0.5 ||
            fm.height() > label.rect.height() + 0.5)
            heatProblems << u"\"%1\" (%2 px) in %3 x %4 px"_qs.arg(label.text)
                                .arg(fm.horizontalAdvance(label.text))
                                .arg(label.rect.width())
                                .arg(label.rect.height());
        for (qsizetype j = i + 1; j < labels.size(); ++j)
            if (label.rect.adjusted(0.5, 0.5, -0.5, -0.5)
                    .intersects(labels[j].rect.adjusted(0.5, 0.5, -0.5, -0.5)))
                heatProblems << u"\"%1\" on \"%2\""_qs.arg(label.text, labels[j].text);
        if (const qsizetype space = label.text.indexOf(u"  "_qs); space > 0)
            rowNames << label.text.mid(space + 2);
    }
    QVERIFY2(heatProblems.isEmpty(), qPrintable(heatProblems.join(u"; "_qs)));
    QCOMPARE(rowNames, matrix.labels);
    QVERIFY2(heat->mapTo(dashboard, QPoint(heat->width(), 0)).x() <=
                 dashboard->parentWidget()->width(),
             qPrintable(u"heat map ends at %1 of %2 px"_qs
                            .arg(heat->mapTo(dashboard, QPoint(heat->width(), 0)).x())
                            .arg(dashboard->parentWidget()->width())));
    if (longNames)
        QVERIFY(std::any_of(matrix.labels.begin(), matrix.labels.end(), [](const QString &name) {
            return name == u"Customer Relationship Management";
        }));

    // The pointer on the top hotspot's bar (the example map has hotspots):
    // its whole name and its score.
    if (!longNames)
        return;
    QChart *barChart = dashboard->hotspotChart();
    const DashboardData::BarList &bars = dashboard->data().hotspots;
    auto *series = qobject_cast<QAbstractBarSeries *>(barChart->series().value(0));
    QVERIFY(series && !bars.bars.isEmpty());
    const DashboardData::Bar &top = bars.bars.first();
    const int topRow = int(series->barSets().first()->count()) - 1; // the largest is on top
    auto *chartView = qobject_cast<QGraphicsView *>(barChart->scene()->views().value(0));
    QVERIFY(chartView);
    m_window->dashboardDock()->findChild<QScrollArea *>()->ensureWidgetVisible(chartView);
    QTest::qWait(50);
    const QPoint onBar = chartView->mapFromScene(
        barChart->mapToScene(barChart->mapToPosition(QPointF(top.value / 2, topRow), series)));
    QTest::mouseMove(chartView->viewport(), onBar + QPoint(0, 1));
    QTest::mouseMove(chartView->viewport(), onBar);
    QTRY_VERIFY2(QToolTip::isVisible() && QToolTip::text().startsWith(top.label + u": "_qs),
                 qPrintable(u"\"%1\" for %2"_qs.arg(QToolTip::text(), top.label)));
    QToolTip::hideText();
}

// The hint for an empty selection (the 1–7 keys) is read whole in a 1280 px
// window, beside the findings and counts of the example map.
void TestEditorPanels::statusHintFitsAt1280_data()
{
    QTest::addColumn<bool>("example");
    QTest::newRow("long names") << false;
    // Its policy file beside it: the status bar also names the policy.
    QTest::newRow("example with its policy") << true;
}

void TestEditorPanels::statusHintFitsAt1280()
{
    QFETCH(bool, example);
    if (example) {
        QStringList errors;
        QVERIFY2(
            m_window->loadFile(QStringLiteral(ORGMAP_EXAMPLES) + u"/acme.orgmap.json"_qs, &errors),
            qPrintable(errors.join(u'\n')));
        auto *policy = m_window->statusBar()->findChild<QLabel *>(u"policyLabel"_qs);
        QVERIFY(policy && policy->isVisible());
    } else {
        m_window->setMap(longNamesMap());
    }
    m_window->scene()->clearSelection();
    // The finding counts beside the hint are there once the analysis ran.
    QVERIFY(m_window->analysisRunner()->waitForCurrent(30000));
    QTest::qWait(100);
    auto *hint = m_window->statusBar()->findChild<QLabel *>(u"hintLabel"_qs);
    QVERIFY(hint);
    QVERIFY(hint->text().contains(u"1–7"_qs));
    const int needed = hint->fontMetrics().horizontalAdvance(hint->text());
    QVERIFY2(needed <= hint->contentsRect().width(),
             qPrintable(u"\"%1\" needs %2 px, has %3"_qs.arg(hint->text())
                            .arg(needed)
                            .arg(hint->contentsRect().width())));
    // Not under the permanent widgets to its right.
    for (QWidget *w :
         m_window->statusBar()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        if (w != hint && w->isVisible() && w->x() > hint->x())
            QVERIFY2(hint->x() + hint->contentsRect().left() + needed <= w->x(),
                     qPrintable(w->objectName()));
}

// A first start: no settings at all, no file. The welcome page is on the
// canvas with its actions, and comes back after New.
void TestEditorPanels::welcomePageOnFirstStart()
{
    QTemporaryDir fresh;
    QVERIFY(fresh.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, fresh.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, fresh.path());
    QVERIFY(QSettings(u"OrgMap"_qs, u"OrgMap"_qs).allKeys().isEmpty());
    {
        MainWindow first; // restores settings, as the program does
        first.resize(1280, 720);
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        auto *page = first.view()->viewport()->findChild<QWidget *>(u"welcomePage"_qs);
        QVERIFY(page);
        QTRY_VERIFY(page->isVisible());
        QTRY_VERIFY2(first.view()->viewport()->rect().contains(page->geometry()),
                     qPrintable(u"%1 in %2"_qs.arg(page->width()).arg(first.view()->width())));
        for (const char *name : {"welcomeExample", "welcomeNew", "welcomeImport", "welcomeOpen"}) {
            auto *button = page->findChild<QPushButton *>(QLatin1String(name));
            QVERIFY2(button && button->isVisible() && !button->text().isEmpty(), name);
        }
        QVERIFY(page->findChild<QLabel *>(u"welcomeRecentTitle"_qs)->isVisible());
        QStringList texts;
        for (QLabel *label : page->findChildren<QLabel *>())
            texts << label->text();
        QVERIFY2(texts.join(u'\n').contains(u"No recent files yet."_qs),
                 qPrintable(texts.join(u" | "_qs)));
        const QString gestures = page->findChild<QLabel *>(u"welcomeGestures"_qs)->text();
        QCOMPARE(gestures.count(u"•"_qs), 3);
        for (const QString &gesture : {u"Palette"_qs, u"edge handle"_qs, u"on a team"_qs})
            QVERIFY2(gestures.contains(gesture), qPrintable(gesture));

        // The example, saved: gone while the map has things in it; after New
        // it is back, the saved file among the recent ones.
        QTest::mouseClick(page->findChild<QPushButton *>(u"welcomeExample"_qs), Qt::LeftButton);
        QVERIFY(!page->isVisible());
        const QString path = fresh.filePath(u"example.orgmap"_qs);
        QString error;
        QVERIFY2(first.saveFile(path, &error), qPrintable(error));
        first.action(u"actionNew"_qs)->trigger();
        QTRY_VERIFY(page->isVisible());
        QStringList recent;
        for (QPushButton *b : page->findChildren<QPushButton *>())
            recent << b->text();
        QVERIFY2(recent.contains(u"example.orgmap"_qs), qPrintable(recent.join(u", "_qs)));
        first.document()->markSaved();
    }
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

// After New in a 1280x720 window, with more recent files than the card
// lists: the whole card is inside the canvas, each text on it whole.
void TestEditorPanels::welcomeCardFitsWithRecentFiles()
{
    AppSettings::clearRecentFiles();
    for (const QString &name : {u"platform-teams.orgmap"_qs, u"acme-current-state.orgmap"_qs,
                                u"fjord-and-finch-target-2027.orgmap.json"_qs,
                                u"payments-carve-out.orgmap"_qs, u"data-mesh-pilot.orgmap"_qs})
        AppSettings::addRecentFile(m_dir.filePath(name));
    m_window->action(u"actionNew"_qs)->trigger();
    QWidget *viewport = m_window->view()->viewport();
    auto *page = viewport->findChild<QWidget *>(u"welcomePage"_qs);
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible());
    QTest::qWait(50); // placed after the window's layout
    QStringList recent;
    for (QPushButton *b : page->findChildren<QPushButton *>(u"welcomeRecent"_qs))
        recent << b->text();
    // The newest three, newest first.
    QCOMPARE(recent, (QStringList{u"data-mesh-pilot.orgmap"_qs, u"payments-carve-out.orgmap"_qs,
                                  u"fjord-and-finch-target-2027.orgmap.json"_qs}));
    QVERIFY2(viewport->rect().contains(page->geometry()),
             qPrintable(u"card %1x%2 at %3,%4 in a %5x%6 canvas"_qs.arg(page->width())
                            .arg(page->height())
                            .arg(page->x())
                            .arg(page->y())
                            .arg(viewport->width())
                            .arg(viewport->height())));
    QStringList cut;
    for (QPushButton *b : page->findChildren<QPushButton *>())
        if (b->fontMetrics().horizontalAdvance(b->text()) > b->contentsRect().width() ||
            b->height() < b->fontMetrics().height())
            cut << b->text();
    for (QLabel *label : page->findChildren<QLabel *>())
        if (label->height() < (label->wordWrap() ? label->heightForWidth(label->width())
                                                 : label->sizeHint().height()))
            cut << label->text();
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u" | "_qs)));
    AppSettings::clearRecentFiles();
}

void TestEditorPanels::noHandlesLeftBehindAfterDrag_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("zoom");
    QTest::newRow("asset at 100%") << u"s-orders"_qs << 1.0;
    QTest::newRow("asset at 200%") << u"s-orders"_qs << 2.0;
    QTest::newRow("domain at 100%") << u"d-ops"_qs << 1.0;
    QTest::newRow("domain at 20%") << u"d-ops"_qs << 0.2;
    QTest::newRow("domain at 8%") << u"d-ops"_qs << 0.08;
}

// The view repaints only an item's bounding rectangle when it moves: whatever
// the item paints outside it stays on screen after a drag. Drag the selected
// item, then paint it alone at the view's zoom and look for paint outside.
void TestEditorPanels::noHandlesLeftBehindAfterDrag()
{
    QFETCH(QString, id);
    QFETCH(double, zoom);
    MapView *view = m_window->view();
    MapScene *scene = m_window->scene();
    view->setZoom(zoom);
    QGraphicsItem *item = scene->itemForId(id);
    QVERIFY(item);
    const QRectF before = scene->rectForId(id);
    view->centerOn(before.center());
    scene->selectIds({id});
    const QPointF grab =
        id.startsWith(u"d-") ? before.topLeft() + QPointF(before.width() / 2, 80) : before.center();
    drag(grab, grab + QPointF(40 / zoom, 30 / zoom));
    QVERIFY(item->isSelected());
    QVERIFY(scene->rectForId(id) != before);

    const QRectF bounds = item->boundingRect();
    const double margin = 60 / zoom; // room to see paint outside the bounds
    const QRectF canvas = bounds.adjusted(-margin, -margin, margin, margin);
    QImage image((canvas.size() * zoom).toSize() + QSize(2, 2), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(zoom, zoom);
        painter.translate(-canvas.topLeft());
        QStyleOptionGraphicsItem option;
        option.state = QStyle::State_Selected | QStyle::State_Enabled;
        option.exposedRect = canvas;
        item->paint(&painter, &option, view->viewport());
    }
    const QRect inside =
        QRectF((bounds.topLeft() - canvas.topLeft()) * zoom, bounds.size() * zoom).toAlignedRect();
    int outside = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 0 && !inside.contains(x, y))
                ++outside;
    QVERIFY2(outside == 0, qPrintable(u"%1 pixels painted outside the bounds"_qs.arg(outside)));
}

void TestEditorPanels::quickEntryAddsWithCompletion()
{
    Document *doc = m_window->document();
    QAction *action = m_window->action(u"actionQuickEntry"_qs);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
    m_window->activateWindow();
    m_window->view()->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window->view()->viewport(), Qt::Key_K, Qt::ControlModifier);
    QuickEntryBar *bar = m_window->quickEntry();
    QTRY_VERIFY(bar->isVisible());
    QLineEdit *line = bar->lineEdit();
    QVERIFY(line->hasFocus());
    // Over the top of the canvas.
    QCOMPARE(bar->parentWidget(), m_window->view());
    QVERIFY(bar->y() < 40);

    QTest::keyClicks(line, u"service Refunds in Sa"_qs);
    QTRY_VERIFY(bar->completer()->popup()->isVisible());
    QStringList offered;
    for (int i = 0; i < bar->completer()->completionCount(); ++i) {
        bar->completer()->setCurrentRow(i);
        offered << bar->completer()->currentCompletion();
    }
    QCOMPARE(offered, QStringList{u"service Refunds in Sales"_qs});
    QTest::keyClick(bar->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(bar->completer()->popup(), Qt::Key_Return);
    QTRY_COMPARE(line->text(), u"service Refunds in Sales"_qs);
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_VERIFY(!bar->isVisible());

    const int steps = doc->undoStack()->count();
    QVERIFY(steps >= 1);
    QString id;
    for (const Asset &a : doc->data().assets)
        if (a.name == u"Refunds")
            id = a.id.str();
    QVERIFY(!id.isEmpty());
    const Asset added = doc->data().assets.value(AssetId(id));
    QCOMPARE(added.domain, DomainId(u"d-sales"_qs));
    // Placed inside its domain, which holds it, and selected.
    QVERIFY(m_window->scene()->rectForId(u"d-sales"_qs).contains(m_window->scene()->rectForId(id)));
    QCOMPARE(m_window->scene()->selectedIds(), QStringList{id});

    // One step to undo.
    doc->undoStack()->undo();
    QVERIFY(!doc->data().assets.contains(AssetId(id)));
    QCOMPARE(doc->data(), TestUtil::sampleMap());
}

void TestEditorPanels::quickEntryErrorSaysWhereAndChangesNothing()
{
    Document *doc = m_window->document();
    m_window->openQuickEntry();
    QuickEntryBar *bar = m_window->quickEntry();
    QLineEdit *line = bar->lineEdit();
    line->setText(u"move orders to Nowhere"_qs);
    QVERIFY(!bar->run());
    QVERIFY(bar->isVisible());
    QVERIFY(bar->messageLabel()->isVisible());
    QCOMPARE(bar->messageLabel()->text(), u"Column 16: No domain named “Nowhere”."_qs);
    QCOMPARE(line->selectedText(), u"Nowhere"_qs);
    QCOMPARE(doc->undoStack()->count(), 0);
    QCOMPARE(doc->data(), TestUtil::sampleMap());

    // Refused by the map (the link exists): also nothing.
    line->setText(u"cart -> orders"_qs);
    QVERIFY(!bar->run());
    QCOMPARE(doc->undoStack()->count(), 0);

    // Esc closes the line and gives the canvas its focus back.
    QTest::keyClick(line, Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

// The same placement as Move to Domain: the domain and what it holds go into
// a slot inside the target, which grows to hold them; one undo step.
void TestEditorPanels::quickEntryMovesDomainWithContentsIntoTarget()
{
    Document *doc = m_window->document();
    MapScene *scene = m_window->scene();
    m_window->openQuickEntry();
    QuickEntryBar *bar = m_window->quickEntry();
    bar->lineEdit()->setText(u"move Shop to Operations"_qs);
    QVERIFY(bar->run());
    QCOMPARE(doc->data().domains.value(DomainId(u"d-shop"_qs)).parent, DomainId(u"d-ops"_qs));
    const QRectF ops = scene->rectForId(u"d-ops"_qs);
    const QRectF shop = scene->rectForId(u"d-shop"_qs);
    QVERIFY2(ops.contains(shop),
             qPrintable(u"Shop %1,%2 %3x%4 outside Operations %5,%6 %7x%8"_qs.arg(shop.x())
                            .arg(shop.y())
                            .arg(shop.width())
                            .arg(shop.height())
                            .arg(ops.x())
                            .arg(ops.y())
                            .arg(ops.width())
                            .arg(ops.height())));
    QVERIFY(shop.contains(scene->rectForId(u"s-cart"_qs)));
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    QCOMPARE(doc->data(), TestUtil::sampleMap());
}

void TestEditorPanels::quickEntryMovePlacesAsMoveToDomain_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("target");
    QTest::newRow("asset into an empty domain")
        << u"move orders to Operations"_qs << u"s-orders"_qs << u"Operations"_qs;
    QTest::newRow("asset into a domain holding others")
        << u"move cart to Sales"_qs << u"s-cart"_qs << u"Sales"_qs;
    QTest::newRow("unplaced asset") << u"move loose to Shop"_qs << u"s-loose"_qs << u"Shop"_qs;
    QTest::newRow("domain with contents")
        << u"move Shop to Operations"_qs << u"d-shop"_qs << u"Operations"_qs;
}

// `move X to D` in quick entry and Move to Domain on X put X (and what it
// holds) at the same spot and grow D the same way.
void TestEditorPanels::quickEntryMovePlacesAsMoveToDomain()
{
    QFETCH(QString, line);
    QFETCH(QString, id);
    QFETCH(QString, target);
    Document *doc = m_window->document();
    m_window->openQuickEntry();
    m_window->quickEntry()->lineEdit()->setText(line);
    QVERIFY(m_window->quickEntry()->run());
    const MapData byQuickEntry = doc->data();
    QVERIFY(byQuickEntry != TestUtil::sampleMap());
    const QRectF inside =
        m_window->scene()->rectForId(byQuickEntry.kindOf(id) == EntityKind::Asset
                                         ? byQuickEntry.assets.value(AssetId(id)).domain.str()
                                         : byQuickEntry.domains.value(DomainId(id)).parent.str());
    QVERIFY(inside.contains(m_window->scene()->rectForId(id)));
    doc->undoStack()->undo();
    QCOMPARE(doc->data(), TestUtil::sampleMap());

    std::unique_ptr<QMenu> menu(
        m_window->entityActions()->menuFor(MenuTarget{{id}, {}, {}, {}, true}, m_window));
    auto *moveMenu = menu->findChild<QMenu *>(u"menuMoveToDomain"_qs);
    QVERIFY(moveMenu);
    QAction *into = nullptr;
    for (QAction *a : moveMenu->actions())
        if (a->text() == target)
            into = a;
    QVERIFY(into);
    into->trigger();
    QCOMPARE(doc->data(), byQuickEntry);
}

QTEST_MAIN(TestEditorPanels)
#include "tst_editorpanels.moc"
