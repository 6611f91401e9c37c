#include "connectioneditor.h"

#include "kindnames.h"

#include "document/document.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>

namespace OrgMap {

ConnectionEditor::ConnectionEditor(Document *document, QWidget *parent)
    : PropertyEditor(document, parent), m_ends(new QLabel(this))
{
    m_ends->setWordWrap(true);
    form()->addRow(tr("Connects:"), m_ends);
    m_kind = addCombo(tr("&Kind:"), u"connectionKind"_qs);
    m_label = addLineEdit(tr("&Label:"), u"linkLabel"_qs);
    connect(m_kind, &QComboBox::activated, this, &ConnectionEditor::changeKind);
    // Link edits do not merge, so the label is committed when editing ends
    // rather than per keystroke: one undo step per label edit.
    connect(m_label, &QLineEdit::editingFinished, this, [this] {
        if (loading() || !m_link)
            return;
        Link link = this->document()->data().links.value(*m_link);
        if (link.label == m_label->text())
            return;
        link.label = m_label->text();
        this->document()->changeLink(link, tr("Edit link label"));
    });
}

void ConnectionEditor::setLink(const LinkKey &key)
{
    m_link = key;
    m_interaction.reset();
    const QSignalBlocker blocker(m_kind);
    m_kind->clear();
    for (LinkKind kind : kAllLinkKinds)
        m_kind->addItem(linkKindName(kind), int(kind));
    reload();
}

void ConnectionEditor::setInteraction(const InteractionKey &key)
{
    m_interaction = key;
    m_link.reset();
    const QSignalBlocker blocker(m_kind);
    m_kind->clear();
    for (InteractionMode mode : kAllInteractionModes)
        m_kind->addItem(interactionModeName(mode), int(mode));
    reload();
}

void ConnectionEditor::load()
{
    const MapData &map = document()->data();
    if (m_link) {
        m_ends->setText(
            tr("%1 depends on %2")
                .arg(map.assets.value(m_link->from).name, map.assets.value(m_link->to).name));
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(m_link->kind))));
        setText(m_label, map.links.value(*m_link).label);
        form()->setRowVisible(m_label, true);
    } else if (m_interaction) {
        m_ends->setText(tr("%1 and %2")
                            .arg(map.teams.value(m_interaction->from).name,
                                 map.teams.value(m_interaction->to).name));
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(m_interaction->mode))));
        form()->setRowVisible(m_label, false);
    }
}

void ConnectionEditor::changeKind()
{
    Document *doc = document();
    const int value = m_kind->currentData().toInt();
    if (m_link) {
        Link link = doc->data().links.value(*m_link);
        link.key.kind = LinkKind(value);
        if (link.key == *m_link)
            return;
        if (doc->data().links.contains(link.key)) {
            markInvalid(m_kind, tr("There already is such a link between these assets."));
            reload();
            return;
        }
        markInvalid(m_kind, {});
        doc->undoStack()->beginMacro(tr("Change link kind"));
        doc->remove({}, {*m_link});
        doc->addLink(link);
        doc->undoStack()->endMacro();
        m_link = link.key;
        emit linkReplaced(link.key);
    } else if (m_interaction) {
        Interaction interaction = doc->data().interactions.value(*m_interaction);
        interaction.key.mode = InteractionMode(value);
        if (interaction.key == *m_interaction)
            return;
        if (doc->data().interactions.contains(interaction.key)) {
            markInvalid(m_kind, tr("These teams already interact that way."));
            reload();
            return;
        }
        markInvalid(m_kind, {});
        doc->undoStack()->beginMacro(tr("Change interaction mode"));
        doc->remove({}, {}, {*m_interaction});
        doc->addInteraction(interaction);
        doc->undoStack()->endMacro();
        m_interaction = interaction.key;
        emit interactionReplaced(interaction.key);
    }
    reload();
}

} // namespace OrgMap
