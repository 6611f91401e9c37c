#pragma once

#include "core/mapdata.h"

#include <QByteArray>
#include <QString>

namespace OrgMap {

// A Mermaid `flowchart` (docs/export.md) for Markdown that GitHub renders:
// one `subgraph` per domain (nested), node shapes by kind, link styles by
// kind, ownership as thin lines from the team. Deterministic.
QByteArray writeMermaid(const MapData &map);

// The Mermaid identifier of an OrgMap id: "n_" and the id with `_` doubled and
// `.`, `:`, `-` (which Mermaid reads as syntax) spelt `_d`, `_c`, `_h`; any
// other character `_uXXXX`. Injective and deterministic.
QString mermaidId(const QString &id);

} // namespace OrgMap
