#include "containment.h"

#include "layout/autolayout.h"

#include <algorithm>

namespace OrgMap {

namespace {

int depthOf(const MapData &map, DomainId id)
{
    int depth = 0;
    for (id = map.domains.value(id).parent; !id.isNull() && depth < 64; ++depth)
        id = map.domains.value(id).parent;
    return depth;
}

QRectF rectOf(const MapData &map, const QString &id, const std::optional<Geometry> &stored,
              const QHash<QString, Geometry> &overrides)
{
    if (const auto it = overrides.constFind(id); it != overrides.cend())
        return entityRect(map, id, *it);
    return stored ? entityRect(map, id, *stored) : QRectF();
}

} // namespace

QRectF requiredDomainRect(const MapData &map, const DomainId &domain,
                          const QHash<QString, Geometry> &overrides)
{
    QRectF contents;
    for (const Asset &a : map.assets)
        if (a.domain == domain)
            contents |= rectOf(map, a.id.str(), a.geometry, overrides);
    for (const Domain &d : map.domains)
        if (d.parent == domain && d.id != domain)
            contents |= rectOf(map, d.id.str(), d.geometry, overrides);
    if (contents.isNull())
        return {};
    return contents.adjusted(-kDomainPadding, -kDomainTitleHeight - kDomainPadding / 2,
                             kDomainPadding, kDomainPadding);
}

QHash<QString, Geometry> grownDomains(const MapData &map, const QSet<DomainId> &domains)
{
    QHash<QString, Geometry> grown;
    QSet<DomainId> pending = domains;
    // Deepest first, so that a parent sees its children's final size.
    while (!pending.isEmpty()) {
        DomainId next;
        int deepest = -1;
        for (const DomainId &id : std::as_const(pending)) {
            const int depth = depthOf(map, id);
            if (depth > deepest || (depth == deepest && id.str() < next.str())) {
                deepest = depth;
                next = id;
            }
        }
        pending.remove(next);
        const auto it = map.domains.constFind(next);
        if (it == map.domains.cend() || !it->geometry)
            continue;
        const QRectF current = rectOf(map, next.str(), it->geometry, grown);
        const QRectF required = requiredDomainRect(map, next, grown);
        if (required.isNull() || current.contains(required))
            continue;
        grown.insert(next.str(), Geometry::of(current | required));
        if (!it->parent.isNull())
            pending.insert(it->parent);
    }
    return grown;
}

QHash<QString, Geometry> fittedDomain(const MapData &map, const DomainId &domain)
{
    const auto it = map.domains.constFind(domain);
    if (it == map.domains.cend() || !it->geometry)
        return {};
    const QRectF current = it->geometry->rect();
    QRectF fitted = requiredDomainRect(map, domain);
    if (fitted.isNull())
        fitted = QRectF(current.topLeft(), kMinDomainSize);
    fitted.setSize(fitted.size().expandedTo(kMinDomainSize));
    QHash<QString, Geometry> result;
    if (fitted != current)
        result.insert(domain.str(), Geometry::of(fitted));
    if (!it->parent.isNull()) {
        MapData after = map;
        after.domains[domain].geometry = Geometry::of(fitted);
        result.insert(grownDomains(after, {it->parent}));
    }
    return result;
}

QRectF subdomainSlot(const MapData &map, const DomainId &parent)
{
    const QRectF outer = map.domains.value(parent).geometry.value_or(Geometry{}).rect();
    const QRectF inner = outer.adjusted(kDomainPadding, kDomainTitleHeight + kDomainPadding / 2,
                                        -kDomainPadding, -kDomainPadding);
    const QSizeF size(std::max(kMinDomainSize.width(), std::min(inner.width(), 360.0)),
                      kMinDomainSize.height() + 40);
    const QRectF contents = requiredDomainRect(map, parent);
    // Below what the parent already holds, or at its inner top-left.
    const double top =
        contents.isNull() ? inner.top() : contents.bottom() - kDomainPadding + kAssetGap;
    return QRectF(QPointF(inner.left(), top), size);
}

QHash<QString, Geometry> shiftedWithContents(const MapData &map, const DomainId &domain,
                                             QPointF delta)
{
    auto inside = [&](DomainId id) {
        for (int depth = 0; depth < 64 && !id.isNull(); ++depth) {
            if (id == domain)
                return true;
            id = map.domains.value(id).parent;
        }
        return false;
    };
    auto shifted = [&](Geometry g) {
        g.x += delta.x();
        g.y += delta.y();
        return g;
    };
    QHash<QString, Geometry> result;
    for (const Domain &d : map.domains)
        if (d.geometry && inside(d.id))
            result.insert(d.id.str(), shifted(*d.geometry));
    for (const Asset &a : map.assets)
        if (a.geometry && inside(a.domain))
            result.insert(a.id.str(), shifted(*a.geometry));
    return result;
}

std::optional<Geometry> freeSpot(const MapData &map, EntityKind kind, const DomainId &domain,
                                 const QString &moving)
{
    const auto it = map.domains.constFind(domain);
    if (kind == EntityKind::Team || it == map.domains.cend() || !it->geometry)
        return std::nullopt;
    const QRectF area = it->geometry->rect();
    QList<QRectF> taken;
    for (const Asset &a : map.assets)
        if (a.geometry && a.id.str() != moving)
            taken << entityRect(map, a.id.str(), *a.geometry);
    for (const Team &t : map.teams)
        if (t.geometry)
            taken << entityRect(map, t.id.str(), *t.geometry);
    for (const Domain &d : map.domains)
        if (d.parent == domain && d.geometry && d.id.str() != moving)
            taken << d.geometry->rect();
    const QSizeF size = kind == EntityKind::Domain ? QSizeF(kMinDomainSize) : kAssetSize;
    const double left = area.left() + kDomainPadding;
    const double top = area.top() + kDomainTitleHeight;
    const double stepX = size.width() + kAssetGap;
    const double stepY = size.height() + kAssetGap;
    const int columns = std::max(1, int((area.width() - kDomainPadding) / stepX));
    for (int cell = 0; cell < 400; ++cell) {
        const QRectF r(left + (cell % columns) * stepX, top + (cell / columns) * stepY,
                       size.width(), size.height());
        const bool free = std::none_of(taken.cbegin(), taken.cend(), [&](const QRectF &t) {
            return t.adjusted(-kAssetGap / 2, -kAssetGap / 2, kAssetGap / 2, kAssetGap / 2)
                .intersects(r);
        });
        if (free)
            return kind == EntityKind::Domain ? Geometry::of(r) : Geometry::at(r.center());
    }
    return std::nullopt;
}

QHash<QString, Geometry> movedInto(const MapData &map, const QString &id, const DomainId &target)
{
    switch (map.kindOf(id)) {
    case EntityKind::Asset:
        if (const auto spot = freeSpot(map, EntityKind::Asset, target, id))
            return {{id, *spot}};
        return {};
    case EntityKind::Domain:
        return movedIntoDomain(map, DomainId(id), target);
    default:
        return {};
    }
}

QHash<QString, Geometry> movedIntoDomain(const MapData &map, const DomainId &domain,
                                         const DomainId &target)
{
    const auto it = map.domains.constFind(domain);
    if (target.isNull() || it == map.domains.cend() || !it->geometry)
        return {};
    const QRectF slot = subdomainSlot(map, target);
    if (slot.isNull())
        return {};
    return shiftedWithContents(map, domain, slot.topLeft() - it->geometry->pos());
}

} // namespace OrgMap
