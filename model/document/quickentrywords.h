#pragma once

// The quick-entry line's words: the keywords (English, each also accepted in
// the current translation) and the tokens a line splits into. Shared by the
// parser (quickentryparser.cpp) and completion (quickentrynames.cpp); not part
// of the public interface (quickentry.h).

#include "core/enums.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <initializer_list>

namespace OrgMap::QuickEntryDetail {

inline constexpr const char *kService = QT_TRANSLATE_NOOP("QuickEntry", "service");
inline constexpr const char *kDataProduct = QT_TRANSLATE_NOOP("QuickEntry", "data product");
inline constexpr const char *kDomain = QT_TRANSLATE_NOOP("QuickEntry", "domain");
inline constexpr const char *kTeam = QT_TRANSLATE_NOOP("QuickEntry", "team");
inline constexpr const char *kMove = QT_TRANSLATE_NOOP("QuickEntry", "move");
inline constexpr const char *kOwner = QT_TRANSLATE_NOOP("QuickEntry", "owner");
inline constexpr const char *kRename = QT_TRANSLATE_NOOP("QuickEntry", "rename");
inline constexpr const char *kDelete = QT_TRANSLATE_NOOP("QuickEntry", "delete");
inline constexpr const char *kTo = QT_TRANSLATE_NOOP("QuickEntry", "to");
inline constexpr const char *kIn = QT_TRANSLATE_NOOP("QuickEntry", "in");
inline constexpr const char *kOwnedBy = QT_TRANSLATE_NOOP("QuickEntry", "owned by");
inline constexpr const char *kArrow = "->";

struct TypeWord
{
    const char *word;
    TeamType type;
};
inline constexpr TypeWord kTeamTypeWords[] = {
    {QT_TRANSLATE_NOOP("QuickEntry", "stream-aligned"), TeamType::StreamAligned},
    {QT_TRANSLATE_NOOP("QuickEntry", "platform"), TeamType::Platform},
    {QT_TRANSLATE_NOOP("QuickEntry", "enabling"), TeamType::Enabling},
    {QT_TRANSLATE_NOOP("QuickEntry", "complicated-subsystem"), TeamType::ComplicatedSubsystem},
};
struct KindWord
{
    const char *word;
    LinkKind kind;
};
inline constexpr KindWord kLinkKindWords[] = {
    {QT_TRANSLATE_NOOP("QuickEntry", "api"), LinkKind::Api},
    {QT_TRANSLATE_NOOP("QuickEntry", "data"), LinkKind::Data},
    {QT_TRANSLATE_NOOP("QuickEntry", "event"), LinkKind::Event},
};
inline constexpr const char *kCommands[] = {kService, kDataProduct, kDomain, kTeam,
                                            kMove,    kOwner,       kRename, kDelete};

// A text of the "QuickEntry" translation context.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

// The forms of a keyword: English, and the translation when it differs.
QStringList forms(const char *english);

struct Token
{
    QString text;
    int start = 0;
    int end = 0;
    bool quoted = false;
};

// Splits on white space; "->" is a token of its own; "double quotes" make
// one token. An unclosed quote runs to the end (the parser refuses it) and
// its column is stored in *unclosedQuote.
QList<Token> tokenize(const QString &line, int *unclosedQuote = nullptr);

// How many tokens from `i` spell the keyword (0: not there). Quoted tokens
// are never keywords.
int keywordAt(const QList<Token> &tokens, int i, const char *english);

// The first unquoted position >= from where one of the keywords starts
// (tokens.size() if none); *length: how many tokens it spans.
int findKeyword(const QList<Token> &tokens, int from, std::initializer_list<const char *> words,
                int *length = nullptr);

// The texts of tokens [from, to) joined by single spaces.
QString joined(const QList<Token> &tokens, int from, int to);

} // namespace OrgMap::QuickEntryDetail
