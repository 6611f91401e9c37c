#include "growdomains.h"
#include "autolayout.h"

#include <QMarginsF>

namespace OrgMap::Layout {

void growDomains(const MapData &map, DomainId domain, QRectF needed, QHash<QString, Geometry> &out)
{
    for (int depth = 0; depth < 64 && !domain.isNull(); ++depth) {
        const auto it = map.domains.constFind(domain);
        if (it == map.domains.cend() || !it->geometry)
            break;
        QRectF r =
            out.contains(domain.str()) ? out.value(domain.str()).rect() : it->geometry->rect();
        if (!r.contains(needed)) {
            r |= needed;
            out.insert(domain.str(), Geometry::of(r));
        }
        needed = r.marginsAdded(
            QMarginsF(kDomainPadding / 2, 0, kDomainPadding / 2, kDomainPadding / 2));
        domain = it->parent;
    }
}

} // namespace OrgMap::Layout
