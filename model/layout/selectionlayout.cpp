#include "selectionlayout.h"
#include "autolayout.h"
#include "growdomains.h"
#include "layered.h"
#include "nestedlayout.h"
#include "teamlane.h"

#include <QMarginsF>
#include <algorithm>

namespace OrgMap::Layout {

namespace {

bool insideSelected(const MapData &map, DomainId d, const QSet<QString> &ids)
{
    for (int depth = 0; depth < 64 && !d.isNull(); ++depth) {
        if (ids.contains(d.str()))
            return true;
        d = map.domains.value(d).parent;
    }
    return false;
}

// A selected domain and its subtree, laid out as a map of its own at its old top-left.
void layoutDomain(const MapData &map, const Domain &domain, QHash<QString, Geometry> &out)
{
    MapData sub;
    for (const Domain &d : map.domains)
        if (d.id == domain.id || insideSelected(map, d.parent, {domain.id.str()})) {
            Domain copy = d;
            if (d.id == domain.id)
                copy.parent = DomainId();
            sub.domains.insert(copy.id, copy);
        }
    for (const Asset &a : map.assets)
        if (sub.domains.contains(a.domain))
            sub.assets.insert(a.id, a);
    for (const Link &l : map.links)
        if (sub.assets.contains(l.key.from) && sub.assets.contains(l.key.to))
            sub.links.insert(l.key, l);
    const QPointF origin = domain.geometry ? domain.geometry->pos() : QPointF();
    // Afresh: a selected domain is re-arranged, not kept as it was.
    const QHash<QString, Geometry> laid = nestedLayout(sub, origin, TeamPlacement::Lane, false);
    out.insert(laid);
    const QRectF rect = laid.value(domain.id.str()).rect();
    if (map.domains.contains(domain.parent))
        growDomains(map, domain.parent,
                    rect.marginsAdded(
                        QMarginsF(kDomainPadding / 2, 0, kDomainPadding / 2, kDomainPadding / 2)),
                    out);
}

// Selected assets of one domain (or of none), arranged by their links.
void layoutAssets(const MapData &map, const DomainId &domain, const QList<const Asset *> &assets,
                  const QSet<QString> &ids, QHash<QString, Geometry> &out)
{
    QList<LayeredNode> nodes;
    QHash<AssetId, int> index;
    QRectF was;
    for (const Asset *a : assets) {
        LayeredNode n;
        n.size = kAssetSize;
        if (a->geometry) {
            n.hasSeed = true;
            n.seedX = a->geometry->x;
            was |= entityRect(map, a->id.str(), *a->geometry);
        }
        index.insert(a->id, int(nodes.size()));
        nodes.append(n);
    }
    QList<LayeredEdge> edges;
    for (const Link &l : map.links)
        if (index.contains(l.key.from) && index.contains(l.key.to))
            edges.append({index.value(l.key.from), index.value(l.key.to), 1});
    LayeredOptions options;
    options.columnGap = kAssetGap;
    const LayeredResult placed = layeredPlacement(nodes, edges, options);

    const auto d = map.domains.constFind(domain);
    const bool inDomain = d != map.domains.cend() && d->geometry;
    // What stays: every unselected asset, and every domain that does not hold these assets.
    QList<QRectF> obstacles;
    for (const Asset &a : map.assets)
        if (!ids.contains(a.id.str()) && a.geometry)
            obstacles.append(entityRect(map, a.id.str(), *a.geometry));
    for (const Domain &other : map.domains) {
        bool holds = false;
        DomainId c = domain;
        for (int depth = 0; depth < 64 && !c.isNull() && !holds; ++depth) {
            holds = c == other.id;
            c = map.domains.value(c).parent;
        }
        if (!holds && other.geometry)
            obstacles.append(out.contains(other.id.str()) ? out.value(other.id.str()).rect()
                                                          : other.geometry->rect());
    }
    QPointF origin = was.isNull() ? QPointF() : was.topLeft();
    if (inDomain) {
        const QRectF inner = d->geometry->rect().adjusted(
            kDomainPadding, kDomainTitleHeight + kDomainPadding / 2, 0, 0);
        origin = {std::max(origin.x(), inner.left()), std::max(origin.y(), inner.top())};
    }
    const QRectF block = QRectF(origin, placed.size).marginsAdded(QMarginsF(4, 4, 4, 4));
    if (std::any_of(obstacles.cbegin(), obstacles.cend(),
                    [&](const QRectF &r) { return r.intersects(block); })) {
        double bottom = inDomain ? d->geometry->rect().top() + kDomainTitleHeight : origin.y();
        for (const QRectF &r : std::as_const(obstacles))
            bottom = std::max(bottom, r.bottom());
        origin = {inDomain ? d->geometry->rect().left() + kDomainPadding : origin.x(),
                  bottom + kAssetGap};
    }
    for (qsizetype i = 0; i < assets.size(); ++i)
        out.insert(assets[i]->id.str(), Geometry::at(origin + placed.topLeft[i] +
                                                     QPointF(kAssetWidth, kAssetHeight) / 2));
    if (inDomain)
        growDomains(map, domain,
                    QRectF(origin, placed.size)
                        .marginsAdded(QMarginsF(kDomainPadding, 0, kDomainPadding, kDomainPadding)),
                    out);
}

} // namespace

QHash<QString, Geometry> layoutSelection(const MapData &map, const QSet<QString> &ids)
{
    QHash<QString, Geometry> out;
    for (const Domain &d : map.domains)
        if (ids.contains(d.id.str()) && !insideSelected(map, d.parent, ids))
            layoutDomain(map, d, out);

    QMap<DomainId, QList<const Asset *>> groups; // by domain, in id order
    for (const Asset &a : map.assets)
        if (ids.contains(a.id.str()) && !insideSelected(map, a.domain, ids))
            groups[map.domains.contains(a.domain) ? a.domain : DomainId()].append(&a);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        layoutAssets(map, it.key(), it.value(), ids, out);

    QList<const Team *> teams;
    QRectF was;
    for (const Team &t : map.teams)
        if (ids.contains(t.id.str())) {
            teams.append(&t);
            if (t.geometry)
                was |= entityRect(map, t.id.str(), *t.geometry);
        }
    if (!teams.isEmpty()) {
        sortTeams(teams);
        placeTeamRows(teams, was.topLeft(), std::max(was.width(), 4 * kAssetWidth), out);
    }
    return out;
}

} // namespace OrgMap::Layout
