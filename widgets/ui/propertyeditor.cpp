#include "propertyeditor.h"

#include "core/rules.h"
#include "document/document.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QStyle>
#include <algorithm>

namespace OrgMap {

PropertyEditor::PropertyEditor(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(10, 10, 10, 10);
    m_form->setVerticalSpacing(8);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
}

void PropertyEditor::reload()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    load();
    m_loading = wasLoading;
}

QLineEdit *PropertyEditor::addLineEdit(const QString &label, const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setClearButtonEnabled(false);
    m_form->addRow(label, edit);
    return edit;
}

QLineEdit *PropertyEditor::addNameEdit(const QString &label, const QString &objectName)
{
    QLineEdit *edit = addLineEdit(label, objectName);
    // What the model accepts: longer cannot be typed, and the limit is shown.
    edit->setMaxLength(Rules::kMaxNameLength);
    edit->setPlaceholderText(tr("1 to %1 characters").arg(Rules::kMaxNameLength));
    edit->setProperty("hint", tr("A name of 1 to %1 characters").arg(Rules::kMaxNameLength));
    edit->setToolTip(edit->property("hint").toString());
    return edit;
}

QPlainTextEdit *PropertyEditor::addTextEdit(const QString &label, const QString &objectName)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 5 + 12);
    m_form->addRow(label, edit);
    return edit;
}

QComboBox *PropertyEditor::addCombo(const QString &label, const QString &objectName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    m_form->addRow(label, combo);
    return combo;
}

void PropertyEditor::setText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void PropertyEditor::setText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

void PropertyEditor::fillTeams(QComboBox *combo, const TeamId &current) const
{
    QList<const Team *> teams;
    for (const Team &t : m_document->data().teams)
        teams.append(&t);
    std::sort(teams.begin(), teams.end(), [](const Team *a, const Team *b) {
        return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
    });
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("(nobody)"), QString());
    for (const Team *t : teams)
        combo->addItem(t->name, t->id.str());
    selectData(combo, current.str());
}

void PropertyEditor::fillDomains(QComboBox *combo, const DomainId &current,
                                 const DomainId &cycleCheckFor) const
{
    const MapData &map = m_document->data();
    QList<const Domain *> domains;
    for (const Domain &d : map.domains)
        domains.append(&d);
    std::sort(domains.begin(), domains.end(), [](const Domain *a, const Domain *b) {
        return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
    });
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("(none)"), QString());
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    for (const Domain *d : domains) {
        combo->addItem(d->name, d->id.str());
        if (!cycleCheckFor.isNull() && map.wouldCreateCycle(cycleCheckFor, d->id) && model)
            model->item(combo->count() - 1)->setEnabled(false);
    }
    selectData(combo, current.str());
}

void PropertyEditor::selectData(QComboBox *combo, const QString &value)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

void PropertyEditor::markInvalid(QWidget *field, const QString &reason)
{
    const bool invalid = !reason.isEmpty();
    const bool wasInvalid = field->property("invalid").toBool();
    if (wasInvalid != invalid) {
        field->setProperty("invalid", invalid);
        field->style()->unpolish(field);
        field->style()->polish(field);
    }
    field->setToolTip(invalid ? reason : field->property("hint").toString());
    if (invalid)
        emit statusMessage(tr("Not changed: %1").arg(reason));
    else if (wasInvalid)
        emit statusMessage({}); // the refusal no longer applies
}

} // namespace OrgMap
