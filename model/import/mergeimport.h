#pragma once

#include "core/mapdata.h"
#include "importreport.h"

#include <QStringList>

namespace OrgMap {

// Merges what an import produced into an existing map by id, the same way for
// every importer. Entities carrying the provenance extension `key` came from an
// earlier import of the same source: they are updated, or removed when the
// import no longer has them. Everything else (drawn by hand, or from another
// source) stays, with the links between such entities. Geometry is kept except
// where an entity changed container; new entities are laid out near their
// domain. Adds created/updated/removed lines to `report`; on a conflict that
// cannot be merged (an id of another kind) returns false with `errors`.
bool mergeImport(const MapData &existing, const MapData &imported, QLatin1StringView key,
                 MapData *result, ImportReport *report, QStringList *errors);

// True when `extensions[key]` marks a placeholder (`"missing": true`).
bool isPlaceholder(const QJsonObject &extensions, QLatin1StringView key);

} // namespace OrgMap
