#pragma once

#include "backstagecatalog.h"
#include "core/mapdata.h"
#include "importreport.h"

namespace OrgMap {

// The extension key every entity from a Backstage catalog carries.
inline constexpr QLatin1StringView kBackstageKey{"x-backstage"};

struct CatalogMapping
{
    MapData map;         // no geometry: the merge keeps what exists and lays out the rest
    ImportReport report; // placeholders, unowned, unresolved, duplicates, skipped kinds
};

// What becomes what (import-backstage-v1): entities in reading order, the later
// of two with one id winning.
CatalogMapping mapBackstageCatalog(const QList<CatalogEntity> &entities);

} // namespace OrgMap
