#include "maploading.h"

#include "cli.h"
#include "storage/mapfile.h"

namespace OrgMap::Cli {

MapData loadMapOrThrow(const QString &path, QByteArray *jsonBytes, const QString &scenario,
                       ScenarioList *all)
{
    MapFileResult loaded = loadMapFile(path, jsonBytes);
    if (!loaded.map)
        throw UsageError{loaded.errors.join(QStringLiteral("\norgmap-cli: "))};
    QString error;
    std::optional<MapData> map = scenarioOf(loaded, scenario, path, &error);
    if (!map)
        throw UsageError{error};
    if (all)
        *all = std::move(loaded.scenarios);
    return std::move(*map);
}

void keepUntilExit(MapData &&map)
{
    static auto *kept = new QList<MapData>;
    kept->append(std::move(map));
}

} // namespace OrgMap::Cli
