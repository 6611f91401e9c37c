#pragma once

#include "graphmodel.h"

#include <vector>

namespace OrgMap {

// Brandes betweenness on the directed, unweighted asset graph (see
// docs/analysis.md for why it is hand-written rather than Boost's).

// The raw (unnormalised) sum over `sources` of the Brandes dependencies of
// every vertex. The sources are split over `threads` worker threads (0: one
// per core); the result depends only on the sources and the thread count.
std::vector<double> brandesDependencySums(const AssetGraph &graph, const std::vector<int> &sources,
                                          int threads);

// `count` sources spread evenly over 0..n-1 (index floor(i * n / count)),
// all n when count >= n.
std::vector<int> evenlySpacedSources(int n, int count);

struct BetweennessScores
{
    std::vector<double> values; // normalised by (n-1)(n-2); 0 when n < 3
    bool sampled = false;
    int sources = 0; // how many source vertices were used
};

// Exact betweenness when `sampleSize` <= 0 or >= n; otherwise estimated from
// `sampleSize` evenly spaced sources, contributions scaled by n / sampleSize.
BetweennessScores betweenness(const AssetGraph &graph, int sampleSize, int threads);

} // namespace OrgMap
