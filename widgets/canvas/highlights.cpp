#include "highlights.h"

#include "theme.h"

namespace OrgMap {

void HighlightIndex::setInsight(InsightPtr insight)
{
    m_insight = std::move(insight);
    m_unowned.clear();
    m_noDomain.clear();
    m_hotspots.clear();
    m_fairGaps.clear();
    m_glow.clear();
    m_cycleOf.clear();
    m_scattered.clear();
    if (!m_insight)
        return;
    const AnalysisResult &a = m_insight->analysis;
    int cycle = 0;
    for (const Finding &f : a.findings) {
        switch (f.rule) {
        case Rule::Unowned:
            m_unowned.insert(f.subject);
            break;
        case Rule::NoDomain:
            m_noDomain.insert(f.subject);
            break;
        case Rule::Hotspot:
            m_hotspots.insert(f.subject);
            break;
        case Rule::ScatteredTeam:
            m_scattered.insert(f.subject, f.related);
            break;
        case Rule::FairFindable:
        case Rule::FairAccessible:
        case Rule::FairInteroperable:
        case Rule::FairReusable:
            m_fairGaps[f.subject] |= quint8(1u << (int(f.rule) - int(Rule::FairFindable)));
            break;
        case Rule::DomainCycle:
            // One finding per component, on its smallest id, listing all its domains.
            m_cycleOf.insert(f.subject, cycle);
            for (const QString &domain : f.related)
                m_cycleOf.insert(domain, cycle);
            ++cycle;
            break;
        default:
            break;
        }
    }
    double highest = 0;
    for (const AssetMetrics &m : a.assets)
        highest = std::max(highest, m.couplingScore);
    if (highest > 0) {
        m_glow.reserve(a.assets.size());
        for (const AssetMetrics &m : a.assets)
            if (m.couplingScore > 0)
                m_glow.insert(m.asset.str(), float(m.couplingScore / highest));
    }
}

void HighlightIndex::setTeams(const MapData &data, const Theme &theme)
{
    m_teamColors.clear();
    m_teamLegend.clear();
    int index = 0;
    for (const Team &t : data.teams) { // by id: stable while teams are renamed
        const QColor c = theme.ownerColor(index++);
        m_teamColors.insert(t.id.str(), c);
        m_teamLegend.append({t.name, c});
    }
    std::sort(m_teamLegend.begin(), m_teamLegend.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
}

NodeHighlight HighlightIndex::forAsset(const Asset &asset, HighlightMode mode) const
{
    NodeHighlight h;
    const QString &id = asset.id.str();
    switch (mode) {
    case HighlightMode::Orphans:
        if (!m_insight)
            break;
        h.unowned = m_unowned.contains(id);
        h.noDomain = m_noDomain.contains(id);
        h.fairGaps = m_fairGaps.value(id);
        h.dimmed = !h.isOrphan() && !h.fairGaps;
        break;
    case HighlightMode::Coupling:
        h.glow = m_glow.value(id);
        h.hotspot = m_hotspots.contains(id);
        break;
    case HighlightMode::Ownership:
        h.tint = m_teamColors.value(asset.owner.str());
        break;
    case HighlightMode::None:
        break;
    }
    return h;
}

NodeHighlight HighlightIndex::forTeam(const TeamId &team, HighlightMode mode) const
{
    NodeHighlight h;
    if (mode == HighlightMode::Ownership)
        h.tint = m_teamColors.value(team.str());
    else if (mode == HighlightMode::Orphans && m_insight)
        h.dimmed = true; // teams are never orphans; the orphaned assets stand out
    return h;
}

DomainHighlight HighlightIndex::forDomain(const DomainId &domain, HighlightMode mode,
                                          const QHash<QString, QColor> &spans) const
{
    DomainHighlight h;
    if (mode == HighlightMode::None)
        return h;
    h.cycle = mode == HighlightMode::Coupling && m_cycleOf.contains(domain.str());
    h.span = spans.value(domain.str());
    return h;
}

} // namespace OrgMap
