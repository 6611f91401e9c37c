// MapScene::Private: the items of scenarios shown before, kept hidden and
// shown again on a switch back (docs/scenarios.md, docs/benchmarks.md).
#include "mapscene.h"

#include "document/document.h"
#include "document/mappatch.h"
#include "mapscene_p.h"

#include <QGraphicsView>
#include <algorithm>

namespace OrgMap {

bool MapScene::Private::showsDocument() const
{
    // Set from the document's map after every sync, and detached by any edit.
    return MapPatch::isUnchanged(synced, document->data());
}

void MapScene::Private::onChanged(const DocumentChange &change)
{
    leavingKey = 0; // the switch's change: these items now show the new scenario
    caughtUp = false;
    if (showsDocument())
        return; // a kept scenario shown again was brought up to date already
    applyChange(change);
}

void MapScene::Private::onReset()
{
    const int leaving = std::exchange(leavingKey, 0);
    if (std::exchange(caughtUp, false) && showsDocument())
        return;
    // A switch to a scenario not kept that differs too much to patch: keep
    // the scenario being left, build the new one beside it.
    const bool keepLeaving =
        leaving != 0 && leaving != shownKey && document->hasScenarioKey(leaving) && scenarioItems;
    if (!keepLeaving && std::none_of(kept.cbegin(), kept.cend(), [this](const Kept &k) {
            return document->hasScenarioKey(k.key);
        })) {
        // Another document: the scene's clear() in rebuild takes their items.
        for (Kept &k : kept)
            k.scenarioItems->release();
        kept.clear();
    } else {
        dropGoneScenarios();
    }
    if (!keepLeaving) {
        rebuild();
        return;
    }
    const Selection selection = takeSelection();
    keepShown(leaving);
    rebuild();
    restoreSelection(selection);
}

void MapScene::Private::onScenarioShown()
{
    const int key = document->currentScenarioKey();
    leavingKey = 0;
    caughtUp = false;
    if (key == shownKey)
        return; // reordered
    const int previous = std::exchange(shownKey, key);
    const auto found =
        std::find_if(kept.begin(), kept.end(), [key](const Kept &k) { return k.key == key; });
    if (found == kept.end()) {
        // changed() or reset() follows (or nothing, for an untouched
        // duplicate): these items become the new scenario's, or are kept.
        leavingKey = previous;
        return;
    }
    Kept next = std::move(*found);
    kept.erase(found);
    const Selection selection = takeSelection();
    if (document->hasScenarioKey(previous))
        keepShown(previous);
    else
        destroyShown();
    showKept(std::move(next));
    caughtUp = true;
    restoreSelection(selection);
}

MapScene::Private::Selection MapScene::Private::takeSelection()
{
    Selection s{q->selectedIds(), links->selectedLinks(), interactions->selectedInteractions()};
    // Hidden items stay out of the selection.
    const QSignalBlocker blocker(q);
    q->clearSelection();
    setLinkSelection({}, {});
    return s;
}

void MapScene::Private::restoreSelection(const Selection &s)
{
    // As a rebuild does: what was selected stays selected where it exists.
    {
        const QSignalBlocker blocker(q);
        for (const QString &id : s.ids)
            if (QGraphicsItem *item = q->itemForId(id))
                item->setSelected(true);
    }
    std::set<LinkKey> selectedLinks;
    for (const LinkKey &k : s.links)
        if (document->data().links.contains(k))
            selectedLinks.insert(k);
    std::set<InteractionKey> selectedInteractions;
    for (const InteractionKey &k : s.interactions)
        if (document->data().interactions.contains(k))
            selectedInteractions.insert(k);
    setLinkSelection(std::move(selectedLinks), std::move(selectedInteractions));
    syncSpans();
}

void MapScene::Private::swapItems(Kept &k)
{
    std::swap(scenarioItems, k.scenarioItems);
    std::swap(nodes, k.nodes);
    std::swap(domains, k.domains);
    std::swap(links, k.links);
    std::swap(interactions, k.interactions);
    std::swap(halos, k.halos);
    std::swap(markers, k.markers);
    std::swap(legend, k.legend);
    std::swap(domainLabels, k.domainLabels);
    std::swap(fallback, k.fallback);
    std::swap(highlight, k.highlight);
    std::swap(spans, k.spans);
    std::swap(synced, k.synced);
}

void MapScene::Private::keepShown(int key)
{
    // No gesture goes on across a switch; its items may be the ones hidden.
    gesture = Gesture::None;
    moving.clear();
    primary = nullptr;
    resizing = nullptr;
    connectFrom = nullptr;
    delete connectLine;
    connectLine = nullptr;
    Kept k;
    k.key = key;
    k.mode = mode;
    k.ownershipLines = ownershipLines;
    k.themeSerial = themeSerial;
    swapItems(k);
    // The next items start from the same insight, as a rebuild would.
    highlight = k.highlight;
    k.scenarioItems->setShown(false);
    kept.push_back(std::move(k));
    while (kept.size() > size_t(kMaxKept)) {
        dropKept(kept.front());
        kept.erase(kept.begin());
    }
}

void MapScene::Private::showKept(Kept k)
{
    swapItems(k);
    scenarioItems->setShown(true);
    fallbackFresh = false;
    // What differs from the document's map, applied as after an edit; rebuilt
    // when most of it differs (then the kept items were no help).
    if (!showsDocument()) {
        const std::optional<MapPatch> patch = MapPatch::smallBetween(synced, document->data());
        if (!patch) {
            rebuild();
            return;
        }
        applyChange(patch->report());
    }
    // Settings changed while they were hidden.
    if (k.themeSerial != themeSerial)
        applyTheme();
    if (k.ownershipLines != ownershipLines)
        syncOwnership();
    if (k.mode != mode || k.themeSerial != themeSerial)
        refreshHighlights();
    syncExtent();
}

void MapScene::Private::dropKept(Kept &k)
{
    k.scenarioItems.reset(); // and every item of that scenario
}

void MapScene::Private::dropGoneScenarios()
{
    for (auto it = kept.begin(); it != kept.end();) {
        if (document->hasScenarioKey(it->key)) {
            ++it;
            continue;
        }
        dropKept(*it);
        it = kept.erase(it);
    }
}

void MapScene::Private::destroyShown()
{
    nodes.clear();
    domains.clear();
    links = interactions = nullptr;
    halos = markers = nullptr;
    legend = nullptr;
    domainLabels = nullptr;
    if (kept.empty()) {
        // Nothing else in the scene is ours: clear() is its fast path (and
        // takes along whatever a view put beside the map, as it always did).
        if (scenarioItems)
            scenarioItems->release();
        q->clear();
    } else {
        delete connectLine; // not one of the map's items
    }
    connectLine = nullptr;
    scenarioItems.reset();
}

void MapScene::Private::applyTheme()
{
    for (NodeItem *n : std::as_const(nodes))
        n->setTheme(&theme);
    for (DomainItem *item : std::as_const(domains))
        item->setTheme(&theme);
    links->setTheme(&theme);
    interactions->setTheme(&theme);
    legend->setTheme(&theme);
    domainLabels->setTheme(&theme);
    halos->setTheme(&theme);
    markers->setTheme(&theme);
    highlight.setTeams(document->data(), theme);
}

} // namespace OrgMap
