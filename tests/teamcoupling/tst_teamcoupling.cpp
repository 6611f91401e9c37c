#include "analysis/teamcoupling.h"

#include <QTest>

using namespace OrgMap;

namespace {

// Implied pairs: A/B (two links A->B, one B->A), A/C, B/D. Declared: B-A
// collaboration (covers A/B), D->C x-as-a-service (nothing behind it), E
// facilitates A (never unbacked). A link inside team A and one from an
// unowned asset imply nothing.
MapData handMap()
{
    MapData m;
    m.info.name = u"Teams"_qs;
    for (const char16_t *t : {u"t-a", u"t-b", u"t-c", u"t-d", u"t-e"}) {
        Team team;
        team.id = TeamId(QString::fromUtf16(t));
        team.name = team.id.str();
        m.teams.insert(team.id, team);
    }
    auto asset = [&](const char16_t *id, const char16_t *owner) {
        Asset a;
        a.id = AssetId(QString::fromUtf16(id));
        a.name = a.id.str();
        a.owner = TeamId(QString::fromUtf16(owner));
        m.assets.insert(a.id, a);
    };
    asset(u"a1", u"t-a");
    asset(u"a2", u"t-a");
    asset(u"b1", u"t-b");
    asset(u"c1", u"t-c");
    asset(u"d1", u"t-d");
    asset(u"x1", u""); // unowned: its links imply nothing
    auto link = [&](const char16_t *from, const char16_t *to, LinkKind kind) {
        Link l{{AssetId(QString::fromUtf16(from)), AssetId(QString::fromUtf16(to)), kind}, {}, {}};
        m.links.insert(l.key, l);
    };
    link(u"a1", u"b1", LinkKind::Api);
    link(u"a1", u"b1", LinkKind::Event); // second link, same pair
    link(u"b1", u"a2", LinkKind::Data);  // the other direction
    link(u"a2", u"c1", LinkKind::Api);
    link(u"b1", u"d1", LinkKind::Api);
    link(u"a1", u"a2", LinkKind::Api); // same team: no coordination
    link(u"x1", u"a1", LinkKind::Api);
    auto interaction = [&](const char16_t *from, const char16_t *to, InteractionMode mode) {
        Interaction i{{TeamId(QString::fromUtf16(from)), TeamId(QString::fromUtf16(to)), mode}, {}};
        m.interactions.insert(i.key, i);
    };
    interaction(u"t-b", u"t-a", InteractionMode::Collaboration);
    interaction(u"t-d", u"t-c", InteractionMode::XAsAService);
    interaction(u"t-e", u"t-a", InteractionMode::Facilitating);
    return m;
}

} // namespace

class TestTeamCoupling : public QObject
{
    Q_OBJECT

private slots:
    void handComputedMap();
    void nothingImpliedIsFullyCongruent();
};

void TestTeamCoupling::handComputedMap()
{
    const TeamCoupling result = analyzeTeamCoupling(handMap());
    QCOMPARE(result.dependencies.size(), 3);
    const TeamDependency &ab = result.dependencies.at(0);
    QCOMPARE(ab.first, TeamId(u"t-a"_qs));
    QCOMPARE(ab.second, TeamId(u"t-b"_qs));
    QCOMPARE(ab.firstToSecond, 2);
    QCOMPARE(ab.secondToFirst, 1);
    QVERIFY(ab.declared); // declared as b -> a: direction does not matter
    QCOMPARE(result.dependencies.at(1).second, TeamId(u"t-c"_qs));
    QVERIFY(!result.dependencies.at(1).declared);
    QCOMPARE(result.dependencies.at(2).first, TeamId(u"t-b"_qs));
    QCOMPARE(result.dependencies.at(2).second, TeamId(u"t-d"_qs));
    QVERIFY(!result.dependencies.at(2).declared);

    QCOMPARE(result.covered, 1);
    QCOMPARE(result.undeclaredCount(), 2);
    QCOMPARE(result.congruence, 1.0 / 3.0);
    QCOMPARE(result.unbacked.size(), 1);
    QCOMPARE(result.unbacked.first().from, TeamId(u"t-d"_qs));
    QCOMPARE(result.unbacked.first().to, TeamId(u"t-c"_qs));
}

void TestTeamCoupling::nothingImpliedIsFullyCongruent()
{
    MapData m = handMap();
    m.links.clear();
    const TeamCoupling result = analyzeTeamCoupling(m);
    QVERIFY(result.dependencies.isEmpty());
    QCOMPARE(result.congruence, 1.0);
    QCOMPARE(result.unbacked.size(), 2); // b-a collaboration and d->c now have nothing behind them
}

QTEST_GUILESS_MAIN(TestTeamCoupling)
#include "tst_teamcoupling.moc"
