#include "diff/diff.h"

#include <QSet>
#include <algorithm>
#include <future>
#include <iterator>

namespace OrgMap {

QString toString(DiffOp op)
{
    switch (op) {
    case DiffOp::Add:
        return QStringLiteral("add");
    case DiffOp::Remove:
        return QStringLiteral("remove");
    case DiffOp::Change:
        return QStringLiteral("change");
    }
    return {};
}

QString toString(DiffMetric metric)
{
    switch (metric) {
    case DiffMetric::Domains:
        return QStringLiteral("domains");
    case DiffMetric::Teams:
        return QStringLiteral("teams");
    case DiffMetric::Assets:
        return QStringLiteral("assets");
    case DiffMetric::Links:
        return QStringLiteral("links");
    case DiffMetric::Interactions:
        return QStringLiteral("interactions");
    case DiffMetric::CrossDomainLinks:
        return QStringLiteral("crossDomainLinks");
    case DiffMetric::CrossDomainWeight:
        return QStringLiteral("crossDomainWeight");
    case DiffMetric::OrphanedAssets:
        return QStringLiteral("orphanedAssets");
    case DiffMetric::UnownedAssets:
        return QStringLiteral("unownedAssets");
    case DiffMetric::Hotspots:
        return QStringLiteral("hotspots");
    case DiffMetric::DomainCycles:
        return QStringLiteral("domainCycles");
    case DiffMetric::DomainsOnCycles:
        return QStringLiteral("domainsOnCycles");
    case DiffMetric::ScatteredTeams:
        return QStringLiteral("scatteredTeams");
    case DiffMetric::Errors:
        return QStringLiteral("errors");
    case DiffMetric::Warnings:
        return QStringLiteral("warnings");
    case DiffMetric::Infos:
        return QStringLiteral("infos");
    }
    return {};
}

bool isDecimal(DiffMetric metric)
{
    return metric == DiffMetric::CrossDomainWeight;
}

int MapDiff::count(DiffOp op, DiffEntity entity) const
{
    if (entity == DiffEntity::Map)
        return 0;
    return summary[size_t(op)][size_t(int(entity) - int(DiffEntity::Domain))];
}

std::array<double, kDiffMetricCount> diffMetricValues(const MapData &map,
                                                      const AnalysisResult &result)
{
    std::array<double, kDiffMetricCount> v{};
    auto at = [&v](DiffMetric m) -> double & { return v[size_t(m)]; };
    at(DiffMetric::Domains) = double(map.domains.size());
    at(DiffMetric::Teams) = double(map.teams.size());
    at(DiffMetric::Assets) = double(map.assets.size());
    at(DiffMetric::Links) = double(map.links.size());
    at(DiffMetric::Interactions) = double(map.interactions.size());
    // Every cross-domain link lies in exactly one cell of the coupling matrix.
    for (const CouplingCell &cell : result.coupling) {
        at(DiffMetric::CrossDomainLinks) += cell.links;
        at(DiffMetric::CrossDomainWeight) += cell.weight;
    }
    QSet<QString> orphaned;
    QSet<QString> onCycles;
    for (const Finding &f : result.findings) {
        switch (f.rule) {
        case Rule::Unowned:
            at(DiffMetric::UnownedAssets) += 1;
            orphaned.insert(f.subject);
            break;
        case Rule::NoDomain:
            orphaned.insert(f.subject);
            break;
        case Rule::Hotspot:
            at(DiffMetric::Hotspots) += 1;
            break;
        case Rule::DomainCycle:
            // One finding per component, on its smallest domain. Whether
            // `related` repeats the subject (docs/analysis.md) does not
            // change the count of distinct domains.
            at(DiffMetric::DomainCycles) += 1;
            onCycles.insert(f.subject);
            for (const QString &id : f.related)
                onCycles.insert(id);
            break;
        case Rule::ScatteredTeam:
            at(DiffMetric::ScatteredTeams) += 1;
            break;
        case Rule::Unconsumed:
        case Rule::IdleTeam:
        case Rule::EmptyDomain:
            break;
        }
        switch (f.severity) {
        case Severity::Error:
            at(DiffMetric::Errors) += 1;
            break;
        case Severity::Warning:
            at(DiffMetric::Warnings) += 1;
            break;
        case Severity::Info:
            at(DiffMetric::Infos) += 1;
            break;
        }
    }
    at(DiffMetric::OrphanedAssets) = double(orphaned.size());
    at(DiffMetric::DomainsOnCycles) = double(onCycles.size());
    return v;
}

namespace {

const QLatin1String kGeometry("geometry");

QList<FieldChange> fieldChanges(const EntryFields &a, const EntryFields &b, bool geometry)
{
    QList<FieldChange> changes;
    for (const QString &field : unionOfFieldNames(a, b)) {
        if (!geometry && field == kGeometry)
            continue;
        // The fields are normalised: a missing member is an absent or empty value.
        const QJsonValue oldValue = a.value(field);
        const QJsonValue newValue = b.value(field);
        if (oldValue == newValue)
            continue;
        changes.append({field, oldValue.isUndefined() ? QJsonValue() : oldValue,
                        newValue.isUndefined() ? QJsonValue() : newValue});
    }
    return changes;
}

QList<EntryChange> entryChanges(const MapData &oldMap, const MapData &newMap, bool geometry)
{
    const KeyedDifference keyed = keyedDifference(oldMap, newMap);
    QList<EntryChange> changed;
    // keyed.a and keyed.b hold the same keys, in order.
    for (auto ia = keyed.a.cbegin(), ib = keyed.b.cbegin(); ia != keyed.a.cend(); ++ia, ++ib) {
        QList<FieldChange> fields = fieldChanges(ia->second, ib->second, geometry);
        if (!fields.isEmpty())
            changed.append({DiffOp::Change, ia->first, std::move(fields)});
    }
    QList<EntryChange> oneSided;
    oneSided.reserve(keyed.onlyInA.size() + keyed.onlyInB.size());
    const auto byKey = [](const EntryChange &x, const EntryChange &y) { return x.key < y.key; };
    {
        QList<EntryChange> removed;
        QList<EntryChange> added;
        removed.reserve(keyed.onlyInA.size());
        added.reserve(keyed.onlyInB.size());
        for (const EntryKey &key : keyed.onlyInA)
            removed.append({DiffOp::Remove, key, {}});
        for (const EntryKey &key : keyed.onlyInB)
            added.append({DiffOp::Add, key, {}});
        std::merge(std::make_move_iterator(removed.begin()), std::make_move_iterator(removed.end()),
                   std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()),
                   std::back_inserter(oneSided), byKey);
    }
    // Every list is sorted by key, which is the order of the spec's `changes`.
    QList<EntryChange> changes;
    changes.reserve(changed.size() + oneSided.size());
    std::merge(std::make_move_iterator(changed.begin()), std::make_move_iterator(changed.end()),
               std::make_move_iterator(oneSided.begin()), std::make_move_iterator(oneSided.end()),
               std::back_inserter(changes), byKey);
    return changes;
}

QList<DomainChange> domainChanges(const AnalysisResult &a, const AnalysisResult &b)
{
    QList<DomainChange> out;
    out.reserve(std::max(a.domains.size(), b.domains.size()));
    auto ia = a.domains.cbegin();
    auto ib = b.domains.cbegin();
    while (ia != a.domains.cend() || ib != b.domains.cend()) {
        if (ib == b.domains.cend() || (ia != a.domains.cend() && ia->domain < ib->domain)) {
            out.append({ia->domain, *ia, std::nullopt});
            ++ia;
        } else if (ia == a.domains.cend() || ib->domain < ia->domain) {
            out.append({ib->domain, std::nullopt, *ib});
            ++ib;
        } else {
            out.append({ia->domain, *ia, *ib});
            ++ia;
            ++ib;
        }
    }
    return out;
}

} // namespace

MapDiff diffMaps(const MapData &oldMap, const MapData &newMap, const DiffOptions &options)
{
    // Hotspots are a cross-domain link count; no metric of the diff reads the
    // betweenness, by far the most expensive part of the analysis.
    AnalysisOptions analysisOptions = options.analysis;
    analysisOptions.betweenness = AnalysisOptions::Betweenness::Skip;
    // The two analyses and the comparison are independent: run the analyses
    // beside it (~50 ms each on a 10,000-asset map).
    auto oldAnalysis =
        std::async(std::launch::async, [&] { return analyze(oldMap, analysisOptions); });
    auto newAnalysis =
        std::async(std::launch::async, [&] { return analyze(newMap, analysisOptions); });

    MapDiff diff;
    diff.oldName = oldMap.info.name;
    diff.newName = newMap.info.name;
    diff.changes = entryChanges(oldMap, newMap, options.geometry);
    for (const EntryChange &c : std::as_const(diff.changes))
        if (c.key.entity != DiffEntity::Map)
            ++diff.summary[size_t(c.op)][size_t(int(c.key.entity) - int(DiffEntity::Domain))];

    const AnalysisResult oldResult = oldAnalysis.get();
    const AnalysisResult newResult = newAnalysis.get();
    const auto oldValues = diffMetricValues(oldMap, oldResult);
    const auto newValues = diffMetricValues(newMap, newResult);
    for (int m = 0; m < kDiffMetricCount; ++m)
        diff.metrics.append({DiffMetric(m), oldValues[size_t(m)], newValues[size_t(m)]});
    diff.domains = domainChanges(oldResult, newResult);
    return diff;
}

} // namespace OrgMap
