#include "maploading.h"

#include "cli.h"
#include "storage/mapfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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

void addScenarioOption(QCommandLineParser &parser, const QString &description)
{
    parser.addOption({QStringLiteral("scenario"), description, QStringLiteral("NAME")});
}

QString unnamedScenarioNote(const QString &path, const ScenarioList &all, bool written)
{
    if (all.size() < 2)
        return {};
    QStringList others;
    for (qsizetype i = 1; i < all.size(); ++i)
        others << QLatin1Char('"') + all.at(i).name + QLatin1Char('"');
    const char *text =
        written
            ? QT_TRANSLATE_NOOP("OrgMap::Cli", "%1 has %2 scenarios: wrote the first, \"%3\"; "
                                               "not written: %4 (name one with --scenario NAME)")
            : QT_TRANSLATE_NOOP("OrgMap::Cli", "%1 has %2 scenarios: read the first, \"%3\"; "
                                               "not read: %4 (name one with --scenario NAME)");
    return QCoreApplication::translate("OrgMap::Cli", text)
        .arg(path)
        .arg(all.size())
        .arg(all.first().name, others.join(QLatin1String(", ")));
}

void keepUntilExit(MapData &&map)
{
    static auto *kept = new QList<MapData>;
    kept->append(std::move(map));
}

} // namespace OrgMap::Cli
