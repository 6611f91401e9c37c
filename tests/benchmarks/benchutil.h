#pragma once

// The clocks the benchmarks read, in one place.

#include <ctime>

namespace OrgMap::Bench {

// CPU time of the calling thread in ms: on the shared 2-core machine wall
// time varies 2x with the neighbours' builds, CPU time much less.
inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Wall time in ms, for what waits on other threads.
inline double wallMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

} // namespace OrgMap::Bench
