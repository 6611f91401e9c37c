#include "mapclipboard.h"

#include "document/document.h"
#include "json/jsonformat.h"

#include <QCoreApplication>
#include <QMimeData>
#include <QRegularExpression>
#include <QSet>

namespace OrgMap::MapClipboard {

namespace {

// Extension keys holding references that point outside the fragment.
const QString kRefDomain = QStringLiteral("x-orgmap-clipboard-domain");
const QString kRefParent = QStringLiteral("x-orgmap-clipboard-parent");
const QString kRefOwner = QStringLiteral("x-orgmap-clipboard-owner");

QString tr(const char *text)
{
    return QCoreApplication::translate("OrgMap::MapClipboard", text);
}

// Keeps a reference that leaves the fragment in an x- key, clearing the field.
template <typename IdT>
void stash(IdT &ref, Extensions &extensions, const QString &key, bool inFragment)
{
    if (ref.isNull() || inFragment)
        return;
    extensions.insert(key, ref.str());
    ref = IdT();
}

// The stashed reference, if the target map has an entity of that kind.
template <typename IdT, typename Container>
IdT unstash(Extensions &extensions, const QString &key, const Container &targetEntities)
{
    const QString value = extensions.take(key).toString();
    if (value.isEmpty() || !targetEntities.contains(IdT(value)))
        return IdT();
    return IdT(value);
}

void moveGeometry(std::optional<Geometry> &geometry, QPointF offset)
{
    if (!geometry)
        return;
    geometry->x += offset.x();
    geometry->y += offset.y();
}

} // namespace

MapData fragmentOf(const MapData &map, const QStringList &ids)
{
    MapData fragment;
    fragment.info.name = tr("Clipboard");
    const QSet<QString> selected(ids.cbegin(), ids.cend());
    for (const QString &id : ids) {
        switch (map.kindOf(id)) {
        case EntityKind::Domain: {
            Domain d = map.domains.value(DomainId(id));
            stash(d.parent, d.extensions, kRefParent, selected.contains(d.parent.str()));
            stash(d.owner, d.extensions, kRefOwner, selected.contains(d.owner.str()));
            fragment.domains.insert(d.id, d);
            break;
        }
        case EntityKind::Team:
            fragment.teams.insert(TeamId(id), map.teams.value(TeamId(id)));
            break;
        case EntityKind::Asset: {
            Asset a = map.assets.value(AssetId(id));
            stash(a.domain, a.extensions, kRefDomain, selected.contains(a.domain.str()));
            stash(a.owner, a.extensions, kRefOwner, selected.contains(a.owner.str()));
            fragment.assets.insert(a.id, a);
            break;
        }
        case EntityKind::None:
            break;
        }
    }
    // Links and interactions among the copied entities come along (a link
    // alone cannot be pasted: its ends would be missing in the fragment).
    for (const Link &link : map.links)
        if (fragment.assets.contains(link.key.from) && fragment.assets.contains(link.key.to))
            fragment.links.insert(link.key, link);
    for (const Interaction &i : map.interactions)
        if (fragment.teams.contains(i.key.from) && fragment.teams.contains(i.key.to))
            fragment.interactions.insert(i.key, i);
    return fragment;
}

QMimeData *createMimeData(const MapData &fragment)
{
    auto *mime = new QMimeData;
    const QByteArray json = writeMapJson(fragment);
    mime->setData(QLatin1String(kMimeType), json);
    mime->setText(QString::fromUtf8(json));
    return mime;
}

bool canPaste(const QMimeData *mime)
{
    if (!mime)
        return false;
    if (mime->hasFormat(QLatin1String(kMimeType)))
        return true;
    // Cheap sniff; the full parse happens on paste.
    return mime->hasText() && mime->text().contains(QLatin1String("\"orgmap\""));
}

std::optional<MapData> fragmentFromMime(const QMimeData *mime, QString *error)
{
    QByteArray bytes;
    if (mime && mime->hasFormat(QLatin1String(kMimeType)))
        bytes = mime->data(QLatin1String(kMimeType));
    else if (canPaste(mime))
        bytes = mime->text().toUtf8();
    if (bytes.isEmpty()) {
        if (error)
            *error = tr("The clipboard holds no map items.");
        return std::nullopt;
    }
    JsonReadResult result = readMapJson(bytes);
    if (!result.map) {
        if (error) {
            QStringList lines;
            for (const FormatError &e : result.errors)
                lines.append(e.toString());
            *error = tr("The clipboard does not hold a valid map fragment:\n%1")
                         .arg(lines.join(QLatin1Char('\n')));
        }
        return std::nullopt;
    }
    return result.map;
}

MapData prepareForPaste(const MapData &fragment, const Document &target, QPointF offset)
{
    const MapData &map = target.data();
    QSet<QString> taken;
    // "billing-api-3" -> "billing-api-<n>": readable ids that stay recognisable.
    static const QRegularExpression numberSuffix(QStringLiteral("-\\d+$"));
    auto freshId = [&](const QString &old) {
        QString base = old;
        base.remove(numberSuffix);
        base.truncate(100); // room for the suffix within the id length limit
        const QString first = target.uniqueId(base);
        qsizetype n = first.mid(first.lastIndexOf(QLatin1Char('-')) + 1).toLongLong();
        QString id = first;
        while (taken.contains(id) || map.containsId(id))
            id = base + QLatin1Char('-') + QString::number(++n);
        taken.insert(id);
        return id;
    };
    QHash<QString, QString> rename;
    for (const Domain &d : fragment.domains)
        rename.insert(d.id.str(), freshId(d.id.str()));
    for (const Team &t : fragment.teams)
        rename.insert(t.id.str(), freshId(t.id.str()));
    for (const Asset &a : fragment.assets)
        rename.insert(a.id.str(), freshId(a.id.str()));

    // A reference inside the fragment follows the rename; any other is dropped.
    auto domainRef = [&](const DomainId &id) {
        return rename.contains(id.str()) ? DomainId(rename.value(id.str())) : DomainId();
    };
    auto teamRef = [&](const TeamId &id) {
        return rename.contains(id.str()) ? TeamId(rename.value(id.str())) : TeamId();
    };

    MapData out;
    out.info = fragment.info;
    for (Domain d : fragment.domains) {
        d.id = DomainId(rename.value(d.id.str()));
        d.parent = domainRef(d.parent);
        d.owner = teamRef(d.owner);
        if (d.parent.isNull())
            d.parent = unstash<DomainId>(d.extensions, kRefParent, map.domains);
        else
            d.extensions.remove(kRefParent);
        if (d.owner.isNull())
            d.owner = unstash<TeamId>(d.extensions, kRefOwner, map.teams);
        else
            d.extensions.remove(kRefOwner);
        moveGeometry(d.geometry, offset);
        out.domains.insert(d.id, d);
    }
    for (Team t : fragment.teams) {
        t.id = TeamId(rename.value(t.id.str()));
        moveGeometry(t.geometry, offset);
        out.teams.insert(t.id, t);
    }
    for (Asset a : fragment.assets) {
        a.id = AssetId(rename.value(a.id.str()));
        a.domain = domainRef(a.domain);
        a.owner = teamRef(a.owner);
        if (a.domain.isNull())
            a.domain = unstash<DomainId>(a.extensions, kRefDomain, map.domains);
        else
            a.extensions.remove(kRefDomain);
        if (a.owner.isNull())
            a.owner = unstash<TeamId>(a.extensions, kRefOwner, map.teams);
        else
            a.extensions.remove(kRefOwner);
        moveGeometry(a.geometry, offset);
        out.assets.insert(a.id, a);
    }
    for (Link link : fragment.links) {
        if (!rename.contains(link.key.from.str()) || !rename.contains(link.key.to.str()))
            continue;
        link.key.from = AssetId(rename.value(link.key.from.str()));
        link.key.to = AssetId(rename.value(link.key.to.str()));
        out.links.insert(link.key, link);
    }
    for (Interaction i : fragment.interactions) {
        if (!rename.contains(i.key.from.str()) || !rename.contains(i.key.to.str()))
            continue;
        i.key.from = TeamId(rename.value(i.key.from.str()));
        i.key.to = TeamId(rename.value(i.key.to.str()));
        out.interactions.insert(i.key, i);
    }
    return out;
}

QStringList entityIds(const MapData &fragment)
{
    QStringList ids;
    for (const Domain &d : fragment.domains)
        ids.append(d.id.str());
    for (const Team &t : fragment.teams)
        ids.append(t.id.str());
    for (const Asset &a : fragment.assets)
        ids.append(a.id.str());
    return ids;
}

} // namespace OrgMap::MapClipboard
