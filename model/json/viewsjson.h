#pragma once

// The JSON reader's check of the views extension (docs/views.md): the views
// are top-level extension data ("x-orgmap-views"), read verbatim like any
// other, and then refused with a JSON pointer when malformed.

#include "json/jsonfields.h"

namespace OrgMap::JsonDetail {

void reportViewProblems(const MapInfo &info, ErrorSink &errors);

} // namespace OrgMap::JsonDetail
