// Views (docs/views.md) in the window: the Views dock's undoable edits,
// stepping through views and reveal steps in presentation mode, the round
// trip through .orgmap and JSON, and File > Export > Views as PDF.
#include "analysisrunner.h"
#include "document/document.h"
#include "document/viewedits.h"
#include "mainwindow.h"
#include "mapscene.h"
#include "mapview.h"
#include "present/captionbar.h"
#include "present/presentation.h"
#include "present/viewsdock.h"

#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace OrgMap;

class TestViewsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }
    void init()
    {
        m_window = open(QStringLiteral(ORGMAP_EXAMPLES "/acme.orgmap.json"));
        QVERIFY(m_window);
    }
    void cleanup()
    {
        m_window->document()->markSaved();
        delete m_window;
        m_window = nullptr;
    }

    void dockEditsAreUndoable()
    {
        ViewsDock *dock = m_window->viewsDock();
        QListWidget *list = dock->list();
        QCOMPARE(list->count(), 0);
        m_window->view()->zoomToFit();
        dock->addView();
        const QRectF whole = ViewEdits::views(*m_window->document()).at(0).camera;
        QVERIFY(whole.contains(m_window->scene()->mapBoundingRect().center()));
        // A spotlight and a highlight are part of the picture.
        m_window->scene()->selectIds({QStringLiteral("d-checkout")});
        m_window->presentation()->spotlightSelection();
        m_window->setHighlightMode(HighlightMode::Coupling);
        dock->addView();
        QCOMPARE(list->count(), 2);
        const SavedView second = ViewEdits::views(*m_window->document()).at(1);
        QCOMPARE(second.spotlight, QStringLiteral("d-checkout"));
        QCOMPARE(second.highlight, QStringLiteral("coupling"));
        QVERIFY(second.camera.width() < whole.width());

        // Renamed in place; a taken name comes back as it was.
        list->item(1)->setText(QStringLiteral("Checkout"));
        QCOMPARE(ViewEdits::views(*m_window->document()).at(1).name, QStringLiteral("Checkout"));
        list->item(1)->setText(QStringLiteral("view 1"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("Checkout"));
        dock->setCurrentIndex(1);
        dock->moveView(-1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Checkout"));
        QCOMPARE(dock->currentIndex(), 0);
        // Add Step: the selected domains become the next reveal step.
        m_window->scene()->selectIds({QStringLiteral("d-payments")});
        dock->addStep();
        QCOMPARE(ViewEdits::views(*m_window->document()).at(0).reveal,
                 QList<QStringList>{{QStringLiteral("d-payments")}});
        dock->deleteView();
        QCOMPARE(list->count(), 1);
        QUndoStack *undo = m_window->document()->undoStack();
        undo->undo(); // delete
        undo->undo(); // step
        undo->undo(); // move
        QCOMPARE(list->item(1)->text(), QStringLiteral("Checkout"));
        QVERIFY(ViewEdits::views(*m_window->document()).at(1).reveal.isEmpty());
    }

    void steppingThroughViews()
    {
        addSampleViews();
        Presentation *p = m_window->presentation();
        p->enter(false);
        QWidget *canvas = m_window->view();
        QCOMPARE(p->viewIndex(), -1);
        QTest::keyClick(canvas, Qt::Key_PageDown);
        QCOMPARE(p->viewIndex(), 0);
        QVERIFY2(p->captionBar()->text().contains(QStringLiteral("Overview")),
                 qPrintable(p->captionBar()->text()));
        QVERIFY(m_window->view()->spotlight().isEmpty()); // nothing veiled
        // The camera fits the view's rectangle to the free part of the
        // screen: below the caption bar (and left of the key when L shows
        // it; hidden at first), filling it one way.
        const QRectF camera = ViewEdits::views(*m_window->document()).at(0).camera;
        const QRectF shown = m_window->view()->mapFromScene(camera).boundingRect();
        const QRectF key = m_window->view()->legendRect();
        const QRectF free(
            QPointF(0, CaptionBar::barHeight()),
            QPointF(key.isNull() ? m_window->view()->viewport()->width() : key.left() - 8,
                    m_window->view()->viewport()->height()));
        QVERIFY2(free.adjusted(-1, -1, 1, 1).contains(shown),
                 qPrintable(u"%1,%2 %3x%4"_qs.arg(shown.x())
                                .arg(shown.y())
                                .arg(shown.width())
                                .arg(shown.height())));
        QVERIFY(qAbs(shown.width() - free.width()) < 2 || qAbs(shown.height() - free.height()) < 2);

        // The second view reveals Checkout, then Payments: two steps.
        QTest::keyClick(canvas, Qt::Key_Space);
        QCOMPARE(p->viewIndex(), 1);
        QCOMPARE(p->viewStep(), 0);
        QVERIFY(p->captionBar()->text().contains(QStringLiteral("Walkthrough \u00b7 step 1 of 2")));
        QCOMPARE(m_window->view()->spotlight().size(), 1);
        QVERIFY(m_window->highlightMode() == HighlightMode::Coupling);
        QTest::keyClick(canvas, Qt::Key_Right);
        QCOMPARE(p->viewStep(), 1);
        QCOMPARE(m_window->view()->spotlight().size(), 2);
        QTest::keyClick(canvas, Qt::Key_PageDown); // the last step stays
        QCOMPARE(p->viewIndex(), 1);
        QCOMPARE(p->viewStep(), 1);
        QTest::keyClick(canvas, Qt::Key_PageUp);
        QCOMPARE(p->viewStep(), 0);
        QTest::keyClick(canvas, Qt::Key_Left);
        QCOMPARE(p->viewIndex(), 0);
        QTest::keyClick(canvas, Qt::Key_Down);
        QTest::keyClick(canvas, Qt::Key_Up);
        QCOMPARE(p->viewIndex(), 0);
        // The findings tour keeps its keys.
        QTest::keyClick(canvas, Qt::Key_N);
        QCOMPARE(p->tourIndex(), 0);
        QCOMPARE(p->viewIndex(), -1);
        // Esc: back to the whole map first, then out of the mode.
        QTest::keyClick(canvas, Qt::Key_PageDown);
        QCOMPARE(p->viewIndex(), 0);
        QTest::keyClick(canvas, Qt::Key_Escape);
        QCOMPARE(p->viewIndex(), -1);
        QVERIFY(p->isActive());
        QTest::keyClick(canvas, Qt::Key_Escape);
        QVERIFY(!p->isActive());
    }

    // Update gives the selected view what the canvas shows now; its name and
    // reveal steps stay. One undoable step.
    void updateReplacesThePicture()
    {
        addSampleViews();
        ViewsDock *dock = m_window->viewsDock();
        const SavedView before = ViewEdits::views(*m_window->document()).at(1);
        dock->setCurrentIndex(1);
        m_window->view()->zoomToFit();
        QUndoStack *undo = m_window->document()->undoStack();
        const int steps = undo->count();
        auto *update = dock->findChild<QToolButton *>(QStringLiteral("viewUpdate"));
        QVERIFY(update && update->isEnabled());
        update->click();
        const SavedView after = ViewEdits::views(*m_window->document()).at(1);
        QCOMPARE(after.name, before.name);
        QCOMPARE(after.reveal, before.reveal);
        // The whole map now (the viewport's last pixel row aside: a few units).
        const QRectF whole = m_window->scene()->contentRect().adjusted(8, 8, -8, -8);
        QVERIFY(after.camera.contains(whole));
        QVERIFY(!before.camera.contains(whole));
        QCOMPARE(undo->count(), steps + 1);
        undo->undo();
        QCOMPARE(ViewEdits::views(*m_window->document()).at(1), before);
    }

    // With a selection the arrows move it, as in the editor.
    void arrowsMoveASelection()
    {
        addSampleViews();
        Presentation *p = m_window->presentation();
        p->enter(false);
        m_window->scene()->selectIds({QStringLiteral("s-checkout")});
        const int steps = m_window->document()->undoStack()->count();
        QTest::keyClick(m_window->view(), Qt::Key_Right);
        QCOMPARE(p->viewIndex(), -1);
        QVERIFY(m_window->document()->undoStack()->count() > steps);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("orgmap") << QStringLiteral("workshop.orgmap");
        QTest::newRow("json") << QStringLiteral("workshop.orgmap.json");
    }
    void roundTrip()
    {
        QFETCH(QString, name);
        addSampleViews();
        const SavedViews views = ViewEdits::views(*m_window->document());
        const QString path = m_dir.filePath(name);
        QString error;
        QVERIFY2(m_window->saveFile(path, &error), qPrintable(error));
        MainWindow *other = open(path);
        QVERIFY(other);
        QCOMPARE(ViewEdits::views(*other->document()), views);
        QCOMPARE(other->viewsDock()->list()->count(), 2);
        QCOMPARE(other->viewsDock()->list()->item(1)->text(), QStringLiteral("Walkthrough"));
        delete other;
    }

    void exportPdf()
    {
        addSampleViews();
        const QString path = m_dir.filePath(QStringLiteral("views.pdf"));
        QString error;
        QVERIFY2(m_window->writeViewsPdf(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        // One page per view and the findings page.
        QCOMPARE(QString::fromLatin1(pdf).count(
                     QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))),
                 3);
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils, tools/install-deps.sh) is not installed");
        QProcess run;
        run.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(run.waitForFinished(30000));
        const QStringList pages = QString::fromUtf8(run.readAllStandardOutput()).split(u'\f');
        QVERIFY(pages.size() >= 3);
        QCOMPARE(pages.at(0).trimmed().section(u'\n', 0, 0).trimmed(), QStringLiteral("Overview"));
        QCOMPARE(pages.at(1).trimmed().section(u'\n', 0, 0).trimmed(),
                 QStringLiteral("Walkthrough"));
        QVERIFY(pages.at(2).trimmed().startsWith(QStringLiteral("Findings")));
        QVERIFY(pages.at(2).contains(QStringLiteral("errors")));
    }

private:
    MainWindow *open(const QString &path)
    {
        auto *window = new MainWindow(false);
        QStringList errors;
        if (!window->loadFile(path, &errors)) {
            qWarning() << errors;
            delete window;
            return nullptr;
        }
        window->resize(1280, 720);
        window->show();
        if (!QTest::qWaitForWindowExposed(window) ||
            !window->analysisRunner()->waitForCurrent(60000)) {
            delete window;
            return nullptr;
        }
        window->presentation()->setGlideMs(0);
        return window;
    }
    void addSampleViews()
    {
        Document &document = *m_window->document();
        SavedView overview;
        overview.name = QStringLiteral("Overview");
        overview.camera = m_window->scene()->mapBoundingRect();
        SavedView walk;
        walk.name = QStringLiteral("Walkthrough");
        walk.camera =
            m_window->scene()->rectForId(QStringLiteral("d-checkout")).adjusted(-40, -40, 400, 40);
        walk.highlight = QStringLiteral("coupling");
        walk.reveal = {{QStringLiteral("d-checkout")}, {QStringLiteral("d-payments")}};
        QCOMPARE(ViewEdits::add(document, overview), 0);
        QCOMPARE(ViewEdits::add(document, walk), 1);
    }

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

QTEST_MAIN(TestViewsGui)
#include "tst_viewsgui.moc"
