#include "maploading.h"

#include "cli.h"
#include "storage/mapfile.h"

namespace OrgMap::Cli {

MapData loadMapOrThrow(const QString &path, QByteArray *jsonBytes)
{
    MapFileResult loaded = loadMapFile(path, jsonBytes);
    if (!loaded.map)
        throw UsageError{loaded.errors.join(QStringLiteral("\norgmap-cli: "))};
    return std::move(*loaded.map);
}

} // namespace OrgMap::Cli
