#pragma once

#include "core/entities.h"

#include <QDockWidget>

class QScrollArea;

namespace OrgMap {

class AssetEditor;
class ConnectionEditor;
class Document;
class DomainEditor;
class MapInfoEditor;
class PropertyEditor;
class SelectionSummary;
class TeamEditor;

// Edits what is selected: one entity, one link or interaction, a summary for
// several things, the map itself for nothing. Each page turns edits into
// Document calls; the dock re-reads on every document change.
class PropertiesDock : public QDockWidget
{
    Q_OBJECT

public:
    PropertiesDock(Document *document, QWidget *parent = nullptr);

    void setSelection(const QStringList &ids, const QList<LinkKey> &links,
                      const QList<InteractionKey> &interactions);
    PropertyEditor *currentEditor() const;

signals:
    void linkReplaced(const OrgMap::LinkKey &key);
    void interactionReplaced(const OrgMap::InteractionKey &key);
    void statusMessage(const QString &text); // why a page refused an edit

private:
    void show(PropertyEditor *page);
    void refresh();

    Document *m_document;
    QStringList m_ids;
    QList<LinkKey> m_links;
    QList<InteractionKey> m_interactions;
    QScrollArea *m_scroll;
    PropertyEditor *m_current = nullptr;
    MapInfoEditor *m_info;
    DomainEditor *m_domain;
    TeamEditor *m_team;
    AssetEditor *m_asset;
    ConnectionEditor *m_connection;
    SelectionSummary *m_summary;
};

} // namespace OrgMap
