// Issue 8, "Work is never lost" and "Nothing wrong is accepted", on the model:
// odd save targets, sidecars, stale temporary files, hostile .orgmap files,
// exact text, strict numbers, bounded coordinates, printable messages.
#include "core/atomicfile.h"
#include "core/displaytext.h"
#include "storage/mapfile.h"
#include "storage/sqlitestore_p.h"
#include "json/jsonformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace OrgMap;

namespace {

QString fixture(const QString &relative)
{
    return QStringLiteral(ORGMAP_TEST_DATA "/reliability/") + relative;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

MapData loadOrFail(const QString &path)
{
    MapFileResult r = loadMapFile(path);
    if (!r.map)
        qWarning() << r.errors;
    return r.map.value_or(MapData());
}

MapData acme()
{
    return loadOrFail(QStringLiteral(ORGMAP_TEST_DATA "/reliability/14-unicode-changed-by-sqlite-"
                                                      "roundtrip/nonchar.orgmap.json"));
}

// Copies the files of a fixture folder (not subfolders) into `dir`.
void copyFixture(const QString &folder, const QString &dir)
{
    const QDir from(fixture(folder));
    for (const QString &name : from.entryList(QDir::Files)) {
        QFile::remove(dir + u'/' + name);
        QVERIFY(QFile::copy(from.filePath(name), dir + u'/' + name));
        QFile::setPermissions(dir + u'/' + name, QFile::ReadOwner | QFile::WriteOwner);
    }
}

} // namespace

class TestSafeSave : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void refusesTargetsThatAreNotRegularFiles_data();
    void refusesTargetsThatAreNotRegularFiles();
    void refusesReadOnlyTargetForBothFormats_data();
    void refusesReadOnlyTargetForBothFormats();
    void savesLongNonAsciiNames();
    void removesTempFilesOfKilledSaves();
    void saveDropsSidecarsOfReplacedFile_data();
    void saveDropsSidecarsOfReplacedFile();
    void openNamesForeignSidecars_data();
    void openNamesForeignSidecars();
    void refusesHostileDatabases_data();
    void refusesHostileDatabases();
    void textSurvivesOrgmapByteForByte();
    void jsonNumbersAreRfc8259_data();
    void jsonNumbersAreRfc8259();
    void coordinatesAreBounded_data();
    void coordinatesAreBounded();
    void messagesQuoteShortPrefix();
    void controlCharactersAreEscaped_data();
    void controlCharactersAreEscaped();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSafeSave::refusesTargetsThatAreNotRegularFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QString>("reason");
    for (const QString &ext : {u".orgmap"_qs, u".orgmap.json"_qs}) {
        QTest::addRow("fifo%s", qPrintable(ext)) << u"fifo"_qs << ext << u"a pipe (FIFO)"_qs;
        QTest::addRow("device%s", qPrintable(ext)) << u"device"_qs << ext << u"a device"_qs;
        QTest::addRow("folder%s", qPrintable(ext)) << u"folder"_qs << ext << u"a folder"_qs;
        QTest::addRow("dangling%s", qPrintable(ext))
            << u"dangling"_qs << ext << u"which does not exist"_qs;
    }
}

void TestSafeSave::refusesTargetsThatAreNotRegularFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, extension);
    QFETCH(QString, reason);
    const QString target = path(u"target"_qs + extension);
    const QByteArray name = QFile::encodeName(target);
    if (kind == u"fifo")
        QCOMPARE(::mkfifo(name.constData(), 0644), 0);
    else if (kind == u"device") // a link to /dev/null: a device without root
        QVERIFY(QFile::link(u"/dev/null"_qs, target));
    else if (kind == u"folder")
        QVERIFY(QDir().mkdir(target));
    else
        QVERIFY(QFile::link(path(u"nowhere"_qs), target));
    struct stat before;
    QCOMPARE(::lstat(name.constData(), &before), 0);

    QString error;
    QVERIFY(!saveMapFile(acme(), target, &error));
    QVERIFY2(error.startsWith(u"cannot save "_qs + target + u": "_qs), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    struct stat after;
    QCOMPARE(::lstat(name.constData(), &after), 0);
    QCOMPARE(after.st_mode, before.st_mode); // still the FIFO, link or folder
    QCOMPARE(after.st_ino, before.st_ino);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoSymLinks).size(),
             0);
}

void TestSafeSave::refusesReadOnlyTargetForBothFormats_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("orgmap") << u"ro.orgmap"_qs;
    QTest::newRow("json") << u"ro.orgmap.json"_qs;
}

void TestSafeSave::refusesReadOnlyTargetForBothFormats()
{
    QFETCH(QString, name);
    const QString target = path(name);
    QString error;
    MapData first = acme();
    QVERIFY2(saveMapFile(first, target, &error), qPrintable(error));
    QVERIFY(QFile::setPermissions(target, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = readAll(target);
    MapData second = first;
    second.info.name = u"changed"_qs;
    // Refused even as root, who could write: read-only is the owner's word.
    QVERIFY(!saveMapFile(second, target, &error));
    QCOMPARE(error, u"cannot save "_qs + target + u": the file is read-only"_qs);
    QCOMPARE(readAll(target), before);
}

void TestSafeSave::savesLongNonAsciiNames()
{
    // 80 CJK characters: 240 bytes + ".orgmap" = 247, under NAME_MAX; the
    // temporary name must be cut by characters to stay under it too.
    const QString target = path(QString(80, QChar(0x5730)) + u".orgmap"_qs);
    QString error;
    QVERIFY2(saveMapFile(acme(), target, &error), qPrintable(error));
    const MapFileResult back = loadMapFile(target);
    QVERIFY2(back.map, qPrintable(back.errors.join(u'\n')));
    QCOMPARE(*back.map, acme());
    // A name that needs the cut to fall inside a surrogate pair's range.
    const QString emoji = path(QString(60, QChar(0x0416)) + QString::fromUtf8("\xF0\x9F\x98\x80") +
                               u".orgmap.json"_qs);
    QVERIFY2(saveMapFile(acme(), emoji, &error), qPrintable(error));
}

void TestSafeSave::removesTempFilesOfKilledSaves()
{
    const QString target = path(u"map.orgmap"_qs);
    QString error;
    QVERIFY2(saveMapFile(acme(), target, &error), qPrintable(error));
    // Two leftovers of killed saves, and one of a save still running (it
    // holds the lock) that must not be touched.
    const QString dead1 = path(u".map.orgmap.abc123.tmp"_qs);
    const QString dead2 = path(u".map.orgmap.zzzzzz.tmp"_qs);
    const QString live = path(u".map.orgmap.live00.tmp"_qs);
    const QString other = path(u".other.orgmap.abc123.tmp"_qs);
    for (const QString &f : {dead1, dead2, live, other}) {
        QFile file(f);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("half a database");
    }
    const int fd = ::open(QFile::encodeName(live).constData(), O_RDONLY);
    QVERIFY(fd >= 0);
    QCOMPARE(::flock(fd, LOCK_EX), 0);
    QVERIFY2(saveMapFile(acme(), target, &error), qPrintable(error));
    ::close(fd);
    QVERIFY(!QFile::exists(dead1));
    QVERIFY(!QFile::exists(dead2));
    QVERIFY(QFile::exists(live));
    QVERIFY(QFile::exists(other)); // another file's business
}

void TestSafeSave::saveDropsSidecarsOfReplacedFile_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("sidecar");
    QTest::newRow("stale wal") << u"01-save-leaves-stale-wal-sidecar"_qs << u"-wal"_qs;
    QTest::newRow("hot journal") << u"02-save-leaves-hot-journal-sidecar"_qs << u"-journal"_qs;
}

void TestSafeSave::saveDropsSidecarsOfReplacedFile()
{
    QFETCH(QString, folder);
    QFETCH(QString, sidecar);
    copyFixture(folder, m_dir->path());
    const QString target = path(u"map.orgmap"_qs);
    QVERIFY(QFile::exists(target + sidecar));
    const MapData fresh = loadOrFail(path(u"new-map.orgmap.json"_qs));
    QString error;
    QStringList notes;
    QVERIFY2(saveMapFile(fresh, target, &error, &notes), qPrintable(error));
    QVERIFY(!QFile::exists(target + sidecar));
    QVERIFY2(notes.join(u'\n').contains(u"removed "_qs + target + sidecar),
             qPrintable(notes.join(u'\n')));
    // The saved file opens as exactly the saved map: nothing of the old one
    // replayed into it.
    const MapFileResult back = loadMapFile(target);
    QVERIFY2(back.map, qPrintable(back.errors.join(u'\n')));
    QCOMPARE(*back.map, fresh);
}

void TestSafeSave::openNamesForeignSidecars_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("wal of another database") << u"01-save-leaves-stale-wal-sidecar/foreign-wal"_qs
                                             << u"acme.orgmap"_qs << u"-wal does not belong to"_qs;
    QTest::newRow("hot journal") << u"17-misleading-damaged-messages"_qs << u"hot.orgmap"_qs
                                 << u"a hot journal"_qs;
}

void TestSafeSave::openNamesForeignSidecars()
{
    QFETCH(QString, folder);
    QFETCH(QString, file);
    QFETCH(QString, message);
    copyFixture(folder, m_dir->path());
    const MapFileResult r = loadMapFile(path(file));
    QVERIFY(!r.map);
    const QString text = r.errors.join(u'\n');
    QVERIFY2(text.contains(message), qPrintable(text));
    QVERIFY2(!text.contains(u"damaged"_qs), qPrintable(text));
}

void TestSafeSave::refusesHostileDatabases_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("link from ''")
        << u"03-sqlite-accepts-empty-link-and-interaction-endpoint/link-empty-from.orgmap"_qs
        << u"table links, row  -> s-orders (api): from_asset: must not be empty"_qs;
    QTest::newRow("interaction from ''")
        << u"03-sqlite-accepts-empty-link-and-interaction-endpoint/interaction-empty-from.orgmap"_qs
        << u"table interactions, row  -> t-browse (collaboration): from_team: must not be empty"_qs;
    QTest::newRow("link from NULL")
        << u"03-sqlite-accepts-empty-link-and-interaction-endpoint/"
           "link-null-from-loosened-schema.orgmap"_qs
        << u"is not an OrgMap document (table \"links\" is not defined as OrgMap defines it)"_qs;
    QTest::newRow("port named ''")
        << u"04-sqlite-accepts-empty-port-name/port-empty-name.orgmap"_qs
        << u"table asset_ports, row (\"dp-campaign-performance\", 0): name: must not be empty"_qs;
    QTest::newRow("port named NULL")
        << u"04-sqlite-accepts-empty-port-name/port-null-name-loosened-schema.orgmap"_qs
        << u"is not an OrgMap document (table \"asset_ports\" is not defined"_qs;
    QTest::newRow("team id TEXT and BLOB")
        << u"05-sqlite-duplicate-rows-silently-collapsed/team-id-text-and-blob.orgmap"_qs
        << u"table teams, row \"t-browse\": id: duplicate id \"t-browse\" (first used at another row of table teams)"_qs;
    QTest::newRow("link TEXT and BLOB")
        << u"05-sqlite-duplicate-rows-silently-collapsed/link-text-and-blob.orgmap"_qs
        << u"table links, row s-accounts -> s-event-bus (event): duplicate link s-accounts -> "
           "s-event-bus (event), first at another row of table links"_qs;
    QTest::newRow("teams without primary key")
        << u"05-sqlite-duplicate-rows-silently-collapsed/teams-without-primary-key.orgmap"_qs
        << u"is not an OrgMap document (table \"teams\" is not defined"_qs;
    QTest::newRow("links as a view")
        << u"05-sqlite-duplicate-rows-silently-collapsed/links-view-duplicates.orgmap"_qs
        << u"is not an OrgMap document ("_qs;
    QTest::newRow("recursive view") // hung forever and filled /var/tmp
        << u"06-sqlite-view-unbounded-hang-fills-disk/asset_tags-recursive-view.orgmap"_qs
        << u"is not an OrgMap document (\"asset_tags\" is a view, not a table)"_qs;
    QTest::newRow("own parent") << u"17-misleading-damaged-messages/cycle-self.orgmap"_qs
                                << u"parent: a domain cannot be its own parent"_qs;
    QTest::newRow("owner is a domain")
        << u"17-misleading-damaged-messages/owner-is-a-domain.orgmap"_qs
        << u"owner: \"d-catalog\" is a domain, not a team"_qs;
}

void TestSafeSave::refusesHostileDatabases()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QString copy = path(QFileInfo(file).fileName());
    QVERIFY(QFile::copy(fixture(file), copy));
    const MapFileResult r = loadMapFile(copy);
    const QString text = r.errors.join(u'\n');
    QVERIFY2(!r.map, "accepted");
    QVERIFY2(text.contains(message), qPrintable(text));
    // A domain below the self-parented one is not "inside itself".
    QVERIFY2(!text.contains(u"d-search"_qs), qPrintable(text));
}

void TestSafeSave::textSurvivesOrgmapByteForByte()
{
    const QString json = fixture(u"14-unicode-changed-by-sqlite-roundtrip/nonchar.orgmap.json"_qs);
    const MapData map = loadOrFail(json);
    QVERIFY(map.info.description.contains(QChar(0xFFFE)));
    QString error;
    const QString orgmap = path(u"n.orgmap"_qs);
    QVERIFY2(saveMapFile(map, orgmap, &error), qPrintable(error));
    const MapFileResult back = loadMapFile(orgmap);
    QVERIFY2(back.map, qPrintable(back.errors.join(u'\n')));
    QCOMPARE(back.map->info.description, map.info.description);
    QCOMPARE(writeMapJson(*back.map), readAll(json));
}

void TestSafeSave::jsonNumbersAreRfc8259_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<bool>("valid");
    QTest::newRow("1.") << QByteArray("1.") << false;
    QTest::newRow(".5") << QByteArray(".5") << false;
    QTest::newRow("1.e2") << QByteArray("1.e2") << false;
    QTest::newRow("-.5") << QByteArray("-.5") << false;
    QTest::newRow("01") << QByteArray("01") << false;
    QTest::newRow("1.5") << QByteArray("1.5") << true;
    QTest::newRow("-0.25e-3") << QByteArray("-0.25e-3") << true;
    QTest::newRow("0") << QByteArray("0") << true;
    QTest::newRow("10E+2") << QByteArray("10E+2") << true;
}

void TestSafeSave::jsonNumbersAreRfc8259()
{
    QFETCH(QByteArray, number);
    QFETCH(bool, valid);
    // The number as a coordinate, after a string holding the same text
    // (which must not count).
    const QByteArray doc = R"({"format": "orgmap", "version": 1, "name": "n )" + number +
                           R"(", "teams": [{"id": "t", "name": "T", "geometry": {"x": )" + number +
                           R"(, "y": 0}}]})";
    const JsonReadResult r = readMapJson(doc);
    QCOMPARE(bool(r.map), valid);
    if (!valid) {
        QCOMPARE(r.errors.size(), 1);
        const QString message = r.errors.first().toString();
        QVERIFY2(message.startsWith(u"invalid JSON at line 1, column "_qs), qPrintable(message));
        // Ours (Qt accepts these): the column of the number itself.
        if (message.contains(u"decimal point"_qs))
            QVERIFY2(message.contains(u"column %1:"_qs.arg(doc.lastIndexOf(number) + 1)),
                     qPrintable(message));
    }
}

void TestSafeSave::coordinatesAreBounded_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("pointer");
    QTest::newRow("asset at 1e15")
        << u"19-render-int-overflow-on-large-coordinates/asset-at-1e15.orgmap.json"_qs
        << u"/geometry/x: "_qs;
    QTest::newRow("domain of max double")
        << u"19-render-int-overflow-on-large-coordinates/domain-size-max-double.orgmap.json"_qs
        << u"/geometry/w: "_qs;
}

void TestSafeSave::coordinatesAreBounded()
{
    QFETCH(QString, file);
    QFETCH(QString, pointer);
    const MapFileResult r = loadMapFile(fixture(file));
    QVERIFY(!r.map);
    const QString text = r.errors.join(u'\n');
    QVERIFY2(text.contains(pointer) && text.contains(u"out of range (at most 1e+09 either way)"_qs),
             qPrintable(text));
    // The same bound in the SQLite document.
    MapData map = acme();
    Asset &a = *map.assets.begin();
    a.geometry = Geometry{2e9, 0, 0, 0, {}};
    QString error;
    QVERIFY(!saveMapFile(map, path(u"far.orgmap"_qs), &error));
    // The same message as the JSON reader's, the column in place of the pointer.
    QVERIFY2(error.contains(u": x: 2e+09 is out of range (at most 1e+09 either way)"_qs),
             qPrintable(error));
}

void TestSafeSave::messagesQuoteShortPrefix()
{
    const QString huge(1 << 20, u'x');
    const QByteArray doc = R"({"format": "orgmap", "version": 1, "name": "n", "assets": [)"
                           R"({"id": "s", "kind": "service", "name": "S", "owner": ")" +
                           huge.toUtf8() + R"("}]})";
    const JsonReadResult r = readMapJson(doc);
    QVERIFY(!r.map);
    QCOMPARE(r.errors.size(), 1);
    const QString message = r.errors.first().toString();
    QVERIFY2(message.size() < 200, qPrintable(message.left(300)));
    QVERIFY2(message.contains(QString(60, u'x') + QChar(0x2026)), qPrintable(message.left(300)));
}

void TestSafeSave::controlCharactersAreEscaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("title") << u"a\x1b]0;pwned\x07z"_qs << u"a\\x1B]0;pwned\\x07z"_qs;
    QTest::newRow("clear") << u"\x1b[2J"_qs << u"\\x1B[2J"_qs;
    QTest::newRow("C1 CSI") << QString(QChar(0x9B)) + u"2J"_qs << u"\\u009b2J"_qs;
    QTest::newRow("newline") << u"a\nb"_qs << u"a\\x0Ab"_qs;
    QTest::newRow("plain") << u"Fjord & Finch \u00e9"_qs << u"Fjord & Finch \u00e9"_qs;
}

void TestSafeSave::controlCharactersAreEscaped()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(escapeControls(text), shown);
}

QTEST_GUILESS_MAIN(TestSafeSave)
#include "tst_safesave.moc"
