#include "asseteditor.h"

#include "document/document.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace OrgMap {

namespace {

enum PortColumn
{
    NameColumn,
    TypeColumn,
    LocationColumn
};

} // namespace

AssetEditor::AssetEditor(Document *document, QWidget *parent)
    : PropertyEditor(document, parent), m_idLabel(new QLabel(this))
{
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form()->addRow(tr("Id:"), m_idLabel);
    m_kind = addCombo(tr("&Kind:"), u"assetKind"_qs);
    m_kind->addItem(tr("Service"), int(AssetKind::Service));
    m_kind->addItem(tr("Data product"), int(AssetKind::DataProduct));
    m_name = addNameEdit(tr("&Name:"), u"assetName"_qs);
    m_description = addTextEdit(tr("&Description:"), u"assetDescription"_qs);
    m_domain = addCombo(tr("D&omain:"), u"assetDomain"_qs);
    m_owner = addCombo(tr("O&wner:"), u"assetOwner"_qs);
    m_tags = addLineEdit(tr("&Tags:"), u"assetTags"_qs);
    m_tags->setPlaceholderText(tr("comma, separated"));
    m_documentation = addLineEdit(tr("Documentation:"), u"assetDocumentation"_qs);
    m_documentation->setPlaceholderText(tr("URL or path"));
    m_contract = addLineEdit(tr("&Contract:"), u"assetContract"_qs);
    m_contract->setPlaceholderText(tr("URL or path of the schema"));
    m_classification = addCombo(tr("C&lassification:"), u"assetClassification"_qs);
    m_classification->addItem(tr("(unspecified)"), int(Classification::None));
    m_classification->addItem(tr("Public"), int(Classification::Public));
    m_classification->addItem(tr("Internal"), int(Classification::Internal));
    m_classification->addItem(tr("Confidential"), int(Classification::Confidential));
    m_classification->addItem(tr("Restricted"), int(Classification::Restricted));

    m_portsBox = new QWidget(this);
    auto *portsLayout = new QVBoxLayout(m_portsBox);
    portsLayout->setContentsMargins(0, 0, 0, 0);
    m_ports = new QTableWidget(0, 3, m_portsBox);
    m_ports->setObjectName(u"assetPorts"_qs);
    m_ports->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Location")});
    m_ports->horizontalHeader()->setStretchLastSection(true);
    m_ports->verticalHeader()->hide();
    m_ports->setMinimumHeight(110);
    auto *buttons = new QHBoxLayout;
    auto *addPort = new QPushButton(tr("Add port"), m_portsBox);
    m_removePort = new QPushButton(tr("Remove port"), m_portsBox);
    buttons->addWidget(addPort);
    buttons->addWidget(m_removePort);
    buttons->addStretch();
    portsLayout->addWidget(m_ports);
    portsLayout->addLayout(buttons);
    form()->addRow(tr("Ports:"), m_portsBox);

    auto text = [this](QLineEdit *edit, const QString &field, const QString &undoText,
                       void (*apply)(Asset &, const QString &)) {
        connect(edit, &QLineEdit::textEdited, this, [=, this](const QString &value) {
            Asset a = current();
            apply(a, value);
            commit(a, undoText, field);
        });
    };
    text(m_name, u"name"_qs, tr("Rename asset"), [](Asset &a, const QString &v) { a.name = v; });
    text(m_tags, u"tags"_qs, tr("Edit tags"), [](Asset &a, const QString &v) {
        a.tags.clear();
        for (const QString &tag : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!tag.trimmed().isEmpty())
                a.tags.append(tag.trimmed());
    });
    text(m_documentation, u"documentation"_qs, tr("Edit documentation link"),
         [](Asset &a, const QString &v) { a.documentation = v; });
    text(m_contract, u"contract"_qs, tr("Edit contract"),
         [](Asset &a, const QString &v) { a.contract = v; });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (loading())
            return;
        Asset a = current();
        a.description = m_description->toPlainText();
        commit(a, tr("Edit asset description"), u"description"_qs);
    });
    connect(m_kind, &QComboBox::activated, this, [this] {
        Asset a = current();
        a.kind = AssetKind(m_kind->currentData().toInt());
        if (a.kind == AssetKind::Service) {
            // A service may not carry data-product fields.
            a.ports.clear();
            a.contract.clear();
            a.classification = Classification::None;
        }
        commit(a, tr("Change asset kind"), {});
    });
    connect(m_classification, &QComboBox::activated, this, [this] {
        Asset a = current();
        a.classification = Classification(m_classification->currentData().toInt());
        commit(a, tr("Change classification"), {});
    });
    connect(m_domain, &QComboBox::activated, this, [this] {
        this->document()->setAssetDomain(m_id, DomainId(m_domain->currentData().toString()));
    });
    connect(m_owner, &QComboBox::activated, this, [this] {
        this->document()->setAssetOwner(m_id, TeamId(m_owner->currentData().toString()));
    });
    connect(m_ports, &QTableWidget::cellChanged, this, [this] { commitPorts(); });
    connect(m_ports, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removePort->setEnabled(m_ports->currentRow() >= 0); });
    connect(addPort, &QPushButton::clicked, this, [this] {
        Asset a = current();
        a.ports.append(Port{tr("port %1").arg(a.ports.size() + 1), PortType::Table, {}, {}});
        commit(a, tr("Add port"), {});
    });
    connect(m_removePort, &QPushButton::clicked, this, [this] {
        Asset a = current();
        const int row = m_ports->currentRow();
        if (row < 0 || row >= a.ports.size())
            return;
        a.ports.removeAt(row);
        commit(a, tr("Remove port"), {});
    });
}

void AssetEditor::setAsset(const AssetId &id)
{
    m_id = id;
    reload();
}

Asset AssetEditor::current() const
{
    return document()->data().assets.value(m_id);
}

void AssetEditor::load()
{
    const Asset a = current();
    const bool dataProduct = a.kind == AssetKind::DataProduct;
    m_idLabel->setText(a.id.str());
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(a.kind))));
    setText(m_name, a.name);
    markInvalid(m_name, {});
    setText(m_description, a.description);
    fillDomains(m_domain, a.domain);
    fillTeams(m_owner, a.owner);
    // Re-joining would drop a trailing comma being typed: compare parsed lists.
    QStringList typed;
    for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty())
            typed.append(tag.trimmed());
    if (typed != a.tags)
        m_tags->setText(a.tags.join(u", "_qs));
    setText(m_documentation, a.documentation);
    setText(m_contract, a.contract);
    m_classification->setCurrentIndex(
        std::max(0, m_classification->findData(int(a.classification))));
    form()->setRowVisible(m_contract, dataProduct);
    form()->setRowVisible(m_classification, dataProduct);
    form()->setRowVisible(m_portsBox, dataProduct);
    loadPorts(a);
}

void AssetEditor::loadPorts(const Asset &asset)
{
    const QSignalBlocker blocker(m_ports);
    const int currentRow = m_ports->currentRow();
    m_ports->setRowCount(int(asset.ports.size()));
    for (int row = 0; row < asset.ports.size(); ++row) {
        const Port &port = asset.ports.at(row);
        auto setCell = [&](int column, const QString &text) {
            QTableWidgetItem *item = m_ports->item(row, column);
            if (!item)
                m_ports->setItem(row, column, new QTableWidgetItem(text));
            else if (item->text() != text)
                item->setText(text);
        };
        setCell(NameColumn, port.name);
        setCell(LocationColumn, port.location);
        auto *type = qobject_cast<QComboBox *>(m_ports->cellWidget(row, TypeColumn));
        if (!type) {
            type = new QComboBox(m_ports);
            for (PortType t : {PortType::Table, PortType::Topic, PortType::Api, PortType::File})
                type->addItem(toString(t), int(t));
            connect(type, &QComboBox::activated, this, [this] { commitPorts(); });
            m_ports->setCellWidget(row, TypeColumn, type);
        }
        type->setCurrentIndex(std::max(0, type->findData(int(port.type))));
    }
    m_ports->setCurrentCell(std::min(currentRow, m_ports->rowCount() - 1), 0);
    m_removePort->setEnabled(m_ports->currentRow() >= 0);
}

void AssetEditor::commitPorts()
{
    if (loading())
        return;
    Asset a = current();
    for (int row = 0; row < m_ports->rowCount() && row < a.ports.size(); ++row) {
        Port &port = a.ports[row];
        if (const QTableWidgetItem *item = m_ports->item(row, NameColumn))
            port.name = item->text();
        if (const QTableWidgetItem *item = m_ports->item(row, LocationColumn))
            port.location = item->text();
        if (auto *type = qobject_cast<QComboBox *>(m_ports->cellWidget(row, TypeColumn)))
            port.type = PortType(type->currentData().toInt());
    }
    commit(a, tr("Edit ports"), {});
}

void AssetEditor::commit(const Asset &asset, const QString &text, const QString &field)
{
    if (loading())
        return;
    const QString problem = document()->checkAsset(asset, document()->data());
    if (field == u"name"_qs)
        markInvalid(m_name, problem);
    if (!problem.isEmpty())
        return;
    document()->changeAsset(asset, text,
                            field.isEmpty() ? QString() : m_id.str() + u"/"_qs + field);
}

} // namespace OrgMap
