#pragma once

#include "core/entities.h"
#include "propertyeditor.h"

#include <optional>

class QLabel;

namespace OrgMap {

// Properties of one link (kind, label) or one team interaction (mode). The
// kind and mode are part of the identity, so changing them replaces the
// connection in one undo step.
class ConnectionEditor : public PropertyEditor
{
    Q_OBJECT

public:
    explicit ConnectionEditor(Document *document, QWidget *parent = nullptr);
    void setLink(const LinkKey &key);
    void setInteraction(const InteractionKey &key);

signals:
    // The connection got a new key (kind or mode changed): the selection follows.
    void linkReplaced(const OrgMap::LinkKey &key);
    void interactionReplaced(const OrgMap::InteractionKey &key);

protected:
    void load() override;

private:
    void changeKind();

    std::optional<LinkKey> m_link;
    std::optional<InteractionKey> m_interaction;
    QLabel *m_ends;
    QComboBox *m_kind;
    QLineEdit *m_label;
};

} // namespace OrgMap
