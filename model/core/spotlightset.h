#pragma once

#include "core/mapdata.h"

#include <QStringList>

namespace OrgMap {

// What a spotlight on an entity shows (docs/workshop.md): a domain with what
// it holds, a team with the assets it owns, an asset with its neighbourhood
// (the assets it depends on and those that depend on it). The entity first,
// then the others sorted; empty for an unknown id.
QStringList spotlightSet(const MapData &map, const QString &id);

} // namespace OrgMap
