#include "localsearch.h"

#include <random>

namespace OrgMap::Layout {

void runLocalSearch(const LocalSearch &s)
{
    int evaluations = 0;
    // Every move in turn, kept when the cost drops, until none does (or the
    // budget is spent); returns the cost reached.
    auto climb = [&] {
        double best = s.cost();
        for (bool improved = true; improved && evaluations < s.budget;) {
            improved = false;
            for (const SearchMove &move : s.moves) {
                move.apply();
                const double c = s.cost();
                ++evaluations;
                if (c < best - 1e-9) {
                    best = c;
                    improved = true;
                } else {
                    move.undo();
                }
            }
        }
        return best;
    };
    double overall = 0;
    for (int k = 0; k < s.starts; ++k) {
        s.start(k);
        const double best = climb();
        if (k == 0 || best < overall - 1e-9) {
            overall = best;
            s.keepBest();
        }
    }
    // Then kicks: a few moves at random, climbed again, kept when the end is
    // better.
    std::mt19937 random(12);
    while (!s.moves.isEmpty() && evaluations < s.budget) { // none: nothing to move
        s.takeBest();
        for (int k = 0; k < 3; ++k)
            s.moves[random() % s.moves.size()].apply();
        const double best = climb();
        if (best < overall - 1e-9) {
            overall = best;
            s.keepBest();
        }
    }
    s.takeBest();
}

} // namespace OrgMap::Layout
