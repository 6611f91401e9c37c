#pragma once

#include "core/mapdata.h"

#include <cstdint>

namespace OrgMap {

struct GeneratorOptions
{
    // The largest map generateMap() makes; `generate --assets` refuses more
    // (a map of this size is ~140 MB of JSON, far beyond the benchmarks).
    static constexpr int kMaxAssets = 250000;
    int assets = 1000;
    std::uint64_t seed = 1;
};

// A deterministic synthetic organisation for benchmarks and demos: domains of
// about 25 assets (some nested), teams of the four Team Topologies types,
// 60% services / 40% data products, about 3 links per asset of which about
// 20% cross domains, about 1% unowned and 1% unplaced assets, and team
// interactions. The same options give the same map on every machine: it uses
// its own generator, not <random>'s implementation-defined distributions.
// No geometry: callers lay it out (see model/layout).
MapData generateMap(const GeneratorOptions &options);

} // namespace OrgMap
