#pragma once

#include "analysis/insight.h"
#include "highlightmode.h"

#include <QColor>
#include <QHash>

namespace OrgMap {

struct Theme;

// What an asset or team shows on top of its normal look in the active
// highlight mode. Items hold a copy and only draw it; the scene computes it.
struct NodeHighlight
{
    bool unowned = false;  // Orphans: red dashed outline and "!" triangle
    bool noDomain = false; // Orphans: purple dashed outline and "?" box
    bool dimmed = false;   // Orphans: not an orphan, faded back
    float glow = 0;        // Coupling: coupling score / the map's highest (0..1)
    bool hotspot = false;  // Coupling: a hotspot finding (stronger halo)
    QColor tint;           // Ownership: the owning team's colour (invalid: none)
    // Orphans: the FAIR rules (policy-v1) a data product misses, bit 0..3 for
    // F, A, I, R; written as a "FAIR: A I" badge under the node.
    quint8 fairGaps = 0;
    bool isOrphan() const { return unowned || noDomain; }
    bool decorated() const { return isOrphan() || fairGaps || glow > 0; } // by a HighlightLayer
    friend bool operator==(const NodeHighlight &, const NodeHighlight &) = default;
};

struct DomainHighlight
{
    bool cycle = false; // Coupling: the domain lies on a domain dependency cycle
    QColor span;        // a selected scattered team spans it (outline colour)
    friend bool operator==(const DomainHighlight &, const DomainHighlight &) = default;
};

// The per-id lookups the highlights need, built once per insight in O(n) so
// that an item's state is a few hash lookups (the 10k map re-highlights in a
// few milliseconds on the GUI thread).
class HighlightIndex
{
public:
    void setInsight(InsightPtr insight);
    const InsightPtr &insight() const { return m_insight; }
    // Team colours follow the document (not the insight): Ownership needs no analysis.
    void setTeams(const MapData &data, const Theme &theme);

    NodeHighlight forAsset(const Asset &asset, HighlightMode mode) const;
    NodeHighlight forTeam(const TeamId &team, HighlightMode mode) const;
    DomainHighlight forDomain(const DomainId &domain, HighlightMode mode,
                              const QHash<QString, QColor> &spans) const;

    // The cycle (strongly connected component of domains) a domain is on, or -1.
    int cycleOf(const DomainId &domain) const { return m_cycleOf.value(domain.str(), -1); }
    const QHash<QString, int> &cycles() const { return m_cycleOf; }
    // The domains a scattered team spans (its finding's related ids), or none.
    QStringList scatteredDomains(const TeamId &team) const { return m_scattered.value(team.str()); }
    QColor teamColor(const TeamId &team) const { return m_teamColors.value(team.str()); }
    // (team name, colour) for the legend, by name.
    const QList<QPair<QString, QColor>> &teamLegend() const { return m_teamLegend; }

private:
    InsightPtr m_insight;
    QSet<QString> m_unowned;
    QSet<QString> m_noDomain;
    QSet<QString> m_hotspots;
    QHash<QString, quint8> m_fairGaps;
    QHash<QString, float> m_glow;
    QHash<QString, int> m_cycleOf;
    QHash<QString, QStringList> m_scattered;
    QHash<QString, QColor> m_teamColors;
    QList<QPair<QString, QColor>> m_teamLegend;
};

} // namespace OrgMap
