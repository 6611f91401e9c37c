#pragma once

#include <QList>
#include <functional>

namespace OrgMap::Layout {

// One change of the searched state, with its undo.
struct SearchMove
{
    std::function<void()> apply, undo;
};

// Hill climbing over a fixed list of moves: every move in turn, kept when
// the cost drops, until none does or the budget of cost evaluations is
// spent; from each starting state, then from a few random moves away from
// the best end (a fixed seed: the same map gives the same result). The
// searched state itself belongs to the caller, who says how to put it at a
// start and how to keep and bring back the best one.
struct LocalSearch
{
    std::function<double()> cost;
    QList<SearchMove> moves;
    int budget = 0;                           // cost evaluations in all
    int starts = 1;                           // starting states
    std::function<void(int)> start;           // puts the state at start k
    std::function<void()> keepBest, takeBest; // the best state so far: store, restore
};

// Runs the search; the state ends as the best found.
void runLocalSearch(const LocalSearch &search);

} // namespace OrgMap::Layout
