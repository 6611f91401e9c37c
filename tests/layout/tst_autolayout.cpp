#include "layout/autolayout.h"
#include "samplemaps.h"

#include <QElapsedTimer>
#include <QTest>

using namespace OrgMap;

namespace {

bool isAncestor(const MapData &map, const DomainId &ancestor, DomainId d)
{
    for (int i = 0; i < 100 && !d.isNull(); ++i) {
        d = map.domains.value(d).parent;
        if (d == ancestor)
            return true;
    }
    return false;
}

// Checks every geometric promise of the layout; returns the first broken one.
QString checkLayout(const MapData &map)
{
    for (const Domain &d : map.domains) {
        if (!d.geometry)
            return QStringLiteral("domain %1 has no geometry").arg(d.id.str());
        if (!d.parent.isNull() &&
            !map.domains.value(d.parent).geometry->rect().contains(d.geometry->rect()))
            return QStringLiteral("subdomain %1 not inside its parent").arg(d.id.str());
        for (const Domain &o : map.domains) {
            if (!(d.id < o.id) || isAncestor(map, d.id, o.id) || isAncestor(map, o.id, d.id))
                continue;
            if (d.geometry->rect().intersects(o.geometry->rect()))
                return QStringLiteral("domains %1 and %2 overlap").arg(d.id.str(), o.id.str());
        }
    }
    QList<QPair<QString, QRectF>> nodes;
    for (const Team &t : map.teams) {
        if (!t.geometry)
            return QStringLiteral("team %1 has no geometry").arg(t.id.str());
        const QRectF r = entityRect(map, t.id.str(), *t.geometry);
        for (const Domain &d : map.domains)
            if (r.intersects(d.geometry->rect()))
                return QStringLiteral("team %1 overlaps domain %2").arg(t.id.str(), d.id.str());
        nodes.append({t.id.str(), r});
    }
    for (const Asset &a : map.assets) {
        if (!a.geometry)
            return QStringLiteral("asset %1 has no geometry").arg(a.id.str());
        const QRectF r = entityRect(map, a.id.str(), *a.geometry);
        for (const Domain &d : map.domains) {
            const bool own = d.id == a.domain || isAncestor(map, d.id, a.domain);
            if (own && !d.geometry->rect().contains(r))
                return QStringLiteral("asset %1 outside its domain %2").arg(a.id.str(), d.id.str());
            if (!own && d.geometry->rect().intersects(r))
                return QStringLiteral("asset %1 overlaps foreign domain %2")
                    .arg(a.id.str(), d.id.str());
        }
        nodes.append({a.id.str(), r});
    }
    // Node overlap: sort by left edge and sweep.
    std::sort(nodes.begin(), nodes.end(),
              [](const auto &x, const auto &y) { return x.second.left() < y.second.left(); });
    for (qsizetype i = 0; i < nodes.size(); ++i)
        for (qsizetype j = i + 1;
             j < nodes.size() && nodes[j].second.left() < nodes[i].second.right(); ++j)
            if (nodes[i].second.intersects(nodes[j].second))
                return QStringLiteral("%1 overlaps %2").arg(nodes[i].first, nodes[j].first);
    return {};
}

} // namespace

class TestAutoLayout : public QObject
{
    Q_OBJECT

private slots:
    void layoutIsValid_data()
    {
        QTest::addColumn<int>("assets");
        QTest::newRow("empty") << 0;
        QTest::newRow("tiny") << 3;
        QTest::newRow("small") << 60;
        QTest::newRow("medium") << 800;
    }
    void layoutIsValid()
    {
        QFETCH(int, assets);
        const MapData map = Samples::generated(assets, 1);
        QVERIFY(assets == 0 || needsLayout(map));
        const MapData laid = withLayout(map, LayoutScope::All);
        QVERIFY(!needsLayout(laid));
        const QString problem = checkLayout(laid);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void deterministic()
    {
        const MapData map = Samples::generated(500, 1);
        QCOMPARE(computeLayout(map, LayoutScope::All), computeLayout(map, LayoutScope::All));
        // Insertion order of the input does not matter: the maps are keyed by id.
        MapData copy;
        const QList<Asset> values = map.assets.values();
        for (auto it = values.crbegin(); it != values.crend(); ++it)
            copy.assets.insert(it->id, *it);
        copy.domains = map.domains;
        copy.teams = map.teams;
        QCOMPARE(computeLayout(copy, LayoutScope::All), computeLayout(map, LayoutScope::All));
    }

    void nestedDomainsInsideParents()
    {
        MapData map;
        Domain outer{DomainId(u"d-outer"_qs), u"Outer"_qs, {}, {}, {}, {}, {}, {}};
        Domain inner{DomainId(u"d-inner"_qs), u"Inner"_qs, outer.id, {}, {}, {}, {}, {}};
        Domain deepest{DomainId(u"d-deep"_qs), u"Deep"_qs, inner.id, {}, {}, {}, {}, {}};
        for (const Domain &d : {outer, inner, deepest})
            map.domains.insert(d.id, d);
        for (int i = 0; i < 5; ++i) {
            Asset a;
            a.id = AssetId(QStringLiteral("a-%1").arg(i));
            a.name = a.id.str();
            a.domain = i < 2 ? outer.id : i < 4 ? deepest.id : DomainId();
            map.assets.insert(a.id, a);
        }
        const MapData laid = withLayout(map, LayoutScope::All);
        const QString problem = checkLayout(laid);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QRectF outerRect = laid.domains.value(outer.id).geometry->rect();
        QVERIFY(outerRect.contains(laid.domains.value(deepest.id).geometry->rect()));
        // The unplaced asset sits in its lane below every domain.
        QVERIFY(laid.assets.value(AssetId(u"a-4"_qs)).geometry->y > outerRect.bottom());
    }

    void missingOnlyKeepsExisting()
    {
        MapData map = withLayout(Samples::generated(120, 1), LayoutScope::All);
        // Free a cell in d-0 so that the new asset fits without growing it.
        map.assets.remove(AssetId(u"a-0"_qs));
        // A new asset in an existing domain, a new domain, a new team.
        Asset a;
        a.id = AssetId(u"a-new"_qs);
        a.name = u"New"_qs;
        a.domain = DomainId(u"d-0"_qs);
        map.assets.insert(a.id, a);
        Domain d{DomainId(u"d-new"_qs), u"New domain"_qs, {}, {}, {}, {}, {}, {}};
        map.domains.insert(d.id, d);
        Team t;
        t.id = TeamId(u"t-new"_qs);
        t.name = u"New team"_qs;
        map.teams.insert(t.id, t);

        const QHash<QString, Geometry> geometry = computeLayout(map, LayoutScope::MissingOnly);
        QCOMPARE(geometry.size(), 3);
        QVERIFY(geometry.contains(u"a-new"_qs) && geometry.contains(u"d-new"_qs) &&
                geometry.contains(u"t-new"_qs));
        const MapData laid = withLayout(map, LayoutScope::MissingOnly);
        const QString problem = checkLayout(laid);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void missingOnlyGrowsFullDomain()
    {
        MapData map = withLayout(Samples::generated(120, 1), LayoutScope::All);
        const QRectF before = map.domains.value(DomainId(u"d-0"_qs)).geometry->rect();
        Asset a;
        a.id = AssetId(u"a-new"_qs);
        a.name = u"New"_qs;
        a.domain = DomainId(u"d-0"_qs);
        map.assets.insert(a.id, a);
        const MapData laid = withLayout(map, LayoutScope::MissingOnly);
        const QRectF after = laid.domains.value(DomainId(u"d-0"_qs)).geometry->rect();
        QVERIFY(after.height() > before.height());
        QCOMPARE(after.topLeft(), before.topLeft());
        const Geometry g = *laid.assets.value(a.id).geometry;
        QVERIFY(after.contains(
            QRectF(g.x - kAssetWidth / 2, g.y - kAssetHeight / 2, kAssetWidth, kAssetHeight)));
    }

    void tenThousandIsFast()
    {
        const MapData map = Samples::generated(10000, 3);
        QElapsedTimer timer;
        timer.start();
        const QHash<QString, Geometry> geometry = computeLayout(map, LayoutScope::All);
        const qint64 ms = timer.elapsed();
        qInfo("layout of 10k assets: %lld ms", ms);
        QCOMPARE(geometry.size(), map.domains.size() + map.teams.size() + map.assets.size());
        QVERIFY2(ms < 200, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
        MapData laid = withLayout(map, LayoutScope::All);
        const QString problem = checkLayout(laid);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestAutoLayout)
#include "tst_autolayout.moc"
