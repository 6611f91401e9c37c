#pragma once

#include <QString>
#include <QStringList>

// Which language OrgMap speaks, and loading the translations for it. Used by
// both executables (and the tests) before any widget or message is created.
// Qt Core only, so the headless CLI can link it.
namespace OrgMap::I18n {

// QSettings("OrgMap", "OrgMap") key of the Preferences override; an empty value
// (or no value) means "follow the system".
inline constexpr auto kLanguageSettingsKey = "ui/language";

// The languages OrgMap ships, as codes accepted by --lang: "en", "de", "fr",
// "es", "zh_CN". English is the source language and needs no translation file.
QStringList availableLanguages();

// The language's own name ("Deutsch", "简体中文"), for the Preferences combo.
QString nativeLanguageName(const QString &code);

// Maps a user's or the system's spelling ("de_AT", "de-DE", "zh-Hans-CN",
// "zh_CN", "EN") onto a shipped code; empty if OrgMap does not ship it.
QString matchLanguage(const QString &requested);

// The language to use when nothing is given on the command line: the saved
// Preferences override, else the first of the system's UI languages OrgMap
// ships, else "en".
QString preferredLanguage();
QString savedLanguage();
void setSavedLanguage(const QString &code);

// Removes "--lang CODE" / "--lang=CODE" from argv (anywhere, before or after a
// command) and returns CODE; empty if absent. Must run before QCoreApplication
// sees argv. `error` is set when --lang has no value.
QString takeLanguageArgument(int &argc, char **argv, QString *error = nullptr);

// Installs OrgMap's translator and Qt's own (qtbase_<lang>.qm from the Qt
// translations directory, as Debian's qt6-translations-l10n ships them) on the
// running QCoreApplication, replacing any installed earlier, and sets the
// default QLocale so numbers and dates match. Returns false with `error` set
// if `code` is not a shipped language or its translation cannot be loaded;
// the application then stays in English.
bool installTranslators(const QString &code, QString *error = nullptr);

// The language installTranslators() last succeeded with ("en" before any).
QString currentLanguage();

} // namespace OrgMap::I18n
