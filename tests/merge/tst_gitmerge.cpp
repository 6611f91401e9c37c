// orgmap-cli as git's merge driver, as docs/git.md sets it up: a real
// repository in a temporary folder, two branches editing neighbouring lines
// of one map (which a line merge cannot merge), then a real conflict.

#include "merge/mergeconflict.h"
#include "json/jsonformat.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace OrgMap;

namespace {

const QString kMap = QStringLiteral("acme.orgmap.json");

MapData baseMap()
{
    MapData map;
    map.info.name = QStringLiteral("Acme");
    for (const char *id : {"t-sales", "t-checkout", "t-orders"}) {
        Team team;
        team.id = TeamId(QString::fromLatin1(id));
        team.name = QString::fromLatin1(id).mid(2);
        map.teams.insert(team.id, team);
    }
    // Two assets, each with its name on the line above its owner in the JSON.
    for (const char *id : {"s-billing", "s-orders"}) {
        Asset asset;
        asset.id = AssetId(QString::fromLatin1(id));
        asset.name = QString::fromLatin1(id).mid(2);
        asset.owner = TeamId(QStringLiteral("t-sales"));
        map.assets.insert(asset.id, asset);
    }
    return map;
}

} // namespace

class TestGitMerge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void neighbouringEditsMerge();
    void sameFieldConflicts();
    void unreadableInputExitsTwo();

private:
    // Runs git in the repository; returns its exit status.
    int git(const QStringList &arguments, QByteArray *output = nullptr);
    void gitOk(const QStringList &arguments);
    void commitMap(const MapData &map, const QString &message);
    MapData readMap();
    static void setOwner(MapData &map, const char *asset, const char *team);

    QTemporaryDir m_dir;
};

int TestGitMerge::git(const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The user's own git configuration must not change the outcome.
    env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("git"), arguments);
    if (!process.waitForFinished(60000))
        qFatal("git %s did not finish", qPrintable(arguments.join(u' ')));
    const QByteArray out = process.readAll();
    if (output)
        *output = out;
    if (process.exitStatus() != QProcess::NormalExit)
        qFatal("git %s crashed: %s", qPrintable(arguments.join(u' ')), out.constData());
    return process.exitCode();
}

void TestGitMerge::gitOk(const QStringList &arguments)
{
    QByteArray output;
    const int status = git(arguments, &output);
    if (status != 0)
        qFatal("git %s failed (%d): %s", qPrintable(arguments.join(u' ')), status,
               output.constData());
}

void TestGitMerge::commitMap(const MapData &map, const QString &message)
{
    QFile file(m_dir.filePath(kMap));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(writeMapJson(map));
    file.close();
    gitOk({QStringLiteral("add"), kMap});
    gitOk({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message});
}

MapData TestGitMerge::readMap()
{
    QFile file(m_dir.filePath(kMap));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the merged map");
    JsonReadResult read = readMapJson(file.readAll());
    if (!read.map)
        qFatal("the merged map is not valid: %s", qPrintable(read.errors.value(0).toString()));
    return *read.map;
}

void TestGitMerge::setOwner(MapData &map, const char *asset, const char *team)
{
    map.assets[AssetId(QString::fromLatin1(asset))].owner = TeamId(QString::fromLatin1(team));
}

void TestGitMerge::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QByteArray version;
    if (git({QStringLiteral("--version")}, &version) != 0)
        QSKIP("git is not installed (tools/install-deps.sh installs it)");
    gitOk({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
           QStringLiteral("main")});
    gitOk({QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Test")});
    gitOk({QStringLiteral("config"), QStringLiteral("user.email"),
           QStringLiteral("test@example.org")});
    // The set-up of docs/git.md, with the built orgmap-cli.
    gitOk({QStringLiteral("config"), QStringLiteral("merge.orgmap.driver"),
           QStringLiteral("'%1' merge %O %A %B -o %A").arg(QStringLiteral(ORGMAP_CLI))});
    QFile attributes(m_dir.filePath(QStringLiteral(".gitattributes")));
    QVERIFY(attributes.open(QIODevice::WriteOnly));
    attributes.write("*.orgmap.json merge=orgmap\n");
    attributes.close();
    gitOk({QStringLiteral("add"), QStringLiteral(".gitattributes")});
    commitMap(baseMap(), QStringLiteral("base map"));
}

void TestGitMerge::neighbouringEditsMerge()
{
    gitOk({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"),
           QStringLiteral("theirs")});
    MapData theirs = baseMap();
    // The name is the line just above the owner that ours changes.
    theirs.assets[AssetId(QStringLiteral("s-billing"))].name = QStringLiteral("Billing engine");
    setOwner(theirs, "s-orders", "t-orders");
    commitMap(theirs, QStringLiteral("orders to the orders team"));
    gitOk({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
    MapData ours = baseMap();
    setOwner(ours, "s-billing", "t-checkout");
    commitMap(ours, QStringLiteral("billing to checkout"));

    // A line merge of the same three versions conflicts: the edits touch
    // neighbouring lines, so the test really needs the driver.
    QTemporaryDir lines;
    const auto put = [&lines](const char *name, const MapData &map) {
        QFile file(lines.filePath(QString::fromLatin1(name)));
        if (!file.open(QIODevice::WriteOnly) || file.write(writeMapJson(map)) < 0)
            qFatal("cannot write %s", name);
        return file.fileName();
    };
    QByteArray lineMerge;
    git({QStringLiteral("merge-file"), QStringLiteral("-p"), put("ours", ours),
         put("base", baseMap()), put("theirs", theirs)},
        &lineMerge);
    QVERIFY2(lineMerge.contains("<<<<<<<"), lineMerge.constData());

    QByteArray output;
    const int status = git(
        {QStringLiteral("merge"), QStringLiteral("--no-edit"), QStringLiteral("theirs")}, &output);
    QVERIFY2(status == 0, output.constData());
    const MapData merged = readMap();
    QCOMPARE(merged.assets.value(AssetId(QStringLiteral("s-billing"))).owner.str(),
             QStringLiteral("t-checkout"));
    QCOMPARE(merged.assets.value(AssetId(QStringLiteral("s-orders"))).owner.str(),
             QStringLiteral("t-orders"));
    QCOMPARE(merged.assets.value(AssetId(QStringLiteral("s-billing"))).name,
             QStringLiteral("Billing engine"));
    QVERIFY(!merged.info.extensions.contains(kConflictsKey));
    QByteArray unmerged;
    git({QStringLiteral("diff"), QStringLiteral("--name-only"), QStringLiteral("--diff-filter=U")},
        &unmerged);
    QVERIFY2(unmerged.trimmed().isEmpty(), unmerged.constData());
}

void TestGitMerge::sameFieldConflicts()
{
    const MapData start = readMap();
    gitOk({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"),
           QStringLiteral("rename")});
    MapData theirs = start;
    theirs.assets[AssetId(QStringLiteral("s-orders"))].name = QStringLiteral("Order intake");
    commitMap(theirs, QStringLiteral("rename orders one way"));
    gitOk({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
    MapData ours = start;
    ours.assets[AssetId(QStringLiteral("s-orders"))].name = QStringLiteral("Order service");
    commitMap(ours, QStringLiteral("rename orders the other way"));

    QByteArray output;
    const int status = git(
        {QStringLiteral("merge"), QStringLiteral("--no-edit"), QStringLiteral("rename")}, &output);
    QVERIFY2(status != 0, output.constData());
    QVERIFY2(output.contains("CONFLICT"), output.constData());
    QByteArray unmerged;
    git({QStringLiteral("diff"), QStringLiteral("--name-only"), QStringLiteral("--diff-filter=U")},
        &unmerged);
    QCOMPARE(unmerged.trimmed(), kMap.toUtf8());

    // The working file is a valid map holding ours, with the conflict recorded.
    const MapData merged = readMap();
    QCOMPARE(merged.assets.value(AssetId(QStringLiteral("s-orders"))).name,
             QStringLiteral("Order service"));
    const QJsonArray conflicts = merged.info.extensions.value(kConflictsKey).toArray();
    QCOMPARE(conflicts.size(), 1);
    const auto conflict = MergeConflict::fromJson(conflicts.first().toObject());
    QVERIFY(conflict);
    QCOMPARE(conflict->key.id, QStringLiteral("s-orders"));
    QCOMPARE(conflict->field, QStringLiteral("name"));
    QCOMPARE(conflict->base.toString(), QStringLiteral("orders"));
    QCOMPARE(conflict->ours.toString(), QStringLiteral("Order service"));
    QCOMPARE(conflict->theirs.toString(), QStringLiteral("Order intake"));
}

void TestGitMerge::unreadableInputExitsTwo()
{
    // Exit 2 and OURS untouched: a driver must not half-write the file.
    QTemporaryDir dir;
    QFile broken(dir.filePath(QStringLiteral("theirs.orgmap.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"format": "orgmap", "version": 1, "name": "X", "assets": [{"id": "a"}]})");
    broken.close();
    const QString ours = m_dir.filePath(kMap);
    QFile before(ours);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray oursBytes = before.readAll();
    before.close();

    QProcess cli;
    cli.start(QStringLiteral(ORGMAP_CLI), {QStringLiteral("merge"), ours, ours, broken.fileName()});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 2);
    const QByteArray error = cli.readAllStandardError();
    QVERIFY2(error.contains("theirs.orgmap.json: /assets/0"), error.constData());
    QVERIFY(before.open(QIODevice::ReadOnly));
    QCOMPARE(before.readAll(), oursBytes);
}

QTEST_GUILESS_MAIN(TestGitMerge)
#include "tst_gitmerge.moc"
