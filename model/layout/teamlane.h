#pragma once

#include "core/mapdata.h"

#include <QHash>
#include <functional>

namespace OrgMap::Layout {

// Teams in rows no wider than `width`, top-left at `origin` (stream-aligned
// first, then by name). Writes their centres to `out`; returns the height used.
double placeTeamRows(const QList<const Team *> &teams, QPointF origin, double width,
                     QHash<QString, Geometry> &out);

// Stream-aligned, platform, enabling, complicated-subsystem, none; then name, id.
void sortTeams(QList<const Team *> &teams);

// The size placeTeamRows() would use, without placing.
QSizeF teamRowsSize(const QList<const Team *> &teams, double width);

// Which top-level domain each team sits beside: the one holding most of the
// assets (and domains) it owns, ties to the smaller id; `rootOf` names the
// top-level domain of a domain (empty for none). Teams owning nothing, and
// every team unless `besideOwned`, go to the strip named `lane`. Each strip
// sorted by sortTeams().
QHash<QString, QList<const Team *>>
teamStrips(const MapData &map, bool besideOwned,
           const std::function<QString(const QString &)> &rootOf, const QString &lane);

// A strip's teams left to right by the mean x of their asset centres in
// `inside` (any origin: only the order of the means counts).
void orderStrip(const MapData &map, QList<const Team *> &strip,
                const QHash<QString, QPointF> &inside);

} // namespace OrgMap::Layout
