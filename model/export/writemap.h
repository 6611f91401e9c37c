#pragma once

#include "core/mapdata.h"

#include "storage/fileformat.h"

namespace OrgMap {

// The bytes of `map` in an export format (GraphML, DOT, Mermaid).
QByteArray exportBytes(const MapData &map, FileFormat format);

// Writes `map` to `path` in the format its extension names (storage/
// fileformat.h): the two map formats through saveMapFile, the exports
// atomically. A name that names no format is refused with the list of those
// that exist, and nothing is written. On failure `error` says why.
// `notes` (optional) receives what a map save did beside the file (storage/mapfile.h).
bool writeMapAs(const MapData &map, const QString &path, QString *error,
                QStringList *notes = nullptr);

} // namespace OrgMap
