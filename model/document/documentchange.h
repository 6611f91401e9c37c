#pragma once

#include "core/entities.h"

#include <QList>
#include <QMetaType>

namespace OrgMap {

// What one applied edit touched: the typed change event the document emits, so
// that views re-sync only what changed (as Tiled's change events do).
struct DocumentChange
{
    template <typename Key> struct Keys
    {
        QList<Key> added;
        QList<Key> removed;
        QList<Key> changed;
        bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty(); }
    };

    bool infoChanged = false;
    Keys<DomainId> domains;
    Keys<TeamId> teams;
    Keys<AssetId> assets;
    Keys<LinkKey> links;
    Keys<InteractionKey> interactions;

    bool isEmpty() const
    {
        return !infoChanged && domains.isEmpty() && teams.isEmpty() && assets.isEmpty() &&
               links.isEmpty() && interactions.isEmpty();
    }
};

} // namespace OrgMap

Q_DECLARE_METATYPE(OrgMap::DocumentChange)
