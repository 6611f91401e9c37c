#include "exportimagedialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <cmath>

namespace OrgMap {

ExportImageDialog::ExportImageDialog(const ExportOptions &initial, QSizeF mapSize,
                                     QSizeF selectionSize, QWidget *parent)
    : QDialog(parent), m_mapSize(mapSize), m_selectionSize(selectionSize),
      m_scale(new QButtonGroup(this)), m_transparent(new QCheckBox(tr("&Transparent background"))),
      m_whole(new QRadioButton(tr("&Whole map"))), m_selection(new QRadioButton(tr("&Selection"))),
      m_size(new QLabel)
{
    setWindowTitle(tr("Export PNG"));
    auto *form = new QFormLayout;
    auto *scaleRow = new QHBoxLayout;
    for (int factor : {1, 2, 4}) {
        auto *button = new QRadioButton(tr("%1×").arg(factor));
        button->setObjectName(u"scale%1"_qs.arg(factor));
        m_scale->addButton(button, factor);
        scaleRow->addWidget(button);
        if (std::abs(initial.scale - factor) < 0.01)
            button->setChecked(true);
    }
    if (!m_scale->checkedButton())
        m_scale->button(2)->setChecked(true);
    scaleRow->addStretch();
    form->addRow(tr("Scale:"), scaleRow);

    auto *areaRow = new QHBoxLayout;
    areaRow->addWidget(m_whole);
    areaRow->addWidget(m_selection);
    areaRow->addStretch();
    form->addRow(tr("Area:"), areaRow);
    const bool hasSelection = !selectionSize.isEmpty();
    m_selection->setEnabled(hasSelection);
    (initial.selectionOnly && hasSelection ? m_selection : m_whole)->setChecked(true);

    m_transparent->setChecked(initial.transparent);
    form->addRow(QString(), m_transparent);
    form->addRow(tr("Image size:"), m_size);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_scale, &QButtonGroup::idClicked, this, &ExportImageDialog::updateSize);
    connect(m_selection, &QRadioButton::toggled, this, &ExportImageDialog::updateSize);
    updateSize();
}

ExportOptions ExportImageDialog::options() const
{
    ExportOptions options;
    options.scale = m_scale->checkedId();
    options.transparent = m_transparent->isChecked();
    options.selectionOnly = m_selection->isChecked();
    return options;
}

void ExportImageDialog::updateSize()
{
    const QSizeF size =
        (m_selection->isChecked() ? m_selectionSize : m_mapSize) * m_scale->checkedId();
    m_size->setText(tr("%1 × %2 pixels").arg(qRound(size.width())).arg(qRound(size.height())));
}

} // namespace OrgMap
