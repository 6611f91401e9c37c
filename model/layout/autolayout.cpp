#include "autolayout.h"

#include <QMarginsF>
#include <algorithm>
#include <cmath>

namespace OrgMap {

namespace {

constexpr double kLaneGap = 60; // between the team lane, the domains and the unplaced lane
constexpr double kTargetAspect = 16.0 / 9.0; // projector-shaped overall map
constexpr double kTeamGap = 56;              // room for interaction lines and their mode labels

// A placed box, relative to its container's origin.
struct Box
{
    QString id;
    QSizeF size;
    QPointF pos;
};

// Shelf packing: boxes sorted by height (then id, for determinism), filled left
// to right in rows no wider than `width` (a box wider than `width` gets a row of
// its own). Returns the packed size.
QSizeF shelfPack(QList<Box> &boxes, double width, double gap)
{
    std::stable_sort(boxes.begin(), boxes.end(), [](const Box &a, const Box &b) {
        if (a.size.height() != b.size.height())
            return a.size.height() > b.size.height();
        return a.id < b.id;
    });
    double x = 0, y = 0, rowHeight = 0, usedWidth = 0;
    for (Box &box : boxes) {
        if (x > 0 && x + box.size.width() > width) {
            y += rowHeight + gap;
            x = 0;
            rowHeight = 0;
        }
        box.pos = {x, y};
        x += box.size.width() + gap;
        rowHeight = std::max(rowHeight, box.size.height());
        usedWidth = std::max(usedWidth, x - gap);
    }
    return boxes.isEmpty() ? QSizeF() : QSizeF(usedWidth, y + rowHeight);
}

double packWidthFor(const QList<Box> &boxes, double aspect)
{
    double area = 0, widest = 0;
    for (const Box &b : boxes) {
        area += (b.size.width() + kDomainGap) * (b.size.height() + kDomainGap);
        widest = std::max(widest, b.size.width());
    }
    return std::max(widest, std::sqrt(area * aspect));
}

// Columns of an asset grid whose shape is about `aspect` wide per unit high.
int gridColumns(qsizetype count, double aspect)
{
    if (count <= 0)
        return 0;
    const double c =
        std::sqrt(aspect * double(count) * (kAssetHeight + kAssetGap) / (kAssetWidth + kAssetGap));
    return std::clamp(int(std::ceil(c)), 1, int(count));
}

QSizeF gridSize(qsizetype count, int columns)
{
    if (count <= 0 || columns <= 0)
        return {};
    const qsizetype rows = (count + columns - 1) / columns;
    return {columns * kAssetWidth + (columns - 1) * kAssetGap,
            rows * kAssetHeight + (rows - 1) * kAssetGap};
}

// Assets are grouped by owner, then kind, then name, so that a team's assets sit together.
void sortAssets(QList<const Asset *> &assets)
{
    std::sort(assets.begin(), assets.end(), [](const Asset *a, const Asset *b) {
        if (a->owner != b->owner)
            return a->owner < b->owner;
        if (a->kind != b->kind)
            return a->kind > b->kind; // services before data products
        if (a->name != b->name)
            return a->name < b->name;
        return a->id < b->id;
    });
}

// Places `assets` in a grid of `columns` with its top-left at `origin`.
void placeGrid(const QList<const Asset *> &assets, int columns, QPointF origin,
               QHash<QString, Geometry> &out)
{
    for (qsizetype i = 0; i < assets.size(); ++i) {
        const qsizetype row = i / columns, col = i % columns;
        const QPointF centre(origin.x() + col * (kAssetWidth + kAssetGap) + kAssetWidth / 2,
                             origin.y() + row * (kAssetHeight + kAssetGap) + kAssetHeight / 2);
        out.insert(assets[i]->id.str(), Geometry::at(centre));
    }
}

// Lays out one domain subtree in local coordinates (top-left at 0,0): returns its
// size and records, per domain, the contents to be shifted once the subtree is placed.
class TreeLayout
{
public:
    TreeLayout(const QMultiHash<DomainId, DomainId> &children,
               const QHash<DomainId, QList<const Asset *>> &assetsByDomain)
        : m_children(children), m_assets(assetsByDomain)
    {
    }

    // Measures `id` and everything below it; geometry is written relative to the domain.
    QSizeF measure(const DomainId &id, int depth)
    {
        QList<Box> childBoxes;
        if (depth < 64) { // the format forbids cycles; this bounds a corrupt map
            QList<DomainId> kids = m_children.values(id);
            std::sort(kids.begin(), kids.end());
            for (const DomainId &kid : kids)
                childBoxes.append({kid.str(), measure(kid, depth + 1), {}});
        }
        const double childWidth = packWidthFor(childBoxes, 1.6);
        const QSizeF childSize = shelfPack(childBoxes, childWidth, kDomainGap / 2);

        QList<const Asset *> assets = m_assets.value(id);
        sortAssets(assets);
        int columns = gridColumns(assets.size(), 1.6);
        // Use the width the subdomains need anyway for more columns (flatter grid).
        if (!assets.isEmpty() && childSize.width() > 0) {
            const int fit = int((childSize.width() + kAssetGap) / (kAssetWidth + kAssetGap));
            columns = std::clamp(std::max(columns, fit), 1, int(assets.size()));
        }
        const QSizeF grid = gridSize(assets.size(), columns);

        const double innerWidth = std::max(grid.width(), childSize.width());
        double y = kDomainTitleHeight + kDomainPadding / 2;
        Local local;
        local.columns = columns;
        local.assets = assets;
        local.gridOrigin = {kDomainPadding, y};
        if (!assets.isEmpty())
            y += grid.height() + (childBoxes.isEmpty() ? 0 : kDomainPadding * 1.5);
        for (const Box &b : std::as_const(childBoxes))
            local.children.append({b.id, b.size, b.pos + QPointF(kDomainPadding, y)});
        y += childSize.height();
        QSizeF size(innerWidth + 2 * kDomainPadding, y + kDomainPadding);
        size = size.expandedTo(kMinDomainSize);
        local.size = size;
        m_local.insert(id, local);
        return size;
    }

    // Writes absolute geometry for `id` placed with its top-left at `topLeft`.
    void place(const DomainId &id, QPointF topLeft, QHash<QString, Geometry> &out) const
    {
        const Local &local = m_local[id];
        out.insert(id.str(), Geometry::of(QRectF(topLeft, local.size)));
        placeGrid(local.assets, local.columns, topLeft + local.gridOrigin, out);
        for (const Box &child : local.children)
            place(DomainId(child.id), topLeft + child.pos, out);
    }

private:
    struct Local
    {
        QSizeF size;
        int columns = 1;
        QPointF gridOrigin;
        QList<const Asset *> assets;
        QList<Box> children;
    };
    const QMultiHash<DomainId, DomainId> &m_children;
    const QHash<DomainId, QList<const Asset *>> &m_assets;
    QHash<DomainId, Local> m_local;
};

// Lays out the whole of `map` (every entity) with its top-left at `origin`.
QHash<QString, Geometry> layoutAll(const MapData &map, QPointF origin)
{
    QHash<QString, Geometry> out;
    out.reserve(map.domains.size() + map.teams.size() + map.assets.size());

    QMultiHash<DomainId, DomainId> children;
    QList<DomainId> roots;
    for (const Domain &d : map.domains) {
        // A parent outside the map (or a cycle guard hit) makes the domain a root.
        if (d.parent.isNull() || !map.domains.contains(d.parent) ||
            map.wouldCreateCycle(d.id, d.parent))
            roots << d.id;
        else
            children.insert(d.parent, d.id);
    }
    QHash<DomainId, QList<const Asset *>> assetsByDomain;
    QList<const Asset *> unplaced;
    for (const Asset &a : map.assets) {
        if (!a.domain.isNull() && map.domains.contains(a.domain))
            assetsByDomain[a.domain].append(&a);
        else
            unplaced.append(&a);
    }

    TreeLayout tree(children, assetsByDomain);
    QList<Box> rootBoxes;
    for (const DomainId &id : std::as_const(roots))
        rootBoxes.append({id.str(), tree.measure(id, 0), {}});
    const double width = std::max(packWidthFor(rootBoxes, kTargetAspect),
                                  gridSize(std::min<qsizetype>(unplaced.size(), 8), 8).width());
    const QSizeF domainsSize = shelfPack(rootBoxes, width, kDomainGap);
    const double laneWidth = std::max(width, domainsSize.width());

    // Team lane on top: flow left to right, wrapping at the map width.
    QList<const Team *> teams;
    for (const Team &t : map.teams)
        teams << &t;
    std::sort(teams.begin(), teams.end(), [](const Team *a, const Team *b) {
        if (a->type != b->type)
            return a->type > b->type; // stream-aligned, platform, enabling, complicated, none
        if (a->name != b->name)
            return a->name < b->name;
        return a->id < b->id;
    });
    // Each row's teams are centred on the row's middle line.
    double y = 0;
    QList<const Team *> row;
    double rowWidth = 0, rowHeight = 0;
    auto flushRow = [&] {
        double x = 0;
        for (const Team *t : std::as_const(row)) {
            const QSizeF s = teamSize(t->type);
            out.insert(t->id.str(),
                       Geometry::at(origin + QPointF(x + s.width() / 2, y + rowHeight / 2)));
            x += s.width() + kTeamGap;
        }
        y += rowHeight + kTeamGap;
        row.clear();
        rowWidth = rowHeight = 0;
    };
    for (const Team *t : std::as_const(teams)) {
        const QSizeF s = teamSize(t->type);
        if (!row.isEmpty() && rowWidth + s.width() > laneWidth)
            flushRow();
        row << t;
        rowWidth += s.width() + kTeamGap;
        rowHeight = std::max(rowHeight, s.height());
    }
    if (!row.isEmpty())
        flushRow();
    if (!teams.isEmpty())
        y += kLaneGap - kTeamGap;

    for (const Box &b : std::as_const(rootBoxes))
        tree.place(DomainId(b.id), origin + QPointF(0, y) + b.pos, out);
    if (!rootBoxes.isEmpty())
        y += domainsSize.height() + kLaneGap;

    // Unplaced lane at the bottom, as wide as the map.
    sortAssets(unplaced);
    const int columns = std::max(1, std::min(int(unplaced.size()), int((laneWidth + kAssetGap) /
                                                                       (kAssetWidth + kAssetGap))));
    placeGrid(unplaced, columns, origin + QPointF(0, y), out);
    return out;
}

} // namespace

QSizeF teamSize(TeamType type)
{
    switch (type) {
    case TeamType::StreamAligned:
        return {208, 64};
    case TeamType::Platform:
        return {208, 64};
    case TeamType::Enabling:
        return {120, 128};
    case TeamType::ComplicatedSubsystem:
        return {128, 128};
    case TeamType::None:
        break;
    }
    return {168, 64};
}

QRectF entityRect(const MapData &map, const QString &id, const Geometry &g)
{
    switch (map.kindOf(id)) {
    case EntityKind::Domain:
        return g.rect();
    case EntityKind::Team: {
        const QSizeF s = teamSize(map.teams.value(TeamId(id)).type);
        return {g.x - s.width() / 2, g.y - s.height() / 2, s.width(), s.height()};
    }
    case EntityKind::Asset:
        return {g.x - kAssetWidth / 2, g.y - kAssetHeight / 2, kAssetWidth, kAssetHeight};
    case EntityKind::None:
        break;
    }
    return {};
}

bool needsLayout(const MapData &map)
{
    for (const Domain &d : map.domains)
        if (!d.geometry)
            return true;
    for (const Team &t : map.teams)
        if (!t.geometry)
            return true;
    for (const Asset &a : map.assets)
        if (!a.geometry)
            return true;
    return false;
}

QHash<QString, Geometry> computeLayout(const MapData &map, LayoutScope scope)
{
    if (scope == LayoutScope::All)
        return layoutAll(map, {0, 0});

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
        return layoutAll(map, {0, 0});

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
            DomainId cursor = a.domain;
            QRectF needed =
                cell.marginsAdded(QMarginsF(kDomainPadding, 0, kDomainPadding, kDomainPadding));
            for (int depth = 0; depth < 64 && !cursor.isNull(); ++depth) {
                const Domain &d = map.domains[cursor];
                if (!d.geometry)
                    break;
                QRectF r = out.contains(cursor.str()) ? out.value(cursor.str()).rect()
                                                      : d.geometry->rect();
                if (!r.contains(needed)) {
                    r |= needed;
                    out.insert(cursor.str(), Geometry::of(r));
                }
                needed = r.marginsAdded(
                    QMarginsF(kDomainPadding / 2, 0, kDomainPadding / 2, kDomainPadding / 2));
                cursor = d.parent;
            }
        }
        if (!placed) {
            Asset copy = a;
            if (!rest.domains.contains(copy.domain))
                copy.domain = DomainId(); // domain full or placed elsewhere: unplaced lane
            rest.assets.insert(copy.id, copy);
        }
    }
    const QHash<QString, Geometry> block =
        layoutAll(rest, QPointF(existing.left(), existing.bottom() + kLaneGap));
    for (auto it = block.cbegin(); it != block.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

MapData withLayout(const MapData &map, LayoutScope scope)
{
    MapData result = map;
    const QHash<QString, Geometry> geometry = computeLayout(map, scope);
    for (auto it = geometry.cbegin(); it != geometry.cend(); ++it) {
        // Keep the x- keys of a geometry object that is being replaced.
        auto apply = [&](std::optional<Geometry> &target) {
            Geometry g = it.value();
            if (target)
                g.extensions = target->extensions;
            target = g;
        };
        switch (map.kindOf(it.key())) {
        case EntityKind::Domain:
            apply(result.domains[DomainId(it.key())].geometry);
            break;
        case EntityKind::Team:
            apply(result.teams[TeamId(it.key())].geometry);
            break;
        case EntityKind::Asset:
            apply(result.assets[AssetId(it.key())].geometry);
            break;
        case EntityKind::None:
            break;
        }
    }
    return result;
}

} // namespace OrgMap
