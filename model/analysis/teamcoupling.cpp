#include "teamcoupling.h"

#include <QMap>
#include <QSet>

namespace OrgMap {
namespace {

using Pair = std::pair<TeamId, TeamId>;

Pair ordered(const TeamId &a, const TeamId &b)
{
    return a < b ? Pair{a, b} : Pair{b, a};
}

} // namespace

TeamCoupling analyzeTeamCoupling(const MapData &map)
{
    // QMap: pairs come out sorted, so the result is deterministic.
    QMap<Pair, TeamDependency> implied;
    for (const Link &link : map.links) {
        const TeamId from = map.assets.value(link.key.from).owner;
        const TeamId to = map.assets.value(link.key.to).owner;
        if (from.isNull() || to.isNull() || from == to)
            continue;
        const Pair pair = ordered(from, to);
        TeamDependency &dep = implied[pair];
        dep.first = pair.first;
        dep.second = pair.second;
        (from == pair.first ? dep.firstToSecond : dep.secondToFirst) += 1;
    }

    QSet<Pair> declaredPairs;
    for (const Interaction &interaction : map.interactions)
        declaredPairs.insert(ordered(interaction.key.from, interaction.key.to));

    TeamCoupling result;
    for (auto it = implied.begin(); it != implied.end(); ++it) {
        it->declared = declaredPairs.contains(it.key());
        result.covered += it->declared;
        result.dependencies.append(*it);
    }
    // Facilitating is coaching by an enabling team: by design it has no
    // dependency between assets behind it, so it is never "unbacked".
    for (const Interaction &interaction : map.interactions) {
        if (interaction.key.mode == InteractionMode::Facilitating)
            continue;
        if (!implied.contains(ordered(interaction.key.from, interaction.key.to)))
            result.unbacked.append(interaction.key);
    }
    if (!result.dependencies.isEmpty())
        result.congruence = double(result.covered) / double(result.dependencies.size());
    return result;
}

} // namespace OrgMap
