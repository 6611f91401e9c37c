#include "cli.h"
#include "layout/autolayout.h"
#include "maploading.h"
#include "storage/fileformat.h"
#include "storage/mapfile.h"

#include <QCoreApplication>

namespace OrgMap::Cli {

int runLayout(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("IN"), QStringLiteral("map to read"));
    parser.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("map to write"));
    parser.addOption({QStringLiteral("all"),
                      QStringLiteral("lay out everything afresh, not only what lacks geometry")});
    parser.addOption({QStringLiteral("team-lane"),
                      QStringLiteral("put every team in one lane above the domains")});
    addScenarioOption(parser, QStringLiteral("the scenario of a document to lay out"));
    parseOrThrow(parser, arguments, QStringLiteral("layout"));
    const QStringList paths = positionals(
        parser, 2, QStringLiteral("layout IN OUT [--all] [--team-lane] [--scenario NAME]"));
    const QString scenario = parser.value(QStringLiteral("scenario"));
    ScenarioList all;
    const MapData map = loadMapOrThrow(paths.at(0), nullptr, scenario, &all);
    const LayoutScope scope =
        parser.isSet(QStringLiteral("all")) ? LayoutScope::All : LayoutScope::MissingOnly;
    const TeamPlacement teams = parser.isSet(QStringLiteral("team-lane"))
                                    ? TeamPlacement::Lane
                                    : TeamPlacement::BesideOwned;
    QString error;
    QStringList notes;
    // As convert: a document to a document keeps (and lays out) every
    // scenario unless one is named; any other output holds one map.
    const bool toDocument =
        paths.at(1) != QLatin1String("-") && fileFormatOf(paths.at(1)) == FileFormat::Document;
    if (toDocument && scenario.isEmpty()) {
        for (Scenario &s : all)
            s.map = withLayout(s.map, scope, teams);
        if (!saveScenariosFile(all, paths.at(1), &error, &notes))
            throw UsageError{error};
    } else {
        if (!saveMapFile(withLayout(map, scope, teams), paths.at(1), &error, &notes))
            throw UsageError{error};
        if (const QString note = unnamedScenarioNote(paths.at(0), all, true);
            scenario.isEmpty() && !note.isEmpty())
            notes << note;
    }
    printNotes(notes);
    return Ok;
}

} // namespace OrgMap::Cli
