#include "teamdistribution.h"

#include <algorithm>

namespace OrgMap {

Histogram histogram(const QList<QList<int>> &series)
{
    int top = 0;
    for (const QList<int> &values : series)
        for (int v : values)
            top = std::max(top, v);
    QList<QPair<int, int>> bins;
    for (int v = 0; v <= std::min(top, 8); ++v)
        bins.append({v, v});
    for (int lower = 9; lower <= top; lower = lower * 2 - 1)
        bins.append({lower, lower * 2 - 2}); // 9-16, 17-32, ...
    Histogram h;
    for (const auto &[lower, upper] : bins)
        h.labels << (lower == upper ? QString::number(lower) : u"%1-%2"_qs.arg(lower).arg(upper));
    for (const QList<int> &values : series) {
        QList<int> counts(bins.size(), 0);
        for (int v : values)
            for (qsizetype i = 0; i < bins.size(); ++i)
                if (v >= bins.at(i).first && v <= bins.at(i).second) {
                    ++counts[i];
                    break;
                }
        h.counts << counts;
    }
    return h;
}

} // namespace OrgMap
