// orgmap-cli: the headless face of OrgMap, for CI and scripts.
#include "cli.h"
#include "i18n.h"

#include <QCoreApplication>
#ifdef ORGMAP_HAVE_CANVAS
#include <QApplication>
#endif
#include <memory>

using namespace OrgMap::Cli;

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "OrgMap::Cli",
        "Usage: orgmap-cli COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  check MAP [--policy FILE] [--format text|json|sarif] [--hotspot-threshold N]\n"
        "        [--scenario NAME]\n"
        "        Analyse a map: orphaned assets, coupling hotspots, domain cycles;\n"
        "        with a policy, its severities, thresholds and FAIR rules.\n"
        "        Exit status 0: no finding at the policy's failOn (default: error)\n"
        "        or above; 1: at least one; 2: unusable map or policy.\n"
        "  convert IN OUT [--scenario NAME]\n"
        "        Convert between .orgmap (SQLite) and .orgmap.json, or export to\n"
        "        .graphml (yEd, Gephi, NetworkX), .dot/.gv (Graphviz) or .mmd\n"
        "        (Mermaid), by OUT's extension; any other extension is refused.\n"
        "        .orgmap to .orgmap keeps every scenario; otherwise one map is\n"
        "        written: --scenario NAME, else the first (stderr names the rest).\n"
        "  diff OLD NEW [--format text|json] [--geometry] [--hotspot-threshold N]\n"
        "       [--old-scenario NAME] [--new-scenario NAME]\n"
        "        What changed between two maps and what it does to the analysis.\n"
        "        Exit status 0: no change; 1: changes; 2: unusable input.\n"
        "        diff --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE\n"
        "        is the form git calls (diff.orgmap.command); it exits 0 on success.\n"
        "  generate --assets N [--seed S] [--no-geometry] OUT\n"
        "        Write a deterministic synthetic map for benchmarks and demos.\n"
        "  import backstage PATH... [-o OUT] [--into MAP] [--lenient]\n"
        "  import odps PATH... [-o OUT] [--into MAP]\n"
        "        Import a Backstage catalog or ODPS data product descriptors (files or\n"
        "        folders), laid out; --into re-imports into that map. Report on stderr;\n"
        "        exit status 2 when the input is refused.\n"
        "  layout IN OUT [--all] [--team-lane] [--scenario NAME]\n"
        "        Write IN with computed geometry for what lacks it (everything with\n"
        "        --all) to OUT; --team-lane puts the teams in one lane on top.\n"
        "  merge BASE OURS THEIRS [-o OUT]\n"
        "        Three-way merge of maps (a git merge driver): writes the merged map as\n"
        "        JSON to OUT (default: over OURS). Exit status 0: merged; 1: conflicts\n"
        "        remain, listed in \"x-orgmap-conflicts\"; 2: unusable input.\n"
        "  render MAP OUT.png|OUT.svg|OUT.pdf [--scale S] [--views] [--scenario NAME]\n"
        "        Draw the map as the editor does, headless.\n"
        "\n"
        "MAP and IN may be - for standard input; OUT may be - for JSON on standard output.\n"
        "--scenario NAME picks a scenario of an .orgmap document (default: the first;\n"
        "stderr names the others); an unknown name is exit status 2.\n"
        "Options: --help, --version\n"
        "  --lang CODE\n"
        "        Language of the messages: en, de, fr, es or zh_CN (default: the\n"
        "        language chosen in the editor's Preferences, else the system's).\n");
}

} // namespace

int main(int argc, char *argv[])
{
    // --lang is global (before or after the command): take it out of argv
    // before the commands parse their arguments.
    QString languageError;
    const QString language = OrgMap::I18n::takeLanguageArgument(argc, argv, &languageError);
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    // Rendering needs a GUI application; everything else runs without a display.
    std::unique_ptr<QCoreApplication> app;
#ifdef ORGMAP_HAVE_CANVAS
    if (command == QLatin1String("render")) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("orgmap-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORGMAP_VERSION));
    if (!languageError.isEmpty()) {
        printErr(QStringLiteral("orgmap-cli: %1\n").arg(languageError));
        return Unusable;
    }
    QString translationError;
    if (!OrgMap::I18n::installTranslators(
            language.isEmpty() ? OrgMap::I18n::preferredLanguage() : language, &translationError)) {
        printErr(QStringLiteral("orgmap-cli: %1\n").arg(translationError));
        // A wrong --lang is the user's mistake; a broken saved setting is not.
        if (!language.isEmpty())
            return Unusable;
    }

    QStringList arguments = QCoreApplication::arguments().mid(2);
    try {
        if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
            command == QLatin1String("help")) {
            printOut(usage());
            return Ok;
        }
        if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
            printOut(QStringLiteral("orgmap-cli %1\n").arg(QCoreApplication::applicationVersion()));
            return Ok;
        }
        if (command == QLatin1String("check"))
            return runCheck(arguments);
        if (command == QLatin1String("convert"))
            return runConvert(arguments);
        if (command == QLatin1String("diff"))
            return runDiff(arguments);
        if (command == QLatin1String("generate"))
            return runGenerate(arguments);
        if (command == QLatin1String("import"))
            return runImport(arguments);
        if (command == QLatin1String("layout"))
            return runLayout(arguments);
        if (command == QLatin1String("merge"))
            return runMerge(arguments);
        if (command == QLatin1String("render"))
            return runRender(arguments);
        if (command.isEmpty())
            throw UsageError{QCoreApplication::translate(
                "OrgMap::Cli", "no command given (try orgmap-cli --help)")};
        throw UsageError{QCoreApplication::translate(
                             "OrgMap::Cli", "unknown command \"%1\" (try orgmap-cli --help)")
                             .arg(command)};
    } catch (const UsageError &error) {
        printErr(QStringLiteral("orgmap-cli: %1\n").arg(error.reason));
        return Unusable;
    }
}
