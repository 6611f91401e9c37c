#include "analysis/analysis.h"
#include "analysis/checkreport.h"
#include "analysis/teamcoupling.h"
#include "cli.h"
#include "maploading.h"

#include <QCoreApplication>

namespace OrgMap::Cli {

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("MAP"), QStringLiteral(".orgmap or .orgmap.json"));
    parser.addOption({QStringLiteral("format"), QStringLiteral("text or json"),
                      QStringLiteral("FORMAT"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("hotspot-threshold"),
                      QStringLiteral("cross-domain links that make a hotspot"), QStringLiteral("N"),
                      QStringLiteral("3")});
    parseOrThrow(parser, arguments, QStringLiteral("check"));
    const QString path =
        positionals(parser, 1,
                    QStringLiteral("check MAP [--format text|json] [--hotspot-threshold N]"))
            .first();
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        throw UsageError{
            QCoreApplication::translate("OrgMap::Cli", "--format must be text or json, not \"%1\"")
                .arg(format)};
    AnalysisOptions options;
    options.hotspotThreshold = intOption(parser, QStringLiteral("hotspot-threshold"), 1);

    const MapData map = loadMapOrThrow(path);
    const AnalysisResult result = analyze(map, options);
    if (format == QLatin1String("json")) {
        const TeamCoupling teams = analyzeTeamCoupling(map);
        printOut(checkReportJson(map, result, &teams));
    } else
        printOut(checkReportText(map, result, stdoutIsColourTerminal()));
    for (const Finding &finding : result.findings)
        if (finding.severity == Severity::Error)
            return Findings;
    return Ok;
}

} // namespace OrgMap::Cli
