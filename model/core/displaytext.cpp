#include "core/displaytext.h"

#include <algorithm>

namespace OrgMap {

QString escapeControls(const QString &text, bool keepNewlines)
{
    const auto isControl = [](char16_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); };
    // Most text has nothing to escape: return it shared, without a copy.
    const auto first = std::find_if(text.cbegin(), text.cend(), [&](QChar c) {
        return isControl(c.unicode()) && !(keepNewlines && c == QLatin1Char('\n'));
    });
    if (first == text.cend())
        return text;
    QString out = text.left(first - text.cbegin());
    for (auto it = first; it != text.cend(); ++it) {
        const char16_t c = it->unicode();
        if (!isControl(c) || (keepNewlines && c == u'\n'))
            out += *it;
        else if (c < 0x80)
            out += QLatin1String("\\x") +
                   QString::number(uint(c), 16).toUpper().rightJustified(2, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    }
    return out;
}

QString shortened(const QString &value, int maxChars)
{
    if (value.size() <= maxChars)
        return value;
    qsizetype end = maxChars;
    // Never split a surrogate pair.
    if (value.at(end - 1).isHighSurrogate())
        --end;
    return value.left(end) + QChar(0x2026);
}

} // namespace OrgMap
