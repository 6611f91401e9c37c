#pragma once

#include <QString>
#include <optional>

namespace OrgMap {

// Enumerators are declared in the code-point order of their JSON spelling, so
// that sorting by enum value equals the canonical sort by string.

enum class EntityKind { None, Domain, Team, Asset };

enum class TeamType { None, ComplicatedSubsystem, Enabling, Platform, StreamAligned };
enum class AssetKind { DataProduct, Service };
enum class Classification { None, Confidential, Internal, Public, Restricted };
enum class PortType { Api, File, Table, Topic };
enum class LinkKind { Api, Data, Event };
enum class InteractionMode { Collaboration, Facilitating, XAsAService };

// JSON spellings. `None` values spell as the empty string.
QString toString(TeamType v);
QString toString(AssetKind v);
QString toString(Classification v);
QString toString(PortType v);
QString toString(LinkKind v);
QString toString(InteractionMode v);

// Parsing: std::nullopt when the spelling is not one of the allowed values.
std::optional<TeamType> teamTypeFromString(const QString &s);
std::optional<AssetKind> assetKindFromString(const QString &s);
std::optional<Classification> classificationFromString(const QString &s);
std::optional<PortType> portTypeFromString(const QString &s);
std::optional<LinkKind> linkKindFromString(const QString &s);
std::optional<InteractionMode> interactionModeFromString(const QString &s);

// The allowed spellings, for error messages ("one of api, event, data").
QString allowedTeamTypes();
QString allowedAssetKinds();
QString allowedClassifications();
QString allowedPortTypes();
QString allowedLinkKinds();
QString allowedInteractionModes();

// Coupling weight of a link kind (analysis spec): api 1.0, data 0.75, event 0.5.
double linkWeight(LinkKind kind);

} // namespace OrgMap
