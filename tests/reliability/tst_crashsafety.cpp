// Issue 8 through the real orgmap-cli: a save or an export killed at any
// moment leaves the whole old or the whole new file; a full disk or an
// unwritable standard output is an error with the system's reason.
#include "storage/mapfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/mount.h>
#include <sys/statvfs.h>

using namespace OrgMap;

namespace {

const QString kCli = QStringLiteral(ORGMAP_CLI);
constexpr int kKills = 20; // per format: ~20 s for the whole test

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Where `now` first differs from `expected`, with the bytes around it: a
// killed write that left neither file must say whether it is a torn file
// (a prefix of one) or a whole file with other contents (output that differs
// from run to run).
QString firstDifference(const QByteArray &now, const QByteArray &expected)
{
    qsizetype at = 0;
    const qsizetype common = std::min(now.size(), expected.size());
    while (at < common && now[at] == expected[at])
        ++at;
    const qsizetype from = std::max<qsizetype>(0, at - 60);
    // SVG and JSON stay readable; control and other bytes are %-escaped.
    const QByteArray plain = " <>/=\"#.,:;-_()";
    return u"first difference from the new file at byte %1 of %2 (new file: %3 bytes)\n"
           "  here: %4\n  new:  %5"_qs.arg(at)
               .arg(now.size())
               .arg(expected.size())
               .arg(QString::fromUtf8(now.mid(from, 160).toPercentEncoding(plain)),
                    QString::fromUtf8(expected.mid(from, 160).toPercentEncoding(plain)));
}

struct Run
{
    int exitCode = -1;
    QString err;
};

Run cli(const QStringList &args, const QString &stdoutFile = {})
{
    QProcess p;
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile);
    p.start(kCli, args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWritesLeaveOldOrNewFile_data();
    void killedWritesLeaveOldOrNewFile();
    void unwritableStandardOutputIsAnError_data();
    void unwritableStandardOutputIsAnError();
    void generateRefusesTooManyAssets();
    void fullDiskKeepsOldFiles_data();
    void fullDiskKeepsOldFiles();
    void cleanupTestCase();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_mount; // a small tmpfs, when the machine lets us mount one
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Big enough that a save takes a while, small enough for 20 kills.
    QCOMPARE(cli({u"generate"_qs, u"--assets"_qs, u"6000"_qs, u"--seed"_qs, u"7"_qs,
                  path(u"big.orgmap.json"_qs)})
                 .exitCode,
             0);
    // A render spends most of its time routing links before it writes: a
    // smaller map keeps 20 killed renders (and a sanitized build) in bounds.
    QCOMPARE(cli({u"generate"_qs, u"--assets"_qs, u"1500"_qs, u"--seed"_qs, u"7"_qs,
                  path(u"mid.orgmap.json"_qs)})
                 .exitCode,
             0);
    QCOMPARE(cli({u"generate"_qs, u"--assets"_qs, u"300"_qs, u"--seed"_qs, u"8"_qs,
                  path(u"old.orgmap.json"_qs)})
                 .exitCode,
             0);
    QCOMPARE(cli({u"convert"_qs, path(u"old.orgmap.json"_qs), path(u"old.orgmap"_qs)}).exitCode, 0);
    QCOMPARE(cli({u"render"_qs, path(u"old.orgmap.json"_qs), path(u"old.svg"_qs)}).exitCode, 0);
}

void TestCrashSafety::killedWritesLeaveOldOrNewFile_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("old");
    QTest::addColumn<QString>("input");
    QTest::newRow("save .orgmap") << u"convert"_qs << u"old.orgmap"_qs << u"big.orgmap.json"_qs;
    QTest::newRow("save JSON") << u"convert"_qs << u"old.orgmap.json"_qs << u"big.orgmap.json"_qs;
    QTest::newRow("render SVG") << u"render"_qs << u"old.svg"_qs << u"mid.orgmap.json"_qs;
}

void TestCrashSafety::killedWritesLeaveOldOrNewFile()
{
    QFETCH(QString, command);
    QFETCH(QString, old);
    QFETCH(QString, input);
    const QString target = path(u"target-"_qs + old);
    input = path(input);
    // The whole new file, and how long writing it takes.
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(cli({command, input, target}).exitCode, 0);
    const qint64 duration = std::max<qint64>(timer.elapsed(), 50);
    const QByteArray newBytes = readAll(target);
    const QByteArray oldBytes = readAll(path(old));
    QVERIFY(!newBytes.isEmpty() && newBytes != oldBytes);
    const bool sqlite = old.endsWith(u".orgmap");
    const MapData newMap = sqlite ? *loadMapFile(target).map : MapData();
    const MapData oldMap = sqlite ? *loadMapFile(path(old)).map : MapData();

    int sawOld = 0, sawNew = 0;
    for (int i = 0; i < kKills; ++i) {
        QFile::remove(target);
        QVERIFY(QFile::copy(path(old), target));
        QProcess p;
        p.start(kCli, {command, input, target});
        QVERIFY(p.waitForStarted());
        QThread::msleep(QRandomGenerator::global()->bounded(int(duration * 11 / 10) + 1));
        p.kill(); // SIGKILL
        p.waitForFinished();
        if (sqlite) {
            // SQLite files of the same map may differ in free pages: compare
            // what they hold.
            const MapFileResult r = loadMapFile(target);
            QVERIFY2(r.map, qPrintable(r.errors.join(u'\n')));
            QVERIFY(*r.map == oldMap || *r.map == newMap);
            (*r.map == newMap ? sawNew : sawOld)++;
        } else {
            const QByteArray now = readAll(target);
            QVERIFY2(now == oldBytes || now == newBytes,
                     qPrintable(u"kill %1: %2"_qs.arg(i).arg(firstDifference(now, newBytes))));
            (now == newBytes ? sawNew : sawOld)++;
        }
    }
    qInfo("%s: %d old, %d new after %d kills", qPrintable(command), sawOld, sawNew, kKills);
    // One more save cleans the temporary files the kills left.
    QCOMPARE(cli({command, input, target}).exitCode, 0);
    const QStringList left =
        QDir(m_dir.path())
            .entryList({u".target-"_qs + old + u".*.tmp"_qs}, QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
}

void TestCrashSafety::unwritableStandardOutputIsAnError_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("check text") << QStringList{u"check"_qs, u"MAP"_qs};
    QTest::newRow("check json") << QStringList{u"check"_qs, u"MAP"_qs, u"--format"_qs, u"json"_qs};
    QTest::newRow("convert to -") << QStringList{u"convert"_qs, u"MAP"_qs, u"-"_qs};
    QTest::newRow("help") << QStringList{u"--help"_qs};
}

void TestCrashSafety::unwritableStandardOutputIsAnError()
{
    QFETCH(QStringList, args);
    if (!QFile::exists(u"/dev/full"_qs))
        QSKIP("no /dev/full on this system");
    args.replaceInStrings(u"MAP"_qs, path(u"old.orgmap.json"_qs));
    const Run r = cli(args, u"/dev/full"_qs);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"cannot write to standard output: No space left on device"_qs),
             qPrintable(r.err));
}

void TestCrashSafety::generateRefusesTooManyAssets()
{
    // 232,000 crashed the generator (signed overflow); above the bound is a
    // message, not a signal.
    const Run r = cli({u"generate"_qs, u"--assets"_qs, u"250001"_qs, path(u"g.orgmap.json"_qs)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"at most 250000 assets"_qs), qPrintable(r.err));
    QVERIFY(!QFile::exists(path(u"g.orgmap.json"_qs)));
}

void TestCrashSafety::fullDiskKeepsOldFiles_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("old");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("input"); // each writes far more than the 256 KiB left
    QTest::newRow("save JSON") << QStringList{u"convert"_qs} << u"old.orgmap.json"_qs
                               << u"No space left on device"_qs << u"big.orgmap.json"_qs;
    QTest::newRow("save .orgmap") << QStringList{u"convert"_qs} << u"old.orgmap"_qs
                                  << u"database or disk is full"_qs << u"big.orgmap.json"_qs;
    QTest::newRow("render SVG") << QStringList{u"render"_qs} << u"old.svg"_qs
                                << u"No space left on device"_qs << u"mid.orgmap.json"_qs;
}

void TestCrashSafety::fullDiskKeepsOldFiles()
{
    QFETCH(QStringList, args);
    QFETCH(QString, old);
    QFETCH(QString, reason);
    QFETCH(QString, input);
    if (m_mount.isEmpty()) {
        const QString dir = path(u"small-disk"_qs);
        QDir().mkpath(dir);
        // A small disk of its own, filled up below before each write.
        if (::mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", 0, "size=4m") != 0)
            QSKIP("cannot mount a small tmpfs here (needs root or CAP_SYS_ADMIN)");
        m_mount = dir;
    }
    for (const QString &name : QDir(m_mount).entryList(QDir::Files | QDir::Hidden))
        QFile::remove(m_mount + u'/' + name);
    const QString target = m_mount + u'/' + old;
    QVERIFY(QFile::copy(path(old), target));
    const QByteArray before = readAll(target);
    // Leave 256 KiB free: less than any of the new files needs.
    struct statvfs fs;
    QCOMPARE(::statvfs(QFile::encodeName(m_mount).constData(), &fs), 0);
    const qint64 free = qint64(fs.f_bavail) * qint64(fs.f_frsize);
    QFile filler(m_mount + u"/filler"_qs);
    QVERIFY(filler.open(QIODevice::WriteOnly));
    QVERIFY(filler.write(QByteArray(std::max<qint64>(free - 256 * 1024, 0), '\0')) >= 0);
    filler.close();
    const Run r = cli(args << path(input) << target);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    QCOMPARE(readAll(target), before);
    const QStringList left = QDir(m_mount).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : left)
        QVERIFY2(!name.endsWith(u".tmp"_qs), qPrintable(name));
}

void TestCrashSafety::cleanupTestCase()
{
    if (!m_mount.isEmpty())
        ::umount(QFile::encodeName(m_mount).constData());
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
