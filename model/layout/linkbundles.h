#pragma once

#include "analysis/analysis.h"

#include <QList>

namespace OrgMap {

// The bands the overview draws instead of the links between two domains
// (docs/canvas.md, "Bundles"): one per pair of domains the analysis' coupling
// matrix joins, both directions together, so that a band's width is the
// coupling seen at a glance.
struct LinkBundle
{
    DomainId a; // a < b
    DomainId b;
    int links = 0;     // a -> b plus b -> a
    double weight = 0; // the analysis' weighted coupling, both directions
    friend bool operator==(const LinkBundle &, const LinkBundle &) = default;
};

// Sorted by (a, b).
QList<LinkBundle> bundlesFromCoupling(const QList<CouplingCell> &coupling);

} // namespace OrgMap
