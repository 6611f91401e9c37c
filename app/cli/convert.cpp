#include "cli.h"
#include "maploading.h"
#include "storage/mapfile.h"

namespace OrgMap::Cli {

int runConvert(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("IN"), QStringLiteral("map to read"));
    parser.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("map to write"));
    parseOrThrow(parser, arguments, QStringLiteral("convert"));
    const QStringList paths = positionals(parser, 2, QStringLiteral("convert IN OUT"));
    const MapData map = loadMapOrThrow(paths.at(0));
    QString error;
    QStringList notes;
    if (!saveMapFile(map, paths.at(1), &error, &notes))
        throw UsageError{error};
    printNotes(notes);
    return Ok;
}

} // namespace OrgMap::Cli
