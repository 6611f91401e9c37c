#include "reportjson.h"

#include "numbers.h"
#include "json/jsonwriter.h"

namespace OrgMap::ReportJson {

QByteArray jsonString(const QString &text)
{
    QByteArray out;
    JsonDetail::appendQuoted(out, text);
    return out;
}

QByteArray jsonNumber(double value)
{
    return formatDecimal(value).toLatin1();
}

QByteArray jsonStringArray(const QStringList &items)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + jsonString(items[i]);
    return out + ']';
}

JsonLine &JsonLine::add(const QString &key, const QByteArray &rawValue)
{
    m_text += m_text.isEmpty() ? "{" : ", ";
    JsonDetail::appendQuoted(m_text, key);
    m_text += ": ";
    m_text += rawValue;
    return *this;
}

JsonLine &JsonLine::add(const char *key, const QByteArray &rawValue)
{
    // The reports' own keys are plain ASCII words: nothing to escape.
    m_text += m_text.isEmpty() ? "{\"" : ", \"";
    m_text += key;
    m_text += "\": ";
    m_text += rawValue;
    return *this;
}

QByteArray jsonArray(const QList<QByteArray> &lines, int indent)
{
    if (lines.isEmpty())
        return "[]";
    const QByteArray inner(indent + 2, ' ');
    qsizetype size = 0;
    for (const QByteArray &line : lines)
        size += inner.size() + line.size() + 2;
    QByteArray out;
    out.reserve(size + indent + 3);
    out += "[\n";
    for (qsizetype i = 0; i < lines.size(); ++i) {
        out += inner;
        out += lines[i];
        out += i + 1 < lines.size() ? ",\n" : "\n";
    }
    return out + QByteArray(indent, ' ') + ']';
}

} // namespace OrgMap::ReportJson
