#include "kindnames.h"

#include <QCoreApplication>

namespace OrgMap {

QString linkKindName(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Api:
        return QCoreApplication::translate("OrgMap::KindNames", "API call");
    case LinkKind::Event:
        return QCoreApplication::translate("OrgMap::KindNames", "Event subscription");
    case LinkKind::Data:
        return QCoreApplication::translate("OrgMap::KindNames", "Data consumption");
    }
    return {};
}

QString interactionModeName(InteractionMode mode)
{
    switch (mode) {
    case InteractionMode::Collaboration:
        return QCoreApplication::translate("OrgMap::KindNames", "Collaboration");
    case InteractionMode::XAsAService:
        return QCoreApplication::translate("OrgMap::KindNames", "X-as-a-service");
    case InteractionMode::Facilitating:
        return QCoreApplication::translate("OrgMap::KindNames", "Facilitating");
    }
    return {};
}

} // namespace OrgMap
