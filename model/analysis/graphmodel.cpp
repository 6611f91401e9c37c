#include "graphmodel.h"

#include <QHash>
#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>
#include <utility>

namespace OrgMap {
namespace {

// Index of every id of a canonically ordered key list.
template <typename IdT> QHash<QString, int> indexOf(const QList<IdT> &ids)
{
    QHash<QString, int> index;
    index.reserve(ids.size());
    for (int i = 0; i < ids.size(); ++i)
        index.insert(ids[i].str(), i);
    return index;
}

int lookup(const QHash<QString, int> &index, const QString &id)
{
    if (id.isEmpty())
        return -1;
    return index.value(id, -1);
}

std::vector<std::vector<int>> findDomainCycles(int domainCount,
                                               const std::vector<std::pair<int, int>> &edges)
{
    using DomainGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    const DomainGraph graph(edges.begin(), edges.end(), size_t(domainCount));
    std::vector<int> component(size_t(domainCount), -1);
    const auto componentCount =
        domainCount == 0 ? size_t(0)
                         : size_t(boost::strong_components(
                               graph, boost::make_iterator_property_map(
                                          component.begin(), get(boost::vertex_index, graph))));

    std::vector<std::vector<int>> members(componentCount);
    for (int d = 0; d < domainCount; ++d) // ascending: members come out sorted
        members[size_t(component[size_t(d)])].push_back(d);
    std::vector<std::vector<int>> cycles;
    for (auto &m : members)
        if (m.size() >= 2)
            cycles.push_back(std::move(m));
    std::sort(cycles.begin(), cycles.end(),
              [](const auto &a, const auto &b) { return a.front() < b.front(); });
    return cycles;
}

} // namespace

GraphModel::GraphModel(const MapData &map)
    : m_assetIds(map.assets.keys()), m_domainIds(map.domains.keys()), m_teamIds(map.teams.keys())
{
    const QHash<QString, int> assetIndex = indexOf(m_assetIds);
    const QHash<QString, int> domainIndex = indexOf(m_domainIds);
    const QHash<QString, int> teamIndex = indexOf(m_teamIds);

    m_assetDomain.reserve(size_t(m_assetIds.size()));
    m_assetOwner.reserve(size_t(m_assetIds.size()));
    for (const Asset &asset : map.assets) {
        m_assetDomain.push_back(lookup(domainIndex, asset.domain.str()));
        m_assetOwner.push_back(lookup(teamIndex, asset.owner.str()));
    }
    m_domainParent.reserve(size_t(m_domainIds.size()));
    m_domainOwner.reserve(size_t(m_domainIds.size()));
    for (const Domain &domain : map.domains) {
        m_domainParent.push_back(lookup(domainIndex, domain.parent.str()));
        m_domainOwner.push_back(lookup(teamIndex, domain.owner.str()));
    }

    m_links.reserve(size_t(map.links.size()));
    std::vector<std::pair<int, int>> assetEdges;
    std::vector<std::pair<int, int>> domainEdges;
    assetEdges.reserve(size_t(map.links.size()));
    for (const Link &link : map.links) {
        const IndexedLink l{lookup(assetIndex, link.key.from.str()),
                            lookup(assetIndex, link.key.to.str()), link.key.kind};
        if (l.from < 0 || l.to < 0)
            continue;
        m_links.push_back(l);
        if (l.from != l.to) // a self-link lies on no shortest path
            assetEdges.emplace_back(l.from, l.to);
        const int a = assetDomain(l.from);
        const int b = assetDomain(l.to);
        if (a >= 0 && b >= 0 && a != b)
            domainEdges.emplace_back(a, b);
    }

    // Links come in (from, to, kind) id order, which is index order, but sort
    // anyway: the CSR constructor below relies on it.
    std::sort(assetEdges.begin(), assetEdges.end());
    assetEdges.erase(std::unique(assetEdges.begin(), assetEdges.end()), assetEdges.end());
    m_assetGraph = AssetGraph(boost::edges_are_sorted, assetEdges.begin(), assetEdges.end(),
                              size_t(m_assetIds.size()));

    std::sort(domainEdges.begin(), domainEdges.end());
    domainEdges.erase(std::unique(domainEdges.begin(), domainEdges.end()), domainEdges.end());
    m_domainCycles = findDomainCycles(int(m_domainIds.size()), domainEdges);
}

} // namespace OrgMap
