#pragma once

#include "core/mapdata.h"

#include <QList>

namespace OrgMap {

// Team coupling (analysis version 1.1, docs/analysis.md): the coordination
// between teams that the map implies, compared with the interactions declared.
// Team A depends on team B when an asset A owns links to an asset B owns
// (A != B, both owned). Pairs are unordered: any interaction between the two
// teams, in either direction and of any mode, covers their dependency.

struct TeamDependency
{
    TeamId first; // the smaller id of the pair
    TeamId second;
    int firstToSecond = 0; // links from first's assets to second's
    int secondToFirst = 0;
    bool declared = false; // some interaction joins the two teams
    int links() const { return firstToSecond + secondToFirst; }
};

struct TeamCoupling
{
    QList<TeamDependency> dependencies; // every implied pair, sorted by (first, second)
    QList<InteractionKey> unbacked;     // declared, no dependency behind it (facilitating excepted)
    int covered = 0;                    // implied pairs that are declared
    // covered / implied pairs; 1 when nothing is implied (nothing to miss).
    double congruence = 1.0;

    int undeclaredCount() const { return int(dependencies.size()) - covered; }
};

TeamCoupling analyzeTeamCoupling(const MapData &map);

} // namespace OrgMap
