#pragma once

// The pieces the one-line-per-element JSON reports are made of (`check
// --format json`, `diff --format json`): numbers with at most 4 decimals,
// objects on one line with their keys in a given order, arrays of such lines.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace OrgMap::ReportJson {

QByteArray jsonString(const QString &text);
// A report number: formatDecimal (at most 4 decimals, never -0).
QByteArray jsonNumber(double value);
QByteArray jsonStringArray(const QStringList &items);

// One object on one line, keys in the order added.
class JsonLine
{
public:
    JsonLine &add(const char *key, const QByteArray &rawValue); // key: ASCII, no escapes
    JsonLine &add(const QString &key, const QByteArray &rawValue);
    JsonLine &add(const char *key, const QString &value) { return add(key, jsonString(value)); }
    JsonLine &add(const char *key, int value) { return add(key, QByteArray::number(value)); }
    JsonLine &add(const char *key, double value) { return add(key, jsonNumber(value)); }
    QByteArray text() const { return m_text.isEmpty() ? "{}" : m_text + '}'; }

private:
    QByteArray m_text;
};

// An array of one-line objects, one per line; `indent` is the indentation of
// the line that opens the array.
QByteArray jsonArray(const QList<QByteArray> &lines, int indent = 2);

} // namespace OrgMap::ReportJson
