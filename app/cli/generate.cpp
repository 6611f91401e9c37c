#include "cli.h"
#include "generate/generator.h"
#include "layout/autolayout.h"
#include "storage/mapfile.h"

#include <QCoreApplication>

namespace OrgMap::Cli {

int runGenerate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("map to write"));
    parser.addOption(
        {QStringLiteral("assets"), QStringLiteral("number of assets"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("random seed"), QStringLiteral("S"),
                      QStringLiteral("1")});
    parser.addOption(
        {QStringLiteral("no-geometry"), QStringLiteral("leave the map without layout")});
    parseOrThrow(parser, arguments, QStringLiteral("generate"));
    const QString out =
        positionals(parser, 1, QStringLiteral("generate --assets N [--seed S] OUT")).first();
    if (!parser.isSet(QStringLiteral("assets")))
        throw UsageError{QCoreApplication::translate("OrgMap::Cli", "generate needs --assets N")};

    GeneratorOptions options;
    options.assets = intOption(parser, QStringLiteral("assets"), 1);
    if (options.assets > GeneratorOptions::kMaxAssets)
        throw UsageError{QCoreApplication::translate(
                             "OrgMap::Cli", "--assets: at most %1 assets can be generated, not %2")
                             .arg(GeneratorOptions::kMaxAssets)
                             .arg(options.assets)};
    bool ok = false;
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        throw UsageError{
            QCoreApplication::translate("OrgMap::Cli", "--seed needs a whole number, not \"%1\"")
                .arg(parser.value(QStringLiteral("seed")))};
    MapData map = generateMap(options);
    if (!parser.isSet(QStringLiteral("no-geometry")))
        map = withLayout(map, LayoutScope::All);
    QString error;
    QStringList notes;
    if (!saveMapFile(map, out, &error, &notes))
        throw UsageError{error};
    printNotes(notes);
    return Ok;
}

} // namespace OrgMap::Cli
