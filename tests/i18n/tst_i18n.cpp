// The language choice and translator loading of app/common/i18n.h, headless.
#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <vector>

using namespace OrgMap;

class TestI18n : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void matchLanguage_data();
    void matchLanguage();
    void everyShippedLanguageLoads();
    void germanTranslatesOwnAndQtStrings();
    void unknownLanguageStaysEnglish();
    void englishHasPluralForms();
    void savedOverrideWinsOverSystem();
    void takeLanguageArgument_data();
    void takeLanguageArgument();

private:
    QTemporaryDir m_dir;
};

void TestI18n::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void TestI18n::cleanup()
{
    I18n::installTranslators(u"en"_qs);
    I18n::setSavedLanguage({});
}

void TestI18n::matchLanguage_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"de"_qs << u"de"_qs;
    QTest::newRow("region") << u"de_AT"_qs << u"de"_qs;
    QTest::newRow("bcp47") << u"fr-CA"_qs << u"fr"_qs;
    QTest::newRow("posix codeset") << u"es_ES.UTF-8"_qs << u"es"_qs;
    QTest::newRow("upper") << u"EN"_qs << u"en"_qs;
    QTest::newRow("zh_CN") << u"zh_CN"_qs << u"zh_CN"_qs;
    QTest::newRow("zh-Hans-CN") << u"zh-Hans-CN"_qs << u"zh_CN"_qs;
    QTest::newRow("zh bare") << u"zh"_qs << u"zh_CN"_qs;
    // Traditional Chinese readers must not get Simplified characters.
    QTest::newRow("zh_TW") << u"zh_TW"_qs << QString();
    QTest::newRow("zh-Hant") << u"zh-Hant-HK"_qs << QString();
    QTest::newRow("not shipped") << u"ja_JP"_qs << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestI18n::matchLanguage()
{
    QFETCH(QString, requested);
    QFETCH(QString, expected);
    QCOMPARE(I18n::matchLanguage(requested), expected);
}

void TestI18n::everyShippedLanguageLoads()
{
    const QString english =
        QCoreApplication::translate("OrgMap::Cli", "no command given (try orgmap-cli --help)");
    for (const QString &code : I18n::availableLanguages()) {
        QString error;
        QVERIFY2(I18n::installTranslators(code, &error), qPrintable(code + u": "_qs + error));
        QCOMPARE(I18n::currentLanguage(), code);
        const QString text =
            QCoreApplication::translate("OrgMap::Cli", "no command given (try orgmap-cli --help)");
        if (code == u"en"_qs)
            QCOMPARE(text, english);
        else
            QVERIFY2(text != english, qPrintable(code + u" still English: "_qs + text));
        QVERIFY(!I18n::nativeLanguageName(code).isEmpty());
    }
}

void TestI18n::germanTranslatesOwnAndQtStrings()
{
    QVERIFY(I18n::installTranslators(u"de"_qs));
    QCOMPARE(QCoreApplication::translate("OrgMap::Cli", "no command given (try orgmap-cli --help)"),
             u"kein Befehl angegeben (siehe orgmap-cli --help)"_qs);
    // Plural forms: German has two.
    QCOMPARE(QCoreApplication::translate(
                 "OrgMap::Analysis", "Service %1 has %n cross-domain links (coupling score %2).",
                 nullptr, 3)
                 .arg(u"X"_qs, u"2"_qs),
             u"Service X hat 3 domänenübergreifende Verbindungen (Kopplungswert 2)."_qs);
    QCOMPARE(QLocale().language(), QLocale::German);
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(qtDir + u"/qtbase_de.qm"_qs))
        QSKIP("qt6-translations-l10n is not installed: Qt's own strings stay English");
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_qs);
}

void TestI18n::unknownLanguageStaysEnglish()
{
    QVERIFY(I18n::installTranslators(u"de"_qs));
    QString error;
    QVERIFY(!I18n::installTranslators(u"tlh"_qs, &error));
    QVERIFY2(error.contains(u"tlh"_qs), qPrintable(error));
    QCOMPARE(I18n::currentLanguage(), u"en"_qs);
    QCOMPARE(QCoreApplication::translate("OrgMap::Cli", "no command given (try orgmap-cli --help)"),
             u"no command given (try orgmap-cli --help)"_qs);
}

void TestI18n::englishHasPluralForms()
{
    // orgmap_en.ts (lupdate -pluralonly) supplies the English forms of the
    // numerus messages; everything else stays the source text.
    QVERIFY(I18n::installTranslators(u"en"_qs));
    QCOMPARE(QCoreApplication::translate("OrgMap::MainWindow", "%n domain(s)", nullptr, 11),
             u"11 domains"_qs);
    QCOMPARE(QCoreApplication::translate("OrgMap::MainWindow", "%n team(s)", nullptr, 1),
             u"1 team"_qs);
    QCOMPARE(QCoreApplication::translate("OrgMap::Document", "Delete %n item(s)", nullptr, 2),
             u"Delete 2 items"_qs);
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TestI18n::savedOverrideWinsOverSystem()
{
    I18n::setSavedLanguage(u"fr_FR"_qs);
    QCOMPARE(I18n::savedLanguage(), u"fr"_qs);
    QCOMPARE(I18n::preferredLanguage(), u"fr"_qs);
    I18n::setSavedLanguage({});
    QCOMPARE(I18n::savedLanguage(), QString());
    QVERIFY(I18n::availableLanguages().contains(I18n::preferredLanguage()));
}

void TestI18n::takeLanguageArgument_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("remaining");
    QTest::addColumn<bool>("error");
    QTest::newRow("none") << QStringList{u"check"_qs, u"a.json"_qs} << QString()
                          << QStringList{u"check"_qs, u"a.json"_qs} << false;
    QTest::newRow("before command") << QStringList{u"--lang"_qs, u"de"_qs, u"check"_qs, u"m"_qs}
                                    << u"de"_qs << QStringList{u"check"_qs, u"m"_qs} << false;
    QTest::newRow("after command") << QStringList{u"check"_qs, u"m"_qs, u"--lang=zh_CN"_qs}
                                   << u"zh_CN"_qs << QStringList{u"check"_qs, u"m"_qs} << false;
    QTest::newRow("missing value")
        << QStringList{u"check"_qs, u"--lang"_qs} << QString() << QStringList{u"check"_qs} << true;
}

void TestI18n::takeLanguageArgument()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, language);
    QFETCH(QStringList, remaining);
    QFETCH(bool, error);
    std::vector<QByteArray> storage{QByteArray("orgmap-cli")};
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &bytes : storage)
        argv.push_back(bytes.data());
    argv.push_back(nullptr);
    int argc = int(storage.size());
    QString message;
    QCOMPARE(I18n::takeLanguageArgument(argc, argv.data(), &message), language);
    QCOMPARE(!message.isEmpty(), error);
    QStringList left;
    for (int i = 1; i < argc; ++i)
        left.append(QString::fromLocal8Bit(argv[i]));
    QCOMPARE(left, remaining);
    QCOMPARE(argv[argc], nullptr);
}

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
