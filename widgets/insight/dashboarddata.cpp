#include "dashboarddata.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace OrgMap {

namespace {

QString nameOf(const MapData &map, const QString &id)
{
    const QString name = map.nameOf(id);
    return name.isEmpty() ? id : name;
}

void sortAndCut(DashboardData::BarList &list)
{
    std::sort(list.bars.begin(), list.bars.end(), [](const auto &a, const auto &b) {
        return a.value != b.value ? a.value > b.value : a.id < b.id;
    });
    list.total = int(list.bars.size());
    if (list.bars.size() > DashboardData::kMaxBars)
        list.bars.resize(DashboardData::kMaxBars);
}

} // namespace

DashboardData DashboardData::fromInsight(const Insight &insight)
{
    const MapData &map = insight.snapshot;
    const AnalysisResult &analysis = insight.analysis;
    DashboardData data;

    QSet<QString> hot;
    for (const Finding &finding : analysis.findings)
        if (finding.rule == Rule::Hotspot)
            hot.insert(finding.subject);
    for (const AssetMetrics &metrics : analysis.assets)
        if (hot.contains(metrics.asset.str()))
            data.hotspots.bars.append(
                {metrics.asset.str(), nameOf(map, metrics.asset.str()), metrics.couplingScore});
    sortAndCut(data.hotspots);

    for (const DomainMetrics &metrics : analysis.domains)
        if (metrics.ca + metrics.ce > 0)
            data.domains.append({metrics.domain.str(), nameOf(map, metrics.domain.str()),
                                 metrics.ca, metrics.ce, metrics.assets, metrics.instability});
    std::sort(data.domains.begin(), data.domains.end(), [](const auto &a, const auto &b) {
        const int ta = a.ca + a.ce, tb = b.ca + b.ce;
        return ta != tb ? ta > tb : a.id < b.id;
    });
    data.totalDomains = int(data.domains.size());
    if (data.domains.size() > kMaxDomainBars)
        data.domains.resize(kMaxDomainBars);

    // The matrix keeps the domains with the most coupling weight (in + out).
    QHash<QString, double> involvement;
    for (const CouplingCell &cell : analysis.coupling) {
        involvement[cell.from.str()] += cell.weight;
        involvement[cell.to.str()] += cell.weight;
    }
    QStringList ids = involvement.keys();
    std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
        const double wa = involvement.value(a), wb = involvement.value(b);
        return wa != wb ? wa > wb : a < b;
    });
    data.matrix.totalDomains = int(ids.size());
    if (ids.size() > kMaxMatrixDomains)
        ids.resize(kMaxMatrixDomains);
    std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
        const int c = QString::compare(nameOf(map, a), nameOf(map, b), Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    QHash<QString, int> position;
    for (const QString &id : ids) {
        position.insert(id, int(data.matrix.ids.size()));
        data.matrix.ids.append(id);
        data.matrix.labels.append(nameOf(map, id));
    }
    const int n = int(ids.size());
    data.matrix.weights = QList<QList<double>>(n, QList<double>(n, 0.0));
    data.matrix.links = QList<QList<int>>(n, QList<int>(n, 0));
    for (const CouplingCell &cell : analysis.coupling) {
        const auto from = position.constFind(cell.from.str());
        const auto to = position.constFind(cell.to.str());
        if (from == position.cend() || to == position.cend())
            continue;
        data.matrix.weights[*from][*to] = cell.weight;
        data.matrix.links[*from][*to] = cell.links;
        data.matrix.maxWeight = std::max(data.matrix.maxWeight, cell.weight);
    }

    for (const TeamMetrics &metrics : analysis.teams) {
        const QString id = metrics.team.str();
        if (metrics.assetsOwned > 0)
            data.assetsPerTeam.bars.append({id, nameOf(map, id), double(metrics.assetsOwned)});
        if (metrics.domainsSpanned > 0)
            data.domainsPerTeam.bars.append({id, nameOf(map, id), double(metrics.domainsSpanned)});
    }
    sortAndCut(data.assetsPerTeam);
    sortAndCut(data.domainsPerTeam);

    data.teamCoupling = insight.teamCoupling;
    return data;
}

} // namespace OrgMap
