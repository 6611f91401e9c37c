#pragma once

// How work spreads over the teams, for the metrics panel's charts: the
// analysis' team metrics (domains spanned, assets owned) of each side binned
// alike, so that before and after are bars of the same bins.

#include <QList>
#include <QStringList>

namespace OrgMap {

// A histogram of several series over shared bins: bin i counts values in
// [lower[i], upper[i]]. Values up to 8 get a bin each; above, bins double
// (9-16, 17-32, ...) so that a 10,000-asset map stays a handful of bars.
struct Histogram
{
    QStringList labels;       // "0", "1", ..., "9-16"
    QList<QList<int>> counts; // per series, per bin
};
Histogram histogram(const QList<QList<int>> &series);

} // namespace OrgMap
