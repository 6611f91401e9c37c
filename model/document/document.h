#pragma once

#include "core/mapdata.h"
#include "documentchange.h"

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

    // Replaces the whole map (new, open, import): clears the undo history.
    void reset(MapData data);

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

signals:
    void changed(const OrgMap::DocumentChange &change);
    void reset();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    friend class PatchCommand;
    void apply(const MapPatch &patch, bool forward);
    bool push(MapPatch patch, const QString &text, const QString &mergeKey = {});

    MapData m_data;
    QUndoStack *m_undoStack;
    QString m_filePath;
    bool m_forcedModified = false;
};

} // namespace OrgMap
