#include "cli.h"
#include "layout/autolayout.h"
#include "maploading.h"
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
    parseOrThrow(parser, arguments, QStringLiteral("layout"));
    const QStringList paths =
        positionals(parser, 2, QStringLiteral("layout IN OUT [--all] [--team-lane]"));
    const MapData map = loadMapOrThrow(paths.at(0));
    const LayoutScope scope =
        parser.isSet(QStringLiteral("all")) ? LayoutScope::All : LayoutScope::MissingOnly;
    const TeamPlacement teams = parser.isSet(QStringLiteral("team-lane"))
                                    ? TeamPlacement::Lane
                                    : TeamPlacement::BesideOwned;
    QString error;
    QStringList notes;
    if (!saveMapFile(withLayout(map, scope, teams), paths.at(1), &error, &notes))
        throw UsageError{error};
    printNotes(notes);
    return Ok;
}

} // namespace OrgMap::Cli
