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

// The overview's band budget (docs/canvas.md, "Bundles"): of bands with these
// link counts, the fewest links a band needs to be drawn so that at most
// `budget` are drawn, the heaviest, and pairs of equal count are drawn all or
// none (a cut through a tie would pick among them by id). All of them (1)
// when they fit or `budget` < 0; none (more than the heaviest) when the
// heaviest count alone is shared by more than `budget` pairs.
int bandThreshold(QList<int> links, qsizetype budget);

} // namespace OrgMap
