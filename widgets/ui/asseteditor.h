#pragma once

#include "propertyeditor.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace OrgMap {

struct Asset;

// Properties of one service or data product. Data-product rows (contract,
// classification, ports) are shown only for data products.
class AssetEditor : public PropertyEditor
{
    Q_OBJECT

public:
    explicit AssetEditor(Document *document, QWidget *parent = nullptr);
    void setAsset(const AssetId &id);

protected:
    void load() override;

private:
    Asset current() const;
    void commit(const Asset &asset, const QString &text, const QString &field);
    void loadPorts(const Asset &asset);
    void commitPorts();

    AssetId m_id;
    QLabel *m_idLabel;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QComboBox *m_domain;
    QComboBox *m_owner;
    QLineEdit *m_tags;
    QLineEdit *m_documentation;
    QLineEdit *m_contract;
    QComboBox *m_classification;
    QTableWidget *m_ports;
    QWidget *m_portsBox;
    QPushButton *m_removePort;
};

} // namespace OrgMap
