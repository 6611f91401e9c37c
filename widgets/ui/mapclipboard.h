#pragma once

#include "core/mapdata.h"

#include <QPointF>
#include <QString>

class QMimeData;

namespace OrgMap {

class Document;

// Copy and paste of map fragments, between windows and processes: the
// fragment travels as an interchange-format document (orgmap-json-v1) under
// our own mime type, plus text/plain for text editors.
namespace MapClipboard {

inline constexpr char kMimeType[] = "application/x-orgmap-fragment+json";
// How far a pasted or duplicated fragment lands from its original.
inline constexpr QPointF kPasteOffset{30, 30};

// The selected entities plus the links and interactions among them. References
// to entities outside the fragment (domain, parent, owner) are kept in x-
// extension keys so that a paste into a map that has them restores them,
// while the fragment itself stays a valid document.
MapData fragmentOf(const MapData &map, const QStringList &ids);

QMimeData *createMimeData(const MapData &fragment);
// Our mime type, else text/plain holding an orgmap document. Null with
// `error` set when there is nothing to paste or it does not parse.
std::optional<MapData> fragmentFromMime(const QMimeData *mime, QString *error = nullptr);
bool canPaste(const QMimeData *mime);

// Makes a fragment fit to add into `target`: fresh ids for every entity
// (references inside the fragment rewritten), references restored from the
// x- keys when `target` has them, references to anything else dropped, and
// geometry moved by `offset`.
MapData prepareForPaste(const MapData &fragment, const Document &target, QPointF offset);

// Every domain, team and asset id in a fragment (the selection after a paste).
QStringList entityIds(const MapData &fragment);

} // namespace MapClipboard

} // namespace OrgMap
