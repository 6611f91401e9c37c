#pragma once

// Internal helpers of the JSON reader: error collection, JSON pointers and
// typed access to the members of one JSON object. Not part of the public API.

#include "core/entities.h"
#include "json/jsonformat.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <initializer_list>
#include <optional>

namespace OrgMap::JsonDetail {

// Collects every error; keeps the first ones and counts the rest so that a
// hopeless file (say, 30,000 bad links) cannot flood the user or the memory.
class ErrorSink
{
    Q_DECLARE_TR_FUNCTIONS(OrgMap::JsonReader)

public:
    void add(const QString &pointer, const QString &message);
    bool isEmpty() const { return m_total == 0; }
    int total() const { return m_total; }
    // At most kMaxReportedErrors entries; when capped, the last one says how
    // many more were found.
    QList<FormatError> take();

private:
    QList<FormatError> m_errors;
    int m_total = 0;
};

// RFC 6901: "~" becomes "~0" and "/" becomes "~1" in a reference token.
QString pointerChild(const QString &pointer, const QString &key);
QString pointerChild(const QString &pointer, QLatin1String key);
QString pointerChild(const QString &pointer, qsizetype index);

// "a string", "null", ...: what a value is, for "must be X, not Y" messages.
QString describeType(const QJsonValue &value);

bool isExtensionKey(const QString &key);

// The members of one JSON object as the spec's table allows them: checks the
// keys once on construction (x- keys are kept as extensions, any other unknown
// key is an error) and then hands out typed values, reporting type errors at
// the member's pointer.
class FieldReader
{
    Q_DECLARE_TR_FUNCTIONS(OrgMap::JsonReader)

public:
    FieldReader(const QJsonObject &object, const QString &pointer,
                std::initializer_list<QLatin1String> allowedKeys, ErrorSink &errors);

    const QString &pointer() const { return m_pointer; }
    QString pointerTo(QLatin1String key) const { return pointerChild(m_pointer, key); }
    const Extensions &extensions() const { return m_extensions; }
    ErrorSink &errors() { return m_errors; }

    bool contains(QLatin1String key) const { return m_object.contains(key); }
    QJsonValue value(QLatin1String key) const { return m_object.value(key); }

    // A required string; reports a missing key or a wrong type. Empty strings
    // are returned as they are: what "empty" means is the caller's rule.
    std::optional<QString> requiredString(QLatin1String key);
    // An optional string: absent and "" both give an empty string; a value of
    // another type (null included) is an error and also gives "".
    QString optionalString(QLatin1String key);
    std::optional<double> requiredNumber(QLatin1String key);

    void reportMissing(QLatin1String key);
    void reportType(QLatin1String key, const QJsonValue &value, const QString &expected);

private:
    QJsonObject m_object; // implicitly shared: a cheap copy
    QString m_pointer;
    ErrorSink &m_errors;
    Extensions m_extensions;
};

} // namespace OrgMap::JsonDetail
