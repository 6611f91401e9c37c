#pragma once

#include "core/entities.h"

#include <QString>

namespace OrgMap {

// The words for link kinds and interaction modes (translated), the same in
// the connect popup, the connect dialog, the Properties combo and the legend.
QString linkKindName(LinkKind kind);
QString interactionModeName(InteractionMode mode);
inline constexpr LinkKind kAllLinkKinds[] = {LinkKind::Api, LinkKind::Event, LinkKind::Data};
inline constexpr InteractionMode kAllInteractionModes[] = {
    InteractionMode::Collaboration, InteractionMode::XAsAService, InteractionMode::Facilitating};

} // namespace OrgMap
