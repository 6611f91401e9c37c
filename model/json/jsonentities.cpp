// The JsonReader members for teams, assets, links and interactions (domains
// and the document itself are in jsonreader.cpp).

#include "jsonreader.h"

#include "core/displaytext.h"

namespace OrgMap::JsonDetail {
namespace {

QString sectionItem(QLatin1String section, qsizetype index)
{
    return pointerChild(pointerChild(QString(), section), index);
}

} // namespace

template <typename E>
std::optional<E> JsonReader::readEnum(FieldReader &fields, QLatin1String key, bool required,
                                      std::optional<E> (*parse)(const QString &), const char *what,
                                      QString (*allowed)())
{
    // The message parts are built only on error: this runs for every link.
    QString text;
    if (required) {
        const auto value = fields.requiredString(key);
        if (!value)
            return std::nullopt;
        text = *value;
    } else {
        text = fields.optionalString(key);
        if (text.isEmpty())
            return std::nullopt;
    }
    const std::optional<E> value = parse(text);
    if (!value)
        m_errors.add(fields.pointerTo(key),
                     tr("unknown %1 \"%2\" (one of %3)").arg(tr(what), shortened(text), allowed()));
    return value;
}

void JsonReader::readTeams(const QJsonArray &items)
{
    const JsonPath section = JsonPath(QLatin1String("teams"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JsonPath pointer(section, i);
        const QJsonValue item = items.at(i);
        if (!item.isObject()) {
            m_errors.add(pointer, tr("must be an object, not %1").arg(describeType(item)));
            continue;
        }
        FieldReader fields(item.toObject(), pointer,
                           {QLatin1String("id"), QLatin1String("name"), QLatin1String("type"),
                            QLatin1String("description"), QLatin1String("geometry")},
                           m_errors);
        Team team;
        const auto id = readId(fields, EntityKind::Team, i);
        team.name = readName(fields);
        team.type = readEnum(fields, QLatin1String("type"), false, &teamTypeFromString,
                             QT_TR_NOOP("team type"), &allowedTeamTypes)
                        .value_or(TeamType::None);
        team.description = fields.optionalString(QLatin1String("description"));
        team.geometry = readGeometry(fields, false);
        team.extensions = fields.finish();
        if (id) {
            team.id = TeamId(*id);
            appendOrInsert(m_map.teams, team.id, team);
        }
    }
}

QStringList JsonReader::readTags(FieldReader &asset)
{
    const QLatin1String key("tags");
    const QJsonValue value = asset.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        asset.reportType(key, value, tr("an array of strings"));
        return {};
    }
    const QJsonArray array = value.toArray();
    QStringList tags;
    tags.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue tag = array.at(i);
        if (tag.isString())
            tags.append(tag.toString());
        else
            m_errors.add(pointerChild(asset.pointerTo(key), i),
                         tr("must be a string, not %1").arg(describeType(tag)));
    }
    return tags;
}

QList<Port> JsonReader::readPorts(FieldReader &asset)
{
    const QLatin1String key("ports");
    const QJsonValue value = asset.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        asset.reportType(key, value, tr("an array of ports"));
        return {};
    }
    const QJsonArray array = value.toArray();
    QList<Port> ports;
    ports.reserve(array.size());
    const JsonPath portsPath(asset.path(), key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const JsonPath pointer(portsPath, i);
        const QJsonValue item = array.at(i);
        if (!item.isObject()) {
            m_errors.add(pointer, tr("must be an object, not %1").arg(describeType(item)));
            continue;
        }
        FieldReader fields(
            item.toObject(), pointer,
            {QLatin1String("name"), QLatin1String("type"), QLatin1String("location")}, m_errors);
        Port port;
        if (const auto name = fields.requiredString(QLatin1String("name"))) {
            if (name->isEmpty())
                m_errors.add(fields.pointerTo(QLatin1String("name")), tr("must not be empty"));
            port.name = *name;
        }
        port.type = readEnum(fields, QLatin1String("type"), true, &portTypeFromString,
                             QT_TR_NOOP("port type"), &allowedPortTypes)
                        .value_or(PortType::Table);
        port.location = fields.optionalString(QLatin1String("location"));
        port.extensions = fields.finish();
        ports.append(port);
    }
    return ports;
}

void JsonReader::readAssets(const QJsonArray &items)
{
    const QLatin1String portsKey("ports"), contractKey("contract"),
        classificationKey("classification");
    const JsonPath section = JsonPath(QLatin1String("assets"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JsonPath pointer(section, i);
        const QJsonValue item = items.at(i);
        if (!item.isObject()) {
            m_errors.add(pointer, tr("must be an object, not %1").arg(describeType(item)));
            continue;
        }
        FieldReader fields(item.toObject(), pointer,
                           {QLatin1String("id"), QLatin1String("kind"), QLatin1String("name"),
                            QLatin1String("domain"), QLatin1String("owner"),
                            QLatin1String("description"), QLatin1String("tags"),
                            QLatin1String("geometry"), portsKey, contractKey,
                            QLatin1String("documentation"), classificationKey},
                           m_errors);
        Asset asset;
        const auto id = readId(fields, EntityKind::Asset, i);
        const auto kind = readEnum(fields, QLatin1String("kind"), true, &assetKindFromString,
                                   QT_TR_NOOP("asset kind"), &allowedAssetKinds);
        asset.kind = kind.value_or(AssetKind::Service);
        asset.name = readName(fields);
        asset.domain =
            DomainId(readReference(fields, QLatin1String("domain"), EntityKind::Domain, false));
        asset.owner =
            TeamId(readReference(fields, QLatin1String("owner"), EntityKind::Team, false));
        asset.description = fields.optionalString(QLatin1String("description"));
        asset.tags = readTags(fields);
        asset.geometry = readGeometry(fields, false);
        asset.ports = readPorts(fields);
        asset.contract = fields.optionalString(contractKey);
        asset.documentation = fields.optionalString(QLatin1String("documentation"));
        asset.classification = readEnum(fields, classificationKey, false, &classificationFromString,
                                        QT_TR_NOOP("classification"), &allowedClassifications)
                                   .value_or(Classification::None);
        asset.extensions = fields.finish();

        // Empty values count as absent here too, so `"contract": ""` on a
        // service is accepted. An unknown kind says nothing either way.
        if (kind == AssetKind::Service) {
            if (!asset.ports.isEmpty())
                m_errors.add(fields.pointerTo(portsKey),
                             tr("only data products have ports; this asset is a service"));
            if (!asset.contract.isEmpty())
                m_errors.add(fields.pointerTo(contractKey),
                             tr("only data products have a contract; this asset is a service"));
            if (asset.classification != Classification::None)
                m_errors.add(fields.pointerTo(classificationKey),
                             tr("only data products have a classification; this asset is a "
                                "service"));
        }
        if (id) {
            asset.id = AssetId(*id);
            appendOrInsert(m_map.assets, asset.id, asset);
        }
    }
}

void JsonReader::readLinks(const QJsonArray &items)
{
    m_linkIndex.reserve(items.size());
    const JsonPath section = JsonPath(QLatin1String("links"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JsonPath pointer(section, i);
        const QJsonValue item = items.at(i);
        if (!item.isObject()) {
            m_errors.add(pointer, tr("must be an object, not %1").arg(describeType(item)));
            continue;
        }
        FieldReader fields(item.toObject(), pointer,
                           {QLatin1String("from"), QLatin1String("to"), QLatin1String("kind"),
                            QLatin1String("label")},
                           m_errors);
        const QString from = readReference(fields, QLatin1String("from"), EntityKind::Asset, true);
        const QString to = readReference(fields, QLatin1String("to"), EntityKind::Asset, true);
        const auto kind = readEnum(fields, QLatin1String("kind"), true, &linkKindFromString,
                                   QT_TR_NOOP("link kind"), &allowedLinkKinds);
        Link link;
        link.label = fields.optionalString(QLatin1String("label"));
        link.extensions = fields.finish();
        // Self-reference is checked before the kind, so that both errors show.
        if (from.isEmpty() || to.isEmpty())
            continue;
        if (from == to) {
            m_errors.add(pointer, tr("a link cannot connect asset %1 to itself").arg(from));
            continue;
        }
        if (!kind)
            continue;
        link.key = {AssetId(from), AssetId(to), *kind};
        const auto [it, inserted] = m_linkIndex.try_emplace(link.key, i);
        if (!inserted) {
            m_errors.add(pointer, tr("duplicate link %1 -> %2 (%3), first at %4")
                                      .arg(from, to, toString(*kind),
                                           sectionItem(QLatin1String("links"), it->second)));
            continue;
        }
        appendOrInsert(m_map.links, link.key, link);
    }
}

void JsonReader::readInteractions(const QJsonArray &items)
{
    m_interactionIndex.reserve(items.size());
    const JsonPath section = JsonPath(QLatin1String("interactions"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JsonPath pointer(section, i);
        const QJsonValue item = items.at(i);
        if (!item.isObject()) {
            m_errors.add(pointer, tr("must be an object, not %1").arg(describeType(item)));
            continue;
        }
        FieldReader fields(item.toObject(), pointer,
                           {QLatin1String("from"), QLatin1String("to"), QLatin1String("mode")},
                           m_errors);
        const QString from = readReference(fields, QLatin1String("from"), EntityKind::Team, true);
        const QString to = readReference(fields, QLatin1String("to"), EntityKind::Team, true);
        const auto mode = readEnum(fields, QLatin1String("mode"), true, &interactionModeFromString,
                                   QT_TR_NOOP("interaction mode"), &allowedInteractionModes);
        const Extensions extensions = fields.finish();
        if (from.isEmpty() || to.isEmpty())
            continue;
        if (from == to) {
            m_errors.add(pointer, tr("a team cannot interact with itself (%1)").arg(from));
            continue;
        }
        if (!mode)
            continue;
        Interaction interaction{{TeamId(from), TeamId(to), *mode}, extensions};
        const auto [it, inserted] = m_interactionIndex.try_emplace(interaction.key, i);
        if (!inserted) {
            m_errors.add(pointer, tr("duplicate interaction %1 -> %2 (%3), first at %4")
                                      .arg(from, to, toString(*mode),
                                           sectionItem(QLatin1String("interactions"), it->second)));
            continue;
        }
        appendOrInsert(m_map.interactions, interaction.key, interaction);
    }
}

} // namespace OrgMap::JsonDetail
