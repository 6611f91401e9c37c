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

void keepUntilExit(MapData &&map)
{
    static auto *kept = new QList<MapData>;
    kept->append(std::move(map));
}

} // namespace OrgMap::Cli
