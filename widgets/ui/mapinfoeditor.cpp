#include "mapinfoeditor.h"

#include "core/rules.h"
#include "document/document.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>

namespace OrgMap {

MapInfoEditor::MapInfoEditor(Document *document, QWidget *parent)
    : PropertyEditor(document, parent), m_counts(new QLabel(this)), m_typingPause(new QTimer(this))
{
    m_name = addNameEdit(tr("Map &name:"), u"mapName"_qs);
    m_description = addTextEdit(tr("&Description:"), u"mapDescription"_qs);
    m_counts->setWordWrap(true);
    form()->addRow(tr("Contains:"), m_counts);
    auto *hint = new QLabel(tr("Select something on the map to edit it here."), this);
    hint->setObjectName(u"hint"_qs);
    hint->setWordWrap(true);
    form()->addRow(hint);

    // Map info edits do not merge; commit after a pause in typing or when
    // editing ends, so that typing a sentence is one undo step.
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(800);
    connect(m_typingPause, &QTimer::timeout, this, &MapInfoEditor::commit);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        markInvalid(
            m_name,
            Rules::isValidName(text)
                ? QString()
                : tr("A map needs a name (1 to %1 characters).").arg(Rules::kMaxNameLength));
        m_typingPause->start();
    });
    connect(m_name, &QLineEdit::editingFinished, this, &MapInfoEditor::commit);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!loading())
            m_typingPause->start();
    });
}

void MapInfoEditor::commit()
{
    m_typingPause->stop();
    MapInfo info = document()->data().info;
    const QString name = m_name->text();
    if (Rules::isValidName(name))
        info.name = name;
    info.description = m_description->toPlainText();
    if (info != document()->data().info)
        document()->changeInfo(info, tr("Edit map properties"));
}

void MapInfoEditor::load()
{
    const MapData &map = document()->data();
    if (!m_name->hasFocus())
        setText(m_name, map.info.name);
    if (!m_description->hasFocus())
        setText(m_description, map.info.description);
    // One pattern for the list, so a translator sets its punctuation ("、" in
    // Chinese) and conjunction.
    m_counts->setText(tr("%1, %2, %3 and %4", "map contents: domains, teams, assets, links")
                          .arg(tr("%n domain(s)", nullptr, int(map.domains.size())),
                               tr("%n team(s)", nullptr, int(map.teams.size())),
                               tr("%n asset(s)", nullptr, int(map.assets.size())),
                               tr("%n link(s)", nullptr, int(map.links.size()))));
}

} // namespace OrgMap
