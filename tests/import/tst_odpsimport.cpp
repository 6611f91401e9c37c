// Open Data Product Standard descriptors into a map (docs/import.md).
#include "import/importer.h"
#include "import/odpsimport.h"
#include "layout/autolayout.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace OrgMap;
using K = ImportReportLine::Kind;

namespace {

QString odps()
{
    return QStringLiteral(ORGMAP_TEST_DATA "/import/odps");
}
QString linked()
{
    return QStringLiteral(ORGMAP_TEST_DATA "/import/odps-linked");
}

const AssetId kCustomer(u"dataproduct:fbe8d147-28db-4f1d-bedf-a3fe9f458427"_qs);
const AssetId kSimple(u"dataproduct:064c4630-8aad-4dc0-ba95-0f69940e6b18"_qs);
const AssetId kSales(u"dataproduct:5a1e5000-0000-4000-8000-000000000001"_qs);

QStringList entitiesOf(const ImportReport &report, K kind)
{
    QStringList out;
    for (const ImportReportLine &l : report.lines)
        if (l.kind == kind)
            out << l.entity;
    out.sort();
    return out;
}

void writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

class TestOdpsImport : public QObject
{
    Q_OBJECT

private slots:
    void productsBecomeDataProducts();
    void portTypes_data();
    void portTypes();
    void inputPortsLinkToProviders();
    void matchesDomainAndTeamByIdOrName();
    void reimportById();
    void refusesBrokenFiles();
};

void TestOdpsImport::productsBecomeDataProducts()
{
    const ImportResult result = importOdps({odps()}, MapData());
    QVERIFY2(result.map, qPrintable(result.errors.join(u'\n')));
    const MapData &map = *result.map;
    QCOMPARE(map.assets.keys(), (QList<AssetId>{kSimple, kCustomer}));
    const Asset customer = map.assets.value(kCustomer);
    QCOMPARE(toString(customer.kind), u"data-product"_qs);
    QCOMPARE(customer.name, u"Customer Data Product"_qs);
    QCOMPARE(customer.description, u"Enterprise view of a customer."_qs);
    QCOMPARE(customer.tags, QStringList{u"customer"_qs});
    QCOMPARE(customer.domain.str(), u"domain:seller"_qs);
    QCOMPARE(customer.owner.str(), u"team:data-team"_qs);
    QStringList ports;
    for (const Port &p : customer.ports)
        ports << p.name + u':' + toString(p.type);
    QCOMPARE(ports, (QStringList{u"rawtransactions:table"_qs, u"rawtransactions:table"_qs,
                                 u"consolidatedtransactions:table"_qs,
                                 u"fulltransactionswithreturns:table"_qs}));
    QCOMPARE(customer.ports[1].extensions.value(kOdpsKey).toObject().value(u"contractId"_qs),
             u"c2798941-1b7e-4b03-9e0d-955b1a872b33"_qs);
    const QJsonObject x = customer.extensions.value(kOdpsKey).toObject();
    QCOMPARE(x.value(u"id"_qs).toString(), u"fbe8d147-28db-4f1d-bedf-a3fe9f458427"_qs);
    QCOMPARE(x.value(u"status"_qs).toString(), u"draft"_qs);
    // Simple Data Product names no domain and no team.
    QVERIFY(map.assets.value(kSimple).domain.isNull());
    QVERIFY(map.assets.value(kSimple).owner.isNull());
    QCOMPARE(map.domains.value(DomainId(u"domain:seller"_qs)).name, u"seller"_qs);
    QCOMPARE(map.teams.value(TeamId(u"team:data-team"_qs)).description,
             u"The Data Team is responsible for the data product."_qs);
    QCOMPARE(entitiesOf(result.report, K::Placeholder),
             (QStringList{u"domain:seller"_qs, u"team:data-team"_qs}));
    // Every input port is external: nothing here provides their contracts.
    QCOMPARE(result.report.count(K::ExternalSource), 5);
    QVERIFY(map.links.isEmpty());
    QVERIFY(!needsLayout(map));
}

void TestOdpsImport::portTypes_data()
{
    QTest::addColumn<QString>("odps");
    QTest::addColumn<PortType>("type");
    QTest::newRow("tables") << "tables" << PortType::Table;
    QTest::newRow("view") << "View" << PortType::Table;
    QTest::newRow("topic") << "topic" << PortType::Topic;
    QTest::newRow("kafka") << "kafka" << PortType::Topic;
    QTest::newRow("rest") << "rest" << PortType::Api;
    QTest::newRow("graphql") << "graphql" << PortType::Api;
    QTest::newRow("files") << "files" << PortType::File;
    QTest::newRow("s3") << "s3" << PortType::File;
    QTest::newRow("unknown") << "spreadsheet" << PortType::Table;
}

void TestOdpsImport::portTypes()
{
    QFETCH(QString, odps);
    QFETCH(PortType, type);
    QCOMPARE(toString(odpsPortType(odps)), toString(type));
}

void TestOdpsImport::inputPortsLinkToProviders()
{
    const ImportResult result = importOdps({odps(), linked()}, MapData());
    QVERIFY(result.map);
    QCOMPARE(result.map->links.keys(), (QList<LinkKey>{{kSales, kCustomer, LinkKind::Data}}));
    const Asset sales = result.map->assets.value(kSales);
    QCOMPARE(toString(sales.ports[0].type), u"topic"_qs);
    QCOMPARE(toString(sales.ports[1].type), u"api"_qs);
    // The same team named by two products is one team; "Sales" is a new domain.
    QCOMPARE(sales.owner.str(), u"team:data-team"_qs);
    QCOMPARE(result.map->teams.size(), 1);
    QCOMPARE(sales.domain.str(), u"domain:sales"_qs);
    // weather is external, rawtransactions is not.
    QCOMPARE(result.report.count(K::ExternalSource), 6);
    QVERIFY(result.report.toText().contains(
        u"external source: dataproduct:5a1e5000-0000-4000-8000-000000000001: input port weather "
        u"(contract 0000feed-0000-4000-8000-000000000000) is provided by no product imported\n"_qs));
}

void TestOdpsImport::matchesDomainAndTeamByIdOrName()
{
    MapData into;
    into.info.name = u"Mine"_qs;
    Domain seller;
    seller.id = DomainId(u"d-seller"_qs);
    seller.name = u"Seller"_qs; // matched by name, case-insensitively
    seller.geometry = Geometry::of({0, 0, 600, 400});
    into.domains.insert(seller.id, seller);
    Team team;
    team.id = TeamId(u"data-team"_qs); // matched by id
    team.name = u"Data people"_qs;
    team.geometry = Geometry::at({-300, 0});
    into.teams.insert(team.id, team);
    const ImportResult result = importOdps({odps()}, into);
    QVERIFY(result.map);
    const Asset customer = result.map->assets.value(kCustomer);
    QCOMPARE(customer.domain, seller.id);
    QCOMPARE(customer.owner, team.id);
    QCOMPARE(result.map->domains.size(), 1);
    QCOMPARE(result.map->teams.size(), 1);
    QCOMPARE(result.map->domains.value(seller.id), seller); // untouched
    QVERIFY(seller.geometry->rect().contains(
        entityRect(*result.map, kCustomer.str(), *customer.geometry)));
    QCOMPARE(result.report.count(K::Placeholder), 0);
}

void TestOdpsImport::reimportById()
{
    QTemporaryDir dir;
    for (const QString &f : QDir(odps()).entryList({u"*.odps.yaml"_qs}))
        QFile::copy(odps() + u'/' + f, dir.filePath(f));
    const ImportResult first = importOdps({dir.path()}, MapData());
    QVERIFY(first.map);
    MapData map = *first.map;
    map.assets[kCustomer].geometry = Geometry::at({1234, 567});
    map.assets[kCustomer].classification = Classification::Internal; // set by hand: kept
    QFile f(dir.filePath(u"customer-data-product.odps.yaml"_qs));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text =
        f.readAll().replace("Enterprise view of a customer.", "The customer, everywhere.");
    f.close();
    writeFile(f.fileName(), text);
    QVERIFY(QFile::remove(dir.filePath(u"simple-data-product.odps.yaml"_qs)));
    const ImportResult second = importOdps({dir.path()}, map);
    QVERIFY(second.map);
    QCOMPARE(entitiesOf(second.report, K::Updated), QStringList{kCustomer.str()});
    QCOMPARE(entitiesOf(second.report, K::Removed), QStringList{kSimple.str()});
    QCOMPARE(entitiesOf(second.report, K::Created), QStringList{});
    const Asset customer = second.map->assets.value(kCustomer);
    QCOMPARE(customer.description, u"The customer, everywhere."_qs);
    QCOMPARE(customer.geometry->pos(), QPointF(1234, 567));
    QCOMPARE(toString(customer.classification), u"internal"_qs);
    QVERIFY(second.map->domains.contains(DomainId(u"domain:seller"_qs)));
}

void TestOdpsImport::refusesBrokenFiles()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"bad.odps.yaml"_qs);
    writeFile(file, "apiVersion: v0.9.0\nkind: DataProduct\nname: No id\n");
    ImportResult result = importOdps({odps(), file}, MapData());
    QVERIFY(!result.map);
    QCOMPARE(result.errors, QStringList{file + u":1: data product without id"_qs});
    writeFile(file, "apiVersion: v0.9.0\nkind: DataProduct\nid: x\ntags: [a\n");
    result = importOdps({file}, MapData());
    QVERIFY(!result.map);
    QVERIFY2(result.errors.value(0).startsWith(file + u":5:"_qs),
             qPrintable(result.errors.value(0)));
}

QTEST_GUILESS_MAIN(TestOdpsImport)
#include "tst_odpsimport.moc"
