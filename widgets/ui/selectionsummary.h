#pragma once

#include "propertyeditor.h"

class QLabel;

namespace OrgMap {

// Shown for a multi-selection: what is selected, and an owner that can be
// given to every selected asset and domain at once.
class SelectionSummary : public PropertyEditor
{
    Q_OBJECT

public:
    explicit SelectionSummary(Document *document, QWidget *parent = nullptr);
    void setSelection(const QStringList &ids, int links, int interactions);

protected:
    void load() override;

private:
    void assignOwner();

    QStringList m_ids;
    int m_links = 0;
    int m_interactions = 0;
    QLabel *m_summary;
    QComboBox *m_owner;
};

} // namespace OrgMap
