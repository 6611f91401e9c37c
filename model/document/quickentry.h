#pragma once

#include "core/mapdata.h"

#include <QStringList>
#include <functional>
#include <optional>
#include <variant>

namespace OrgMap {

class Document;

// The quick-entry line: one short command typed in the editor or while
// presenting, for example
//   service Payments in Billing owned by Core Platform
//   data product Ledger in Finance
//   domain Risk in Finance
//   Checkout API -> Payments api
//   team Core Platform platform
//   move Payments to Finance
//   owner Ledger Core Platform
//   rename Ledger to General Ledger
//   delete Ledger
// Names on the map are matched case-insensitively, the longest name first,
// so they may hold spaces; "double quotes" hold a name that would otherwise
// read as a keyword. Keywords are translatable; the English form always works.
// The grammar is in docs/gui.md.

// Where and what went wrong; column and length count characters of the line
// from 0, for highlighting.
struct QuickEntryError
{
    QString message;
    int column = 0;
    int length = 0;
    // "Column 12: No domain named “Biling”." (columns counted from 1 for people)
    QString text() const;
};

// A parsed command with every name resolved to an id.
struct QuickEntryCommand
{
    enum class Verb
    {
        AddAsset,
        AddDomain,
        AddTeam,
        SetTeamType,
        Link,
        Move,
        Owner,
        Rename,
        Delete
    };
    Verb verb = Verb::AddAsset;
    QString name; // the new entity's name, or the new name of Rename
    AssetKind assetKind = AssetKind::Service;
    TeamType teamType = TeamType::None;
    LinkKind linkKind = LinkKind::Api;
    QString subject; // id the command acts on (Link: the from asset)
    QString target;  // id: Link's to asset, Move's domain, Owner's team
    DomainId domain; // AddAsset, AddDomain: where
    TeamId owner;    // AddAsset, AddDomain: owned by
};

using QuickEntryParse = std::variant<QuickEntryCommand, QuickEntryError>;

// Parses `line` against `map`. Never changes anything.
QuickEntryParse parseQuickEntry(const QString &line, const MapData &map);

// Where a new or moved asset or domain goes: its geometry inside `domain`
// (null: top level), or nullopt to leave it to the automatic layout.
using QuickEntryPlacement = std::function<std::optional<Geometry>(
    const MapData &map, EntityKind kind, const DomainId &domain)>;

// Runs `command` as ONE undoable step. On success returns the id of the
// entity created or acted on; on refusal (the document's rules) sets *error
// and changes nothing.
QString applyQuickEntry(Document *document, const QuickEntryCommand &command,
                        const QuickEntryPlacement &placement, QString *error);

// Completion for the line typed so far (the cursor at its end): whole lines,
// each the text before the word being typed followed by a name or keyword that
// fits there (domains after "in", teams after "owned by", assets after "->",
// ...), sorted, without duplicates.
QStringList quickEntryCompletions(const QString &line, const MapData &map);

} // namespace OrgMap
