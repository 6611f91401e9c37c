#pragma once

#include "analysis.h"

#include <QByteArray>

namespace OrgMap {

// The two outputs of `orgmap-cli check` (shared/spec/analysis-v1.md).

struct TeamCoupling;

// The `--format json` object, 2-space indented, one array element per line,
// followed by a newline. Numbers carry at most 4 decimals. With a team
// coupling, the analysis 1.1 key `teamCoupling` follows the v1 keys.
QByteArray checkReportJson(const MapData &map, const AnalysisResult &result,
                           const TeamCoupling *teamCoupling = nullptr);

// The terminal report: header, findings grouped by severity, the top hotspots
// and a summary line. ANSI colours only when `colour` is true.
QString checkReportText(const MapData &map, const AnalysisResult &result, bool colour);

// The metrics of the assets that have a `hotspot` finding, by coupling score
// descending, then id.
QList<AssetMetrics> hotspotMetrics(const AnalysisResult &result);

} // namespace OrgMap
