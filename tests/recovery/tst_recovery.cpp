// Crash recovery (docs/recovery.md): the recovery copy, restoring it after a
// real orgmap was killed, removing it when the work is saved or discarded, and
// the lock that warns a second window of the same file.
#include "autosaver.h"
#include "document/document.h"
#include "guitestutil.h"
#include "mainwindow.h"
#include "maplock.h"
#include "recoverystore.h"
#include "storage/mapfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace OrgMap;

class TestRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void editWritesRecoveryCopy();
    void copyWaitsForTheIntervalAndAPause();
    void saveRemovesCopy();
    void discardOnCloseRemovesCopy();
    void destroyedWithoutCloseKeepsCopy();
    void killedProcessIsOfferedAndRestored();
    void discardInTheOfferDeletesCopy();
    void secondWindowIsWarned_data();
    void secondWindowIsWarned();

private:
    QString writeSample(const QString &name);
    QStringList copies() const;
    void answerNext(const QString &dialog, const QString &button, QString *text = nullptr);

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QList<MainWindow *> m_windows;
};

void TestRecovery::initTestCase()
{
    QVERIFY(m_home.isValid() && m_dir.isValid());
    // The copies go to AppDataLocation: a folder of this test's own, shared
    // with the orgmap processes it starts (same application name).
    qputenv("XDG_DATA_HOME", QDir(m_home.path()).filePath(u"data"_qs).toUtf8());
    qputenv("XDG_CONFIG_HOME", QDir(m_home.path()).filePath(u"config"_qs).toUtf8());
    QCoreApplication::setApplicationName(u"OrgMap"_qs);
    QCoreApplication::setOrganizationName(u"OrgMap"_qs);
    QVERIFY(RecoverySlot::directory().startsWith(m_home.path()));
}

void TestRecovery::init()
{
    QDir(RecoverySlot::directory()).removeRecursively();
}

void TestRecovery::cleanup()
{
    for (MainWindow *window : std::as_const(m_windows)) {
        window->document()->markSaved();
        delete window;
    }
    m_windows.clear();
}

QString TestRecovery::writeSample(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    QString error;
    if (!saveMapFile(TestUtil::sampleMap(), path, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

QStringList TestRecovery::copies() const
{
    return QDir(RecoverySlot::directory()).entryList({u"*.orgmap"_qs}, QDir::Files);
}

// Clicks `button` (an object name) of the next modal whose object name is
// `dialog`, keeping its text.
void TestRecovery::answerNext(const QString &dialog, const QString &button, QString *text)
{
    TestUtil::onNextModal([=](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box || box->objectName() != dialog) {
            qWarning("unexpected dialog %s", qPrintable(modal->objectName()));
            modal->close();
            return;
        }
        if (text)
            *text = box->text();
        box->findChild<QPushButton *>(button)->click();
    });
}

void TestRecovery::editWritesRecoveryCopy()
{
    const QString path = writeSample(u"edit.orgmap"_qs);
    const QByteArray original = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    auto *window = new MainWindow(false);
    m_windows.append(window);
    QStringList errors;
    QVERIFY(window->loadFile(path, &errors));
    window->autosaver()->setIntervals(200, 50);
    QSignalSpy written(window->autosaver(), &Autosaver::written);
    QVERIFY(window->document()->rename(u"s-orders"_qs, u"Orders (edited)"_qs));
    QVERIFY(written.wait(10000));

    QCOMPARE(copies().size(), 1);
    const QString copy = written.at(0).at(0).toString();
    const MapFileResult saved = loadMapFile(copy);
    QVERIFY2(saved.map, qPrintable(saved.errors.join(u"\n"_qs)));
    QCOMPARE(saved.map->assets.value(AssetId(u"s-orders"_qs)).name, u"Orders (edited)"_qs);
    QVERIFY(!copy.startsWith(m_dir.path()));
    // The user's file is not touched by the copy.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), original);
    // Held by this live window: not an orphan to offer.
    QVERIFY(RecoverySlot::claimOrphans().empty());
}

void TestRecovery::copyWaitsForTheIntervalAndAPause()
{
    auto *window = new MainWindow(false);
    m_windows.append(window);
    window->setMap(TestUtil::sampleMap());
    window->autosaver()->setIntervals(600, 400);
    QSignalSpy written(window->autosaver(), &Autosaver::written);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(window->document()->rename(u"s-cart"_qs, u"Cart 1"_qs));
    // Edits every 50 ms never pause for 400 ms: no copy at the interval, and
    // the 2 × interval deadline still writes one.
    for (int i = 2; clock.elapsed() < 1400 && written.isEmpty(); ++i) {
        QTest::qWait(50);
        QVERIFY(window->document()->rename(u"s-cart"_qs, u"Cart %1"_qs.arg(i)));
    }
    QVERIFY(written.size() == 1 || written.wait(5000));
    // (QTimer's coarse timers may fire 5 % early.)
    QVERIFY2(clock.elapsed() >= 1100, qPrintable(QString::number(clock.elapsed())));
    // The edits made while that copy was written are in the next one; after
    // it nothing is pending. A later change starts the clocks again: its copy
    // comes after the interval, not before.
    window->autosaver()->writeNow(true);
    QTest::qWait(300);
    written.clear();
    clock.restart();
    QVERIFY(window->document()->rename(u"s-cart"_qs, u"Cart last"_qs));
    QVERIFY(written.wait(5000));
    QVERIFY2(clock.elapsed() >= 550, qPrintable(QString::number(clock.elapsed())));
    const MapFileResult saved = loadMapFile(written.at(0).at(0).toString());
    QVERIFY(saved.map);
    QCOMPARE(saved.map->assets.value(AssetId(u"s-cart"_qs)).name, u"Cart last"_qs);
}

void TestRecovery::saveRemovesCopy()
{
    const QString path = writeSample(u"save.orgmap"_qs);
    auto *window = new MainWindow(false);
    m_windows.append(window);
    QStringList errors;
    QVERIFY(window->loadFile(path, &errors));
    window->autosaver()->setIntervals(100, 20);
    QSignalSpy written(window->autosaver(), &Autosaver::written);
    QVERIFY(window->document()->rename(u"s-orders"_qs, u"Orders 2"_qs));
    QVERIFY(written.wait(10000));
    QCOMPARE(copies().size(), 1);
    QString error;
    QVERIFY2(window->saveFile(path, &error), qPrintable(error));
    QVERIFY(copies().isEmpty());
}

void TestRecovery::discardOnCloseRemovesCopy()
{
    auto *window = new MainWindow(false);
    m_windows.append(window);
    window->setMap(TestUtil::sampleMap());
    window->show();
    window->autosaver()->setIntervals(100, 20);
    QSignalSpy written(window->autosaver(), &Autosaver::written);
    QVERIFY(window->document()->rename(u"s-orders"_qs, u"Orders 3"_qs));
    QVERIFY(written.wait(10000));
    QCOMPARE(copies().size(), 1);
    TestUtil::onNextModal([](QWidget *modal) {
        qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Discard)->click();
    });
    QVERIFY(window->close());
    QVERIFY(copies().isEmpty());
    // The sidecar too; only the lock remains while the window object lives.
    QVERIFY(QDir(RecoverySlot::directory()).entryList({u"*.info.json"_qs}, QDir::Files).isEmpty());
}

// Only the user's answer on close removes the copy; a window that just goes
// (its history cleared on the way) leaves it for the next start.
void TestRecovery::destroyedWithoutCloseKeepsCopy()
{
    auto *window = new MainWindow(false);
    window->setMap(TestUtil::sampleMap());
    window->autosaver()->setIntervals(100, 20);
    QSignalSpy written(window->autosaver(), &Autosaver::written);
    QVERIFY(window->document()->rename(u"s-orders"_qs, u"Orders 4"_qs));
    QVERIFY(written.wait(10000));
    delete window;
    QCOMPARE(copies().size(), 1);
    auto orphans = RecoverySlot::claimOrphans();
    QCOMPARE(orphans.size(), size_t(1));
    QCOMPARE(
        loadMapFile(orphans.front()->mapPath()).map->assets.value(AssetId(u"s-orders"_qs)).name,
        u"Orders 4"_qs);
}

void TestRecovery::killedProcessIsOfferedAndRestored()
{
    const QString path = writeSample(u"crash.orgmap"_qs);
    QProcess orgmap;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
    env.insert(u"ORGMAP_AUTOSAVE_INTERVAL_MS"_qs, u"300"_qs);
    env.insert(u"ORGMAP_AUTOSAVE_IDLE_MS"_qs, u"100"_qs);
    env.insert(u"ORGMAP_TEST_EDIT_MAP_NAME"_qs, u"Edited before the crash"_qs);
    orgmap.setProcessEnvironment(env);
    orgmap.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    orgmap.start(QStringLiteral(ORGMAP_GUI), {path});
    QVERIFY(orgmap.waitForStarted());
    // The copy with the edit appears while the process runs.
    QTRY_VERIFY_WITH_TIMEOUT(!copies().isEmpty(), 60000);
    const QString copy = QDir(RecoverySlot::directory()).filePath(copies().first());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(copy.chopped(7) + u".info.json"_qs), 10000);
    QVERIFY(QFileInfo::exists(MapLock::lockPathFor(path)));

    // The running process holds the file: this process is warned too.
    {
        auto *second = new MainWindow(false);
        m_windows.append(second);
        QString text;
        answerNext(u"lockedBox"_qs, u"cancel"_qs, &text);
        QVERIFY(!second->openFile(path));
        QVERIFY2(text.contains(u"crash.orgmap"_qs) &&
                     text.contains(QString::number(orgmap.processId())),
                 qPrintable(text));
    }

    orgmap.kill(); // SIGKILL: no destructor, no clean-up
    QVERIFY(orgmap.waitForFinished());

    auto *window = new MainWindow(false);
    m_windows.append(window);
    window->show();
    QString text;
    answerNext(u"recoveryBox"_qs, u"restore"_qs, &text);
    QVERIFY(MainWindow::offerRecovery(window));
    QVERIFY2(text.contains(u"crash.orgmap"_qs), qPrintable(text));
    QCOMPARE(window->document()->data().info.name, u"Edited before the crash"_qs);
    QCOMPARE(window->document()->filePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(window->document()->isModified());
    QVERIFY(!window->isReadOnly());
    // The user's file still has the saved state; the copy stays until saved.
    QCOMPARE(loadMapFile(path).map->info.name, TestUtil::sampleMap().info.name);
    QCOMPARE(copies().size(), 1);
    // The dead process's lock was stale: this window took it over.
    MapLock probe(path);
    QVERIFY(probe.tryLock() == MapLock::State::HeldElsewhere);

    // Undo cannot make a restored map "saved": it differs from its file.
    QVERIFY(window->document()->rename(u"s-orders"_qs, u"Orders after restore"_qs));
    window->document()->undoStack()->undo();
    QVERIFY(window->document()->isModified());
    TestUtil::onNextModal([](QWidget *modal) {
        qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Discard)->click();
    });
    QVERIFY(window->close());
    QVERIFY(copies().isEmpty());
}

void TestRecovery::discardInTheOfferDeletesCopy()
{
    // An orphan as a crash leaves it: a copy whose lock nobody holds.
    {
        auto slot = RecoverySlot::create();
        QVERIFY(slot);
        QString error;
        QVERIFY(RecoverySlot::write(slot->mapPath(), slot->infoPath(),
                                    Scenarios::single(TestUtil::sampleMap()),
                                    {QString(), QDateTime::currentDateTimeUtc(), 1}, &error));
    }
    QCOMPARE(copies().size(), 1);
    auto *window = new MainWindow(false);
    m_windows.append(window);
    QString text;
    answerNext(u"recoveryBox"_qs, u"discard"_qs, &text);
    QVERIFY(!MainWindow::offerRecovery(window));
    QVERIFY2(text.contains(u"untitled"_qs), qPrintable(text));
    QVERIFY(copies().isEmpty());
    QVERIFY(!window->document()->isModified());
    // Nothing is offered twice.
    QVERIFY(!MainWindow::offerRecovery(window));
}

void TestRecovery::secondWindowIsWarned_data()
{
    QTest::addColumn<QString>("button");
    QTest::newRow("read-only") << u"openReadOnly"_qs;
    QTest::newRow("anyway") << u"openAnyway"_qs;
}

void TestRecovery::secondWindowIsWarned()
{
    QFETCH(QString, button);
    const QString path = writeSample(u"shared.orgmap"_qs);
    auto *first = new MainWindow(false);
    m_windows.append(first);
    QVERIFY(first->openFile(path));
    auto *second = new MainWindow(false);
    m_windows.append(second);
    QString text;
    answerNext(u"lockedBox"_qs, button, &text);
    QVERIFY(second->openFile(path));
    QVERIFY2(text.contains(u"shared.orgmap"_qs), qPrintable(text));
    QCOMPARE(second->document()->data(), first->document()->data());
    QVERIFY(second->document()->rename(u"s-orders"_qs, u"Orders (second)"_qs));
    QString error;
    if (button == u"openReadOnly") {
        QVERIFY(second->isReadOnly());
        QVERIFY(second->windowTitle().contains(u"read-only"_qs));
        // Saving over the file is refused with the reason; the file is unchanged.
        QVERIFY(!second->saveFile(path, &error));
        QVERIFY2(error.contains(u"read-only"_qs), qPrintable(error));
        QCOMPARE(loadMapFile(path).map->assets.value(AssetId(u"s-orders"_qs)).name,
                 TestUtil::sampleMap().assets.value(AssetId(u"s-orders"_qs)).name);
        // Another name is fine, and the window then owns that file.
        QVERIFY2(second->saveFile(m_dir.filePath(u"mine.orgmap"_qs), &error), qPrintable(error));
        QVERIFY(!second->isReadOnly());
    } else {
        // The user chose to share the file: saving it is theirs to do.
        QVERIFY(!second->isReadOnly());
        QVERIFY2(second->saveFile(path, &error), qPrintable(error));
    }
    // A third window may not Save As onto the first window's file either.
    auto *third = new MainWindow(false);
    m_windows.append(third);
    third->setMap(TestUtil::sampleMap());
    QVERIFY(!third->saveFile(path, &error));
    QVERIFY2(error.contains(u"another window"_qs), qPrintable(error));
    // Once the first window closes, the file is free.
    m_windows.removeOne(first);
    delete first;
    QVERIFY2(third->saveFile(path, &error), qPrintable(error));
}

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
