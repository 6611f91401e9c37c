#include "generate/generator.h"
#include "layout/autolayout.h"
#include "samplemaps.h"
#include "storage/mapfile.h"

#include <QLineF>
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

MapData example()
{
    const MapFileResult loaded = loadMapFile(QStringLiteral(ORGMAP_EXAMPLES "/acme.orgmap.json"));
    return loaded.map.value_or(MapData());
}

MapData stripped(MapData map)
{
    return Samples::withoutGeometry(std::move(map));
}

// A fresh layout of a test row's map: -1 the example, else a generated map.
MapData laidOut(int assets)
{
    return withLayout(assets < 0 ? stripped(example()) : Samples::generated(assets, 1),
                      LayoutScope::All);
}

QRectF rectOf(const MapData &map, const QString &id)
{
    switch (map.kindOf(id)) {
    case EntityKind::Domain:
        return map.domains.value(DomainId(id)).geometry->rect();
    case EntityKind::Team:
        return entityRect(map, id, *map.teams.value(TeamId(id)).geometry);
    case EntityKind::Asset:
        return entityRect(map, id, *map.assets.value(AssetId(id)).geometry);
    case EntityKind::None:
        break;
    }
    return {};
}

double gap(const QRectF &a, const QRectF &b)
{
    const double dx = std::max({0.0, b.left() - a.right(), a.left() - b.right()});
    const double dy = std::max({0.0, b.top() - a.bottom(), a.top() - b.bottom()});
    return std::hypot(dx, dy);
}

DomainId topLevel(const MapData &map, DomainId d)
{
    for (int i = 0; i < 64 && map.domains.contains(map.domains.value(d).parent); ++i)
        d = map.domains.value(d).parent;
    return d;
}

// The top-level domain holding most of the team's assets (null when it owns none).
DomainId homeOf(const MapData &map, const TeamId &team)
{
    QMap<DomainId, int> count;
    for (const Asset &a : map.assets)
        if (a.owner == team && map.domains.contains(a.domain))
            ++count[topLevel(map, a.domain)];
    DomainId best;
    int most = 0;
    for (auto it = count.cbegin(); it != count.cend(); ++it)
        if (it.value() > most) {
            best = it.key();
            most = it.value();
        }
    return best;
}

} // namespace

class TestAutoLayout : public QObject
{
    Q_OBJECT

private slots:
    void layoutIsValid_data()
    {
        QTest::addColumn<int>("assets"); // -1: the example map without its geometry
        QTest::addColumn<int>("lane");
        QTest::newRow("empty") << 0 << 0;
        QTest::newRow("tiny") << 3 << 0;
        QTest::newRow("small") << 60 << 0;
        QTest::newRow("medium") << 800 << 0;
        QTest::newRow("large") << 3000 << 0;
        QTest::newRow("medium, team lane") << 800 << 1;
        QTest::newRow("example") << -1 << 0;
        QTest::newRow("example, team lane") << -1 << 1;
    }
    void layoutIsValid()
    {
        QFETCH(int, assets);
        QFETCH(int, lane);
        const MapData map = assets < 0 ? stripped(example()) : Samples::generated(assets, 1);
        QVERIFY(map.assets.size() > 0 || assets == 0);
        QVERIFY(assets == 0 || needsLayout(map));
        const MapData laid = withLayout(map, LayoutScope::All,
                                        lane ? TeamPlacement::Lane : TeamPlacement::BesideOwned);
        QVERIFY(!needsLayout(laid));
        const QString problem = checkLayout(laid);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Each team is right beside the top-level domain holding most of what it
    // owns: nearer to it than the team lane would be to most teams.
    void teamsBesideWhatTheyOwn_data()
    {
        QTest::addColumn<int>("assets");
        QTest::newRow("example") << -1;
        QTest::newRow("generated") << 600;
    }
    void teamsBesideWhatTheyOwn()
    {
        QFETCH(int, assets);
        const MapData map = assets < 0 ? stripped(example()) : Samples::generated(assets, 1);
        const MapData laid = withLayout(map, LayoutScope::All);
        const MapData lane = withLayout(map, LayoutScope::All, TeamPlacement::Lane);
        double besideSum = 0, laneSum = 0;
        int teams = 0;
        for (const Team &t : map.teams) {
            const DomainId home = homeOf(map, t.id);
            if (home.isNull())
                continue;
            const double beside = gap(rectOf(laid, t.id.str()), rectOf(laid, home.str()));
            QVERIFY2(beside <= 400, // in the strip right above it (up to three rows of teams)
                     qPrintable(QStringLiteral("team %1 is %2 px from %3")
                                    .arg(t.id.str())
                                    .arg(beside)
                                    .arg(home.str())));
            besideSum += beside;
            laneSum += gap(rectOf(lane, t.id.str()), rectOf(lane, home.str()));
            ++teams;
        }
        QVERIFY(teams > 0);
        QVERIFY2(besideSum < laneSum,
                 qPrintable(QStringLiteral("beside %1, lane %2").arg(besideSum).arg(laneSum)));
    }

    // Providers below consumers: inside a domain, links point downwards (at the
    // top level, cycles between domains make some point up). The generated
    // maps' links inside a domain form layers (each asset uses later ones).
    void providersBelowConsumers_data()
    {
        QTest::addColumn<int>("assets");
        QTest::newRow("example") << -1;
        QTest::newRow("generated 400") << 400;
        QTest::newRow("generated 1000") << 1000;
    }
    void providersBelowConsumers()
    {
        QFETCH(int, assets);
        const MapData laid = laidOut(assets);
        int down = 0, up = 0;
        for (const Link &l : laid.links) {
            if (laid.assets.value(l.key.to).domain != laid.assets.value(l.key.from).domain)
                continue;
            const double dy =
                laid.assets.value(l.key.to).geometry->y - laid.assets.value(l.key.from).geometry->y;
            if (dy > 0)
                ++down;
            else if (dy < 0)
                ++up;
        }
        qInfo("%d links inside a domain point down, %d up", down, up);
        QVERIFY2(down > 2 * up, qPrintable(QStringLiteral("%1 down, %2 up").arg(down).arg(up)));
    }

    // An asset in no domain sits near what it links to: within two asset
    // widths of the top-level domain it shares most links with (ties: the
    // smaller id), on small maps and large ones.
    void unplacedAssetsNearWhatTheyLinkTo_data()
    {
        QTest::addColumn<int>("assets");
        QTest::newRow("example") << -1;
        QTest::newRow("generated 400") << 400;
        QTest::newRow("generated 1000") << 1000;
    }
    void unplacedAssetsNearWhatTheyLinkTo()
    {
        QFETCH(int, assets);
        const MapData laid = laidOut(assets);
        int checked = 0, near = 0;
        for (const Asset &u : laid.assets) {
            if (laid.domains.contains(u.domain))
                continue;
            QMap<DomainId, int> shared; // top-level domain -> links with it
            for (const Link &l : laid.links) {
                const AssetId other = l.key.from == u.id ? l.key.to
                                      : l.key.to == u.id ? l.key.from
                                                         : AssetId();
                const DomainId d = laid.assets.value(other).domain;
                if (!other.isNull() && other != u.id && laid.domains.contains(d))
                    ++shared[topLevel(laid, d)];
            }
            if (shared.isEmpty())
                continue;
            DomainId home;
            for (auto it = shared.cbegin(); it != shared.cend(); ++it)
                if (home.isNull() || it.value() > shared.value(home))
                    home = it.key();
            const double away = gap(rectOf(laid, u.id.str()), rectOf(laid, home.str()));
            ++checked;
            if (away <= 2 * kAssetWidth)
                ++near;
            else
                qInfo("%s is %.0f from %s", qPrintable(u.id.str()), away, qPrintable(home.str()));
        }
        qInfo("%d of %d unplaced assets near the domain they link to most", near, checked);
        QVERIFY(checked > 0);
        QVERIFY2(near == checked, qPrintable(QStringLiteral("%1 of %2").arg(near).arg(checked)));
    }

    // Domains that depend on each other sit near each other: the gap between
    // two top-level domains, averaged over the links between them, is well
    // below the average gap of all pairs. (Not on the generated maps: their
    // links between domains go to random domains, all pairs coupled alike.)
    void coupledDomainsSitNearEachOther_data()
    {
        QTest::addColumn<int>("assets");
        QTest::newRow("example") << -1;
    }
    void coupledDomainsSitNearEachOther()
    {
        QFETCH(int, assets);
        const MapData laid = laidOut(assets);
        QMap<QPair<DomainId, DomainId>, int> coupling;
        for (const Link &l : laid.links) {
            const DomainId a = laid.assets.value(l.key.from).domain;
            const DomainId b = laid.assets.value(l.key.to).domain;
            if (!laid.domains.contains(a) || !laid.domains.contains(b))
                continue;
            const DomainId ra = topLevel(laid, a), rb = topLevel(laid, b);
            if (ra != rb)
                ++coupling[{std::min(ra, rb), std::max(ra, rb)}];
        }
        QList<DomainId> roots;
        for (const Domain &d : laid.domains)
            if (d.parent.isNull())
                roots.append(d.id);
        double allSum = 0, linkedSum = 0;
        int pairs = 0, links = 0;
        for (qsizetype i = 0; i < roots.size(); ++i)
            for (qsizetype j = i + 1; j < roots.size(); ++j) {
                const double g = gap(rectOf(laid, roots[i].str()), rectOf(laid, roots[j].str()));
                allSum += g;
                ++pairs;
                const int n = coupling.value({roots[i], roots[j]});
                linkedSum += n * g;
                links += n;
            }
        QVERIFY(links > 0 && pairs > 1);
        const double all = allSum / pairs, linked = linkedSum / links;
        qInfo("mean gap %.0f over the links between domains, %.0f over all pairs", linked, all);
        QVERIFY2(linked < 0.7 * all, qPrintable(QStringLiteral("%1 vs %2").arg(linked).arg(all)));
    }

    // Domains are sized to their contents: a domain is its content's bounding
    // box plus the title band and the padding (at least kMinDomainSize, the
    // content centred), after a fresh layout and after Tidy again.
    void domainsSizedToTheirContents_data()
    {
        QTest::addColumn<int>("assets");
        QTest::addColumn<bool>("again");
        QTest::newRow("example") << -1 << false;
        QTest::newRow("example, tidy after an edit") << -1 << true;
        QTest::newRow("generated 60") << 60 << false;
        QTest::newRow("generated 800") << 800 << false;
        QTest::newRow("generated 800, tidy after an edit") << 800 << true;
    }
    void domainsSizedToTheirContents()
    {
        QFETCH(int, assets);
        QFETCH(bool, again);
        MapData laid = laidOut(assets);
        if (again) { // one asset fewer: its domain shrinks to what is left
            const AssetId gone = laid.assets.keys().at(laid.assets.size() / 2);
            laid.assets.remove(gone);
            laid = withLayout(laid, LayoutScope::All);
        }
        int checked = 0;
        for (const Domain &d : laid.domains) {
            QRectF content;
            for (const Asset &a : laid.assets)
                if (a.domain == d.id)
                    content |= rectOf(laid, a.id.str());
            for (const Domain &sub : laid.domains)
                if (sub.parent == d.id)
                    content |= sub.geometry->rect();
            const QRectF box = d.geometry->rect();
            const QSizeF expected =
                content.isNull()
                    ? kMinDomainSize
                    : QSizeF(content.width() + 2 * kDomainPadding,
                             content.height() + kDomainTitleHeight + 1.5 * kDomainPadding)
                          .expandedTo(kMinDomainSize);
            QVERIFY2(std::abs(box.width() - expected.width()) < 0.5 &&
                         std::abs(box.height() - expected.height()) < 0.5,
                     qPrintable(QStringLiteral("%1 is %2x%3, its content needs %4x%5")
                                    .arg(d.id.str())
                                    .arg(box.width())
                                    .arg(box.height())
                                    .arg(expected.width())
                                    .arg(expected.height())));
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    // Tidy layout after a small edit moves little: at least three quarters of
    // the assets stay within one slot (an asset width and a gap) of where they
    // were, for each kind of small edit, on the example and generated maps.
    void stableAfterSmallEdit_data()
    {
        QTest::addColumn<int>("assets"); // -1: the example map
        QTest::addColumn<QString>("edit");
        const QStringList edits{u"add asset"_qs, u"remove asset"_qs, u"add link"_qs,
                                u"move asset"_qs};
        for (const int n : {-1, 60, 400, 1000})
            for (const QString &edit : edits)
                QTest::addRow("%s, %s", n < 0 ? "example" : qPrintable(QString::number(n)),
                              qPrintable(edit))
                    << n << edit;
    }
    void stableAfterSmallEdit()
    {
        QFETCH(int, assets);
        QFETCH(QString, edit);
        const MapData map = assets < 0 ? stripped(example()) : Samples::generated(assets, 1);
        const MapData before = withLayout(map, LayoutScope::All);
        MapData edited = before;
        const QList<AssetId> ids = edited.assets.keys();
        const Asset &first = edited.assets.first();
        if (edit == u"add asset") { // with a link to an asset of its domain
            Asset added;
            added.id = AssetId(u"a-added"_qs);
            added.name = u"Added"_qs;
            added.domain = first.domain;
            edited.assets.insert(added.id, added);
            Link link;
            link.key = {added.id, first.id, LinkKind::Api};
            edited.links.insert(link.key, link);
        } else if (edit == u"remove asset") {
            const AssetId gone = ids[ids.size() / 2];
            edited.assets.remove(gone);
            for (auto it = edited.links.begin(); it != edited.links.end();)
                it = it.key().from == gone || it.key().to == gone ? edited.links.erase(it)
                                                                  : std::next(it);
        } else if (edit == u"add link") { // between two domains
            const Asset *to = nullptr;
            for (qsizetype i = ids.size() / 3; i < ids.size() && !to; ++i)
                if (edited.assets[ids[i]].domain != first.domain &&
                    !edited.assets[ids[i]].domain.isNull())
                    to = &edited.assets[ids[i]];
            QVERIFY(to);
            Link link;
            link.key = {first.id, to->id, LinkKind::Event};
            QVERIFY(!edited.links.contains(link.key));
            edited.links.insert(link.key, link);
        } else { // move an asset to another domain
            Asset &moved = edited.assets[ids[ids.size() / 2 + 1]];
            const DomainId was = moved.domain;
            for (const Domain &d : std::as_const(edited.domains))
                if (d.id != was) {
                    moved.domain = d.id;
                    break;
                }
            QVERIFY(moved.domain != was);
        }
        const MapData after = withLayout(edited, LayoutScope::All);
        const QString problem = checkLayout(after);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        int still = 0, kept = 0;
        for (const Asset &a : before.assets) {
            if (!after.assets.contains(a.id))
                continue;
            ++kept;
            const QPointF was = a.geometry->pos(), now = after.assets.value(a.id).geometry->pos();
            if (QLineF(was, now).length() <= kAssetWidth + kAssetGap)
                ++still;
        }
        qInfo("%d of %d stayed within a slot", still, kept);
        QVERIFY2(4 * still >= 3 * kept,
                 qPrintable(QStringLiteral("%1 of %2 stayed").arg(still).arg(kept)));
    }

    // Tidy on a map it has just tidied moves nothing: a kept arrangement is
    // kept exactly, not re-packed.
    void tidyAgainMovesNothing_data()
    {
        QTest::addColumn<int>("assets");
        QTest::newRow("example") << -1;
        QTest::newRow("generated") << 400;
    }
    void tidyAgainMovesNothing()
    {
        QFETCH(int, assets);
        const MapData map = assets < 0 ? stripped(example()) : Samples::generated(assets, 1);
        const MapData once = withLayout(map, LayoutScope::All);
        const QHash<QString, Geometry> again = computeLayout(once, LayoutScope::All);
        for (const Asset &a : once.assets)
            QCOMPARE(again.value(a.id.str()).pos(), a.geometry->pos());
        for (const Domain &d : once.domains)
            QCOMPARE(again.value(d.id.str()).rect(), d.geometry->rect());
    }

    // A domain whose boxes overlap (dragged onto each other) is not an
    // arrangement to keep: Tidy lays it out afresh, the rest stays.
    void tidyUntanglesOverlaps()
    {
        const MapData once = withLayout(stripped(example()), LayoutScope::All);
        MapData messy = once;
        const DomainId domain = messy.assets.first().domain;
        QPointF pile;
        int piled = 0;
        for (Asset &a : messy.assets)
            if (a.domain == domain) {
                if (piled++ == 0)
                    pile = a.geometry->pos();
                a.geometry->x = pile.x() + 8 * piled; // each over the previous one
                a.geometry->y = pile.y();
            }
        QVERIFY(piled >= 3);
        const MapData tidied = withLayout(messy, LayoutScope::All);
        const QString problem = checkLayout(tidied);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        int still = 0, others = 0;
        for (const Asset &a : once.assets)
            if (a.domain != domain && !a.domain.isNull() &&
                topLevel(once, a.domain) != topLevel(once, domain)) {
                ++others;
                still +=
                    QLineF(a.geometry->pos(), tidied.assets.value(a.id).geometry->pos()).length() <=
                    kAssetWidth + kAssetGap;
            }
        QVERIFY(others > 0);
        QVERIFY2(4 * still >= 3 * others,
                 qPrintable(QStringLiteral("%1 of %2 others stayed").arg(still).arg(others)));
    }

    // Tidy Selected moves the selection only, and leaves a valid map.
    void tidySelectedMovesOnlySelection_data()
    {
        QTest::addColumn<int>("assets");
        QTest::addColumn<bool>("withDomain");
        QTest::newRow("example assets") << -1 << false;
        QTest::newRow("example assets and a domain") << -1 << true;
        QTest::newRow("generated assets") << 300 << false;
    }
    void tidySelectedMovesOnlySelection()
    {
        QFETCH(int, assets);
        QFETCH(bool, withDomain);
        const MapData map = withLayout(
            assets < 0 ? stripped(example()) : Samples::generated(assets, 1), LayoutScope::All);
        // Select every other asset of the first domain that has assets, scrambled.
        MapData scrambled = map;
        QSet<QString> ids;
        const DomainId domain = map.assets.first().domain;
        int i = 0;
        for (Asset &a : scrambled.assets)
            if (a.domain == domain && i++ % 2 == 0) {
                ids.insert(a.id.str());
                a.geometry->x += 7 * i;
                a.geometry->y += 3 * i;
            }
        QVERIFY(!ids.isEmpty());
        QString selectedDomain;
        if (withDomain) {
            selectedDomain = map.domains.lastKey().str();
            ids.insert(selectedDomain);
        }
        const QHash<QString, Geometry> geometry = computeSelectionLayout(scrambled, ids);
        QVERIFY(!geometry.isEmpty());
        for (auto it = geometry.cbegin(); it != geometry.cend(); ++it) {
            const EntityKind kind = scrambled.kindOf(it.key());
            if (ids.contains(it.key()))
                continue;
            if (kind == EntityKind::Domain) {
                // A domain may only grow, to make room (it is not moved).
                const QRectF was = scrambled.domains.value(DomainId(it.key())).geometry->rect();
                QVERIFY2(it.value().rect().contains(was), qPrintable(it.key()));
                continue;
            }
            // An asset inside a selected domain moves with it.
            const Asset a = scrambled.assets.value(AssetId(it.key()));
            QVERIFY2(kind == EntityKind::Asset && !selectedDomain.isEmpty(), qPrintable(it.key()));
            DomainId d = a.domain;
            bool inside = false;
            for (int depth = 0; depth < 64 && !d.isNull(); ++depth, d = map.domains.value(d).parent)
                inside |= d.str() == selectedDomain;
            QVERIFY2(inside, qPrintable(it.key()));
        }
        MapData tidied = scrambled;
        for (auto it = geometry.cbegin(); it != geometry.cend(); ++it) {
            if (tidied.kindOf(it.key()) == EntityKind::Asset)
                tidied.assets[AssetId(it.key())].geometry = it.value();
            else if (tidied.kindOf(it.key()) == EntityKind::Domain)
                tidied.domains[DomainId(it.key())].geometry = it.value();
        }
        // The selected assets are inside their domain and off everything else.
        for (const QString &id : std::as_const(ids)) {
            if (tidied.kindOf(id) != EntityKind::Asset)
                continue;
            const QRectF r = rectOf(tidied, id);
            QVERIFY(tidied.domains.value(domain).geometry->rect().contains(r));
            for (const Asset &o : tidied.assets)
                if (o.id.str() != id && o.geometry)
                    QVERIFY2(!rectOf(tidied, o.id.str()).intersects(r),
                             qPrintable(id + u" overlaps "_qs + o.id.str()));
        }
    }

    void deterministic_data()
    {
        QTest::addColumn<int>("assets");
        QTest::newRow("example") << -1;
        QTest::newRow("generated 60") << 60;
        QTest::newRow("generated 500") << 500;
        QTest::newRow("generated 3000") << 3000;
    }
    void deterministic()
    {
        QFETCH(int, assets);
        const MapData map = assets < 0 ? stripped(example()) : Samples::generated(assets, 1);
        QCOMPARE(computeLayout(map, LayoutScope::All), computeLayout(map, LayoutScope::All));
        // Insertion order of the input does not matter: the maps are keyed by id.
        MapData copy;
        const QList<Asset> values = map.assets.values();
        for (auto it = values.crbegin(); it != values.crend(); ++it)
            copy.assets.insert(it->id, *it);
        copy.domains = map.domains;
        copy.teams = map.teams;
        copy.links = map.links;
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
        // The unplaced asset sits outside every domain.
        QVERIFY(!outerRect.intersects(rectOf(laid, u"a-4"_qs)));
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
        // More new assets than the domain has free cells.
        const int added = int(before.width() * before.height() / (kAssetWidth * kAssetHeight)) + 1;
        for (int i = 0; i < added; ++i) {
            Asset a;
            a.id = AssetId(QStringLiteral("a-new-%1").arg(i));
            a.name = a.id.str();
            a.domain = DomainId(u"d-0"_qs);
            map.assets.insert(a.id, a);
        }
        const MapData laid = withLayout(map, LayoutScope::MissingOnly);
        const QRectF after = laid.domains.value(DomainId(u"d-0"_qs)).geometry->rect();
        QVERIFY(after.height() > before.height());
        QCOMPARE(after.topLeft(), before.topLeft());
        for (int i = 0; i < added; ++i)
            QVERIFY(after.contains(rectOf(laid, QStringLiteral("a-new-%1").arg(i))));
        const QString problem = checkLayout(laid);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Speed is measured in tests/benchmarks/layout_compare.py; this checks the
    // promises on the largest maps: this suite's sample and what
    // `orgmap-cli generate` makes (the map layout_compare.py lays out; on it a
    // team strip measured in one order and placed in another reached 36 units
    // into the domain below).
    void tenThousandIsValid_data()
    {
        QTest::addColumn<int>("generator");
        QTest::newRow("sample") << 0;
        QTest::newRow("orgmap-cli generate, seed 1") << 1;
        QTest::newRow("orgmap-cli generate, seed 2") << 2;
    }
    void tenThousandIsValid()
    {
        QFETCH(int, generator);
        GeneratorOptions options;
        options.assets = 10000;
        options.seed = std::uint64_t(generator);
        const MapData map = generator == 0 ? Samples::generated(10000, 3) : generateMap(options);
        const QHash<QString, Geometry> geometry = computeLayout(map, LayoutScope::All);
        QCOMPARE(geometry.size(), map.domains.size() + map.teams.size() + map.assets.size());
        MapData laid = withLayout(map, LayoutScope::All);
        const QString problem = checkLayout(laid);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestAutoLayout)
#include "tst_autolayout.moc"
