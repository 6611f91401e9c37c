#pragma once

#include "analysis.h"
#include "teamcoupling.h"

#include <memory>

namespace OrgMap {

// Everything the GUI shows about a map at one moment: the analysis of one
// snapshot. Shared read-only between the worker that computes it and the
// canvas, the findings dock and the dashboard that show it.
struct Insight
{
    quint64 generation = 0; // increases with every document change analysed
    MapData snapshot;       // the map this was computed from (implicitly shared)
    AnalysisOptions options;
    AnalysisResult analysis;
    TeamCoupling teamCoupling;
};

using InsightPtr = std::shared_ptr<const Insight>;

// Runs both analyses on a snapshot (callable from any thread).
inline InsightPtr computeInsight(MapData snapshot, const AnalysisOptions &options,
                                 quint64 generation)
{
    auto insight = std::make_shared<Insight>();
    insight->generation = generation;
    insight->options = options;
    insight->analysis = analyze(snapshot, options);
    insight->teamCoupling = analyzeTeamCoupling(snapshot);
    insight->snapshot = std::move(snapshot);
    return insight;
}

} // namespace OrgMap
