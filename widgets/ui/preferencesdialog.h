#pragma once

#include "analysis/analysis.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
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

signals:
    void applied(const OrgMap::AnalysisOptions &options);

private:
    QGroupBox *createLanguageGroup();
    void saveLanguage() const;

    QComboBox *m_language = nullptr;
    AnalysisOptions m_base; // the fields this dialog does not show
    QSpinBox *m_threshold;
    QDoubleSpinBox *m_weights[3];
};

} // namespace OrgMap
