#include "cli.h"
#include "export/writemap.h"
#include "maploading.h"
#include "storage/fileformat.h"
#include "storage/mapfile.h"

#include <QCoreApplication>

namespace OrgMap::Cli {

int runConvert(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("IN"), QStringLiteral("map to read"));
    parser.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("map to write"));
    addScenarioOption(parser, QStringLiteral("the scenario of a document to write"));
    parseOrThrow(parser, arguments, QStringLiteral("convert"));
    const QString scenario = parser.value(QStringLiteral("scenario"));
    const QStringList paths = positionals(parser, 2, QStringLiteral("convert IN OUT"));
    // The output's format is checked before the input is read: a wrong name
    // costs no load, and nothing is written.
    if (paths.at(1) != QLatin1String("-") && !fileFormatOf(paths.at(1)))
        throw UsageError{unsupportedFormatMessage(paths.at(1))};
    ScenarioList all;
    const MapData map = loadMapOrThrow(paths.at(0), nullptr, scenario, &all);
    QString error;
    QStringList notes;
    // A document to a document keeps every scenario unless one is named;
    // anything else holds one map (docs/scenarios.md).
    const bool toDocument =
        paths.at(1) != QLatin1String("-") && fileFormatOf(paths.at(1)) == FileFormat::Document;
    if (toDocument && scenario.isEmpty()) {
        if (!saveScenariosFile(all, paths.at(1), &error, &notes))
            throw UsageError{error};
        printNotes(notes);
        return Ok;
    }
    if (!writeMapAs(map, paths.at(1), &error, &notes))
        throw UsageError{error};
    if (const QString note = unnamedScenarioNote(paths.at(0), all, true);
        scenario.isEmpty() && !note.isEmpty())
        notes << note;
    printNotes(notes);
    return Ok;
}

} // namespace OrgMap::Cli
