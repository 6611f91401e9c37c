#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <cstring>
#include <memory>

namespace OrgMap::I18n {

namespace {

struct Language
{
    const char *code;
    const char16_t *nativeName;
};

// Native names are not translated: a user looking for their language in a
// foreign UI must recognise it.
constexpr Language kLanguages[] = {
    {"en", u"English"}, {"de", u"Deutsch"},     {"fr", u"Français"},
    {"es", u"Español"}, {"zh_CN", u"简体中文"},
};

QString &current()
{
    static QString language = QStringLiteral("en");
    return language;
}

// The translators live as long as the application; replaced on a new install.
std::unique_ptr<QTranslator> &ownTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

void removeInstalled()
{
    for (std::unique_ptr<QTranslator> *translator : {&ownTranslator(), &qtTranslator()}) {
        if (*translator) {
            QCoreApplication::removeTranslator(translator->get());
            translator->reset();
        }
    }
}

} // namespace

QStringList availableLanguages()
{
    QStringList codes;
    for (const Language &language : kLanguages)
        codes.append(QLatin1String(language.code));
    return codes;
}

QString nativeLanguageName(const QString &code)
{
    for (const Language &language : kLanguages)
        if (code == QLatin1String(language.code))
            return QString::fromUtf16(language.nativeName);
    return code;
}

QString matchLanguage(const QString &requested)
{
    QString normalized = requested.trimmed();
    normalized.replace(QLatin1Char('-'), QLatin1Char('_'));
    // "de_DE.UTF-8" from an environment variable: the codeset is irrelevant.
    normalized = normalized.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
    if (normalized.isEmpty())
        return {};
    const QString lower = normalized.toLower();
    // Chinese: only Simplified is shipped; Traditional (zh_TW, zh_HK, Hant)
    // must not silently get Simplified characters.
    if (lower == QLatin1String("zh") || lower.startsWith(QLatin1String("zh_"))) {
        if (lower.contains(QLatin1String("hant")) || lower.contains(QLatin1String("_tw")) ||
            lower.contains(QLatin1String("_hk")) || lower.contains(QLatin1String("_mo")))
            return {};
        return QStringLiteral("zh_CN");
    }
    const QString language = lower.section(QLatin1Char('_'), 0, 0);
    for (const Language &candidate : kLanguages)
        if (language == QLatin1String(candidate.code))
            return language;
    return {};
}

QString savedLanguage()
{
    const QSettings settings(QStringLiteral("OrgMap"), QStringLiteral("OrgMap"));
    return matchLanguage(settings.value(QLatin1String(kLanguageSettingsKey)).toString());
}

void setSavedLanguage(const QString &code)
{
    QSettings settings(QStringLiteral("OrgMap"), QStringLiteral("OrgMap"));
    settings.setValue(QLatin1String(kLanguageSettingsKey), matchLanguage(code));
}

QString preferredLanguage()
{
    const QString saved = savedLanguage();
    if (!saved.isEmpty())
        return saved;
    // uiLanguages() honours LANGUAGE, LC_ALL, LC_MESSAGES and LANG, in order.
    for (const QString &language : QLocale::system().uiLanguages()) {
        const QString match = matchLanguage(language);
        if (!match.isEmpty())
            return match;
    }
    return QStringLiteral("en");
}

QString takeLanguageArgument(int &argc, char **argv, QString *error)
{
    QString code;
    int out = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 || std::strcmp(argv[i], "-lang") == 0) {
            if (i + 1 >= argc) {
                if (error)
                    *error = QCoreApplication::translate("OrgMap::I18n",
                                                         "--lang: expected a language code");
                continue;
            }
            code = QString::fromLocal8Bit(argv[++i]);
            continue;
        }
        if (std::strncmp(argv[i], "--lang=", 7) == 0) {
            code = QString::fromLocal8Bit(argv[i] + 7);
            continue;
        }
        argv[out++] = argv[i];
    }
    argc = out;
    argv[argc] = nullptr;
    return code;
}

bool installTranslators(const QString &code, QString *error)
{
    removeInstalled();
    current() = QStringLiteral("en");
    const QString language = matchLanguage(code);
    if (language.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("OrgMap::I18n",
                                                 "unknown language \"%1\" (available: %2)")
                         .arg(code, availableLanguages().join(QLatin1String(", ")));
        return false;
    }
    // English is the source language; its catalogue holds only the plural
    // forms of the "%n domain(s)" messages (lupdate -pluralonly).
    auto own = std::make_unique<QTranslator>();
    const QString resource = QStringLiteral(":/i18n/orgmap_%1.qm").arg(language);
    if (!own->load(resource)) {
        if (error)
            *error = QCoreApplication::translate("OrgMap::I18n", "cannot load the translation %1")
                         .arg(resource);
        return false;
    }
    QCoreApplication::installTranslator(own.get());
    ownTranslator() = std::move(own);
    // Numbers and dates follow the chosen language, so a German sentence does
    // not carry "1,234.5".
    if (language == QLatin1String("en")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return true;
    }

    // Qt's own strings (standard buttons, file dialogs, context menus). Missing
    // when qt6-translations-l10n is not installed: then they stay English,
    // which is no reason to refuse OrgMap's own translation.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    QLocale::setDefault(QLocale(language));
    current() = language;
    return true;
}

QString currentLanguage()
{
    return current();
}

} // namespace OrgMap::I18n
