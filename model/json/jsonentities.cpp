// The JsonReader members for teams, assets, links and interactions (domains
// and the document itself are in jsonreader.cpp).

#include "jsonreader.h"

#include "core/displaytext.h"

namespace OrgMap::JsonDetail {

template <typename E>
std::optional<E> JsonReader::readEnum(TapeFieldReader &fields, QLatin1String key, bool required,
                                      std::optional<E> (*parse)(const QString &), const char *what,
                                      QString (*allowed)(), const Where &where, Field field)
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
    return m_rules.checkSpelling(text, parse, allowed, what, where, field);
}

void JsonReader::readTeams(const TapeArray &items)
{
    const JsonPath section = JsonPath(QLatin1String("teams"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JsonPath pointer(section, i);
        const TapeValue item = items.at(i);
        if (!item.isObject()) {
            m_errors.add(pointer, tr("must be an object, not %1").arg(describeType(item)));
            continue;
        }
        TapeFieldReader fields(item.toObject(), pointer,
                               {QLatin1String("id"), QLatin1String("name"), QLatin1String("type"),
                                QLatin1String("description"), QLatin1String("geometry")},
                               m_errors);
        const Where where{Where::Section::Teams, i, {}, {}, {}, -1};
        Team team;
        const auto id = readId(fields, EntityKind::Team, where);
        team.name = readName(fields, where);
        team.type = readEnum(fields, QLatin1String("type"), false, &teamTypeFromString,
                             QT_TRANSLATE_NOOP("OrgMap::MapValidator", "team type"),
                             &allowedTeamTypes, where, Field::Type)
                        .value_or(TeamType::None);
        team.description = fields.optionalString(QLatin1String("description"));
        team.geometry = readGeometry(fields, false, where);
        team.extensions = fields.finish();
        if (id) {
            team.id = TeamId(*id);
            appendOrInsert(m_map.teams, team.id, team);
        }
    }
}

QStringList JsonReader::readTags(TapeFieldReader &asset)
{
    const QLatin1String key("tags");
    const TapeValue value = asset.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        asset.reportType(key, value, tr("an array of strings"));
        return {};
    }
    const TapeArray array = value.toArray();
    QStringList tags;
    tags.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const TapeValue tag = array.at(i);
        if (tag.isString())
            tags.append(tag.toString());
        else
            m_errors.add(pointerChild(asset.pointerTo(key), i),
                         tr("must be a string, not %1").arg(describeType(tag)));
    }
    return tags;
}

QList<Port> JsonReader::readPorts(TapeFieldReader &asset, const Where &where)
{
    const QLatin1String key("ports");
    const TapeValue value = asset.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        asset.reportType(key, value, tr("an array of ports"));
        return {};
    }
    const TapeArray array = value.toArray();
    QList<Port> ports;
    ports.reserve(array.size());
    const JsonPath portsPath(asset.path(), key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const JsonPath pointer(portsPath, i);
        const TapeValue item = array.at(i);
        if (!item.isObject()) {
            m_errors.add(pointer, tr("must be an object, not %1").arg(describeType(item)));
            continue;
        }
        TapeFieldReader fields(
            item.toObject(), pointer,
            {QLatin1String("name"), QLatin1String("type"), QLatin1String("location")}, m_errors);
        const Where portWhere{Where::Section::Ports, where.index, {}, {}, {}, i};
        Port port;
        if (const auto name = fields.requiredString(QLatin1String("name"))) {
            m_rules.checkPortName(*name, portWhere);
            port.name = *name;
        }
        port.type = readEnum(fields, QLatin1String("type"), true, &portTypeFromString,
                             QT_TRANSLATE_NOOP("OrgMap::MapValidator", "port type"),
                             &allowedPortTypes, portWhere, Field::Type)
                        .value_or(PortType::Table);
        port.location = fields.optionalString(QLatin1String("location"));
        port.extensions = fields.finish();
        ports.append(port);
    }
    return ports;
}

void JsonReader::readAssets(const TapeArray &items)
{
    const QLatin1String portsKey("ports"), contractKey("contract"),
        classificationKey("classification");
    const JsonPath section = JsonPath(QLatin1String("assets"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JsonPath pointer(section, i);
        const TapeValue item = items.at(i);
        if (!item.isObject()) {
            m_errors.add(pointer, tr("must be an object, not %1").arg(describeType(item)));
            continue;
        }
        TapeFieldReader fields(item.toObject(), pointer,
                               {QLatin1String("id"), QLatin1String("kind"), QLatin1String("name"),
                                QLatin1String("domain"), QLatin1String("owner"),
                                QLatin1String("description"), QLatin1String("tags"),
                                QLatin1String("geometry"), portsKey, contractKey,
                                QLatin1String("documentation"), classificationKey},
                               m_errors);
        const Where where{Where::Section::Assets, i, {}, {}, {}, -1};
        Asset asset;
        const auto id = readId(fields, EntityKind::Asset, where);
        const auto kind = readEnum(fields, QLatin1String("kind"), true, &assetKindFromString,
                                   QT_TRANSLATE_NOOP("OrgMap::MapValidator", "asset kind"),
                                   &allowedAssetKinds, where, Field::Kind);
        asset.kind = kind.value_or(AssetKind::Service);
        asset.name = readName(fields, where);
        asset.domain = DomainId(readReference(fields, QLatin1String("domain"), EntityKind::Domain,
                                              false, where, Field::Domain));
        asset.owner = TeamId(readReference(fields, QLatin1String("owner"), EntityKind::Team, false,
                                           where, Field::Owner));
        asset.description = fields.optionalString(QLatin1String("description"));
        asset.tags = readTags(fields);
        asset.geometry = readGeometry(fields, false, where);
        asset.ports = readPorts(fields, where);
        asset.contract = fields.optionalString(contractKey);
        asset.documentation = fields.optionalString(QLatin1String("documentation"));
        asset.classification = readEnum(fields, classificationKey, false, &classificationFromString,
                                        QT_TRANSLATE_NOOP("OrgMap::MapValidator", "classification"),
                                        &allowedClassifications, where, Field::Classification)
                                   .value_or(Classification::None);
        asset.extensions = fields.finish();
        // An unknown kind says nothing either way.
        if (kind)
            m_rules.checkDataProductOnly(asset, where);
        if (id) {
            asset.id = AssetId(*id);
            appendOrInsert(m_map.assets, asset.id, asset);
        }
    }
}

void JsonReader::readLinks(const TapeArray &items)
{
    const JsonPath section = JsonPath(QLatin1String("links"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JsonPath pointer(section, i);
        const TapeValue item = items.at(i);
        if (!item.isObject()) {
            m_errors.add(pointer, tr("must be an object, not %1").arg(describeType(item)));
            continue;
        }
        TapeFieldReader fields(item.toObject(), pointer,
                               {QLatin1String("from"), QLatin1String("to"), QLatin1String("kind"),
                                QLatin1String("label")},
                               m_errors);
        const Where where{Where::Section::Links, i, {}, {}, {}, -1};
        const QString from = readReference(fields, QLatin1String("from"), EntityKind::Asset, true,
                                           where, Field::From);
        const QString to =
            readReference(fields, QLatin1String("to"), EntityKind::Asset, true, where, Field::To);
        const auto kind = readEnum(fields, QLatin1String("kind"), true, &linkKindFromString,
                                   QT_TRANSLATE_NOOP("OrgMap::MapValidator", "link kind"),
                                   &allowedLinkKinds, where, Field::Kind);
        Link link;
        link.label = fields.optionalString(QLatin1String("label"));
        link.extensions = fields.finish();
        if (from.isEmpty() || to.isEmpty())
            continue;
        // Self-reference is checked before the kind, so that both errors show.
        link.key = {AssetId(from), AssetId(to), kind.value_or(LinkKind::Api)};
        if (!m_rules.checkLink(link.key, where) || !kind || !m_rules.claimLink(link.key, where))
            continue;
        appendOrInsert(m_map.links, link.key, link);
    }
}

void JsonReader::readInteractions(const TapeArray &items)
{
    const JsonPath section = JsonPath(QLatin1String("interactions"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JsonPath pointer(section, i);
        const TapeValue item = items.at(i);
        if (!item.isObject()) {
            m_errors.add(pointer, tr("must be an object, not %1").arg(describeType(item)));
            continue;
        }
        TapeFieldReader fields(item.toObject(), pointer,
                               {QLatin1String("from"), QLatin1String("to"), QLatin1String("mode")},
                               m_errors);
        const Where where{Where::Section::Interactions, i, {}, {}, {}, -1};
        const QString from = readReference(fields, QLatin1String("from"), EntityKind::Team, true,
                                           where, Field::From);
        const QString to =
            readReference(fields, QLatin1String("to"), EntityKind::Team, true, where, Field::To);
        const auto mode = readEnum(fields, QLatin1String("mode"), true, &interactionModeFromString,
                                   QT_TRANSLATE_NOOP("OrgMap::MapValidator", "interaction mode"),
                                   &allowedInteractionModes, where, Field::Mode);
        const Extensions extensions = fields.finish();
        if (from.isEmpty() || to.isEmpty())
            continue;
        Interaction interaction{{TeamId(from), TeamId(to), mode.value_or(InteractionMode{})},
                                extensions};
        if (!m_rules.checkInteraction(interaction.key, where) || !mode ||
            !m_rules.claimInteraction(interaction.key, where))
            continue;
        appendOrInsert(m_map.interactions, interaction.key, interaction);
    }
}

} // namespace OrgMap::JsonDetail
