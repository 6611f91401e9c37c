#pragma once

// Internal helpers of the JSON reader: error collection, JSON pointers and
// typed access to the members of one JSON object. Not part of the public API.

#include "core/entities.h"
#include "core/mapvalidator.h"
#include "json/jsonformat.h"
#include "json/jsontape.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QVarLengthArray>
#include <initializer_list>
#include <optional>
#include <type_traits>
#include <utility>

QT_BEGIN_NAMESPACE
struct QJsonParseError;
QT_END_NAMESPACE

namespace OrgMap::JsonDetail {

// Where a value sits in the document, turned into a JSON pointer only when an
// error needs one: building "/links/12345" for every object would cost more
// than validating it. Each level lives on the stack of the code reading that
// level, so a parent always outlives its children.
class JsonPath
{
public:
    JsonPath() = default; // the whole document: ""
    explicit JsonPath(QLatin1String topLevelKey) : m_key(topLevelKey), m_isRoot(false) {}
    JsonPath(const JsonPath &parent, QLatin1String key)
        : m_parent(&parent), m_key(key), m_isRoot(false)
    {
    }
    JsonPath(const JsonPath &parent, qsizetype index)
        : m_parent(&parent), m_index(index), m_isRoot(false)
    {
    }
    QString toString() const;

private:
    const JsonPath *m_parent = nullptr;
    QLatin1String m_key;
    qsizetype m_index = -1;
    bool m_isRoot = true;
};

// Collects every error; keeps the first ones and counts the rest so that a
// hopeless file (say, 30,000 bad links) cannot flood the user or the memory.
// The content rules (MapValidator) report here too, their Where turned into
// the JSON pointer of the member.
class ErrorSink : public ProblemSink
{
    Q_DECLARE_TR_FUNCTIONS(OrgMap::JsonReader)

public:
    void report(const Where &where, Field field, const QString &message) override;
    QString describe(const Where &first, const Where &current) const override;
    static QString pointerOf(const Where &where, Field field = Field::None);

    void add(const QString &pointer, const QString &message);
    void add(const JsonPath &path, const QString &message) { add(path.toString(), message); }
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
QString describeType(QJsonValue::Type type);
inline QString describeType(const QJsonValue &value)
{
    return describeType(value.type());
}
inline QString describeType(const TapeValue &value)
{
    return describeType(value.type());
}

bool isExtensionKey(const QString &key);

// Line and column (both 1-based, the column in code points) of a byte offset.
std::pair<int, int> lineAndColumn(const QByteArray &bytes, qsizetype offset);
// "invalid JSON at line 3, column 7: ...", for a failed QJsonDocument::fromJson.
QString invalidJsonMessage(const QByteArray &bytes, const QJsonParseError &parseError);

// The members of one JSON object as the spec's table allows them. Values are
// handed out typed, with type errors reported at the member's pointer; the
// reader calls finish() last, which reports unknown keys and returns the x-
// keys (extension data) to keep. Object is a QJsonObject (policy files) or a
// TapeObject (maps, read without Qt's DOM); both behave the same.
template <typename Object> class BasicFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(OrgMap::JsonReader)

public:
    using Value = std::decay_t<decltype(std::declval<const Object &>().value(QLatin1String()))>;

    BasicFieldReader(const Object &object, const JsonPath &path,
                     std::initializer_list<QLatin1String> allowedKeys, ErrorSink &errors);

    const JsonPath &path() const { return m_path; }
    QString pointer() const { return m_path.toString(); }
    QString pointerTo(QLatin1String key) const { return pointerChild(pointer(), key); }

    // Undefined when absent. `key` must be one of the allowed keys.
    Value value(QLatin1String key);

    // A required string; reports a missing key or a wrong type. Empty strings
    // are returned as they are: what "empty" means is the caller's rule.
    std::optional<QString> requiredString(QLatin1String key);
    // An optional string: absent and "" both give an empty string; a value of
    // another type (null included) is an error and also gives "".
    QString optionalString(QLatin1String key);
    std::optional<double> requiredNumber(QLatin1String key);

    void reportMissing(QLatin1String key);
    void reportType(QLatin1String key, const Value &value, const QString &expected);

    // Reports the keys that are neither allowed nor extensions; returns the
    // extensions.
    Extensions finish();

private:
    Object m_object; // implicitly shared or a view: a cheap copy
    JsonPath m_path;
    ErrorSink &m_errors;
    QVarLengthArray<QLatin1String, 12> m_allowed;
    quint32 m_seen = 0; // bit i: m_allowed[i] is present and was read
};

using FieldReader = BasicFieldReader<QJsonObject>;
using TapeFieldReader = BasicFieldReader<TapeObject>;

} // namespace OrgMap::JsonDetail
