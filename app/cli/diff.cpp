#include "diff/diff.h"
#include "cli.h"
#include "diff/diffreport.h"
#include "maploading.h"

#include <QCoreApplication>
#include <future>

namespace OrgMap::Cli {

namespace {

const QLatin1String kNoFile("/dev/null");

// One side of the diff. /dev/null, which git passes for the missing side of an
// added or deleted file, is a map with nothing in it.
MapData loadSide(const QString &path, const QString &scenario)
{
    if (path == kNoFile)
        return {};
    return loadMapOrThrow(path, nullptr, scenario);
}

struct Sides
{
    MapData oldMap;
    MapData newMap;
};

// Reads both maps at once (a 10,000-asset map takes ~0.1 s to read and
// validate), then reports the problems of both, the old map's first.
Sides loadSides(const QString &oldPath, const QString &newPath, const QString &oldScenario,
                const QString &newScenario)
{
    auto oldFuture = std::async(std::launch::async, loadSide, oldPath, oldScenario);
    // Standard input can be read only once: the second side waits for the first.
    const bool sequential = oldPath == QLatin1String("-") || newPath == QLatin1String("-");
    QStringList errors;
    Sides sides;
    if (sequential)
        oldFuture.wait();
    auto newFuture = std::async(std::launch::async, loadSide, newPath, newScenario);
    try {
        sides.oldMap = oldFuture.get();
    } catch (const UsageError &error) {
        errors.append(error.reason);
    }
    try {
        sides.newMap = newFuture.get();
    } catch (const UsageError &error) {
        errors.append(error.reason);
    }
    if (!errors.isEmpty())
        throw UsageError{errors.join(QStringLiteral("\norgmap-cli: "))};
    return sides;
}

// What `git diff` prints above the report of one path (git's own diff says
// "new file" and "deleted file" the same way).
QString gitHeading(const QStringList &args, bool colour)
{
    const QString path = args[0];
    QString heading = QStringLiteral("orgmap diff %1").arg(path);
    if (args.size() == 9 && args[7] != path)
        heading = QStringLiteral("orgmap diff %1 -> %2").arg(path, args[7]);
    if (colour)
        heading = QStringLiteral("\x1b[1m%1\x1b[0m").arg(heading);
    QStringList lines{heading};
    if (args[1] == kNoFile)
        lines.append(
            QCoreApplication::translate("OrgMap::Cli", "new file: compared with an empty map"));
    else if (args[4] == kNoFile)
        lines.append(
            QCoreApplication::translate("OrgMap::Cli", "deleted file: compared with an empty map"));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

int runDiff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("OLD"), QStringLiteral(".orgmap or .orgmap.json"));
    parser.addPositionalArgument(QStringLiteral("NEW"), QStringLiteral(".orgmap or .orgmap.json"));
    parser.addOption({QStringLiteral("format"), QStringLiteral("text or json"),
                      QStringLiteral("FORMAT"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("geometry"), QStringLiteral("compare positions and sizes")});
    parser.addOption({QStringLiteral("old-scenario"),
                      QStringLiteral("the scenario of OLD to compare (default: its first)"),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("new-scenario"),
                      QStringLiteral("the scenario of NEW to compare (default: its first)"),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("hotspot-threshold"),
                      QStringLiteral("cross-domain links that make a hotspot"), QStringLiteral("N"),
                      QStringLiteral("3")});
    parser.addOption({QStringLiteral("git"),
                      QStringLiteral("called by git as diff.<driver>.command: PATH OLD-FILE "
                                     "OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE")});
    parseOrThrow(parser, arguments, QStringLiteral("diff"));
    const bool git = parser.isSet(QStringLiteral("git"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        throw UsageError{
            QCoreApplication::translate("OrgMap::Cli", "--format must be text or json, not \"%1\"")
                .arg(format)};
    DiffOptions options;
    options.geometry = parser.isSet(QStringLiteral("geometry"));
    options.analysis.hotspotThreshold = intOption(parser, QStringLiteral("hotspot-threshold"), 1);

    QString oldPath;
    QString newPath;
    QStringList gitArgs;
    if (git) {
        // git passes 7 arguments, 9 for a renamed path (new path, rename
        // message) and 1 for an unmerged path, which has nothing to compare.
        gitArgs = parser.positionalArguments();
        if (gitArgs.size() == 1) {
            printOut(QCoreApplication::translate("OrgMap::Cli",
                                                 "orgmap diff %1: unmerged, nothing to compare\n")
                         .arg(gitArgs[0]));
            return Ok;
        }
        if (gitArgs.size() != 7 && gitArgs.size() != 9)
            throw UsageError{QCoreApplication::translate(
                "OrgMap::Cli",
                "expected diff --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE "
                "NEW-HEX NEW-MODE (as git passes them), got %n argument(s)",
                nullptr, int(gitArgs.size()))};
        oldPath = gitArgs[1];
        newPath = gitArgs[4];
    } else {
        const QStringList paths = positionals(
            parser, 2,
            QStringLiteral(
                "diff OLD NEW [--format text|json] [--geometry] [--hotspot-threshold N]"));
        oldPath = paths[0];
        newPath = paths[1];
    }

    Sides sides = loadSides(oldPath, newPath, parser.value(QStringLiteral("old-scenario")),
                            parser.value(QStringLiteral("new-scenario")));
    const MapDiff diff = diffMaps(sides.oldMap, sides.newMap, options);
    const bool colour = stdoutIsColourTerminal();
    if (format == QLatin1String("json"))
        printOut(diffReportJson(diff)); // also with --git: the report alone stays parseable
    else
        printOut((git ? gitHeading(gitArgs, colour) : QString()) +
                 diffReportText(diff, sides.oldMap, sides.newMap, colour));
    keepUntilExit(std::move(sides.oldMap));
    keepUntilExit(std::move(sides.newMap));
    // git stops at the first external diff that exits non-zero.
    if (git)
        return Ok;
    return diff.hasChanges() ? Differences : Ok;
}

} // namespace OrgMap::Cli
