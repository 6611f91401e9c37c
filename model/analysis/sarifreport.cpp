#include "sarifreport.h"

#include "analysistr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <array>

namespace OrgMap {
namespace {

QJsonObject text(const QString &value)
{
    return QJsonObject{{QStringLiteral("text"), value}};
}

// SARIF has no "info": its quietest level that still shows is "note".
QString levelOf(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("note");
}

// A path as given, made a valid URI reference: characters a URI cannot hold
// (spaces, "%", non-ASCII) are percent-encoded, "/" and the like are kept.
QString uriOf(const QString &path)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(path, "/:@!$&'()*+,;=-._~"));
}

} // namespace

QString ruleShortDescription(Rule rule)
{
    switch (rule) {
    case Rule::Unowned:
        return AnalysisTr::tr("An asset has no owning team.");
    case Rule::NoDomain:
        return AnalysisTr::tr("An asset is in no domain.");
    case Rule::Unconsumed:
        return AnalysisTr::tr("A data product is consumed by no asset.");
    case Rule::IdleTeam:
        return AnalysisTr::tr("A team owns no asset and no domain.");
    case Rule::EmptyDomain:
        return AnalysisTr::tr("A domain contains no asset.");
    case Rule::ScatteredTeam:
        return AnalysisTr::tr("A team owns assets in many domains.");
    case Rule::DomainCycle:
        return AnalysisTr::tr("Domains depend on each other in a cycle.");
    case Rule::Hotspot:
        return AnalysisTr::tr("An asset has many cross-domain links.");
    case Rule::FairFindable:
        return AnalysisTr::tr("A data product has no description or no tag.");
    case Rule::FairAccessible:
        return AnalysisTr::tr("A data product has no port.");
    case Rule::FairInteroperable:
        return AnalysisTr::tr("A data product has no contract.");
    case Rule::FairReusable:
        return AnalysisTr::tr("A data product has no documentation or no classification.");
    }
    return {};
}

QString ruleHelp(Rule rule)
{
    switch (rule) {
    case Rule::Unowned:
        return AnalysisTr::tr("Nobody is accountable for an asset without an owner, so its "
                              "incidents and changes have no one to go to.");
    case Rule::NoDomain:
        return AnalysisTr::tr("An asset outside every domain belongs to no bounded context, so "
                              "its language and boundaries are nobody's to keep.");
    case Rule::Unconsumed:
        return AnalysisTr::tr("A data product that nothing consumes costs upkeep without "
                              "delivering value, or its consumers are missing from the map.");
    case Rule::IdleTeam:
        return AnalysisTr::tr("A team that owns nothing on the map is either missing its "
                              "ownership or no longer needed.");
    case Rule::EmptyDomain:
        return AnalysisTr::tr("A domain without assets is a boundary drawn around nothing, or "
                              "its assets are placed elsewhere.");
    case Rule::ScatteredTeam:
        return AnalysisTr::tr("A team spread over many domains must keep several models in "
                              "mind, which slows it and blurs ownership.");
    case Rule::DomainCycle:
        return AnalysisTr::tr("Domains that depend on each other in a cycle cannot change or "
                              "ship independently.");
    case Rule::Hotspot:
        return AnalysisTr::tr("An asset with many cross-domain links couples domains tightly, so "
                              "a change to it ripples through all of them.");
    case Rule::FairFindable:
        return AnalysisTr::tr("Without a description and tags, consumers searching for data "
                              "cannot find the data product.");
    case Rule::FairAccessible:
        return AnalysisTr::tr("Without a port, consumers have no defined way to read the data "
                              "product.");
    case Rule::FairInteroperable:
        return AnalysisTr::tr("Without a contract, consumers cannot rely on the data product's "
                              "schema and terms.");
    case Rule::FairReusable:
        return AnalysisTr::tr("Without documentation and a classification, others cannot tell "
                              "how and whether they may reuse the data product.");
    }
    return {};
}

QByteArray checkReportSarif(const AnalysisResult &result, const SarifSource &source,
                            const QString &toolVersion)
{
    // The rules that fired, in rule order; a result names its rule's index.
    std::array<int, kRuleCount> index;
    index.fill(-1);
    std::array<std::optional<Severity>, kRuleCount> level{};
    for (const Finding &f : result.findings)
        if (!level[size_t(f.rule)] || f.severity < *level[size_t(f.rule)])
            level[size_t(f.rule)] = f.severity;
    QJsonArray rules;
    for (int r = 0; r < kRuleCount; ++r) {
        if (!level[size_t(r)])
            continue;
        index[size_t(r)] = int(rules.size());
        const Rule rule = Rule(r);
        rules.append(QJsonObject{
            {QStringLiteral("id"), toString(rule)},
            {QStringLiteral("shortDescription"), text(ruleShortDescription(rule))},
            {QStringLiteral("help"), text(ruleHelp(rule))},
            {QStringLiteral("defaultConfiguration"),
             QJsonObject{{QStringLiteral("level"), levelOf(*level[size_t(r)])}}},
        });
    }

    const QString uri = uriOf(source.mapPath);
    QJsonArray results;
    for (const Finding &f : result.findings) {
        QJsonObject physical{
            {QStringLiteral("artifactLocation"), QJsonObject{{QStringLiteral("uri"), uri}}}};
        if (const int line = source.subjectLines.value(f.subject, 0); line > 0)
            physical.insert(QStringLiteral("region"),
                            QJsonObject{{QStringLiteral("startLine"), line}});
        const QJsonObject location{
            {QStringLiteral("physicalLocation"), physical},
            {QStringLiteral("logicalLocations"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), f.subject}}}},
        };
        results.append(QJsonObject{
            {QStringLiteral("ruleId"), toString(f.rule)},
            {QStringLiteral("ruleIndex"), index[size_t(f.rule)]},
            {QStringLiteral("level"), levelOf(f.severity)},
            {QStringLiteral("message"), text(f.message)},
            {QStringLiteral("locations"), QJsonArray{location}},
        });
    }

    const QJsonObject driver{
        {QStringLiteral("name"), QStringLiteral("orgmap")},
        {QStringLiteral("version"), toolVersion},
        {QStringLiteral("rules"), rules},
    };
    const QJsonObject run{
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}}},
        {QStringLiteral("results"), results},
    };
    const QJsonObject log{
        {QStringLiteral("$schema"), QStringLiteral("https://docs.oasis-open.org/sarif/sarif/v2.1.0/"
                                                   "errata01/os/schemas/sarif-schema-2.1.0.json")},
        {QStringLiteral("version"), QStringLiteral("2.1.0")},
        {QStringLiteral("runs"), QJsonArray{run}},
    };
    return QJsonDocument(log).toJson(QJsonDocument::Indented);
}

} // namespace OrgMap
