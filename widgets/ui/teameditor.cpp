#include "teameditor.h"

#include "document/document.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace OrgMap {

TeamEditor::TeamEditor(Document *document, QWidget *parent)
    : PropertyEditor(document, parent), m_idLabel(new QLabel(this)), m_owns(new QLabel(this))
{
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form()->addRow(tr("Id:"), m_idLabel);
    m_name = addNameEdit(tr("&Name:"), u"teamName"_qs);
    m_type = addCombo(tr("&Type:"), u"teamType"_qs);
    m_type->addItem(tr("(unspecified)"), int(TeamType::None));
    m_type->addItem(tr("Stream-aligned"), int(TeamType::StreamAligned));
    m_type->addItem(tr("Platform"), int(TeamType::Platform));
    m_type->addItem(tr("Enabling"), int(TeamType::Enabling));
    m_type->addItem(tr("Complicated subsystem"), int(TeamType::ComplicatedSubsystem));
    m_description = addTextEdit(tr("&Description:"), u"teamDescription"_qs);
    m_owns->setWordWrap(true);
    form()->addRow(tr("Owns:"), m_owns);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        Team t = this->document()->data().teams.value(m_id);
        t.name = text;
        commit(t, tr("Rename team"), u"name"_qs);
    });
    connect(m_type, &QComboBox::activated, this, [this] {
        Team t = this->document()->data().teams.value(m_id);
        t.type = TeamType(m_type->currentData().toInt());
        commit(t, tr("Change team type"), {});
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (loading())
            return;
        Team t = this->document()->data().teams.value(m_id);
        t.description = m_description->toPlainText();
        commit(t, tr("Edit team description"), u"description"_qs);
    });
}

void TeamEditor::setTeam(const TeamId &id)
{
    m_id = id;
    reload();
}

void TeamEditor::load()
{
    const MapData &map = document()->data();
    const Team t = map.teams.value(m_id);
    m_idLabel->setText(t.id.str());
    setText(m_name, t.name);
    markInvalid(m_name, {});
    m_type->setCurrentIndex(std::max(0, m_type->findData(int(t.type))));
    setText(m_description, t.description);
    int assets = 0;
    int domains = 0;
    for (const Asset &a : map.assets)
        assets += a.owner == m_id ? 1 : 0;
    for (const Domain &d : map.domains)
        domains += d.owner == m_id ? 1 : 0;
    m_owns->setText(
        tr("%1 and %2", "a team owns: assets, domains")
            .arg(tr("%n asset(s)", nullptr, assets), tr("%n domain(s)", nullptr, domains)));
}

void TeamEditor::commit(const Team &team, const QString &text, const QString &field)
{
    if (loading())
        return;
    const QString problem = document()->checkTeam(team, document()->data());
    if (field == u"name"_qs)
        markInvalid(m_name, problem);
    if (!problem.isEmpty())
        return;
    document()->changeTeam(team, text, field.isEmpty() ? QString() : m_id.str() + u"/"_qs + field);
}

} // namespace OrgMap
