#pragma once

#include "core/ids.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

namespace OrgMap {

class Document;

// Base of the Properties dock pages. A page shows one thing (an entity, a
// link, the map), re-reads it on every document change and turns each user
// edit into one Document call; it keeps no state of its own beyond the id.
class PropertyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PropertyEditor(Document *document, QWidget *parent = nullptr);

    Document *document() const { return m_document; }
    // Refreshes the fields from the document (programmatic: no edits result).
    void reload();

protected:
    virtual void load() = 0;
    bool loading() const { return m_loading; }

    QFormLayout *form() const { return m_form; }
    QLineEdit *addLineEdit(const QString &label, const QString &objectName);
    // A name field: at most Rules::kMaxNameLength characters, the limit shown.
    QLineEdit *addNameEdit(const QString &label, const QString &objectName);
    QPlainTextEdit *addTextEdit(const QString &label, const QString &objectName);
    QComboBox *addCombo(const QString &label, const QString &objectName);

    // Updates a field only when it differs, so the cursor of the field being
    // typed in does not jump.
    static void setText(QLineEdit *edit, const QString &text);
    static void setText(QPlainTextEdit *edit, const QString &text);
    // "(none)" plus every team/domain by name; `exclude` greys out domains
    // that would create a cycle.
    void fillTeams(QComboBox *combo, const TeamId &current) const;
    void fillDomains(QComboBox *combo, const DomainId &current,
                     const DomainId &cycleCheckFor = {}) const;
    static void selectData(QComboBox *combo, const QString &value);
    // Red frame and a tooltip when the document refused the value, and the
    // reason as statusMessage (the status bar says why, as for the canvas).
    void markInvalid(QWidget *field, const QString &reason);

signals:
    // Why an edit was refused; empty when a refused field is fine again.
    void statusMessage(const QString &text);

private:
    Document *m_document;
    QFormLayout *m_form;
    bool m_loading = false;
};

} // namespace OrgMap
