#include "enums.h"

#include <QStringList>
#include <array>
#include <utility>

namespace OrgMap {
namespace {

template <typename E, size_t N>
using Table = std::array<std::pair<E, const char *>, N>;

constexpr Table<TeamType, 4> kTeamTypes{{{TeamType::StreamAligned, "stream-aligned"},
                                         {TeamType::Platform, "platform"},
                                         {TeamType::Enabling, "enabling"},
                                         {TeamType::ComplicatedSubsystem,
                                          "complicated-subsystem"}}};
constexpr Table<AssetKind, 2> kAssetKinds{
    {{AssetKind::Service, "service"}, {AssetKind::DataProduct, "data-product"}}};
constexpr Table<Classification, 4> kClassifications{{{Classification::Public, "public"},
                                                     {Classification::Internal, "internal"},
                                                     {Classification::Confidential,
                                                      "confidential"},
                                                     {Classification::Restricted, "restricted"}}};
constexpr Table<PortType, 4> kPortTypes{{{PortType::Table, "table"},
                                         {PortType::Topic, "topic"},
                                         {PortType::Api, "api"},
                                         {PortType::File, "file"}}};
constexpr Table<LinkKind, 3> kLinkKinds{
    {{LinkKind::Api, "api"}, {LinkKind::Event, "event"}, {LinkKind::Data, "data"}}};
constexpr Table<InteractionMode, 3> kInteractionModes{
    {{InteractionMode::Collaboration, "collaboration"},
     {InteractionMode::XAsAService, "x-as-a-service"},
     {InteractionMode::Facilitating, "facilitating"}}};

template <typename E, size_t N>
QString spell(const Table<E, N> &table, E value)
{
    for (const auto &[e, s] : table)
        if (e == value)
            return QString::fromLatin1(s);
    return {};
}

template <typename E, size_t N>
std::optional<E> parse(const Table<E, N> &table, const QString &text)
{
    for (const auto &[e, s] : table)
        if (text == QLatin1String(s))
            return e;
    return std::nullopt;
}

template <typename E, size_t N>
QString allowed(const Table<E, N> &table)
{
    QStringList names;
    for (const auto &entry : table)
        names << QString::fromLatin1(entry.second);
    return names.join(QLatin1String(", "));
}

} // namespace

QString toString(TeamType v) { return spell(kTeamTypes, v); }
QString toString(AssetKind v) { return spell(kAssetKinds, v); }
QString toString(Classification v) { return spell(kClassifications, v); }
QString toString(PortType v) { return spell(kPortTypes, v); }
QString toString(LinkKind v) { return spell(kLinkKinds, v); }
QString toString(InteractionMode v) { return spell(kInteractionModes, v); }

std::optional<TeamType> teamTypeFromString(const QString &s) { return parse(kTeamTypes, s); }
std::optional<AssetKind> assetKindFromString(const QString &s) { return parse(kAssetKinds, s); }
std::optional<Classification> classificationFromString(const QString &s)
{
    return parse(kClassifications, s);
}
std::optional<PortType> portTypeFromString(const QString &s) { return parse(kPortTypes, s); }
std::optional<LinkKind> linkKindFromString(const QString &s) { return parse(kLinkKinds, s); }
std::optional<InteractionMode> interactionModeFromString(const QString &s)
{
    return parse(kInteractionModes, s);
}

QString allowedTeamTypes() { return allowed(kTeamTypes); }
QString allowedAssetKinds() { return allowed(kAssetKinds); }
QString allowedClassifications() { return allowed(kClassifications); }
QString allowedPortTypes() { return allowed(kPortTypes); }
QString allowedLinkKinds() { return allowed(kLinkKinds); }
QString allowedInteractionModes() { return allowed(kInteractionModes); }

double linkWeight(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Api:
        return 1.0;
    case LinkKind::Data:
        return 0.75;
    case LinkKind::Event:
        return 0.5;
    }
    return 0.0;
}

} // namespace OrgMap
