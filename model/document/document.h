#pragma once

#include "core/mapdata.h"
#include "documentchange.h"
#include "scenarioholder.h"

#include <QHash>
#include <QObject>

class QUndoStack;

namespace OrgMap {

struct MapPatch;

// The open map. It owns the data and the undo stack, every edit goes through
// one of the methods below as one undoable step, and it is the only notifier
// of change: views listen to changed()/reset() and re-sync.
//
// Edit methods return false, and change nothing, when the edit would break a
// rule of the format (unknown or wrong-kind reference, domain cycle, invalid
// id or name, service with data-product fields, duplicate link).
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    const MapData &data() const { return m_data; }
    // An immutable copy for a worker thread; O(1) thanks to implicit sharing.
    MapData snapshot() const { return m_data; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Replaces the whole document (new, open) by one scenario holding
    // `data`, or by `scenarios`: clears the undo history.
    void reset(MapData data);
    void reset(const ScenarioList &scenarios, int current = 0);

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    bool isModified() const;
    void markSaved();
    // Modified although the history is clean: a map restored from a recovery
    // copy differs from its file until it is saved, undo or not.
    void markModified();

    // A fresh id "prefix-N" not used anywhere in the map.
    QString uniqueId(const QString &prefix) const;

    // Adding. The entity's id must be new and valid.
    bool addDomain(const Domain &domain);
    bool addTeam(const Team &team);
    bool addAsset(const Asset &asset);
    bool addLink(const Link &link);
    bool addInteraction(const Interaction &interaction);
    // Adds a whole fragment (paste, duplicate) as one step; its ids must all
    // be new and its references resolve within the fragment or the map.
    bool addFragment(const MapData &fragment, const QString &text);

    // Removing, with everything that hangs on the removed entities: their links
    // and interactions; owner references to a removed team are cleared; assets
    // of a removed domain become unplaced; its subdomains move to its parent.
    void remove(const QStringList &ids, const QList<LinkKey> &links = {},
                const QList<InteractionKey> &interactions = {});

    // Replacing one entity's fields (the generic value change). `text` names
    // the step in the undo history; `mergeKey`, when set, lets consecutive
    // changes with the same key merge into one step (typing in a field).
    bool changeDomain(const Domain &domain, const QString &text = {}, const QString &mergeKey = {});
    bool changeTeam(const Team &team, const QString &text = {}, const QString &mergeKey = {});
    bool changeAsset(const Asset &asset, const QString &text = {}, const QString &mergeKey = {});
    bool changeLink(const Link &link, const QString &text = {});
    bool changeInfo(const MapInfo &info, const QString &text = {});

    // Replaces the map's content by `after` as ONE undoable step (an import
    // merged into the map). No checks: `after` must be a valid map. False,
    // and nothing pushed, when it equals the current map.
    bool replaceContent(const MapData &after, const QString &text);

    // Convenience edits, each one step.
    bool rename(const QString &id, const QString &name);
    bool setAssetOwner(const AssetId &asset, const TeamId &owner);
    bool setDomainOwner(const DomainId &domain, const TeamId &owner);
    bool setAssetDomain(const AssetId &asset, const DomainId &domain);
    bool setDomainParent(const DomainId &domain, const DomainId &parent);
    // Moves and resizes any mix of entities (id -> new geometry) as one step.
    bool setGeometries(const QHash<QString, Geometry> &geometries, const QString &text = {});
    bool resizeDomain(const DomainId &domain, const QRectF &rect);

    // Checks used by the edits, public so that the GUI can grey out what
    // would be refused. Empty string: fine; otherwise the reason.
    QString checkDomain(const Domain &domain, const MapData &data) const;
    QString checkTeam(const Team &team, const MapData &data) const;
    QString checkAsset(const Asset &asset, const MapData &data) const;
    QString checkLink(const Link &link, const MapData &data) const;
    QString checkInteraction(const Interaction &interaction, const MapData &data) const;

    // ---- scenarios (docs/scenarios.md) ------------------------------------
    // The document holds one or more named scenarios; data(), every edit and
    // every notification above concern the current one only.
    int scenarioCount() const { return int(m_scenarios.count()); }
    int currentScenario() const { return m_current; }
    // A number naming the current scenario for as long as this Document
    // lives: kept through renames and moves, never given to another scenario,
    // not even after reset(). Views keep state per scenario under it (the
    // canvas keeps the items of scenarios shown before, docs/scenarios.md).
    int currentScenarioKey() const { return m_scenarios.at(m_current).key; }
    bool hasScenarioKey(int key) const { return m_scenarios.indexOfKey(key) >= 0; }
    QString scenarioName(int index) const;
    QStringList scenarioNames() const { return m_scenarios.names(); }
    // By name (exact, then ignoring case); -1 when there is none.
    int scenarioIndex(const QString &name) const;
    // The map of scenario `index` (data() for the current one); O(1).
    MapData scenarioData(int index) const;
    // Every scenario with its map, in tab order (save, autosave); O(count).
    ScenarioList scenarios() const;

    // Shows another scenario. Navigation, not an edit: no undo step, and the
    // document is not modified by it. Emits currentScenarioChanged, then
    // changed() with what differs from the map shown before (reset() when
    // most of it differs).
    bool setCurrentScenario(int index);

    // Why `name` cannot name a scenario (empty: it can); `except` is the
    // index of the scenario being renamed.
    QString checkScenarioName(const QString &name, int except = -1) const;
    QString uniqueScenarioName(const QString &base) const;

    // Undoable scenario edits, each one step that shows the scenario it
    // changes. New ones go right after the current one and become current.
    bool addScenario(const QString &name, const MapData &map, const QString &text = {});
    bool duplicateScenario(int index, const QString &name);
    bool renameScenario(int index, const QString &name);
    // The last scenario cannot be removed.
    bool removeScenario(int index);
    bool moveScenario(int from, int to);

signals:
    void changed(const OrgMap::DocumentChange &change);
    void reset();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    // Names or order of the scenarios changed (the tab bar re-reads them).
    void scenariosChanged();
    // Another scenario is shown; changed() or reset() follows for the views
    // of the map.
    void currentScenarioChanged(int index);

private:
    friend class PatchCommand;
    friend class AddScenario;
    friend class RemoveScenario;
    friend class RenameScenario;
    friend class MoveScenario;
    void apply(const MapPatch &patch, bool forward);
    // For the commands: scenarios by stable key (ScenarioHolder).
    void showScenarioKey(int key);
    void insertScenarioEntry(int index, ScenarioHolder::Entry entry);
    ScenarioHolder::Entry takeScenarioEntry(int index);
    void setScenarioNameOf(int key, const QString &name);
    void moveScenarioEntry(int from, int to);
    void showIndex(int index);
    // After another scenario became current: changed() with what differs
    // from `before`, or reset() when most of the map does.
    void emitShown(const MapData &before);
    bool push(MapPatch patch, const QString &text, const QString &mergeKey = {});

    MapData m_data; // the current scenario's map, live
    ScenarioHolder m_scenarios;
    int m_current = 0;
    QUndoStack *m_undoStack;
    QString m_filePath;
    bool m_forcedModified = false;
};

} // namespace OrgMap
