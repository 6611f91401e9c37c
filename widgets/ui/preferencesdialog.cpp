#include "preferencesdialog.h"

#include "appsettings.h"
#include "i18n.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace OrgMap {

PreferencesDialog::PreferencesDialog(const AnalysisOptions &options, QWidget *parent)
    : QDialog(parent), m_base(options), m_threshold(new QSpinBox(this))
{
    setObjectName(u"preferencesDialog"_qs);
    setWindowTitle(tr("Preferences"));
    m_threshold->setObjectName(u"hotspotThreshold"_qs);
    m_threshold->setRange(1, AppSettings::kMaxHotspotThreshold);
    m_threshold->setSuffix(tr(" cross-domain links"));
    const QString names[3] = {u"weightApi"_qs, u"weightData"_qs, u"weightEvent"_qs};
    for (int i = 0; i < 3; ++i) {
        m_weights[i] = new QDoubleSpinBox(this);
        m_weights[i]->setObjectName(names[i]);
        m_weights[i]->setRange(0, AppSettings::kMaxLinkWeight);
        m_weights[i]->setDecimals(2);
        m_weights[i]->setSingleStep(0.05);
    }

    auto *group = new QGroupBox(tr("Analysis"), this);
    auto *form = new QFormLayout(group);
    form->addRow(tr("&Hotspot threshold:"), m_threshold);
    form->addRow(tr("Weight of &API links:"), m_weights[0]);
    form->addRow(tr("Weight of &data links:"), m_weights[1]);
    form->addRow(tr("Weight of &event links:"), m_weights[2]);
    auto *note = new QLabel(tr("An asset is a hotspot when it has at least this many links "
                               "across domain boundaries. The weights add up to its coupling "
                               "score and to the domain coupling matrix."),
                            group);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(note);

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                 QDialogButtonBox::Apply | QDialogButtonBox::RestoreDefaults,
                             this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        saveLanguage();
        emit applied(this->options());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        saveLanguage();
        emit applied(this->options());
    });
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] {
                const AnalysisOptions defaults;
                m_threshold->setValue(defaults.hotspotThreshold);
                for (int i = 0; i < 3; ++i)
                    m_weights[i]->setValue(defaults.linkWeights[i]);
            });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(group);
    layout->addWidget(createPolicyGroup());
    layout->addWidget(createPresentationGroup());
    layout->addWidget(createLanguageGroup());
    layout->addWidget(buttons);
    setOptions(options);
}

QGroupBox *PreferencesDialog::createPresentationGroup()
{
    auto *group = new QGroupBox(tr("Presentation"), this);
    m_presentationTheme = new QComboBox(group);
    m_presentationTheme->setObjectName(u"presentationTheme"_qs);
    m_presentationTheme->addItem(tr("Light (bright rooms)"), false);
    m_presentationTheme->addItem(tr("Dark (dim rooms)"), true);
    m_presentationTheme->setCurrentIndex(AppSettings::presentationDark() ? 1 : 0);
    auto *form = new QFormLayout(group);
    form->addRow(tr("&Projector theme:"), m_presentationTheme);
    return group;
}

QGroupBox *PreferencesDialog::createLanguageGroup()
{
    auto *group = new QGroupBox(tr("Language"), this);
    m_language = new QComboBox(group);
    m_language->setObjectName(u"language"_qs);
    // Each language under its own name, so that it can be found from any UI.
    m_language->addItem(tr("System default"), QString());
    for (const QString &code : I18n::availableLanguages())
        m_language->addItem(I18n::nativeLanguageName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(I18n::savedLanguage())));
    auto *form = new QFormLayout(group);
    form->addRow(tr("&User interface:"), m_language);
    auto *note = new QLabel(tr("A new language takes effect when OrgMap is started again."), group);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(note);
    return group;
}

QGroupBox *PreferencesDialog::createPolicyGroup()
{
    auto *group = new QGroupBox(tr("Policy"), this);
    m_policy = new QLabel(group);
    m_policy->setObjectName(u"policyInForce"_qs);
    m_policy->setWordWrap(true);
    m_policy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *choose = new QPushButton(tr("&Choose…"), group);
    choose->setObjectName(u"choosePolicy"_qs);
    m_besideMap = new QPushButton(tr("&Beside the Map"), group);
    m_besideMap->setObjectName(u"policyBesideMap"_qs);
    m_besideMap->setToolTip(tr("Use the policy file found beside the map again"));
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Choose Policy"), AppSettings::lastDirectory(),
                                         tr("OrgMap policy (*.orgmap-policy.json);;JSON (*.json)"));
        if (!path.isEmpty())
            emit policyChosen(path);
    });
    connect(m_besideMap, &QPushButton::clicked, this, [this] { emit policyChosen(QString()); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(choose);
    buttons->addWidget(m_besideMap);
    buttons->addStretch(1);
    auto *form = new QFormLayout(group);
    form->addRow(tr("In force:"), m_policy);
    form->addRow(buttons);
    auto *note = new QLabel(tr("A policy sets the severity of each rule, turns rules off or the "
                               "FAIR rules on. OrgMap uses <i>map</i>.orgmap-policy.json or "
                               "orgmap-policy.json beside the map unless you choose one."),
                            group);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(note);
    setPolicy(tr("None"), false);
    return group;
}

void PreferencesDialog::setPolicy(const QString &description, bool chosen)
{
    m_policy->setText(description);
    m_besideMap->setEnabled(chosen);
}

void PreferencesDialog::saveLanguage() const
{
    I18n::setSavedLanguage(m_language->currentData().toString());
    AppSettings::setPresentationDark(m_presentationTheme->currentData().toBool());
}

AnalysisOptions PreferencesDialog::options() const
{
    AnalysisOptions options = m_base;
    options.hotspotThreshold = m_threshold->value();
    for (int i = 0; i < 3; ++i)
        options.linkWeights[i] = m_weights[i]->value();
    return options;
}

void PreferencesDialog::setOptions(const AnalysisOptions &options)
{
    m_base = options;
    m_threshold->setValue(options.hotspotThreshold);
    for (int i = 0; i < 3; ++i)
        m_weights[i]->setValue(options.linkWeights[i]);
}

} // namespace OrgMap
