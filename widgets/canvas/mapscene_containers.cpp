// MapScene: domains as containers (grow to hold what is put in them, fit to
// contents, new top-level domains beside the others, subdomains inside).
#include "containment.h"
#include "document/document.h"
#include "layout/autolayout.h"
#include "mapscene_p.h"

#include <QUndoStack>

namespace OrgMap {

bool MapScene::growToContain(const QSet<DomainId> &domains)
{
    QSet<DomainId> placed = domains;
    placed.remove(DomainId());
    if (placed.isEmpty())
        return false;
    const QHash<QString, Geometry> grown = grownDomains(d->document->data(), placed);
    return !grown.isEmpty() && d->document->setGeometries(grown, tr("Grow domain"));
}

bool MapScene::fitDomainToContents(const DomainId &domain)
{
    const QHash<QString, Geometry> fitted = fittedDomain(d->document->data(), domain);
    return !fitted.isEmpty() &&
           d->document->setGeometries(
               fitted, tr("Fit \"%1\" to contents").arg(d->document->data().nameOf(domain.str())));
}

QRectF MapScene::Private::clampToContents(const DomainId &domain, const QRectF &rect) const
{
    const QRectF required = requiredDomainRect(document->data(), domain);
    return required.isNull() ? rect : rect | required;
}

void MapScene::Private::raiseMoving(bool raised)
{
    // Dragged items float above everything (a domain dragged onto another
    // would vanish behind its fill); they go back to their depth afterwards.
    for (const Moving &m : std::as_const(moving)) {
        if (m.item->type() == DomainItem::Type)
            m.item->setZValue(
                raised ? 1000 + depthOf(DomainId(static_cast<DomainItem *>(m.item)->id()))
                       : depthOf(DomainId(static_cast<DomainItem *>(m.item)->id())));
        else
            m.item->setZValue(raised ? 1200 : 200);
    }
}

QSet<QString> MapScene::Private::withDescendants(const DomainId &domain) const
{
    const MapData &data = document->data();
    QSet<QString> ids{domain.str()};
    for (const Domain &dom : data.domains) {
        DomainId cursor = dom.parent;
        for (int depth = 0; depth < 64 && !cursor.isNull(); ++depth) {
            if (cursor == domain) {
                ids.insert(dom.id.str());
                break;
            }
            cursor = data.domains.value(cursor).parent;
        }
    }
    return ids;
}

QString MapScene::createTopLevelDomain(QPointF scenePos)
{
    Document *doc = d->document;
    const QSizeF size(360, 220);
    QRectF rect(snapped(scenePos - QPointF(size.width() / 2, 20)), size);
    // Beside what is there, not on top of it: step right past any domain hit.
    for (int guard = 0; guard < 1000; ++guard) {
        const DomainItem *hit = nullptr;
        for (const DomainItem *item : std::as_const(d->domains))
            if (item->sceneRect().intersects(rect) &&
                (!hit || item->sceneRect().right() > hit->sceneRect().right()))
                hit = item;
        if (!hit)
            break;
        rect.moveLeft(snapped(QPointF(hit->sceneRect().right() + kDomainGap, 0)).x());
    }
    Domain dom;
    dom.id = DomainId(doc->uniqueId(u"d"_qs));
    dom.name = tr("New domain");
    dom.geometry = Geometry::of(rect);
    if (!doc->addDomain(dom))
        return {};
    selectIds({dom.id.str()});
    return dom.id.str();
}

QString MapScene::createSubdomain(const DomainId &parent)
{
    Document *doc = d->document;
    if (!doc->data().domains.contains(parent))
        return {};
    Domain dom;
    dom.id = DomainId(doc->uniqueId(u"d"_qs));
    dom.name = tr("New subdomain");
    dom.parent = parent;
    dom.geometry = Geometry::of(subdomainSlot(doc->data(), parent));
    if (!doc->checkDomain(dom, doc->data()).isEmpty())
        return {};
    QUndoStack *undo = doc->undoStack();
    undo->beginMacro(tr("Add subdomain to \"%1\"").arg(doc->data().nameOf(parent.str())));
    doc->addDomain(dom);
    growToContain({parent});
    undo->endMacro();
    selectIds({dom.id.str()});
    return dom.id.str();
}

} // namespace OrgMap
