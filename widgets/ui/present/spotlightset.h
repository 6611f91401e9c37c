#pragma once

// spotlightSet() moved to the model (model/core/spotlightset.h): the views'
// PDF export draws spotlights headless too (orgmap-cli render --views).
#include "core/spotlightset.h"
