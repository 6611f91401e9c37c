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
        "  check MAP [--format text|json] [--hotspot-threshold N]\n"
        "        Analyse a map: orphaned assets, coupling hotspots, domain cycles.\n"
        "        Exit status 0: no error finding; 1: at least one; 2: unusable input.\n"
        "  convert IN OUT\n"
        "        Convert between .orgmap (SQLite) and .orgmap.json, by extension.\n"
        "  generate --assets N [--seed S] [--no-geometry] OUT\n"
        "        Write a deterministic synthetic map for benchmarks and demos.\n"
        "  merge BASE OURS THEIRS [-o OUT]\n"
        "        Three-way merge of maps (a git merge driver): writes the merged map as\n"
        "        JSON to OUT (default: over OURS). Exit status 0: merged; 1: conflicts\n"
        "        remain, listed in \"x-orgmap-conflicts\"; 2: unusable input.\n"
        "  render MAP OUT.png|OUT.svg [--scale S]\n"
        "        Draw the map as the editor does, headless.\n"
        "\n"
        "MAP and IN may be - for standard input; OUT may be - for JSON on standard output.\n"
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
        if (command == QLatin1String("generate"))
            return runGenerate(arguments);
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
