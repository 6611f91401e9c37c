#include "checkreport.h"

#include "analysistr.h"
#include "numbers.h"
#include "reportjson.h"
#include "teamcoupling.h"
#include "json/jsonwriter.h"

#include <QHash>
#include <algorithm>

namespace OrgMap {

QList<AssetMetrics> hotspotMetrics(const AnalysisResult &result)
{
    QHash<QString, qsizetype> index;
    index.reserve(result.assets.size());
    for (qsizetype i = 0; i < result.assets.size(); ++i)
        index.insert(result.assets[i].asset.str(), i);
    QList<AssetMetrics> hotspots;
    for (const Finding &f : result.findings) {
        const qsizetype i = index.value(f.subject, -1);
        if (f.rule == Rule::Hotspot && i >= 0)
            hotspots.append(result.assets[i]);
    }
    std::stable_sort(hotspots.begin(), hotspots.end(),
                     [](const AssetMetrics &a, const AssetMetrics &b) {
                         if (a.couplingScore != b.couplingScore)
                             return a.couplingScore > b.couplingScore;
                         return a.asset < b.asset;
                     });
    return hotspots;
}

// ---- JSON ----------------------------------------------------------------

namespace {

using namespace ReportJson;

// Analysis 1.1 (docs/analysis.md): implied team dependencies vs declared interactions.
QByteArray teamCouplingJson(const TeamCoupling &coupling)
{
    QList<QByteArray> undeclared;
    for (const TeamDependency &d : coupling.dependencies) {
        if (d.declared)
            continue;
        undeclared.append(JsonLine()
                              .add("teams", jsonStringArray({d.first.str(), d.second.str()}))
                              .add("links", d.links())
                              .text());
    }
    QList<QByteArray> unbacked;
    for (const InteractionKey &i : coupling.unbacked)
        unbacked.append(JsonLine()
                            .add("from", i.from.str())
                            .add("to", i.to.str())
                            .add("mode", toString(i.mode))
                            .text());
    QByteArray out = "{\n";
    out += "    \"implied\": " + QByteArray::number(coupling.dependencies.size()) + ",\n";
    out += "    \"covered\": " + QByteArray::number(coupling.covered) + ",\n";
    out += "    \"congruence\": " + jsonNumber(coupling.congruence) + ",\n";
    out += "    \"undeclared\": " + jsonArray(undeclared, 4) + ",\n";
    out += "    \"unbacked\": " + jsonArray(unbacked, 4) + "\n";
    return out + "  }";
}

} // namespace

QByteArray checkReportJson(const MapData &map, const AnalysisResult &result,
                           const TeamCoupling *teamCoupling)
{
    QList<QByteArray> findings;
    for (const Finding &f : result.findings)
        findings.append(JsonLine()
                            .add("rule", toString(f.rule))
                            .add("severity", toString(f.severity))
                            .add("subject", f.subject)
                            .add("message", f.message)
                            .add("related", jsonStringArray(f.related))
                            .text());
    QList<QByteArray> hotspots;
    for (const AssetMetrics &a : hotspotMetrics(result))
        hotspots.append(JsonLine()
                            .add("asset", a.asset.str())
                            .add("crossDomainLinks", a.crossDomainLinks)
                            .add("score", a.couplingScore)
                            .add("betweenness", a.betweenness)
                            .text());
    QList<QByteArray> domains;
    for (const DomainMetrics &d : result.domains)
        domains.append(JsonLine()
                           .add("domain", d.domain.str())
                           .add("assets", d.assets)
                           .add("ce", d.ce)
                           .add("ca", d.ca)
                           .add("instability", d.instability)
                           .text());
    QList<QByteArray> coupling;
    for (const CouplingCell &c : result.coupling)
        coupling.append(JsonLine()
                            .add("from", c.from.str())
                            .add("to", c.to.str())
                            .add("links", c.links)
                            .add("weight", c.weight)
                            .text());
    const QByteArray counts = JsonLine()
                                  .add("domains", int(map.domains.size()))
                                  .add("teams", int(map.teams.size()))
                                  .add("assets", int(map.assets.size()))
                                  .add("links", int(map.links.size()))
                                  .add("interactions", int(map.interactions.size()))
                                  .text();

    QByteArray out = "{\n";
    out += "  \"map\": " + jsonString(map.info.name) + ",\n";
    out += "  \"counts\": " + counts + ",\n";
    out += "  \"findings\": " + jsonArray(findings) + ",\n";
    out += "  \"hotspots\": " + jsonArray(hotspots) + ",\n";
    out += "  \"domains\": " + jsonArray(domains) + ",\n";
    out += "  \"coupling\": " + jsonArray(coupling);
    if (result.betweennessSampled)
        out += ",\n  \"betweennessSampled\": true";
    if (teamCoupling)
        out += ",\n  \"teamCoupling\": " + teamCouplingJson(*teamCoupling);
    out += "\n}\n";
    return out;
}

} // namespace OrgMap
