#include "propertiesdock.h"

#include "asseteditor.h"
#include "connectioneditor.h"
#include "document/document.h"
#include "domaineditor.h"
#include "mapinfoeditor.h"
#include "selectionsummary.h"
#include "teameditor.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace OrgMap {

PropertiesDock::PropertiesDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Properties"), parent), m_document(document), m_scroll(new QScrollArea(this)),
      m_info(new MapInfoEditor(document)), m_domain(new DomainEditor(document)),
      m_team(new TeamEditor(document)), m_asset(new AssetEditor(document)),
      m_connection(new ConnectionEditor(document)), m_summary(new SelectionSummary(document))
{
    setObjectName(u"propertiesDock"_qs);
    // Pages are forms of different heights: only the shown one takes room (a
    // stacked widget would size every page to the tallest), at the top.
    auto *holder = new QWidget;
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    for (PropertyEditor *page : std::initializer_list<PropertyEditor *>{
             m_info, m_domain, m_team, m_asset, m_connection, m_summary}) {
        layout->addWidget(page);
        page->hide();
        connect(page, &PropertyEditor::statusMessage, this, &PropertiesDock::statusMessage);
    }
    layout->addStretch();
    m_scroll->setWidget(holder);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    setWidget(m_scroll);

    connect(m_connection, &ConnectionEditor::linkReplaced, this, [this](const LinkKey &key) {
        m_links = {key};
        emit linkReplaced(key);
    });
    connect(m_connection, &ConnectionEditor::interactionReplaced, this,
            [this](const InteractionKey &key) {
                m_interactions = {key};
                emit interactionReplaced(key);
            });
    connect(document, &Document::changed, this, &PropertiesDock::refresh);
    connect(document, qOverload<>(&Document::reset), this, [this] { setSelection({}, {}, {}); });
    setSelection({}, {}, {});
}

PropertyEditor *PropertiesDock::currentEditor() const
{
    return m_current;
}

void PropertiesDock::setSelection(const QStringList &ids, const QList<LinkKey> &links,
                                  const QList<InteractionKey> &interactions)
{
    m_ids = ids;
    m_links = links;
    m_interactions = interactions;
    const qsizetype total = ids.size() + links.size() + interactions.size();
    const MapData &map = m_document->data();
    if (total == 0) {
        m_info->reload();
        show(m_info);
    } else if (total > 1) {
        m_summary->setSelection(ids, int(links.size()), int(interactions.size()));
        show(m_summary);
    } else if (!links.isEmpty()) {
        m_connection->setLink(links.first());
        show(m_connection);
    } else if (!interactions.isEmpty()) {
        m_connection->setInteraction(interactions.first());
        show(m_connection);
    } else {
        const QString &id = ids.first();
        switch (map.kindOf(id)) {
        case EntityKind::Domain:
            m_domain->setDomain(DomainId(id));
            show(m_domain);
            break;
        case EntityKind::Team:
            m_team->setTeam(TeamId(id));
            show(m_team);
            break;
        case EntityKind::Asset:
            m_asset->setAsset(AssetId(id));
            show(m_asset);
            break;
        case EntityKind::None:
            m_info->reload();
            show(m_info);
            break;
        }
    }
}

void PropertiesDock::show(PropertyEditor *page)
{
    if (m_current != page) {
        if (m_current)
            m_current->hide();
        page->show();
        m_current = page;
    }
    QString title = tr("Properties");
    if (page == m_domain)
        title = tr("Domain");
    else if (page == m_team)
        title = tr("Team");
    else if (page == m_asset)
        title = tr("Asset");
    else if (page == m_connection)
        title = m_links.isEmpty() ? tr("Interaction") : tr("Link");
    else if (page == m_summary)
        title = tr("Selection");
    else if (page == m_info)
        title = tr("Map");
    setWindowTitle(tr("Properties: %1").arg(title));
}

void PropertiesDock::refresh()
{
    // The shown thing may have gone (deleted, undone): fall back to what is left.
    const MapData &map = m_document->data();
    QStringList ids;
    for (const QString &id : m_ids)
        if (map.containsId(id))
            ids.append(id);
    QList<LinkKey> links;
    for (const LinkKey &key : m_links)
        if (map.links.contains(key))
            links.append(key);
    QList<InteractionKey> interactions;
    for (const InteractionKey &key : m_interactions)
        if (map.interactions.contains(key))
            interactions.append(key);
    if (ids != m_ids || links != m_links || interactions != m_interactions)
        setSelection(ids, links, interactions);
    else
        currentEditor()->reload();
}

} // namespace OrgMap
