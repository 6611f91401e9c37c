#include "domaineditor.h"

#include "document/document.h"
#include "theme.h"

#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>

namespace OrgMap {

DomainEditor::DomainEditor(Document *document, QWidget *parent)
    : PropertyEditor(document, parent), m_idLabel(new QLabel(this))
{
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form()->addRow(tr("Id:"), m_idLabel);
    m_name = addNameEdit(tr("&Name:"), u"domainName"_qs);
    m_description = addTextEdit(tr("&Description:"), u"domainDescription"_qs);

    auto *colorRow = new QWidget(this);
    auto *colorLayout = new QHBoxLayout(colorRow);
    colorLayout->setContentsMargins(0, 0, 0, 0);
    m_color = new QPushButton(colorRow);
    m_color->setObjectName(u"domainColor"_qs);
    m_clearColor = new QPushButton(tr("Automatic"), colorRow);
    m_clearColor->setToolTip(tr("Use a colour derived from the domain"));
    colorLayout->addWidget(m_color, 1);
    colorLayout->addWidget(m_clearColor);
    form()->addRow(tr("&Colour:"), colorRow);

    m_parent = addCombo(tr("&Inside:"), u"domainParent"_qs);
    m_owner = addCombo(tr("&Owner:"), u"domainOwner"_qs);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        Domain d = this->document()->data().domains.value(m_id);
        d.name = text;
        commit(d, tr("Rename domain"), u"name"_qs);
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (loading())
            return;
        Domain d = this->document()->data().domains.value(m_id);
        d.description = m_description->toPlainText();
        commit(d, tr("Edit domain description"), u"description"_qs);
    });
    connect(m_color, &QPushButton::clicked, this, &DomainEditor::chooseColor);
    connect(m_clearColor, &QPushButton::clicked, this, [this] {
        Domain d = this->document()->data().domains.value(m_id);
        d.color.clear();
        commit(d, tr("Change domain colour"), {});
    });
    connect(m_parent, &QComboBox::activated, this, [this] {
        this->document()->setDomainParent(m_id, DomainId(m_parent->currentData().toString()));
    });
    connect(m_owner, &QComboBox::activated, this, [this] {
        this->document()->setDomainOwner(m_id, TeamId(m_owner->currentData().toString()));
    });
}

void DomainEditor::setDomain(const DomainId &id)
{
    m_id = id;
    reload();
}

void DomainEditor::load()
{
    const Domain d = document()->data().domains.value(m_id);
    m_idLabel->setText(d.id.str());
    setText(m_name, d.name);
    markInvalid(m_name, {});
    setText(m_description, d.description);
    const QColor fill = Theme::current().domainFill(d, 0);
    QPixmap swatch(28, 16);
    swatch.fill(fill);
    QPainter(&swatch).drawRect(swatch.rect().adjusted(0, 0, -1, -1));
    m_color->setIcon(QIcon(swatch));
    m_color->setText(d.color.isEmpty() ? tr("Automatic") : d.color);
    m_clearColor->setEnabled(!d.color.isEmpty());
    fillDomains(m_parent, d.parent, d.id);
    fillTeams(m_owner, d.owner);
}

void DomainEditor::commit(const Domain &domain, const QString &text, const QString &field)
{
    if (loading())
        return;
    const QString problem = document()->checkDomain(domain, document()->data());
    if (field == u"name"_qs)
        markInvalid(m_name, problem);
    if (!problem.isEmpty())
        return;
    // Same merge key for consecutive keystrokes: typing a name is one step.
    document()->changeDomain(domain, text,
                             field.isEmpty() ? QString() : m_id.str() + u"/"_qs + field);
}

void DomainEditor::chooseColor()
{
    Domain d = document()->data().domains.value(m_id);
    const QColor initial = Theme::current().domainFill(d, 0);
    const QColor color = QColorDialog::getColor(initial, this, tr("Domain colour"));
    if (!color.isValid())
        return;
    d.color = color.name(QColor::HexRgb);
    commit(d, tr("Change domain colour"), {});
}

} // namespace OrgMap
