// MapScene: the highlight modes (docs/canvas.md, "Highlights"). Per-id lookups
// come from HighlightIndex, built once per insight; the items only draw.
#include "mapscene.h"

#include "document/document.h"
#include "mapscene_p.h"

namespace OrgMap {

void MapScene::Private::highlightAsset(NodeItem *item, const Asset &asset)
{
    item->setHighlight(highlight.forAsset(asset, mode));
}

void MapScene::Private::refreshHighlights()
{
    const MapData &data = document->data();
    for (const Asset &a : data.assets)
        if (NodeItem *item = nodes.value(a.id.str()))
            highlightAsset(item, a); // repaints only when the state changed
    for (const Team &t : data.teams)
        if (NodeItem *item = nodes.value(t.id.str()))
            item->setHighlight(highlight.forTeam(t.id, mode));
    for (DomainItem *item : std::as_const(domains))
        item->setHighlight(highlight.forDomain(DomainId(item->id()), mode, spans));
    links->setHighlight(mode, &highlight.cycles());
    legend->setHighlight(mode, mode == HighlightMode::Ownership ? highlight.teamLegend()
                                                                : QList<QPair<QString, QColor>>{});
    syncHighlightLayers();
}

void MapScene::Private::syncHighlightLayers()
{
    QList<const NodeItem *> decorated;
    for (const NodeItem *n : std::as_const(nodes))
        if (n->highlight().decorated())
            decorated.append(n);
    // Hash order would make the overlap of neighbouring halos vary between runs.
    std::sort(decorated.begin(), decorated.end(),
              [](const NodeItem *a, const NodeItem *b) { return a->id() < b->id(); });
    if (decorated != halos->nodes()) {
        halos->setNodes(decorated);
        markers->setNodes(decorated);
    }
}

void MapScene::Private::syncSpans()
{
    // A selected team with a scattered-team finding outlines the domains it spans.
    QHash<QString, QColor> next;
    if (mode != HighlightMode::None && highlight.insight()) {
        for (QGraphicsItem *item : q->selectedItems()) {
            if (item->type() != NodeItem::Type || !static_cast<NodeItem *>(item)->isTeam())
                continue;
            const TeamId team(static_cast<NodeItem *>(item)->id());
            const QColor c = highlight.teamColor(team);
            for (const QString &domain : highlight.scatteredDomains(team))
                next.insert(domain, c.isValid() ? c : theme.selection);
        }
    }
    if (next == spans)
        return;
    QSet<QString> touched(spans.keyBegin(), spans.keyEnd());
    for (auto it = next.cbegin(); it != next.cend(); ++it)
        touched.insert(it.key());
    spans = std::move(next);
    for (const QString &id : std::as_const(touched))
        if (DomainItem *item = domains.value(id))
            item->setHighlight(highlight.forDomain(DomainId(id), mode, spans));
}

// ------------------------------------------------------------------ MapScene

void MapScene::setInsight(InsightPtr insight)
{
    d->highlight.setInsight(std::move(insight));
    if (const InsightPtr &current = d->highlight.insight())
        d->links->setCoupling(current->analysis.coupling);
    d->refreshHighlights();
    d->syncSpans();
    emit highlightsChanged();
}

void MapScene::waitForRoutes()
{
    d->links->waitForRoutes();
}

InsightPtr MapScene::insight() const
{
    return d->highlight.insight();
}

void MapScene::setHighlightMode(HighlightMode mode)
{
    if (mode == d->mode)
        return;
    d->mode = mode;
    d->refreshHighlights();
    d->syncSpans();
    d->syncExtent(); // the legend's height follows the mode
    emit highlightsChanged();
}

HighlightMode MapScene::highlightMode() const
{
    return d->mode;
}

NodeHighlight MapScene::nodeHighlight(const QString &id) const
{
    const NodeItem *n = d->nodes.value(id);
    return n ? n->highlight() : NodeHighlight{};
}

DomainHighlight MapScene::domainHighlight(const QString &id) const
{
    const DomainItem *item = d->domains.value(id);
    return item ? item->highlight() : DomainHighlight{};
}

QPen MapScene::linkPen(const LinkKey &key) const
{
    return d->links->penFor(key);
}

QColor MapScene::teamColor(const TeamId &team) const
{
    return d->highlight.teamColor(team);
}

} // namespace OrgMap
