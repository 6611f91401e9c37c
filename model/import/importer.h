#pragma once

#include "core/mapdata.h"
#include "importreport.h"

#include <QStringList>
#include <optional>

namespace OrgMap {

struct ImportResult
{
    std::optional<MapData> map; // absent when refused: the map to import into is untouched
    ImportReport report;
    QStringList errors; // why it was refused, each naming the file and line
};

// import-backstage-v1: reads the catalog files and folders, maps them and merges
// the result into `into` (an empty map for a new one), laid out.
ImportResult importBackstage(const QStringList &paths, const MapData &into, bool lenient);

// Open Data Product Standard descriptors (docs/import.md), merged the same way.
ImportResult importOdps(const QStringList &paths, const MapData &into);

} // namespace OrgMap
