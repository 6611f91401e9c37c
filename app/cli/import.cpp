// orgmap-cli import backstage|odps: a catalog or data product descriptors into a map.
#include "cli.h"
#include "import/importer.h"
#include "maploading.h"
#include "storage/mapfile.h"

#include <QCoreApplication>

namespace OrgMap::Cli {

int runImport(const QStringList &arguments)
{
    const QString source = arguments.value(0);
    const bool backstage = source == QLatin1String("backstage");
    if (!backstage && source != QLatin1String("odps"))
        throw UsageError{QCoreApplication::translate(
            "OrgMap::Cli", "import needs a source: import backstage|odps PATH... [-o OUT] "
                           "[--into MAP]")};
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("files or folders"));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("map to write (- for JSON on standard output)"),
                      QStringLiteral("OUT"),
                      QStringLiteral("-")});
    parser.addOption(
        {QStringLiteral("into"), QStringLiteral("map to re-import into"), QStringLiteral("MAP")});
    if (backstage)
        parser.addOption(
            {QStringLiteral("lenient"), QStringLiteral("skip broken documents and go on")});
    parseOrThrow(parser, arguments.mid(1), QStringLiteral("import ") + source);
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        throw UsageError{
            QCoreApplication::translate("OrgMap::Cli", "import %1 needs at least one PATH")
                .arg(source)};
    const MapData into = parser.isSet(QStringLiteral("into"))
                             ? loadMapOrThrow(parser.value(QStringLiteral("into")))
                             : MapData();
    const ImportResult result =
        backstage ? importBackstage(paths, into, parser.isSet(QStringLiteral("lenient")))
                  : importOdps(paths, into);
    if (!result.map) {
        QString text =
            QCoreApplication::translate("OrgMap::Cli", "import refused, nothing written:\n");
        for (const QString &e : result.errors)
            text += e + QLatin1Char('\n');
        printErr(text);
        return Unusable;
    }
    printErr(result.report.toText());
    QString error;
    if (!saveMapFile(*result.map, parser.value(QStringLiteral("o")), &error))
        throw UsageError{error};
    return Ok;
}

} // namespace OrgMap::Cli
