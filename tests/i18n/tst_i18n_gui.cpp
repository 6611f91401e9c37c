// The editor in German: the translator installed as the executables do it,
// then menus and analysis findings must come out translated.
#include "analysis/analysis.h"
#include "analysis/numbers.h"
#include "analysisrunner.h"
#include "document/document.h"
#include "i18n.h"
#include "mainwindow.h"
#include "preferencesdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace OrgMap;

class TestI18nGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void menuTitlesAreGerman();
    void findingMessageIsGerman();
    void undoTextIsOneGermanSentence();
    void germanLabelsAreNotCut_data();
    void germanLabelsAreNotCut();
    void preferencesSaveTheLanguage();
    void germanNumbersInFindings();
    void englishCountsHavePluralForms();

private:
    QStringList menuTitles(MainWindow &window) const;
    QTemporaryDir m_dir;
};

void TestI18nGui::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QString error;
    QVERIFY2(I18n::installTranslators(u"de"_qs, &error), qPrintable(error));
}

void TestI18nGui::cleanupTestCase()
{
    I18n::installTranslators(u"en"_qs);
}

QStringList TestI18nGui::menuTitles(MainWindow &window) const
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

void TestI18nGui::menuTitlesAreGerman()
{
    MainWindow window(false);
    const QStringList titles = menuTitles(window);
    for (const QString &expected :
         {u"&Datei"_qs, u"&Bearbeiten"_qs, u"&Ansicht"_qs, u"&Einfügen"_qs, u"&Hilfe"_qs})
        QVERIFY2(titles.contains(expected), qPrintable(titles.join(u" | "_qs)));
    for (const QString &english : {u"&File"_qs, u"&Edit"_qs, u"&View"_qs, u"&Help"_qs})
        QVERIFY2(!titles.contains(english), qPrintable(titles.join(u" | "_qs)));
    QAction *save = window.action(u"actionSave"_qs);
    QVERIFY(save);
    QCOMPARE(save->text(), u"&Speichern"_qs);
}

void TestI18nGui::findingMessageIsGerman()
{
    MapData map;
    Asset asset;
    asset.id = AssetId(u"s-billing"_qs);
    asset.kind = AssetKind::Service;
    asset.name = u"Billing"_qs;
    map.assets.insert(asset.id, asset);
    const AnalysisResult result = analyze(map);
    QString message;
    for (const Finding &finding : result.findings)
        if (finding.rule == Rule::Unowned)
            message = finding.message;
    QCOMPARE(message, u"Service „Billing“ (s-billing) hat kein zuständiges Team."_qs);
}

void TestI18nGui::undoTextIsOneGermanSentence()
{
    // "Undo %1" is translated whole: German reads "Rückgängig: Domäne „X“
    // hinzufügen", not the English word order glued from two fragments.
    MainWindow window(false);
    QAction *undo = window.action(u"actionUndo"_qs);
    QAction *redo = window.action(u"actionRedo"_qs);
    QVERIFY(undo && redo);
    QCOMPARE(undo->text(), u"&Rückgängig"_qs);
    QVERIFY(!undo->isEnabled());
    Domain domain;
    domain.id = DomainId(u"d-sales"_qs);
    domain.name = u"Vertrieb"_qs;
    domain.geometry = Geometry{0, 0, 300, 200, {}};
    QVERIFY(window.document()->addDomain(domain));
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), u"&Rückgängig: Domäne „Vertrieb“ hinzufügen"_qs);
    undo->trigger();
    QCOMPARE(undo->text(), u"&Rückgängig"_qs);
    QVERIFY(redo->isEnabled());
    QCOMPARE(redo->text(), u"&Wiederholen: Domäne „Vertrieb“ hinzufügen"_qs);
    QVERIFY(window.document()->data().domains.isEmpty());
}

void TestI18nGui::germanLabelsAreNotCut_data()
{
    // Nothing selected shows the map's properties; a data product shows the
    // longest form (classification, contract, ports).
    QTest::addColumn<QString>("select");
    QTest::newRow("map") << QString();
    QTest::newRow("data product") << u"dp-orders"_qs;
    QTest::newRow("team") << u"t-checkout"_qs;
}

void TestI18nGui::germanLabelsAreNotCut()
{
    QFETCH(QString, select);
    // German labels are longer: at the screenshot size every visible label and
    // button must get at least the width its text needs (a layout squeezing
    // it below that cuts the text off).
    MainWindow window(false);
    QStringList errors;
    QVERIFY2(
        window.loadFile(
            QStringLiteral(ORGMAP_TEST_DATA "/../../resources/examples/acme.orgmap.json"), &errors),
        qPrintable(errors.join(u"\n"_qs)));
    window.resize(1600, 1000);
    window.show();
    if (!select.isEmpty())
        window.selectAndCenter({select});
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The status bar's finding counts arrive from the analysis thread; let
    // them and the relayout they cause land first.
    window.analysisRunner()->waitForCurrent(30000);
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    QStringList cut;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->width() <= 0)
            continue;
        auto *label = qobject_cast<QLabel *>(widget);
        auto *button = qobject_cast<QAbstractButton *>(widget);
        if (label &&
            (label->wordWrap() || label->text().isEmpty() || label->pixmap().isNull() == false))
            continue;
        if (!label && (!button || button->text().isEmpty()))
            continue;
        if (widget->width() < widget->minimumSizeHint().width())
            cut.append(u"\"%1\" in %2 (%3 < %4)"_qs
                           .arg(label ? label->text() : button->text(),
                                QString::fromLatin1(widget->parent()->metaObject()->className()))
                           .arg(widget->width())
                           .arg(widget->minimumSizeHint().width()));
    }
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; "_qs)));
}

void TestI18nGui::preferencesSaveTheLanguage()
{
    PreferencesDialog dialog{AnalysisOptions{}};
    auto *combo = dialog.findChild<QComboBox *>(u"language"_qs);
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), QString()); // nothing saved: the system's
    QCOMPARE(combo->count(), I18n::availableLanguages().size() + 1);
    const int french = combo->findData(u"fr"_qs);
    QVERIFY(french > 0);
    QCOMPARE(combo->itemText(french), u"Français"_qs);
    combo->setCurrentIndex(french);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    buttons->button(QDialogButtonBox::Apply)->click();
    QCOMPARE(I18n::savedLanguage(), u"fr"_qs);
    QCOMPARE(I18n::preferredLanguage(), u"fr"_qs);
    // Takes effect at the next start: the running UI stays German.
    QCOMPARE(I18n::currentLanguage(), u"de"_qs);
    combo->setCurrentIndex(0);
    buttons->button(QDialogButtonBox::Apply)->click();
    QCOMPARE(I18n::savedLanguage(), QString());
}

void TestI18nGui::germanNumbersInFindings()
{
    // installTranslators made German the default locale: a coupling score in a
    // sentence has a decimal comma, while JSON keeps formatDecimal's point.
    QCOMPARE(formatDecimalForReading(2.25), u"2,25"_qs);
    QCOMPARE(formatDecimalForReading(3.0), u"3"_qs);
    QCOMPARE(formatDecimalForReading(0.03125), u"0,0313"_qs);
    QCOMPARE(formatDecimal(2.25), u"2.25"_qs);
}

void TestI18nGui::englishCountsHavePluralForms()
{
    // English has a plural-only catalogue (orgmap_en.ts): "%n domain(s)" must
    // read "11 domains" and "1 team", never "11 domain(s)".
    QString error;
    QVERIFY2(I18n::installTranslators(u"en"_qs, &error), qPrintable(error));
    MapData map;
    for (int i = 0; i < 11; ++i) {
        Domain domain;
        domain.id = DomainId(u"d-%1"_qs.arg(i));
        domain.name = u"Domain %1"_qs.arg(i);
        domain.geometry = Geometry{i * 400.0, 0, 300, 200, {}};
        map.domains.insert(domain.id, domain);
    }
    Team team;
    team.id = TeamId(u"t-a"_qs);
    team.name = u"A"_qs;
    map.teams.insert(team.id, team);
    MainWindow window(false);
    window.document()->reset(map);
    auto *counts = window.findChild<QLabel *>(u"countsLabel"_qs);
    QVERIFY(counts);
    QCOMPARE(counts->text(), u"11 domains · 1 team · 0 assets · 0 links"_qs);
    window.document()->remove({u"d-1"_qs, u"d-2"_qs});
    QCOMPARE(window.document()->undoStack()->undoText(), u"Delete 2 items"_qs);
    QVERIFY2(I18n::installTranslators(u"de"_qs, &error), qPrintable(error));
}

QTEST_MAIN(TestI18nGui)
#include "tst_i18n_gui.moc"
