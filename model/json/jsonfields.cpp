#include "jsonfields.h"

#include <QVarLengthArray>
#include <algorithm>

namespace OrgMap::JsonDetail {
namespace {

// Edit distance, for the "did you mean" hint on unknown keys; keys are short,
// so the quadratic table is a handful of cells.
qsizetype editDistance(const QString &a, const QString &b)
{
    QVarLengthArray<qsizetype, 32> previous(b.size() + 1);
    QVarLengthArray<qsizetype, 32> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

void ErrorSink::add(const QString &pointer, const QString &message)
{
    ++m_total;
    if (m_errors.size() < kMaxReportedErrors)
        m_errors.append({pointer, message});
}

QList<FormatError> ErrorSink::take()
{
    QList<FormatError> result = std::move(m_errors);
    if (m_total > kMaxReportedErrors) {
        // Make room for the summary so that the list never exceeds the cap.
        result.resize(kMaxReportedErrors - 1);
        const int more = m_total - int(result.size());
        // more >= 2: the cap is only applied when at least one error was dropped.
        result.append({QString(), tr("... and %1 more errors").arg(more)});
    }
    m_errors.clear();
    m_total = 0;
    return result;
}

QString pointerChild(const QString &pointer, const QString &key)
{
    QString token = key;
    token.replace(QLatin1Char('~'), QLatin1String("~0"));
    token.replace(QLatin1Char('/'), QLatin1String("~1"));
    return pointer + QLatin1Char('/') + token;
}

QString pointerChild(const QString &pointer, QLatin1String key)
{
    // The spec's own keys contain neither "~" nor "/".
    return pointer + QLatin1Char('/') + key;
}

QString pointerChild(const QString &pointer, qsizetype index)
{
    return pointer + QLatin1Char('/') + QString::number(index);
}

QString describeType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("OrgMap::JsonReader", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("OrgMap::JsonReader", "a boolean");
    case QJsonValue::Double:
        return QCoreApplication::translate("OrgMap::JsonReader", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("OrgMap::JsonReader", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("OrgMap::JsonReader", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("OrgMap::JsonReader", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("OrgMap::JsonReader", "nothing");
}

bool isExtensionKey(const QString &key)
{
    return key.startsWith(QLatin1String("x-"));
}

FieldReader::FieldReader(const QJsonObject &object, const QString &pointer,
                         std::initializer_list<QLatin1String> allowedKeys, ErrorSink &errors)
    : m_object(object), m_pointer(pointer), m_errors(errors)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (std::find(allowedKeys.begin(), allowedKeys.end(), key) != allowedKeys.end())
            continue;
        if (isExtensionKey(key)) {
            m_extensions.insert(key, it.value());
            continue;
        }
        // A near miss of an allowed key is almost always a typo; say which.
        QString message = tr("unknown key \"%1\" (extension keys must start with \"x-\")").arg(key);
        for (QLatin1String candidate : allowedKeys) {
            const qsizetype tolerance = candidate.size() <= 3 ? 1 : 2;
            if (editDistance(key, candidate) <= tolerance && !object.contains(candidate)) {
                message = tr("unknown key \"%1\" (did you mean \"%2\"?)").arg(key, candidate);
                break;
            }
        }
        m_errors.add(pointerChild(m_pointer, key), message);
    }
}

std::optional<QString> FieldReader::requiredString(QLatin1String key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        reportMissing(key);
        return std::nullopt;
    }
    if (!v.isString()) {
        reportType(key, v, tr("a string"));
        return std::nullopt;
    }
    return v.toString();
}

QString FieldReader::optionalString(QLatin1String key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return {};
    if (!v.isString()) {
        reportType(key, v, tr("a string"));
        return {};
    }
    return v.toString();
}

std::optional<double> FieldReader::requiredNumber(QLatin1String key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        reportMissing(key);
        return std::nullopt;
    }
    if (!v.isDouble()) {
        reportType(key, v, tr("a number"));
        return std::nullopt;
    }
    return v.toDouble();
}

void FieldReader::reportMissing(QLatin1String key)
{
    m_errors.add(m_pointer, tr("missing required key \"%1\"").arg(key));
}

void FieldReader::reportType(QLatin1String key, const QJsonValue &value, const QString &expected)
{
    m_errors.add(pointerTo(key), tr("must be %1, not %2").arg(expected, describeType(value)));
}

} // namespace OrgMap::JsonDetail
