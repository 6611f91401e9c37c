#pragma once

#include "analysis.h"

namespace OrgMap {

class GraphModel;

// Every finding of the spec's table, with its message, sorted as the spec says
// (severity, then rule, then subject). `assets` are the asset metrics by id.
QList<Finding> collectFindings(const MapData &map, const GraphModel &model,
                               const QList<AssetMetrics> &assets, const AnalysisOptions &options);

// Severity, then rule in table order, then subject in code-point order.
void sortFindings(QList<Finding> &findings);

} // namespace OrgMap
