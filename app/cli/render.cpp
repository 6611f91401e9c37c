#include "cli.h"
#include "maploading.h"

#include <QCoreApplication>

#ifdef ORGMAP_HAVE_CANVAS
#include "maprenderer.h"
#include "viewspdf.h"
#endif

namespace OrgMap::Cli {

int runRender(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("MAP"), QStringLiteral("map to draw"));
    parser.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral(".png, .svg or .pdf"));
    parser.addOption({QStringLiteral("views"),
                      QStringLiteral("PDF: one page per view of the map (docs/views.md)")});
    parser.addOption({QStringLiteral("scale"), QStringLiteral("1, 2 or 4 (PNG)"),
                      QStringLiteral("S"), QStringLiteral("1")});
    addScenarioOption(parser, QStringLiteral("the scenario of a document to draw"));
    parseOrThrow(parser, arguments, QStringLiteral("render"));
    const QStringList paths = positionals(
        parser, 2,
        QStringLiteral(
            "render MAP OUT.png|OUT.svg|OUT.pdf [--scale S] [--views] [--scenario NAME]"));
    bool ok = false;
    const double scale = parser.value(QStringLiteral("scale")).toDouble(&ok);
    if (!ok || scale <= 0 || scale > 8)
        throw UsageError{QCoreApplication::translate(
                             "OrgMap::Cli", "--scale needs a number from 0.1 to 8, not \"%1\"")
                             .arg(parser.value(QStringLiteral("scale")))};
    const QString out = paths.at(1);
    const bool pdf = out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (!pdf && !out.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) &&
        !out.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        throw UsageError{QCoreApplication::translate(
                             "OrgMap::Cli", "%1: the output must end in .png, .svg or .pdf")
                             .arg(out)};
    if (parser.isSet(QStringLiteral("views")) && !pdf)
        throw UsageError{QCoreApplication::translate(
            "OrgMap::Cli", "--views: the views are drawn as PDF pages; name a .pdf")};
    const QString scenario = parser.value(QStringLiteral("scenario"));
    ScenarioList all;
    const MapData map = loadMapOrThrow(paths.at(0), nullptr, scenario, &all);
    if (scenario.isEmpty())
        if (const QString note = unnamedScenarioNote(paths.at(0), all, false); !note.isEmpty())
            printNotes({note});
#ifdef ORGMAP_HAVE_CANVAS
    QString error;
    if (pdf) {
        if (!renderViewsPdfFile(map, out, parser.isSet(QStringLiteral("views")), &error))
            throw UsageError{error};
        return Ok;
    }
    if (!renderMapFile(map, out, scale, &error))
        throw UsageError{error};
    return Ok;
#else
    throw UsageError{QCoreApplication::translate("OrgMap::Cli", "this build has no renderer")};
#endif
}

} // namespace OrgMap::Cli
