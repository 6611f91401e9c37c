#include "analysis.h"

#include "betweenness.h"
#include "findings.h"
#include "graphmodel.h"

#include <map>
#include <set>

namespace OrgMap {

QString toString(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return u"error"_qs;
    case Severity::Warning:
        return u"warning"_qs;
    case Severity::Info:
        return u"info"_qs;
    }
    return {};
}

QString toString(Rule rule)
{
    switch (rule) {
    case Rule::Unowned:
        return u"unowned"_qs;
    case Rule::NoDomain:
        return u"no-domain"_qs;
    case Rule::Unconsumed:
        return u"unconsumed"_qs;
    case Rule::IdleTeam:
        return u"idle-team"_qs;
    case Rule::EmptyDomain:
        return u"empty-domain"_qs;
    case Rule::ScatteredTeam:
        return u"scattered-team"_qs;
    case Rule::DomainCycle:
        return u"domain-cycle"_qs;
    case Rule::Hotspot:
        return u"hotspot"_qs;
    case Rule::FairFindable:
        return u"fair-findable"_qs;
    case Rule::FairAccessible:
        return u"fair-accessible"_qs;
    case Rule::FairInteroperable:
        return u"fair-interoperable"_qs;
    case Rule::FairReusable:
        return u"fair-reusable"_qs;
    }
    return {};
}

std::optional<Rule> ruleFromString(const QString &name)
{
    for (int r = 0; r < kRuleCount; ++r)
        if (toString(Rule(r)) == name)
            return Rule(r);
    return std::nullopt;
}

std::optional<Severity> defaultSeverity(Rule rule)
{
    switch (rule) {
    case Rule::Unowned:
        return Severity::Error;
    case Rule::NoDomain:
    case Rule::ScatteredTeam:
    case Rule::DomainCycle:
    case Rule::Hotspot:
        return Severity::Warning;
    case Rule::Unconsumed:
    case Rule::IdleTeam:
    case Rule::EmptyDomain:
        return Severity::Info;
    case Rule::FairFindable:
    case Rule::FairAccessible:
    case Rule::FairInteroperable:
    case Rule::FairReusable:
        break;
    }
    return std::nullopt;
}

Severity severityOf(Rule rule)
{
    return defaultSeverity(rule).value_or(Severity::Info);
}

RuleSeverities defaultSeverities()
{
    RuleSeverities severities;
    for (int r = 0; r < kRuleCount; ++r)
        severities[size_t(r)] = defaultSeverity(Rule(r));
    return severities;
}

namespace {

double weightOf(const AnalysisOptions &options, LinkKind kind)
{
    return options.linkWeights[size_t(kind)];
}

// Cross-domain degree and coupling score per asset, ce/ca and the coupling
// matrix per domain: one pass over the links.
void computeCoupling(const GraphModel &model, const AnalysisOptions &options,
                     AnalysisResult &result)
{
    std::map<std::pair<int, int>, CouplingCell> cells; // index order is id order
    for (const auto &link : model.links()) {
        if (!model.isCrossDomain(link))
            continue;
        const double weight = weightOf(options, link.kind);
        for (int end : {link.from, link.to}) {
            AssetMetrics &asset = result.assets[end];
            ++asset.crossDomainLinks;
            asset.couplingScore += weight;
        }
        const int from = model.assetDomain(link.from);
        const int to = model.assetDomain(link.to);
        ++result.domains[from].ce;
        ++result.domains[to].ca;
        CouplingCell &cell = cells[{from, to}];
        ++cell.links;
        cell.weight += weight;
    }
    for (auto &[key, cell] : cells) {
        cell.from = model.domainIds()[key.first];
        cell.to = model.domainIds()[key.second];
        result.coupling.append(cell);
    }
    for (DomainMetrics &d : result.domains)
        d.instability = d.ca + d.ce == 0 ? 0.0 : double(d.ce) / double(d.ca + d.ce);
}

void computeTeams(const GraphModel &model, AnalysisResult &result)
{
    std::vector<std::set<int>> spanned(size_t(model.teamCount()));
    for (int a = 0; a < model.assetCount(); ++a) {
        const int owner = model.assetOwner(a);
        if (owner < 0)
            continue;
        ++result.teams[owner].assetsOwned;
        if (model.assetDomain(a) >= 0)
            spanned[size_t(owner)].insert(model.assetDomain(a));
    }
    for (int t = 0; t < model.teamCount(); ++t)
        result.teams[t].domainsSpanned = int(spanned[size_t(t)].size());
    // A cross-team link counts for both of its teams.
    for (const auto &link : model.links()) {
        const int a = model.assetOwner(link.from);
        const int b = model.assetOwner(link.to);
        if (a >= 0 && b >= 0 && a != b) {
            ++result.teams[a].crossTeamLinks;
            ++result.teams[b].crossTeamLinks;
        }
    }
}

void computeBetweenness(const GraphModel &model, const AnalysisOptions &options,
                        AnalysisResult &result)
{
    using Mode = AnalysisOptions::Betweenness;
    const int n = model.assetCount();
    int sampleSize = 0; // exact
    switch (options.betweenness) {
    case Mode::Skip:
        return;
    case Mode::Exact:
        break;
    case Mode::Sampled:
        sampleSize = options.sampleSize;
        break;
    case Mode::Auto:
        if (n > options.exactLimit)
            sampleSize = options.sampleSize;
        break;
    }
    const BetweennessScores scores = betweenness(model.assetGraph(), sampleSize, options.threads);
    for (int a = 0; a < n; ++a)
        result.assets[a].betweenness = scores.values[size_t(a)];
    result.betweennessSampled = scores.sampled;
    result.betweennessSources = scores.sources;
}

} // namespace

AnalysisResult analyze(const MapData &map, const AnalysisOptions &options)
{
    const GraphModel model(map);
    AnalysisResult result;

    result.assets.reserve(model.assetCount());
    for (const AssetId &id : model.assetIds())
        result.assets.append(AssetMetrics{id, 0, 0.0, 0.0});
    result.domains.reserve(model.domainCount());
    for (const DomainId &id : model.domainIds())
        result.domains.append(DomainMetrics{id, 0, 0, 0, 0.0});
    for (int a = 0; a < model.assetCount(); ++a)
        if (model.assetDomain(a) >= 0)
            ++result.domains[model.assetDomain(a)].assets;
    result.teams.reserve(model.teamCount());
    for (const TeamId &id : model.teamIds())
        result.teams.append(TeamMetrics{id, 0, 0, 0});

    computeCoupling(model, options, result);
    computeTeams(model, result);
    computeBetweenness(model, options, result);
    result.findings = collectFindings(map, model, result.assets, options);
    return result;
}

} // namespace OrgMap
