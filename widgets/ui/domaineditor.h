#pragma once

#include "propertyeditor.h"

class QLabel;
class QPushButton;

namespace OrgMap {

struct Domain;

// Properties of one domain: name, description, colour, parent, owner.
class DomainEditor : public PropertyEditor
{
    Q_OBJECT

public:
    explicit DomainEditor(Document *document, QWidget *parent = nullptr);
    void setDomain(const DomainId &id);

protected:
    void load() override;

private:
    void commit(const Domain &domain, const QString &text, const QString &field);
    void chooseColor();

    DomainId m_id;
    QLabel *m_idLabel;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QPushButton *m_color;
    QPushButton *m_clearColor;
    QComboBox *m_parent;
    QComboBox *m_owner;
};

} // namespace OrgMap
