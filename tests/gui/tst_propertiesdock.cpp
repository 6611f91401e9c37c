// Issue 9, "any refused edit says why in the status bar": the Properties
// fields, typed into as a user does, on a real window (offscreen).
#include "document/document.h"
#include "guitestutil.h"
#include "mainwindow.h"
#include "mapscene.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace OrgMap;

class TestPropertiesDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void refusedNameSaysWhy_data();
    void refusedNameSaysWhy();
    void refusedLinkKindSaysWhy();

private:
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestPropertiesDock::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void TestPropertiesDock::init()
{
    m_window = new MainWindow(false);
    m_window->setMap(TestUtil::sampleMap());
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestPropertiesDock::cleanup()
{
    m_window->document()->markSaved();
    delete m_window;
    m_window = nullptr;
}

void TestPropertiesDock::refusedNameSaysWhy_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("field");
    QTest::newRow("asset") << u"s-orders"_qs << u"assetName"_qs;
    QTest::newRow("team") << u"t-a"_qs << u"teamName"_qs;
    QTest::newRow("domain") << u"d-ops"_qs << u"domainName"_qs;
}

void TestPropertiesDock::refusedNameSaysWhy()
{
    QFETCH(QString, id);
    QFETCH(QString, field);
    Document *doc = m_window->document();
    m_window->scene()->selectIds({id});
    auto *edit = m_window->findChild<QLineEdit *>(field);
    QVERIFY(edit && edit->isVisible());
    const QString name = doc->data().nameOf(id);
    const int steps = doc->undoStack()->count();
    m_window->statusBar()->clearMessage();

    // Emptied, as a user does it, then Enter: refused, and the status bar says why.
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClick(edit, Qt::Key_Return);
    const QString message = m_window->statusBar()->currentMessage();
    // The edit checks share the readers' rules and words (MapValidator).
    QVERIFY2(message.contains(u"Name"_qs) && message.contains(u"must not be empty"_qs),
             qPrintable(message));
    QVERIFY(edit->property("invalid").toBool());
    QCOMPARE(doc->data().nameOf(id), name);
    QCOMPARE(doc->undoStack()->count(), steps);

    // A good name again: taken, and the refusal is no longer shown.
    QTest::keyClicks(edit, u"Renamed"_qs);
    QCOMPARE(doc->data().nameOf(id), u"Renamed"_qs);
    QVERIFY(!edit->property("invalid").toBool());
    QVERIFY2(m_window->statusBar()->currentMessage().isEmpty(),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestPropertiesDock::refusedLinkKindSaysWhy()
{
    Document *doc = m_window->document();
    const AssetId cart(u"s-cart"_qs);
    const AssetId orders(u"s-orders"_qs);
    const LinkKey event{cart, orders, LinkKind::Event};
    QVERIFY(doc->addLink(Link{event, {}, {}}));
    m_window->scene()->selectLinks({event}, {});
    auto *kind = m_window->findChild<QComboBox *>(u"connectionKind"_qs);
    QVERIFY(kind && kind->isVisible());
    QCOMPARE(kind->currentData().toInt(), int(LinkKind::Event));
    const MapData before = doc->data();
    m_window->statusBar()->clearMessage();

    // Up from Event is API: that link between the two exists already.
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Up);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"already"_qs),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(doc->data(), before);
    QCOMPARE(kind->currentData().toInt(), int(LinkKind::Event)); // the field shows what holds
}

QTEST_MAIN(TestPropertiesDock)
#include "tst_propertiesdock.moc"
