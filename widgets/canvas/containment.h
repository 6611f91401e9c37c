#pragma once

#include "core/mapdata.h"

#include <QHash>
#include <QRectF>
#include <QSet>
#include <optional>

namespace OrgMap {

// Domains as containers: what a domain must cover so that everything placed in
// it (its assets and subdomains) fits inside, below the title band, with the
// layout's padding. Pure geometry over the map, shared by the canvas gestures
// and the "Fit domain to contents" action.

// The smallest rectangle that holds a domain's contents with padding; null
// when the domain holds nothing. `overrides` replaces stored geometry (domains
// grown earlier in the same edit).
QRectF requiredDomainRect(const MapData &map, const DomainId &domain,
                          const QHash<QString, Geometry> &overrides = {});

// New geometry for every domain in `domains`, and every ancestor, that must
// grow so that its contents fit. Only growing: nothing shrinks.
QHash<QString, Geometry> grownDomains(const MapData &map, const QSet<DomainId> &domains);

// A domain's rectangle fitted to its contents (at least kMinDomainSize, the
// top-left kept when the domain is empty); followed by its ancestors' growth.
QHash<QString, Geometry> fittedDomain(const MapData &map, const DomainId &domain);

// Where a new subdomain goes inside `parent`: below what is there, sized to fit
// the parent's inner width (the parent grows to hold it, see grownDomains).
QRectF subdomainSlot(const MapData &map, const DomainId &parent);

// Geometry of a domain and everything inside it (subdomains, assets at any
// depth) moved by `delta`.
QHash<QString, Geometry> shiftedWithContents(const MapData &map, const DomainId &domain,
                                             QPointF delta);

// A free spot for a new (or `moving`) node inside `domain`: the first cell of
// a grid of asset-sized cells, left to right and top to bottom, that overlaps
// nothing already there (`moving` itself aside); below the contents when the
// domain is full (the domain then grows to hold it). Outside any domain, and
// for teams: nullopt, left to the automatic layout.
std::optional<Geometry> freeSpot(const MapData &map, EntityKind kind, const DomainId &domain,
                                 const QString &moving = {});

// Where `id` goes when it moves into `target`, computed before it is
// reparented: an asset to its free spot, a domain with its contents as
// movedIntoDomain. The one placement of "Move to Domain" and the quick-entry
// "move"; empty when it stays where it is.
QHash<QString, Geometry> movedInto(const MapData &map, const QString &id, const DomainId &target);

// Geometry of `domain` and its contents moved into the subdomain slot of
// `target`: what "Move to Domain" and the quick-entry "move" do before
// reparenting. Empty when `target` is null or `domain` has no geometry (it
// stays where it is).
QHash<QString, Geometry> movedIntoDomain(const MapData &map, const DomainId &domain,
                                         const DomainId &target);

} // namespace OrgMap
