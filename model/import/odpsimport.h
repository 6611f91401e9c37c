#pragma once

#include "core/mapdata.h"
#include "importreport.h"

#include <QStringList>

namespace OrgMap {

// The extension key of entities from ODPS descriptors.
inline constexpr QLatin1StringView kOdpsKey{"x-odps"};

struct OdpsMapping
{
    MapData map; // products, and the domains and teams they name that `into` lacks
    ImportReport report;
    QStringList errors; // refused: "FILE:LINE:COLUMN: what"
};

// Reads `*.odps.yaml` files (a folder: every *.odps.yaml / *.odps.yml below it)
// and maps each DataProduct to a data-product asset. Domains and teams are
// matched against `into` by id or name before new ones are made.
OdpsMapping readOdpsProducts(const QStringList &paths, const MapData &into);

// ODPS output port type -> OrgMap port type ("tables" -> table, "topic" -> topic, ...).
PortType odpsPortType(const QString &type);

} // namespace OrgMap
