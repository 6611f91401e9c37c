#include "linkbundles.h"

#include <algorithm>
#include <functional>
#include <map>

namespace OrgMap {

QList<LinkBundle> bundlesFromCoupling(const QList<CouplingCell> &coupling)
{
    std::map<std::pair<QString, QString>, LinkBundle> bundles;
    for (const CouplingCell &cell : coupling) {
        const bool forward = cell.from.str() < cell.to.str();
        const DomainId &a = forward ? cell.from : cell.to, &b = forward ? cell.to : cell.from;
        LinkBundle &bundle = bundles[{a.str(), b.str()}];
        bundle.a = a;
        bundle.b = b;
        bundle.links += cell.links;
        bundle.weight += cell.weight;
    }
    QList<LinkBundle> out;
    out.reserve(qsizetype(bundles.size()));
    for (auto &[key, bundle] : bundles)
        out.append(bundle);
    return out;
}

int bandThreshold(QList<int> links, qsizetype budget)
{
    if (budget < 0 || links.size() <= budget)
        return 1;
    // The (budget + 1)-th heaviest does not fit, nor does any pair as heavy.
    std::nth_element(links.begin(), links.begin() + budget, links.end(), std::greater<>());
    return links[budget] + 1;
}

} // namespace OrgMap
