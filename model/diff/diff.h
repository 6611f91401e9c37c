#pragma once

// What changed between two maps and what the change does to the analysis:
// ../shared/spec/diff-v1.md, GUI-free. `orgmap-cli diff` and the GUI's compare
// view both compute it here (docs/diff.md).

#include "analysis/analysis.h"
#include "diff/keyedmap.h"

#include <QJsonValue>
#include <QList>
#include <array>
#include <optional>

namespace OrgMap {

enum class DiffOp
{
    Add,
    Remove,
    Change
};
QString toString(DiffOp op); // "add", "remove", "change"

struct DiffOptions
{
    bool geometry = false;    // compare `geometry` too (--geometry)
    AnalysisOptions analysis; // the hotspot threshold of the metrics
};

// One differing field of a changed entry. A side where the field is absent
// (or empty, which is the same) holds QJsonValue::Null.
struct FieldChange
{
    QString field; // "name", "owner", "x-cost", "geometry", ...
    QJsonValue oldValue;
    QJsonValue newValue;
    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

struct EntryChange
{
    DiffOp op = DiffOp::Change;
    EntryKey key;
    QList<FieldChange> fields; // Change only; by field name in code-point order
    friend bool operator==(const EntryChange &, const EntryChange &) = default;
};

// The metrics of diff-v1, in its order.
enum class DiffMetric
{
    Domains,
    Teams,
    Assets,
    Links,
    Interactions,
    CrossDomainLinks,
    CrossDomainWeight,
    OrphanedAssets,
    UnownedAssets,
    Hotspots,
    DomainCycles,
    DomainsOnCycles,
    ScatteredTeams,
    Errors,
    Warnings,
    Infos
};
constexpr int kDiffMetricCount = int(DiffMetric::Infos) + 1;
QString toString(DiffMetric metric); // the spec's key: "crossDomainLinks", ...
// Weights are decimals (written as `check` writes them); the rest are counts.
bool isDecimal(DiffMetric metric);

struct MetricChange
{
    DiffMetric metric = DiffMetric::Domains;
    double oldValue = 0;
    double newValue = 0;
    double delta() const { return newValue - oldValue; }
    friend bool operator==(const MetricChange &, const MetricChange &) = default;
};

// One domain of either map; a side is empty where the domain does not exist.
struct DomainChange
{
    DomainId domain;
    std::optional<DomainMetrics> oldMetrics;
    std::optional<DomainMetrics> newMetrics;
    friend bool operator==(const DomainChange &, const DomainChange &) = default;
};

// The number of diff entries of one op by entity (DiffEntity::Domain ..
// Interaction; the map is not counted).
using EntityCounts = std::array<int, 5>;

struct MapDiff
{
    QString oldName;
    QString newName;
    QList<EntryChange> changes;            // map, domain, team, asset, link, interaction; then key
    std::array<EntityCounts, 3> summary{}; // by DiffOp, then entity
    QList<MetricChange> metrics;           // every DiffMetric, in order
    QList<DomainChange> domains;           // every domain id of either map, sorted

    bool hasChanges() const { return !changes.isEmpty(); }
    int count(DiffOp op, DiffEntity entity) const;
    friend bool operator==(const MapDiff &, const MapDiff &) = default;
};

// Pure function of two immutable snapshots: safe on a worker thread. The
// analysis runs without betweenness, which no metric of the diff uses.
MapDiff diffMaps(const MapData &oldMap, const MapData &newMap, const DiffOptions &options = {});

// The metric values of one analysed map, indexed by DiffMetric.
std::array<double, kDiffMetricCount> diffMetricValues(const MapData &map,
                                                      const AnalysisResult &result);

} // namespace OrgMap
