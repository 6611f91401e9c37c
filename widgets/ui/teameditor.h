#pragma once

#include "propertyeditor.h"

class QLabel;

namespace OrgMap {

struct Team;

// Properties of one team: name, Team Topologies type, description, and what
// it owns (read-only: ownership is edited on the assets and domains).
class TeamEditor : public PropertyEditor
{
    Q_OBJECT

public:
    explicit TeamEditor(Document *document, QWidget *parent = nullptr);
    void setTeam(const TeamId &id);

protected:
    void load() override;

private:
    void commit(const Team &team, const QString &text, const QString &field);

    TeamId m_id;
    QLabel *m_idLabel;
    QLineEdit *m_name;
    QComboBox *m_type;
    QPlainTextEdit *m_description;
    QLabel *m_owns;
};

} // namespace OrgMap
