#include "quickentrywords.h"

namespace OrgMap::QuickEntryDetail {

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("QuickEntry", text, disambiguation, n);
}

QStringList forms(const char *english)
{
    QStringList out{QString::fromUtf8(english)};
    const QString translated = tr(english);
    if (translated.compare(out.first(), Qt::CaseInsensitive) != 0)
        out << translated;
    return out;
}

QList<Token> tokenize(const QString &line, int *unclosedQuote)
{
    QList<Token> tokens;
    int i = 0;
    const int n = int(line.size());
    while (i < n) {
        if (line[i].isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        if (line[i] == u'"') {
            const int close = int(line.indexOf(u'"', i + 1));
            t.quoted = true;
            if (close < 0) {
                if (unclosedQuote)
                    *unclosedQuote = i;
                t.text = line.mid(i + 1);
                t.end = n;
            } else {
                t.text = line.mid(i + 1, close - i - 1);
                t.end = close + 1;
            }
        } else if (line.mid(i, 2) == QLatin1String(kArrow)) {
            t.text = QString::fromLatin1(kArrow);
            t.end = i + 2;
        } else {
            int j = i;
            while (j < n && !line[j].isSpace() && line[j] != u'"' &&
                   line.mid(j, 2) != QLatin1String(kArrow))
                ++j;
            t.text = line.mid(i, j - i);
            t.end = j;
        }
        i = t.end;
        tokens << t;
    }
    return tokens;
}

int keywordAt(const QList<Token> &tokens, int i, const char *english)
{
    for (const QString &form : forms(english)) {
        const QStringList words = form.split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty() || i + words.size() > tokens.size())
            continue;
        bool all = true;
        for (int k = 0; k < words.size() && all; ++k)
            all = !tokens[i + k].quoted &&
                  tokens[i + k].text.compare(words[k], Qt::CaseInsensitive) == 0;
        if (all)
            return int(words.size());
    }
    return 0;
}

int findKeyword(const QList<Token> &tokens, int from, std::initializer_list<const char *> words,
                int *length)
{
    for (int i = from; i < tokens.size(); ++i)
        for (const char *w : words)
            if (int n = keywordAt(tokens, i, w)) {
                if (length)
                    *length = n;
                return i;
            }
    return int(tokens.size());
}

QString joined(const QList<Token> &tokens, int from, int to)
{
    QStringList words;
    for (int k = from; k < to; ++k)
        words << tokens[k].text;
    return words.join(u' ');
}

} // namespace OrgMap::QuickEntryDetail
