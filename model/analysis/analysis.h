#pragma once

#include "core/mapdata.h"

#include <QList>
#include <QStringList>
#include <array>
#include <optional>

namespace OrgMap {

// The analysis of ../shared/spec/analysis-v1.md (see docs/analysis.md).

enum class Severity
{
    Error,
    Warning,
    Info
};
// In the order of the spec's table, then the FAIR rules of policy-v1.md:
// findings sort by severity, then by this.
enum class Rule
{
    Unowned,
    NoDomain,
    Unconsumed,
    IdleTeam,
    EmptyDomain,
    ScatteredTeam,
    DomainCycle,
    Hotspot,
    FairFindable,
    FairAccessible,
    FairInteroperable,
    FairReusable
};
constexpr int kRuleCount = int(Rule::FairReusable) + 1;

QString toString(Severity severity); // "error", "warning", "info"
QString toString(Rule rule);         // "unowned", "no-domain", ...
std::optional<Rule> ruleFromString(const QString &name);
// The severity of analysis-v1.md's table; the FAIR rules, off by default,
// have none.
std::optional<Severity> defaultSeverity(Rule rule);
Severity severityOf(Rule rule); // defaultSeverity, Info for the FAIR rules

// The severity each rule reports with; nullopt turns the rule off. Indexed by
// Rule. The defaults are analysis-v1.md's (a policy changes them).
using RuleSeverities = std::array<std::optional<Severity>, kRuleCount>;
RuleSeverities defaultSeverities();

struct Finding
{
    Rule rule = Rule::Unowned;
    Severity severity = Severity::Error;
    QString subject;     // id of the asset, team or domain
    QString message;     // a translated, human-readable sentence
    QStringList related; // other ids concerned, sorted
    friend bool operator==(const Finding &, const Finding &) = default;
};

struct AssetMetrics
{
    AssetId asset;
    int crossDomainLinks = 0;
    double couplingScore = 0;
    double betweenness = 0; // normalised by (n-1)(n-2)
    friend bool operator==(const AssetMetrics &, const AssetMetrics &) = default;
};

struct DomainMetrics
{
    DomainId domain;
    int assets = 0; // directly in the domain
    int ce = 0;
    int ca = 0;
    double instability = 0;
    friend bool operator==(const DomainMetrics &, const DomainMetrics &) = default;
};

struct CouplingCell
{
    DomainId from;
    DomainId to;
    int links = 0;
    double weight = 0;
    friend bool operator==(const CouplingCell &, const CouplingCell &) = default;
};

struct TeamMetrics
{
    TeamId team;
    int assetsOwned = 0;
    int domainsSpanned = 0;
    int crossTeamLinks = 0;
    friend bool operator==(const TeamMetrics &, const TeamMetrics &) = default;
};

struct AnalysisOptions
{
    int hotspotThreshold = 3;
    int scatteredThreshold = 3; // distinct domains that make a team scattered
    RuleSeverities severities = defaultSeverities();
    // Link weights by LinkKind (api, data, event); the spec's defaults.
    std::array<double, 3> linkWeights{1.0, 0.75, 0.5};
    enum class Betweenness
    {
        Auto,
        Exact,
        Sampled,
        Skip
    } betweenness = Betweenness::Auto;
    int exactLimit = 20000; // Auto: exact up to this many assets
    int sampleSize = 4096;  // Brandes-Pich pivots when sampling
    int threads = 0;        // 0: one per core
};

struct AnalysisResult
{
    QList<Finding> findings;      // sorted as the spec says
    QList<AssetMetrics> assets;   // every asset, by id
    QList<DomainMetrics> domains; // every domain, by id
    QList<CouplingCell> coupling; // sorted by (from, to)
    QList<TeamMetrics> teams;     // every team, by id
    bool betweennessSampled = false;
    int betweennessSources = 0; // source assets the betweenness was computed from
    friend bool operator==(const AnalysisResult &, const AnalysisResult &) = default;
};

// Pure function of an immutable snapshot: safe to run on a worker thread.
AnalysisResult analyze(const MapData &map, const AnalysisOptions &options = {});

} // namespace OrgMap
