#pragma once

#include "core/enums.h"

#include <Qt>

namespace OrgMap {

// The line styles that tell link kinds and interaction modes apart, one
// mapping for the canvas and the legend that explains it.
constexpr Qt::PenStyle linkKindLineStyle(LinkKind kind)
{
    return kind == LinkKind::Api     ? Qt::SolidLine
           : kind == LinkKind::Event ? Qt::DashLine
                                     : Qt::DotLine;
}

constexpr Qt::PenStyle interactionModeLineStyle(InteractionMode mode)
{
    return mode == InteractionMode::Collaboration  ? Qt::SolidLine
           : mode == InteractionMode::Facilitating ? Qt::DotLine
                                                   : Qt::DashLine;
}

} // namespace OrgMap
