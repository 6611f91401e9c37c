#pragma once

#include "propertyeditor.h"

class QLabel;
class QTimer;

namespace OrgMap {

// The map's own name and description, shown when nothing is selected, with
// the map's counts.
class MapInfoEditor : public PropertyEditor
{
    Q_OBJECT

public:
    explicit MapInfoEditor(Document *document, QWidget *parent = nullptr);

protected:
    void load() override;

private:
    void commit();

    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLabel *m_counts;
    QTimer *m_typingPause;
};

} // namespace OrgMap
