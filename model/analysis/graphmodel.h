#pragma once

#include "core/mapdata.h"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <vector>

namespace OrgMap {

// The directed asset dependency graph: one edge per ordered pair of assets,
// however many links of different kinds join them. Vertices are asset indices.
using AssetGraph = boost::compressed_sparse_row_graph<boost::directedS>;

// An immutable, index-based view of a MapData snapshot that the analysis
// works on. Assets, domains and teams are numbered 0..n-1 in id order, so
// sorting by index is sorting by id. References to entities that do not exist
// (which a validated map never has) are treated as absent (index -1).
class GraphModel
{
public:
    struct IndexedLink
    {
        int from = -1;
        int to = -1;
        LinkKind kind = LinkKind::Api;
    };

    explicit GraphModel(const MapData &map);

    int assetCount() const { return int(m_assetIds.size()); }
    int domainCount() const { return int(m_domainIds.size()); }
    int teamCount() const { return int(m_teamIds.size()); }

    const QList<AssetId> &assetIds() const { return m_assetIds; }
    const QList<DomainId> &domainIds() const { return m_domainIds; }
    const QList<TeamId> &teamIds() const { return m_teamIds; }

    // Per asset: index of its domain / owner, or -1.
    int assetDomain(int asset) const { return m_assetDomain[size_t(asset)]; }
    int assetOwner(int asset) const { return m_assetOwner[size_t(asset)]; }
    // Per domain: index of its parent domain / owner, or -1.
    int domainParent(int domain) const { return m_domainParent[size_t(domain)]; }
    int domainOwner(int domain) const { return m_domainOwner[size_t(domain)]; }

    // Every link whose two assets exist, in canonical (from, to, kind) order.
    const std::vector<IndexedLink> &links() const { return m_links; }
    // True when both assets have a domain and the domains differ.
    bool isCrossDomain(const IndexedLink &link) const
    {
        const int a = assetDomain(link.from);
        const int b = assetDomain(link.to);
        return a >= 0 && b >= 0 && a != b;
    }

    const AssetGraph &assetGraph() const { return m_assetGraph; }

    // The strongly connected components of 2 or more domains of the domain
    // dependency graph (A -> B when an asset in A links to an asset in B,
    // A != B), each sorted, ordered by their smallest domain.
    const std::vector<std::vector<int>> &domainCycles() const { return m_domainCycles; }

private:
    QList<AssetId> m_assetIds;
    QList<DomainId> m_domainIds;
    QList<TeamId> m_teamIds;
    std::vector<int> m_assetDomain;
    std::vector<int> m_assetOwner;
    std::vector<int> m_domainParent;
    std::vector<int> m_domainOwner;
    std::vector<IndexedLink> m_links;
    AssetGraph m_assetGraph;
    std::vector<std::vector<int>> m_domainCycles;
};

} // namespace OrgMap
