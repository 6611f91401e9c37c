#include "viewsjson.h"

#include "core/savedviews.h"

namespace OrgMap::JsonDetail {

void reportViewProblems(const MapInfo &info, ErrorSink &errors)
{
    for (const Views::Problem &problem : Views::check(info.extensions))
        errors.add(problem.pointer, problem.message);
}

} // namespace OrgMap::JsonDetail
