#include "analysis/analysis.h"
#include "analysis/checkreport.h"
#include "analysis/policy.h"
#include "analysis/sarifreport.h"
#include "analysis/teamcoupling.h"
#include "cli.h"
#include "maploading.h"
#include "json/jsonlines.h"

#include <QCoreApplication>

namespace OrgMap::Cli {

int runCheck(const QStringList &arguments)
{
    const QString usage = QStringLiteral(
        "check MAP [--policy FILE] [--format text|json|sarif] [--hotspot-threshold N]");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("MAP"), QStringLiteral(".orgmap or .orgmap.json"));
    parser.addOption({QStringLiteral("format"), QStringLiteral("text, json or sarif"),
                      QStringLiteral("FORMAT"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("hotspot-threshold"),
                      QStringLiteral("cross-domain links that make a hotspot"), QStringLiteral("N"),
                      QStringLiteral("3")});
    parser.addOption({QStringLiteral("policy"), QStringLiteral("a *.orgmap-policy.json file"),
                      QStringLiteral("FILE")});
    addScenarioOption(parser, QStringLiteral("the scenario of a document to check"));
    parseOrThrow(parser, arguments, QStringLiteral("check"));
    const QString path = positionals(parser, 1, usage).first();
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json") &&
        format != QLatin1String("sarif"))
        throw UsageError{QCoreApplication::translate(
                             "OrgMap::Cli", "--format must be text, json or sarif, not \"%1\"")
                             .arg(format)};
    // Without --policy this is exactly analysis-v1: the default policy is
    // the spec's severities, thresholds 3 and failOn error.
    Policy policy;
    if (parser.isSet(QStringLiteral("policy"))) {
        PolicyReadResult read = loadPolicyFile(parser.value(QStringLiteral("policy")));
        if (!read.policy)
            throw UsageError{read.errors.join(QStringLiteral("\norgmap-cli: "))};
        policy = *read.policy;
    }
    // The command line overrides the policy's threshold.
    if (parser.isSet(QStringLiteral("hotspot-threshold")))
        policy.hotspotThreshold = intOption(parser, QStringLiteral("hotspot-threshold"), 1);
    AnalysisOptions options;
    policy.applyTo(options);

    QByteArray jsonBytes;
    const QString scenario = parser.value(QStringLiteral("scenario"));
    ScenarioList all;
    const MapData map = loadMapOrThrow(path, &jsonBytes, scenario, &all);
    if (scenario.isEmpty())
        if (const QString note = unnamedScenarioNote(path, all, false); !note.isEmpty())
            printNotes({note});
    const AnalysisResult result = analyze(map, options);
    if (format == QLatin1String("sarif")) {
        const SarifSource source{path, entityObjectLines(jsonBytes)};
        printOut(checkReportSarif(result, source, QCoreApplication::applicationVersion()));
    } else if (format == QLatin1String("json")) {
        const TeamCoupling teams = analyzeTeamCoupling(map);
        printOut(checkReportJson(map, result, &teams));
    } else {
        printOut(checkReportText(map, result, stdoutIsColourTerminal()));
    }
    return failsOn(result.findings, policy.failOn) ? Findings : Ok;
}

} // namespace OrgMap::Cli
