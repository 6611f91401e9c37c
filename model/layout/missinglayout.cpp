#include "missinglayout.h"
#include "autolayout.h"
#include "growdomains.h"

#include <QMarginsF>
#include <algorithm>

namespace OrgMap::Layout {

namespace {
constexpr double kLaneGap = 60; // between what exists and the block of new content
}

QHash<QString, Geometry> layoutMissing(const MapData &map, TeamPlacement teams)
{

    // MissingOnly: what has geometry stays put (a full domain grows downwards).
    // Assets whose domain is placed take a free grid cell inside it; everything else missing is
    // laid out as a map of its own below the existing content.
    QRectF existing;
    QHash<QString, Geometry> out;
    MapData rest;
    for (const Domain &d : map.domains) {
        if (d.geometry) {
            existing |= d.geometry->rect();
        } else {
            Domain copy = d;
            if (!copy.parent.isNull() && map.domains.value(copy.parent).geometry)
                copy.parent = DomainId(); // its parent is placed: start a new root
            rest.domains.insert(copy.id, copy);
        }
    }
    for (const Team &t : map.teams) {
        if (t.geometry)
            existing |= entityRect(map, t.id.str(), *t.geometry);
        else
            rest.teams.insert(t.id, t);
    }
    QHash<DomainId, QList<QRectF>> occupied;
    for (const Asset &a : map.assets) {
        if (a.geometry) {
            const QRectF r = entityRect(map, a.id.str(), *a.geometry);
            existing |= r;
            occupied[a.domain].append(r);
        }
    }
    if (existing.isNull())
        return nestedLayout(map, {0, 0}, teams);

    for (const Asset &a : map.assets) {
        if (a.geometry)
            continue;
        const auto domain = map.domains.constFind(a.domain);
        bool placed = false;
        if (domain != map.domains.cend() && domain->geometry) {
            const QRectF inner = domain->geometry->rect().adjusted(
                kDomainPadding, kDomainTitleHeight + kDomainPadding / 2, -kDomainPadding,
                -kDomainPadding);
            QList<QRectF> &taken = occupied[a.domain];
            // Subdomains are obstacles too.
            for (const Domain &sub : map.domains)
                if (sub.parent == a.domain && sub.geometry)
                    taken.append(sub.geometry->rect());
            for (double y = inner.top(); !placed && y + kAssetHeight <= inner.bottom() + 0.5;
                 y += kAssetHeight + kAssetGap) {
                for (double x = inner.left(); x + kAssetWidth <= inner.right() + 0.5;
                     x += kAssetWidth + kAssetGap) {
                    const QRectF cell(x, y, kAssetWidth, kAssetHeight);
                    const QRectF spaced = cell.marginsAdded(QMarginsF(4, 4, 4, 4));
                    if (std::none_of(taken.cbegin(), taken.cend(),
                                     [&](const QRectF &r) { return r.intersects(spaced); })) {
                        out.insert(a.id.str(), Geometry::at(cell.center()));
                        taken.append(cell);
                        placed = true;
                        break;
                    }
                }
            }
        }
        if (!placed && domain != map.domains.cend() && domain->geometry) {
            // The domain is full: grow it by a row below everything in it (and
            // its ancestors with it) rather than leave the asset outside.
            QRectF rect = out.contains(domain->id.str()) ? out.value(domain->id.str()).rect()
                                                         : domain->geometry->rect();
            double bottom = rect.top() + kDomainTitleHeight;
            for (const QRectF &r : std::as_const(occupied[a.domain]))
                bottom = std::max(bottom, r.bottom());
            const QRectF cell(rect.left() + kDomainPadding, bottom + kAssetGap, kAssetWidth,
                              kAssetHeight);
            out.insert(a.id.str(), Geometry::at(cell.center()));
            occupied[a.domain].append(cell);
            placed = true;
            growDomains(
                map, a.domain,
                cell.marginsAdded(QMarginsF(kDomainPadding, 0, kDomainPadding, kDomainPadding)),
                out);
        }
        if (!placed) {
            Asset copy = a;
            if (!rest.domains.contains(copy.domain))
                copy.domain = DomainId(); // domain full or placed elsewhere: unplaced lane
            rest.assets.insert(copy.id, copy);
        }
    }
    makeRoomBelow(map, out);
    for (auto it = out.cbegin(); it != out.cend(); ++it)
        existing |= entityRect(map, it.key(), it.value());
    const QHash<QString, Geometry> block =
        nestedLayout(rest, QPointF(existing.left(), existing.bottom() + kLaneGap), teams);
    for (auto it = block.cbegin(); it != block.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace OrgMap::Layout
