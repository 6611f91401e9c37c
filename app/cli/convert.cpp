#include "cli.h"
#include "export/writemap.h"
#include "maploading.h"

namespace OrgMap::Cli {

int runConvert(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("IN"), QStringLiteral("map to read"));
    parser.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("map to write"));
    parseOrThrow(parser, arguments, QStringLiteral("convert"));
    const QStringList paths = positionals(parser, 2, QStringLiteral("convert IN OUT"));
    // The output's format is checked before the input is read: a wrong name
    // costs no load, and nothing is written.
    if (paths.at(1) != QLatin1String("-") && !fileFormatOf(paths.at(1)))
        throw UsageError{unsupportedFormatMessage(paths.at(1))};
    const MapData map = loadMapOrThrow(paths.at(0));
    QString error;
    QStringList notes;
    if (!writeMapAs(map, paths.at(1), &error, &notes))
        throw UsageError{error};
    printNotes(notes);
    return Ok;
}

} // namespace OrgMap::Cli
