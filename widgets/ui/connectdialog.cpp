#include "connectdialog.h"

#include "kindnames.h"

#include "document/document.h"
#include "mapscene.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace OrgMap {

ConnectDialog::ConnectDialog(MapScene *scene, const QString &first, const QString &second,
                             QWidget *parent)
    : QDialog(parent), m_scene(scene), m_from(first), m_to(second),
      m_teams(scene->document()->data().kindOf(first) == EntityKind::Team), m_text(new QLabel),
      m_kind(new QComboBox)
{
    setWindowTitle(m_teams ? tr("Connect teams") : tr("Connect assets"));
    m_kind->setObjectName(u"connectKind"_qs);
    if (m_teams) {
        for (InteractionMode mode : kAllInteractionModes)
            m_kind->addItem(interactionModeName(mode), int(mode));
    } else {
        for (LinkKind kind : kAllLinkKinds)
            m_kind->addItem(linkKindName(kind), int(kind));
    }
    m_text->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(m_text);
    form->addRow(m_teams ? tr("&Mode:") : tr("&Kind:"), m_kind);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *swapButton =
        buttons->addButton(tr("&Swap direction"), QDialogButtonBox::ActionRole);
    connect(swapButton, &QPushButton::clicked, this, &ConnectDialog::swap);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateText();
}

void ConnectDialog::swap()
{
    std::swap(m_from, m_to);
    updateText();
}

void ConnectDialog::updateText()
{
    const MapData &map = m_scene->document()->data();
    if (m_teams)
        m_text->setText(tr("From <b>%1</b> to <b>%2</b>")
                            .arg(map.teams.value(TeamId(m_from)).name.toHtmlEscaped(),
                                 map.teams.value(TeamId(m_to)).name.toHtmlEscaped()));
    else
        m_text->setText(tr("<b>%1</b> depends on <b>%2</b>")
                            .arg(map.assets.value(AssetId(m_from)).name.toHtmlEscaped(),
                                 map.assets.value(AssetId(m_to)).name.toHtmlEscaped()));
}

bool ConnectDialog::apply()
{
    const int value = m_kind->currentData().toInt();
    const bool ok =
        m_teams ? m_scene->connectTeams(TeamId(m_from), TeamId(m_to), InteractionMode(value))
                : m_scene->connectAssets(AssetId(m_from), AssetId(m_to), LinkKind(value));
    if (!ok && isVisible())
        QMessageBox::warning(this, windowTitle(),
                             m_teams ? tr("These teams already interact that way.")
                                     : tr("There already is such a link between these assets."));
    return ok;
}

} // namespace OrgMap
