#include "generate/generator.h"

#include <QTest>

using namespace OrgMap;

class TestGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameMap();
    void shapeOfTheOrganisation_data();
    void shapeOfTheOrganisation();
};

void TestGenerator::sameSeedSameMap()
{
    QVERIFY(generateMap({500, 7}) == generateMap({500, 7}));
    QVERIFY(!(generateMap({500, 7}) == generateMap({500, 8})));
}

void TestGenerator::shapeOfTheOrganisation_data()
{
    QTest::addColumn<int>("assets");
    QTest::newRow("1k") << 1000;
    QTest::newRow("10k") << 10000;
}

void TestGenerator::shapeOfTheOrganisation()
{
    QFETCH(int, assets);
    const MapData map = generateMap({assets, 1});
    QCOMPARE(map.assets.size(), assets);
    QCOMPARE(map.links.size(), qsizetype(assets) * 3);

    int crossDomain = 0, unowned = 0, unplaced = 0, services = 0;
    for (const Link &link : map.links) {
        const Asset &from = map.assets[link.key.from];
        const Asset &to = map.assets[link.key.to];
        QVERIFY(from.id != to.id);
        if (!from.domain.isNull() && !to.domain.isNull() && from.domain != to.domain)
            ++crossDomain;
        if (to.kind == AssetKind::DataProduct)
            QVERIFY(link.key.kind == LinkKind::Data);
    }
    for (const Asset &a : map.assets) {
        unowned += a.owner.isNull();
        unplaced += a.domain.isNull();
        services += a.kind == AssetKind::Service;
        QVERIFY(a.domain.isNull() || map.domains.contains(a.domain));
        QVERIFY(a.owner.isNull() || map.teams.contains(a.owner));
    }
    const double crossShare = double(crossDomain) / double(map.links.size());
    QVERIFY2(crossShare > 0.15 && crossShare < 0.25, qPrintable(QString::number(crossShare)));
    QVERIFY(unowned > 0 && unowned < assets / 50);
    QVERIFY(unplaced > 0 && unplaced < assets / 50);
    QVERIFY(services > assets / 2 && services < assets * 7 / 10);
    QVERIFY(!map.interactions.isEmpty());
    for (TeamType type : {TeamType::StreamAligned, TeamType::Platform, TeamType::Enabling,
                          TeamType::ComplicatedSubsystem}) {
        const bool present = std::any_of(map.teams.cbegin(), map.teams.cend(),
                                         [&](const Team &t) { return t.type == type; });
        QVERIFY(present);
    }
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
