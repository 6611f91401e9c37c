// Drives `orgmap-cli diff` as a user and git do: exit codes, the JSON report,
// the --git argument convention and a real `git diff` through the driver.
#include "storage/mapfile.h"
#include "json/jsonformat.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace OrgMap;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments, const QString &workingDir = {},
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program, arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

Run runCli(const QStringList &arguments)
{
    return run(QStringLiteral(ORGMAP_CLI), arguments);
}

QString example()
{
    return QStringLiteral(ORGMAP_EXAMPLES "/acme.orgmap.json");
}

MapData exampleMap()
{
    return *loadMapFile(example()).map;
}

// The example with one asset moved to another domain and handed to nobody.
MapData editedExample(QString *movedId = nullptr)
{
    MapData map = exampleMap();
    Asset &asset = map.assets.first();
    if (movedId)
        *movedId = asset.id.str();
    for (const Domain &d : map.domains)
        if (d.id != asset.domain) {
            asset.domain = d.id;
            break;
        }
    asset.owner = TeamId();
    return map;
}

bool save(const MapData &map, const QString &path)
{
    QString error;
    return saveMapFile(map, path, &error);
}

} // namespace

class TestCliDiff : public QObject
{
    Q_OBJECT

private slots:
    void exitCodes_data();
    void exitCodes();
    void jsonReportParsesAndMatches();
    void jsonFromSqliteAndJsonAlike();
    void gitArgumentsWithDevNull_data();
    void gitArgumentsWithDevNull();
    void gitDiffThroughTheDriver();
};

void TestCliDiff::exitCodes_data()
{
    QTest::addColumn<QString>("oldFile");
    QTest::addColumn<QString>("newFile");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("same map") << u"a"_qs << u"a"_qs << QStringList{} << 0;
    QTest::newRow("same map as json")
        << u"a"_qs << u"a"_qs << QStringList{u"--format"_qs, u"json"_qs} << 0;
    QTest::newRow("changed") << u"a"_qs << u"b"_qs << QStringList{} << 1;
    QTest::newRow("changed, json")
        << u"a"_qs << u"b"_qs << QStringList{u"--format"_qs, u"json"_qs} << 1;
    QTest::newRow("only geometry moved") << u"a"_qs << u"moved"_qs << QStringList{} << 0;
    QTest::newRow("only geometry moved, --geometry")
        << u"a"_qs << u"moved"_qs << QStringList{u"--geometry"_qs} << 1;
    QTest::newRow("old missing") << u"missing"_qs << u"a"_qs << QStringList{} << 2;
    QTest::newRow("new invalid") << u"a"_qs << u"invalid"_qs << QStringList{} << 2;
    QTest::newRow("bad format") << u"a"_qs << u"b"_qs << QStringList{u"--format"_qs, u"xml"_qs}
                                << 2;
    QTest::newRow("bad threshold")
        << u"a"_qs << u"b"_qs << QStringList{u"--hotspot-threshold"_qs, u"0"_qs} << 2;
}

void TestCliDiff::exitCodes()
{
    QFETCH(QString, oldFile);
    QFETCH(QString, newFile);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    const auto path = [&](const QString &n) { return dir.filePath(n + u".orgmap.json"_qs); };
    QVERIFY(save(exampleMap(), path(u"a"_qs)));
    QVERIFY(save(editedExample(), path(u"b"_qs)));
    MapData moved = exampleMap();
    moved.assets.first().geometry = Geometry{-500, 900, 0, 0, {}};
    QVERIFY(save(moved, path(u"moved"_qs)));
    QFile invalid(path(u"invalid"_qs));
    QVERIFY(invalid.open(QIODevice::WriteOnly));
    invalid.write(R"({"format": "orgmap", "version": 1, "name": "x", "assets": [{"id": "a"}]})");
    invalid.close();

    const Run r = runCli(QStringList{u"diff"_qs, path(oldFile), path(newFile)} + options);
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode == 2) {
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith("orgmap-cli: "), r.err.constData());
    }
    if (oldFile == u"missing"_qs)
        QVERIFY2(r.err.contains(path(u"missing"_qs).toUtf8()), r.err.constData());
    if (newFile == u"invalid"_qs) // where and what, as check says it
        QVERIFY2(r.err.contains("/assets/0"), r.err.constData());
}

void TestCliDiff::jsonReportParsesAndMatches()
{
    QTemporaryDir dir;
    const QString oldPath = dir.filePath(u"old.orgmap.json"_qs);
    const QString newPath = dir.filePath(u"new.orgmap.json"_qs);
    QString moved;
    QVERIFY(save(exampleMap(), oldPath));
    QVERIFY(save(editedExample(&moved), newPath));
    const Run r = runCli({u"diff"_qs, oldPath, newPath, u"--format"_qs, u"json"_qs});
    QCOMPARE(r.exitCode, 1);
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(report.keys(), (QStringList{u"changes"_qs, u"domains"_qs, u"metrics"_qs, u"new"_qs,
                                         u"old"_qs, u"summary"_qs}));
    QCOMPARE(report.value(u"old"_qs).toString(), exampleMap().info.name);
    const QJsonArray changes = report.value(u"changes"_qs).toArray();
    QCOMPARE(changes.size(), 1);
    const QJsonObject change = changes[0].toObject();
    QCOMPARE(change.value(u"op"_qs).toString(), u"change"_qs);
    QCOMPARE(change.value(u"entity"_qs).toString(), u"asset"_qs);
    QCOMPARE(change.value(u"id"_qs).toString(), moved);
    const QJsonObject fields = change.value(u"fields"_qs).toObject();
    QCOMPARE(fields.keys(), (QStringList{u"domain"_qs, u"owner"_qs}));
    QVERIFY(fields.value(u"owner"_qs).toObject().value(u"new"_qs).isNull());
    QCOMPARE(report.value(u"summary"_qs)
                 .toObject()
                 .value(u"changed"_qs)
                 .toObject()
                 .value(u"asset"_qs)
                 .toInt(),
             1);
    // The metrics agree with `check` on each side.
    const QJsonObject checkOld =
        QJsonDocument::fromJson(runCli({u"check"_qs, oldPath, u"--format"_qs, u"json"_qs}).out)
            .object();
    const QJsonObject checkNew =
        QJsonDocument::fromJson(runCli({u"check"_qs, newPath, u"--format"_qs, u"json"_qs}).out)
            .object();
    const auto errors = [](const QJsonObject &check) {
        int n = 0;
        for (const QJsonValue &f : check.value(u"findings"_qs).toArray())
            n += f.toObject().value(u"severity"_qs).toString() == u"error"_qs;
        return n;
    };
    for (const QJsonValue &m : report.value(u"metrics"_qs).toArray()) {
        const QJsonObject metric = m.toObject();
        if (metric.value(u"metric"_qs).toString() != u"errors"_qs)
            continue;
        QCOMPARE(metric.value(u"old"_qs).toInt(), errors(checkOld));
        QCOMPARE(metric.value(u"new"_qs).toInt(), errors(checkNew));
        QCOMPARE(metric.value(u"delta"_qs).toInt(), errors(checkNew) - errors(checkOld));
    }
    // `domains` carries check's numbers for each side.
    const QJsonArray domains = report.value(u"domains"_qs).toArray();
    const QJsonArray checkDomains = checkOld.value(u"domains"_qs).toArray();
    QCOMPARE(domains.size(), checkDomains.size());
    for (qsizetype i = 0; i < domains.size(); ++i) {
        QJsonObject fromCheck = checkDomains[i].toObject();
        QCOMPARE(domains[i].toObject().value(u"domain"_qs), fromCheck.take(u"domain"_qs));
        QCOMPARE(domains[i].toObject().value(u"old"_qs).toObject(), fromCheck);
    }
}

void TestCliDiff::jsonFromSqliteAndJsonAlike()
{
    QTemporaryDir dir;
    const QString oldJson = dir.filePath(u"old.orgmap.json"_qs);
    const QString oldSqlite = dir.filePath(u"old.orgmap"_qs);
    const QString newJson = dir.filePath(u"new.orgmap.json"_qs);
    QVERIFY(save(exampleMap(), oldJson));
    QVERIFY(save(exampleMap(), oldSqlite));
    QVERIFY(save(editedExample(), newJson));
    const Run a = runCli({u"diff"_qs, oldJson, newJson, u"--format"_qs, u"json"_qs});
    const Run b = runCli({u"diff"_qs, oldSqlite, newJson, u"--format"_qs, u"json"_qs});
    QCOMPARE(b.exitCode, 1);
    QCOMPARE(b.out, a.out); // byte-stable, whatever the file kind
}

void TestCliDiff::gitArgumentsWithDevNull_data()
{
    QTest::addColumn<bool>("added");
    QTest::newRow("file added") << true;
    QTest::newRow("file deleted") << false;
}

void TestCliDiff::gitArgumentsWithDevNull()
{
    QFETCH(bool, added);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"map.orgmap.json"_qs);
    QVERIFY(save(exampleMap(), file));
    const QString hex = u"0123456789abcdef0123456789abcdef01234567"_qs;
    const QStringList oldSide = added ? QStringList{u"/dev/null"_qs, u"."_qs, u"."_qs}
                                      : QStringList{file, hex, u"100644"_qs};
    const QStringList newSide = added ? QStringList{file, hex, u"100644"_qs}
                                      : QStringList{u"/dev/null"_qs, u"."_qs, u"."_qs};
    const Run r = runCli(QStringList{u"diff"_qs, u"--git"_qs, u"maps/map.orgmap.json"_qs} +
                         oldSide + newSide);
    QCOMPARE(r.exitCode, 0); // git stops at a non-zero external diff
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.startsWith(u"orgmap diff maps/map.orgmap.json\n"_qs), r.out.constData());
    QVERIFY2(text.contains(added ? u"new file"_qs : u"deleted file"_qs), r.out.constData());
    const MapData map = exampleMap();
    const QString assets = u"Assets (%1)"_qs.arg(map.assets.size());
    QVERIFY2(text.contains(assets), r.out.constData());
    const QString first = (added ? u"  +  "_qs : u"  -  "_qs) + map.assets.firstKey().str();
    QVERIFY2(text.contains(first), r.out.constData());

    // Unreadable input is still 2, and git's argument count is checked.
    QCOMPARE(runCli({u"diff"_qs, u"--git"_qs, u"p"_qs, dir.filePath(u"none.orgmap.json"_qs), hex,
                     u"100644"_qs, file, hex, u"100644"_qs})
                 .exitCode,
             2);
    QCOMPARE(runCli({u"diff"_qs, u"--git"_qs, u"p"_qs, file, hex}).exitCode, 2);
}

void TestCliDiff::gitDiffThroughTheDriver()
{
    const QString git = QStandardPaths::findExecutable(u"git"_qs);
    if (git.isEmpty())
        QSKIP("git is not installed (tools/install-deps.sh installs it)");
    QTemporaryDir dir;
    const QString repo = dir.path();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A repository of its own, untouched by the user's configuration.
    env.insert(u"HOME"_qs, repo);
    env.insert(u"GIT_CONFIG_NOSYSTEM"_qs, u"1"_qs);
    env.insert(u"GIT_AUTHOR_NAME"_qs, u"t"_qs);
    env.insert(u"GIT_AUTHOR_EMAIL"_qs, u"t@example.org"_qs);
    env.insert(u"GIT_COMMITTER_NAME"_qs, u"t"_qs);
    env.insert(u"GIT_COMMITTER_EMAIL"_qs, u"t@example.org"_qs);
    env.insert(u"NO_COLOR"_qs, u"1"_qs);
    const auto gitRun = [&](const QStringList &args) { return run(git, args, repo, env); };
    QCOMPARE(gitRun({u"init"_qs, u"-q"_qs}).exitCode, 0);
    // The lines docs/diff.md gives.
    QFile attributes(repo + u"/.gitattributes"_qs);
    QVERIFY(attributes.open(QIODevice::WriteOnly));
    attributes.write("*.orgmap.json diff=orgmap\n");
    attributes.close();
    QCOMPARE(gitRun({u"config"_qs, u"diff.orgmap.command"_qs,
                     QStringLiteral("%1 diff --git").arg(QStringLiteral(ORGMAP_CLI))})
                 .exitCode,
             0);
    const QString file = repo + u"/acme.orgmap.json"_qs;
    QVERIFY(save(exampleMap(), file));
    QCOMPARE(gitRun({u"add"_qs, u"."_qs}).exitCode, 0);
    QCOMPARE(gitRun({u"commit"_qs, u"-q"_qs, u"-m"_qs, u"as-is"_qs}).exitCode, 0);

    QString moved;
    QVERIFY(save(editedExample(&moved), file));
    const Run d = gitRun({u"diff"_qs});
    QCOMPARE(d.exitCode, 0);
    const QString text = QString::fromUtf8(d.out);
    QVERIFY2(text.startsWith(u"orgmap diff acme.orgmap.json\n"_qs), d.out.constData());
    QVERIFY2(text.contains(u"  ~  "_qs + moved), d.out.constData());
    QVERIFY2(text.contains(u"owner"_qs), d.out.constData());
    QVERIFY2(text.contains(u"Unowned assets"_qs), d.out.constData());
    QVERIFY2(!text.contains(u"@@"_qs), d.out.constData()); // not the line diff

    // A committed change, and a file added in the same commit (/dev/null);
    // git show and git log use external diffs only with --ext-diff.
    QVERIFY(save(exampleMap(), repo + u"/target.orgmap.json"_qs));
    QCOMPARE(gitRun({u"add"_qs, u"."_qs}).exitCode, 0);
    QCOMPARE(gitRun({u"commit"_qs, u"-q"_qs, u"-m"_qs, u"to-be"_qs}).exitCode, 0);
    const Run show = gitRun({u"show"_qs, u"--ext-diff"_qs, u"--format="_qs, u"HEAD"_qs});
    QCOMPARE(show.exitCode, 0);
    const QString shown = QString::fromUtf8(show.out);
    QVERIFY2(shown.contains(u"orgmap diff acme.orgmap.json\n"_qs), show.out.constData());
    QVERIFY2(shown.contains(u"orgmap diff target.orgmap.json\nnew file"_qs), show.out.constData());
}

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_clidiff.moc"
