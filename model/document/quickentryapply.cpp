// The quick-entry applier: a parsed command to one undoable Document edit,
// refused (nothing changed) where the document's rules say no.

#include "quickentry.h"

#include "document.h"

#include <QCoreApplication>

namespace OrgMap {

QString applyQuickEntry(Document *document, const QuickEntryCommand &c,
                        const QuickEntryPlacement &placement, QString *error)
{
    const MapData &map = document->data();
    auto place = [&](EntityKind kind, const DomainId &domain) -> std::optional<Geometry> {
        return placement ? placement(map, kind, domain) : std::nullopt;
    };
    auto refuse = [error](const QString &reason) {
        if (error)
            *error = reason;
        return QString();
    };
    using Verb = QuickEntryCommand::Verb;
    switch (c.verb) {
    case Verb::AddAsset: {
        Asset a;
        const bool service = c.assetKind == AssetKind::Service;
        a.id = AssetId(document->uniqueId(service ? u"s"_qs : u"dp"_qs));
        a.kind = c.assetKind;
        a.name = c.name;
        a.domain = c.domain;
        a.owner = c.owner;
        a.geometry = place(EntityKind::Asset, c.domain);
        if (const QString why = document->checkAsset(a, map); !why.isEmpty())
            return refuse(why);
        document->addAsset(a);
        return a.id.str();
    }
    case Verb::AddDomain: {
        Domain d;
        d.id = DomainId(document->uniqueId(u"d"_qs));
        d.name = c.name;
        d.parent = c.domain;
        d.owner = c.owner;
        d.geometry = place(EntityKind::Domain, c.domain);
        if (const QString why = document->checkDomain(d, map); !why.isEmpty())
            return refuse(why);
        document->addDomain(d);
        return d.id.str();
    }
    case Verb::AddTeam: {
        Team t;
        t.id = TeamId(document->uniqueId(u"t"_qs));
        t.name = c.name;
        t.type = c.teamType;
        t.geometry = place(EntityKind::Team, DomainId());
        if (const QString why = document->checkTeam(t, map); !why.isEmpty())
            return refuse(why);
        document->addTeam(t);
        return t.id.str();
    }
    case Verb::SetTeamType: {
        Team t = map.teams.value(TeamId(c.subject));
        t.type = c.teamType;
        if (!document->changeTeam(t, QCoreApplication::translate("QuickEntry", "Set team type")))
            return refuse(QCoreApplication::translate("QuickEntry", "The team has that type."));
        return c.subject;
    }
    case Verb::Link: {
        Link l;
        l.key = {AssetId(c.subject), AssetId(c.target), c.linkKind};
        if (map.links.contains(l.key))
            return refuse(QCoreApplication::translate("QuickEntry", "That link is on the map."));
        if (const QString why = document->checkLink(l, map); !why.isEmpty())
            return refuse(why);
        document->addLink(l);
        return c.subject;
    }
    case Verb::Move: {
        if (map.kindOf(c.subject) == EntityKind::Asset) {
            Asset a = map.assets.value(AssetId(c.subject));
            if (a.domain == DomainId(c.target))
                return refuse(QCoreApplication::translate("QuickEntry", "It is there already."));
            a.domain = DomainId(c.target);
            if (auto g = place(EntityKind::Asset, a.domain))
                a.geometry = g;
            if (!document->changeAsset(a, QCoreApplication::translate("QuickEntry", "Move asset")))
                return refuse(document->checkAsset(a, map));
            return c.subject;
        }
        if (map.domains.value(DomainId(c.subject)).parent == DomainId(c.target))
            return refuse(QCoreApplication::translate("QuickEntry", "It is there already."));
        if (!document->setDomainParent(DomainId(c.subject), DomainId(c.target)))
            return refuse(QCoreApplication::translate("QuickEntry", "The map refuses that move."));
        return c.subject;
    }
    case Verb::Owner: {
        const bool ok = map.kindOf(c.subject) == EntityKind::Asset
                            ? document->setAssetOwner(AssetId(c.subject), TeamId(c.target))
                            : document->setDomainOwner(DomainId(c.subject), TeamId(c.target));
        if (!ok)
            return refuse(QCoreApplication::translate("QuickEntry", "It has that owner already."));
        return c.subject;
    }
    case Verb::Rename:
        if (!document->rename(c.subject, c.name))
            return refuse(QCoreApplication::translate("QuickEntry", "It has that name already."));
        return c.subject;
    case Verb::Delete:
        document->remove({c.subject});
        return c.subject;
    }
    return {};
}

} // namespace OrgMap
