// import-backstage-v1 on the real example catalog of the Backstage project and
// on small catalogs written here for the cases the example lacks.
#include "import/backstagemapping.h"
#include "import/importer.h"
#include "layout/autolayout.h"
#include "samplemaps.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace OrgMap;
using K = ImportReportLine::Kind;

namespace {

QString examples()
{
    return QStringLiteral(ORGMAP_TEST_DATA "/import/backstage-examples");
}

void writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

QStringList linesOf(const ImportReport &report, K kind)
{
    QStringList out;
    for (const ImportReportLine &l : report.lines)
        if (l.kind == kind)
            out << l.text;
    return out;
}

QStringList entitiesOf(const ImportReport &report, K kind)
{
    QStringList out;
    for (const ImportReportLine &l : report.lines)
        if (l.kind == kind)
            out << l.entity;
    out.sort();
    return out;
}

MapData importExamples()
{
    const ImportResult result = importBackstage({examples()}, MapData(), false);
    if (!result.map)
        qWarning() << result.errors;
    return result.map.value_or(MapData());
}

QJsonObject backstageOf(const Extensions &x)
{
    return x.value(kBackstageKey).toObject();
}

// Copies the example catalog so that a test can edit it.
QString copyExamples(const QTemporaryDir &dir)
{
    const QString root = dir.filePath(QStringLiteral("catalog"));
    QDir source(examples());
    for (const QString &sub : {u"acme"_qs, u"apis"_qs, u"components"_qs, u"domains"_qs,
                               u"resources"_qs, u"systems"_qs}) {
        QDir().mkpath(root + QLatin1Char('/') + sub);
        for (const QString &file : QDir(source.filePath(sub)).entryList(QDir::Files))
            QFile::copy(source.filePath(sub + QLatin1Char('/') + file),
                        root + QLatin1Char('/') + sub + QLatin1Char('/') + file);
    }
    QDir().mkpath(root);
    for (const QString &file : QDir(examples()).entryList(QDir::Files))
        QFile::copy(source.filePath(file), root + QLatin1Char('/') + file);
    return root;
}

} // namespace

class TestBackstageImport : public QObject
{
    Q_OBJECT

private slots:
    void domains_data();
    void domains();
    void teams_data();
    void teams();
    void assets_data();
    void assets();
    void linksFromApisAndDependsOn();
    void reportOnExample();
    void entryPointFollowsLocations();
    void layoutNestsWithoutOverlaps();
    void importIsLaidOutByTheMapLayout();
    void placeholdersAndReferences();
    void apiLinkKindsAndDependencyOf();
    void duplicateLaterWins();
    void locationsGlobsUrlsAndCycles();
    void refusesBrokenFiles_data();
    void refusesBrokenFiles();
    void lenientSkipsBrokenDocuments();
    void reimportAfterEdit();
};

void TestBackstageImport::domains_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("ref");
    // A Domain owned by a user is unowned; a System owned by user:team-b too.
    QTest::newRow("artists") << "domain:artists"
                             << "Artists"
                             << ""
                             << "group:team-a"
                             << "domain:default/artists";
    QTest::newRow("audio") << "domain:audio"
                           << "audio"
                           << ""
                           << "group:acme-corp"
                           << "domain:default/audio";
    QTest::newRow("playback") << "domain:playback"
                              << "playback"
                              << ""
                              << ""
                              << "domain:default/playback";
    QTest::newRow("portal") << "system:artist-engagement-portal"
                            << "Artist Engagement Portal"
                            << "domain:artists"
                            << "group:team-a"
                            << "system:default/artist-engagement-portal";
    QTest::newRow("audio-playback") << "system:audio-playback"
                                    << "audio-playback"
                                    << "domain:playback"
                                    << "group:team-c"
                                    << "system:default/audio-playback";
    QTest::newRow("podcast") << "system:podcast"
                             << "podcast"
                             << "domain:playback"
                             << ""
                             << "system:default/podcast";
}

void TestBackstageImport::domains()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, parent);
    QFETCH(QString, owner);
    QFETCH(QString, ref);
    const MapData map = importExamples();
    QCOMPARE(map.domains.size(), 6);
    QVERIFY(map.domains.contains(DomainId(id)));
    const Domain d = map.domains.value(DomainId(id));
    QCOMPARE(d.name, name);
    QCOMPARE(d.parent.str(), parent);
    QCOMPARE(d.owner.str(), owner);
    QCOMPARE(backstageOf(d.extensions).value(u"ref"_qs).toString(), ref);
    QVERIFY(d.geometry);
}

void TestBackstageImport::teams_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("type");
    QTest::newRow("team-a") << "group:team-a"
                            << "Team A"
                            << "team";
    QTest::newRow("team-b") << "group:team-b"
                            << "Team B"
                            << "team";
    QTest::newRow("team-c") << "group:team-c"
                            << "Team C"
                            << "team";
    QTest::newRow("team-d") << "group:team-d"
                            << "Team D"
                            << "team";
    // Not of type team, but the owner of domain audio.
    QTest::newRow("acme-corp") << "group:acme-corp"
                               << "The acme-corp organization"
                               << "organization";
}

void TestBackstageImport::teams()
{
    QFETCH(QString, id);
    QFETCH(QString, description);
    QFETCH(QString, type);
    const MapData map = importExamples();
    // backstage, boxoffice and infrastructure own nothing and are not teams.
    QCOMPARE(map.teams.size(), 5);
    const Team t = map.teams.value(TeamId(id));
    QCOMPARE(t.id.str(), id);
    QCOMPARE(t.name, id.mid(6));
    QCOMPARE(t.description, description);
    QCOMPARE(toString(t.type), QString());
    QCOMPARE(backstageOf(t.extensions).value(u"type"_qs).toString(), type);
    QVERIFY(!backstageOf(t.extensions).contains(u"missing"_qs));
}

void TestBackstageImport::assets_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("lifecycle");
    QTest::addColumn<QStringList>("tags");
    const QString portal = u"system:artist-engagement-portal"_qs;
    QTest::newRow("artist-lookup") << "component:artist-lookup" << portal << "group:team-a"
                                   << "service"
                                   << "service"
                                   << "experimental" << QStringList{u"java"_qs, u"data"_qs};
    QTest::newRow("petstore") << "component:petstore"
                              << ""
                              << "group:team-c"
                              << "service"
                              << "service"
                              << "experimental" << QStringList{};
    QTest::newRow("playback-order") << "component:playback-order"
                                    << "system:audio-playback"
                                    << ""
                                    << "service"
                                    << "service"
                                    << "production" << QStringList{u"java"_qs, u"playback"_qs};
    QTest::newRow("playback-sdk") << "component:playback-sdk"
                                  << "system:audio-playback"
                                  << "group:team-c"
                                  << "service"
                                  << "library"
                                  << "experimental" << QStringList{};
    QTest::newRow("podcast-api") << "component:podcast-api"
                                 << "system:podcast"
                                 << "group:team-b"
                                 << "service"
                                 << "service"
                                 << "experimental" << QStringList{u"java"_qs};
    QTest::newRow("queue-proxy") << "component:queue-proxy"
                                 << "system:podcast"
                                 << "group:team-b"
                                 << "service"
                                 << "website"
                                 << "production" << QStringList{u"go"_qs, u"website"_qs};
    QTest::newRow("searcher") << "component:searcher"
                              << ""
                              << ""
                              << "service"
                              << "service"
                              << "production" << QStringList{u"go"_qs};
    QTest::newRow("shuffle-api") << "component:shuffle-api"
                                 << "system:audio-playback"
                                 << ""
                                 << "service"
                                 << "service"
                                 << "production" << QStringList{u"go"_qs};
    QTest::newRow("wayback-archive") << "component:wayback-archive"
                                     << ""
                                     << "group:team-a"
                                     << "service"
                                     << "service"
                                     << "production" << QStringList{};
    QTest::newRow("ingestion") << "component:wayback-archive-ingestion"
                               << ""
                               << "group:team-d"
                               << "service"
                               << "service"
                               << "production" << QStringList{};
    QTest::newRow("storage") << "component:wayback-archive-storage"
                             << ""
                             << "group:team-a"
                             << "service"
                             << "service"
                             << "production" << QStringList{};
    QTest::newRow("wayback-search") << "component:wayback-search"
                                    << ""
                                    << "group:team-a"
                                    << "service"
                                    << "service"
                                    << "production" << QStringList{};
    QTest::newRow("www-artist") << "component:www-artist" << portal << "group:team-a"
                                << "service"
                                << "website"
                                << "production" << QStringList{};
    // A Resource is a data product, placed and owned like a component.
    QTest::newRow("artists-db") << "resource:artists-db" << portal << "group:team-a"
                                << "data-product"
                                << "database"
                                << "" << QStringList{};
}

void TestBackstageImport::assets()
{
    QFETCH(QString, id);
    QFETCH(QString, domain);
    QFETCH(QString, owner);
    QFETCH(QString, kind);
    QFETCH(QString, type);
    QFETCH(QString, lifecycle);
    QFETCH(QStringList, tags);
    const MapData map = importExamples();
    QCOMPARE(map.assets.size(), 14);
    QVERIFY(map.assets.contains(AssetId(id)));
    const Asset a = map.assets.value(AssetId(id));
    QCOMPARE(a.name, id.section(u':', 1));
    QCOMPARE(a.domain.str(), domain);
    QCOMPARE(a.owner.str(), owner);
    QCOMPARE(toString(a.kind), kind);
    QCOMPARE(a.tags, tags);
    const QJsonObject x = backstageOf(a.extensions);
    QCOMPARE(x.value(u"ref"_qs).toString(),
             id.section(u':', 0, 0) + u":default/"_qs + id.section(u':', 1));
    QCOMPARE(x.value(u"type"_qs).toString(), type);
    QCOMPARE(x.value(u"lifecycle"_qs).toString(), lifecycle);
    QCOMPARE(x.contains(u"lifecycle"_qs), !lifecycle.isEmpty());
    QVERIFY(a.geometry);
}

void TestBackstageImport::linksFromApisAndDependsOn()
{
    const MapData map = importExamples();
    QList<LinkKey> keys = map.links.keys();
    const QList<LinkKey> expected{
        {AssetId(u"component:artist-lookup"_qs), AssetId(u"resource:artists-db"_qs),
         LinkKind::Data}, // dependsOn a Resource
        {AssetId(u"component:wayback-search"_qs), AssetId(u"component:wayback-archive"_qs),
         LinkKind::Api}, // consumesApis wayback-archive, an openapi
    };
    QCOMPARE(keys, expected);
}

void TestBackstageImport::reportOnExample()
{
    const ImportResult result = importBackstage({examples()}, MapData(), false);
    QVERIFY(result.map);
    const ImportReport &r = result.report;
    QCOMPARE(r.count(K::Created), 6 + 5 + 14);
    QCOMPARE(r.count(K::Updated), 0);
    QCOMPARE(r.count(K::Removed), 0);
    QCOMPARE(r.count(K::Placeholder), 0);
    QCOMPARE(
        entitiesOf(r, K::Unowned),
        (QStringList{u"component:playback-order"_qs, u"component:searcher"_qs,
                     u"component:shuffle-api"_qs, u"domain:playback"_qs, u"system:podcast"_qs}));
    QVERIFY(
        linesOf(r, K::Unowned)
            .contains(u"system:podcast is owned by user:default/team-b, a user: left unowned"_qs));
    // consumesApis naming a component is no API: no link, listed.
    QCOMPARE(linesOf(r, K::Unresolved),
             QStringList{u"component:www-artist: consumesApis component:default/artist-lookup "
                         u"is not an API in the catalog"_qs});
    const QStringList targets = linesOf(r, K::SkippedTarget);
    QCOMPARE(targets.size(), 6);
    QVERIFY(targets.contains(u"./all-ai-resources.yaml (" ORGMAP_TEST_DATA
                             "/import/backstage-examples/all.yaml:1): does not exist"_qs));
    const QStringList skipped = linesOf(r, K::SkippedKind);
    QCOMPARE(skipped.size(), 3);
    QVERIFY(skipped.contains(
        u"group:default/infrastructure: a group of type department that owns nothing imported"_qs));
    QVERIFY(r.toText().startsWith(u"import: 25 created, 0 updated, 0 removed, 0 unchanged; 0 "
                                  u"placeholders, 1 unresolved references, 0 external sources, "
                                  u"9 skipped\n"_qs));
}

void TestBackstageImport::entryPointFollowsLocations()
{
    // all.yaml and acme/org.yaml reach every entity through Locations: the same
    // map as reading the whole folder.
    const ImportResult viaLocations = importBackstage(
        {examples() + u"/all.yaml"_qs, examples() + u"/acme/org.yaml"_qs}, MapData(), false);
    QVERIFY(viaLocations.map);
    QCOMPARE(*viaLocations.map, importExamples());
    // all.yaml alone: the owner groups are missing, so they become placeholders.
    const ImportResult alone = importBackstage({examples() + u"/all.yaml"_qs}, MapData(), false);
    QVERIFY(alone.map);
    QCOMPARE(entitiesOf(alone.report, K::Placeholder),
             (QStringList{u"group:acme-corp"_qs, u"group:team-a"_qs, u"group:team-b"_qs,
                          u"group:team-c"_qs, u"group:team-d"_qs}));
    QCOMPARE(backstageOf(alone.map->teams.value(TeamId(u"group:team-a"_qs)).extensions),
             (QJsonObject{{u"ref"_qs, u"group:default/team-a"_qs}, {u"missing"_qs, true}}));
}

void TestBackstageImport::layoutNestsWithoutOverlaps()
{
    const MapData map = importExamples();
    QVERIFY(!needsLayout(map));
    QList<QPair<QString, QRectF>> top; // siblings at each level must not overlap
    for (const Asset &a : map.assets) {
        const QRectF r = entityRect(map, a.id.str(), *a.geometry);
        if (!a.domain.isNull())
            QVERIFY2(map.domains.value(a.domain).geometry->rect().contains(r),
                     qPrintable(a.id.str()));
        top.append({a.id.str(), r});
    }
    for (const Domain &d : map.domains) {
        if (!d.parent.isNull())
            QVERIFY(map.domains.value(d.parent).geometry->rect().contains(d.geometry->rect()));
    }
    for (const Team &t : map.teams)
        top.append({t.id.str(), entityRect(map, t.id.str(), *t.geometry)});
    for (const Domain &d : map.domains)
        if (d.parent.isNull())
            top.append({d.id.str(), d.geometry->rect()});
    for (qsizetype i = 0; i < top.size(); ++i)
        for (qsizetype j = i + 1; j < top.size(); ++j) {
            const bool nested = map.assets.value(AssetId(top[i].first)).domain.isNull() == false ||
                                map.assets.value(AssetId(top[j].first)).domain.isNull() == false;
            if (!nested)
                QVERIFY2(!top[i].second.intersects(top[j].second),
                         qPrintable(top[i].first + u" overlaps "_qs + top[j].first));
        }
}

// An import is placed by the one layout of the app (model/layout, as Tidy
// Layout and `orgmap-cli layout --all`), not a layout of its own: the
// imported map's geometry is exactly what a full layout of the same map
// without geometry gives.
void TestBackstageImport::importIsLaidOutByTheMapLayout()
{
    const MapData imported = importExamples();
    QVERIFY(!imported.assets.isEmpty());
    QCOMPARE(withLayout(Samples::withoutGeometry(imported), LayoutScope::All), imported);
}

void TestBackstageImport::placeholdersAndReferences()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"c.yaml"_qs), R"(apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: Billing
  namespace: Finance
  annotations:
    orgmap/team-type: platform
spec:
  type: dataset
  owner: group:Finance/Ledger-Team
  system: Payments
---
---
apiVersion: backstage.io/v1alpha1
kind: System
metadata: {name: payments, namespace: finance}
spec: {owner: ledger-team, domain: default/money}
---
apiVersion: backstage.io/v1alpha1
kind: Template
metadata: {name: t1}
)");
    const ImportResult result = importBackstage({dir.path()}, MapData(), false);
    QVERIFY2(result.map, qPrintable(result.errors.join(u'\n')));
    const MapData &map = *result.map;
    // Ids: kind and namespace lowercase, the namespace kept unless default.
    const Asset billing = map.assets.value(AssetId(u"component:finance:billing"_qs));
    QCOMPARE(billing.name, u"Billing"_qs);
    QCOMPARE(toString(billing.kind), u"data-product"_qs);
    QCOMPARE(billing.domain.str(), u"system:finance:payments"_qs); // case-insensitive reference
    QCOMPARE(billing.owner.str(), u"group:finance:ledger-team"_qs);
    QCOMPARE(map.domains.value(DomainId(u"system:finance:payments"_qs)).parent.str(),
             u"domain:money"_qs);
    QCOMPARE(entitiesOf(result.report, K::Placeholder),
             (QStringList{u"domain:money"_qs, u"group:finance:ledger-team"_qs}));
    const Team placeholder = map.teams.value(TeamId(u"group:finance:ledger-team"_qs));
    QCOMPARE(placeholder.name, u"ledger-team"_qs);
    QVERIFY(backstageOf(placeholder.extensions).value(u"missing"_qs).toBool());
    QCOMPARE(map.domains.value(DomainId(u"domain:money"_qs)).name, u"money"_qs);
    QCOMPARE(linesOf(result.report, K::SkippedKind),
             QStringList{u"1 entities of kind template not imported"_qs});
}

void TestBackstageImport::apiLinkKindsAndDependencyOf()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"c.yaml"_qs), R"(apiVersion: v1
kind: API
metadata: {name: lights}
spec: {type: asyncapi}
---
apiVersion: v1
kind: API
metadata: {name: orders}
spec: {type: grpc}
---
apiVersion: v1
kind: API
metadata: {name: orphan}
spec: {type: openapi}
---
apiVersion: v1
kind: Component
metadata: {name: a}
spec: {providesApis: [lights, orders], consumesApis: [lights], dependencyOf: [component:b]}
---
apiVersion: v1
kind: Component
metadata: {name: b}
spec: {consumesApis: [lights, api:orders, orphan, missing], dependsOn: [a, resource:db, component:nope]}
---
apiVersion: v1
kind: Resource
metadata: {name: db}
spec: {dependencyOf: [c]}
---
apiVersion: v1
kind: Component
metadata: {name: c}
spec: {type: data-product, dependencyOf: b}
)");
    const ImportResult result = importBackstage({dir.path()}, MapData(), false);
    QVERIFY(result.map);
    const auto key = [](const char *from, const char *to, LinkKind kind) {
        return LinkKey{AssetId(QString::fromLatin1(from)), AssetId(QString::fromLatin1(to)), kind};
    };
    // a consuming its own API is dropped; b dependsOn a and a dependencyOf b are one link.
    const QList<LinkKey> expected{
        key("component:b", "component:a", LinkKind::Api),
        key("component:b", "component:a", LinkKind::Event),
        key("component:b", "component:c", LinkKind::Data),
        key("component:b", "resource:db", LinkKind::Data),
        key("component:c", "resource:db", LinkKind::Data),
    };
    QCOMPARE(result.map->links.keys(), expected);
    QCOMPARE(
        linesOf(result.report, K::Unresolved),
        (QStringList{u"component:b: consumesApis api:default/orphan, which nothing provides"_qs,
                     u"component:b: consumesApis api:default/missing is not an API in the "
                     u"catalog"_qs,
                     u"component:b: dependsOn component:default/nope is not a component or "
                     u"resource in the catalog"_qs}));
}

void TestBackstageImport::duplicateLaterWins()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"a.yaml"_qs),
              "apiVersion: v1\nkind: Component\nmetadata: {name: x, title: First}\n");
    writeFile(dir.filePath(u"b.yaml"_qs),
              "apiVersion: v1\nkind: component\nmetadata: {name: X, title: Second}\n");
    const ImportResult result = importBackstage({dir.path()}, MapData(), false);
    QVERIFY(result.map);
    QCOMPARE(result.map->assets.size(), 1);
    QCOMPARE(result.map->assets.first().name, u"Second"_qs);
    QCOMPARE(entitiesOf(result.report, K::Duplicate), QStringList{u"component:x"_qs});
}

void TestBackstageImport::locationsGlobsUrlsAndCycles()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"root/loc.yaml"_qs), R"(apiVersion: v1
kind: Location
metadata: {name: root}
spec:
  targets: [./parts/*.yaml, ../deep/**/*.yml, ./loc.yaml, https://example.com/c.yaml, ./none.yaml]
  target: url:https://example.com/d.yaml
)");
    writeFile(dir.filePath(u"root/parts/a.yaml"_qs),
              "apiVersion: v1\nkind: Component\nmetadata: {name: a}\n");
    writeFile(dir.filePath(u"root/parts/sub/no.yaml"_qs),
              "apiVersion: v1\nkind: Component\nmetadata: {name: not-matched}\n");
    writeFile(dir.filePath(u"deep/x/y/b.yml"_qs),
              "apiVersion: v1\nkind: Location\nmetadata: {name: back}\nspec: {target: "
              "../../../root/loc.yaml}\n---\napiVersion: v1\nkind: Component\nmetadata: {name: "
              "b}\n");
    const ImportResult result =
        importBackstage({dir.filePath(u"root/loc.yaml"_qs)}, MapData(), false);
    QVERIFY(result.map);
    QCOMPARE(result.map->assets.keys(),
             (QList<AssetId>{AssetId(u"component:a"_qs), AssetId(u"component:b"_qs)}));
    const QStringList skipped = linesOf(result.report, K::SkippedTarget);
    QCOMPARE(skipped.size(), 3);
    // spec.target first, then spec.targets in order.
    QVERIFY(skipped[0].startsWith(u"url:https://example.com/d.yaml"_qs));
    QVERIFY(skipped[1].startsWith(u"https://example.com/c.yaml ("_qs));
    QVERIFY(skipped[1].endsWith(u"a URL, not fetched"_qs));
    QVERIFY(skipped[2].startsWith(u"./none.yaml ("_qs));
    QVERIFY(skipped[2].endsWith(u"does not exist"_qs));
}

void TestBackstageImport::refusesBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("what");
    const QByteArray good = "apiVersion: v1\nkind: Component\nmetadata: {name: ok}\n";
    QTest::newRow("invalid yaml") << good + "---\napiVersion: v1\nkind: [Component\n"
                                  << ":7:1:"
                                  << "not valid YAML";
    QTest::newRow("no metadata.name")
        << good + "---\n# a comment\napiVersion: v1\nkind: Component\nmetadata:\n  title: X\n"
        << ":8:"
        << "entity without metadata.name";
    QTest::newRow("no kind") << QByteArray("apiVersion: v1\nmetadata: {name: a}\n") << ":1:"
                             << "entity without kind";
    QTest::newRow("no apiVersion") << QByteArray("\n\nkind: Group\nmetadata: {name: a}\n") << ":3:"
                                   << "entity without apiVersion";
    QTest::newRow("not a mapping") << QByteArray("- a\n- b\n") << ":1:"
                                   << "not an entity";
    QTest::newRow("bad name") << QByteArray("apiVersion: v1\nkind: Group\nmetadata:\n  name: a b\n")
                              << ":4:"
                              << "not a valid entity name";
}

void TestBackstageImport::refusesBrokenFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, where);
    QFETCH(QString, what);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"broken.yaml"_qs);
    writeFile(file, text);
    MapData into;
    into.info.name = u"Mine"_qs;
    const ImportResult result = importBackstage({examples(), file}, into, false);
    QVERIFY(!result.map);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().startsWith(file + where), qPrintable(result.errors.first()));
    QVERIFY2(result.errors.first().contains(what), qPrintable(result.errors.first()));
}

void TestBackstageImport::lenientSkipsBrokenDocuments()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"c.yaml"_qs);
    writeFile(file, "apiVersion: v1\nkind: Component\nmetadata: {name: ok}\n---\nkind: [x\n---\n"
                    "apiVersion: v1\nkind: Component\nmetadata: {title: no name}\n---\n"
                    "apiVersion: v1\nkind: Component\nmetadata: {name: also-ok}\n");
    QVERIFY(!importBackstage({file}, MapData(), false).map);
    const ImportResult result = importBackstage({file}, MapData(), true);
    QVERIFY(result.map);
    QCOMPARE(result.map->assets.keys(),
             (QList<AssetId>{AssetId(u"component:also-ok"_qs), AssetId(u"component:ok"_qs)}));
    const QStringList skipped = linesOf(result.report, K::SkippedDocument);
    QCOMPARE(skipped.size(), 2);
    QVERIFY2(skipped[0].startsWith(file + u":6:"_qs), qPrintable(skipped[0]));
    QVERIFY2(skipped[1].startsWith(file + u":9:"_qs), qPrintable(skipped[1]));
}

void TestBackstageImport::reimportAfterEdit()
{
    QTemporaryDir dir;
    const QString root = copyExamples(dir);
    const ImportResult first = importBackstage({root}, MapData(), false);
    QVERIFY(first.map);
    MapData map = *first.map;

    // By hand: an asset, a link from it to an imported one, an asset moved.
    Asset drawn;
    drawn.id = AssetId(u"s-hand"_qs);
    drawn.name = u"Drawn by hand"_qs;
    drawn.domain = DomainId(u"system:podcast"_qs);
    drawn.geometry = Geometry::at({5000, 5000});
    map.assets.insert(drawn.id, drawn);
    const LinkKey handLink{drawn.id, AssetId(u"component:petstore"_qs), LinkKind::Api};
    map.links.insert(handLink, Link{handLink, {}, {}});
    map.assets[AssetId(u"component:www-artist"_qs)].geometry = Geometry::at({777, 333});
    const Geometry portal =
        *map.domains.value(DomainId(u"system:artist-engagement-portal"_qs)).geometry;

    // The catalog changes: playback-sdk moves to podcast, searcher goes, one is added.
    QFile sdk(root + u"/components/playback-lib-component.yaml"_qs);
    QVERIFY(sdk.open(QIODevice::ReadOnly));
    QByteArray text = sdk.readAll().replace("system: audio-playback", "system: podcast");
    sdk.close();
    writeFile(sdk.fileName(), text);
    QVERIFY(QFile::remove(root + u"/components/searcher-component.yaml"_qs));
    writeFile(root + u"/components/recommender.yaml"_qs,
              "apiVersion: v1\nkind: Component\nmetadata: {name: recommender}\nspec: {owner: "
              "team-b, system: podcast, lifecycle: experimental, consumesApis: [petstore]}\n");

    const ImportResult second = importBackstage({root}, map, false);
    QVERIFY(second.map);
    const MapData &after = *second.map;
    QCOMPARE(entitiesOf(second.report, K::Created), QStringList{u"component:recommender"_qs});
    QCOMPARE(entitiesOf(second.report, K::Removed), QStringList{u"component:searcher"_qs});
    QCOMPARE(entitiesOf(second.report, K::Updated), QStringList{u"component:playback-sdk"_qs});
    QCOMPARE(second.report.unchanged, 6 + 5 + 14 - 2);
    QVERIFY(!after.assets.contains(AssetId(u"component:searcher"_qs)));

    // Hand-drawn: kept with its link; moved by hand: kept where it was put.
    QCOMPARE(after.assets.value(drawn.id), drawn);
    QVERIFY(after.links.contains(handLink));
    QCOMPARE(after.assets.value(AssetId(u"component:www-artist"_qs)).geometry->pos(),
             QPointF(777, 333));
    QCOMPARE(*after.domains.value(DomainId(u"system:artist-engagement-portal"_qs)).geometry,
             portal);
    // The moved component sits inside its new system, the new one too.
    const Asset moved = after.assets.value(AssetId(u"component:playback-sdk"_qs));
    QCOMPARE(moved.domain.str(), u"system:podcast"_qs);
    const QRectF podcast = after.domains.value(DomainId(u"system:podcast"_qs)).geometry->rect();
    QVERIFY(podcast.contains(entityRect(after, moved.id.str(), *moved.geometry)));
    const Asset added = after.assets.value(AssetId(u"component:recommender"_qs));
    QVERIFY(podcast.contains(entityRect(after, added.id.str(), *added.geometry)));
    QVERIFY(after.links.contains({added.id, AssetId(u"component:petstore"_qs), LinkKind::Api}));

    // Importing the same catalog again changes nothing.
    const ImportResult third = importBackstage({root}, after, false);
    QVERIFY(third.map);
    QCOMPARE(*third.map, after);
    QCOMPARE(third.report.count(K::Updated) + third.report.count(K::Created) +
                 third.report.count(K::Removed),
             0);
}

QTEST_GUILESS_MAIN(TestBackstageImport)
#include "tst_backstageimport.moc"
