#pragma once

#include "analysis/analysis.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace OrgMap {

// Edit > Preferences: the analysis settings that shape the highlights and
// findings (hotspot threshold, link weights by kind). `applied` is emitted
// on OK and Apply, so that the live analysis re-runs at once. The language
// is saved on OK and Apply too, but takes effect at the next start: the
// widgets are built once with their texts translated.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const AnalysisOptions &options, QWidget *parent = nullptr);

    AnalysisOptions options() const;
    void setOptions(const AnalysisOptions &options);
    // Which policy is in force (a path, "None", or why it is not applied);
    // `chosen`: picked here rather than found beside the map.
    void setPolicy(const QString &description, bool chosen);

signals:
    void applied(const OrgMap::AnalysisOptions &options);
    // A policy file picked with Choose..., or "" for the one beside the map.
    void policyChosen(const QString &path);

private:
    QGroupBox *createLanguageGroup();
    QGroupBox *createPresentationGroup();
    QGroupBox *createPolicyGroup();
    void saveLanguage() const; // and the presentation theme

    QComboBox *m_language = nullptr;
    QComboBox *m_presentationTheme = nullptr; // light, dark
    QLabel *m_policy = nullptr;
    QPushButton *m_besideMap = nullptr;
    AnalysisOptions m_base; // the fields this dialog does not show
    QSpinBox *m_threshold;
    QDoubleSpinBox *m_weights[3];
};

} // namespace OrgMap
