#pragma once

#include "core/mapdata.h"

namespace OrgMap::Cli {

// Loads a map file ("-" for standard input) or throws UsageError carrying every
// problem found, one per line, each naming the file and the place.
// `jsonBytes` as for loadMapFile().
MapData loadMapOrThrow(const QString &path, QByteArray *jsonBytes = nullptr);

} // namespace OrgMap::Cli
