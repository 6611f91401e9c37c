#pragma once

#include "core/mapdata.h"

#include <QHash>

namespace OrgMap::Layout {

// Teams in rows no wider than `width`, top-left at `origin` (stream-aligned
// first, then by name). Writes their centres to `out`; returns the height used.
double placeTeamRows(const QList<const Team *> &teams, QPointF origin, double width,
                     QHash<QString, Geometry> &out);

// Stream-aligned, platform, enabling, complicated-subsystem, none; then name, id.
void sortTeams(QList<const Team *> &teams);

// The size placeTeamRows() would use, without placing.
QSizeF teamRowsSize(const QList<const Team *> &teams, double width);

} // namespace OrgMap::Layout
