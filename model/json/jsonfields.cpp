#include "jsonfields.h"

#include <QJsonParseError>
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

// What finish() needs of either kind of object: the member count as written,
// the members in key order (duplicates resolved as Qt does) and extension
// values as QJsonValues.
qsizetype memberCount(const QJsonObject &object)
{
    return object.size();
}

qsizetype memberCount(const TapeObject &object)
{
    return object.memberCount();
}

QList<std::pair<QString, QJsonValue>> members(const QJsonObject &object)
{
    QList<std::pair<QString, QJsonValue>> result;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        result.append({it.key(), it.value()});
    return result;
}

QList<std::pair<QString, TapeValue>> members(const TapeObject &object)
{
    QList<std::pair<QString, TapeValue>> result;
    for (const TapeObject::Member &member : object.members())
        result.append({member.key, member.value});
    return result;
}

QJsonValue toExtensionValue(const QJsonValue &value)
{
    return value;
}

QJsonValue toExtensionValue(const TapeValue &value)
{
    return value.toQJsonValue();
}

} // namespace

QString ErrorSink::pointerOf(const Where &where, Field field)
{
    QString pointer;
    switch (where.section) {
    case Where::Section::Map:
        break;
    case Where::Section::Domains:
        pointer = pointerChild(pointerChild(pointer, QLatin1String("domains")), where.index);
        break;
    case Where::Section::Teams:
        pointer = pointerChild(pointerChild(pointer, QLatin1String("teams")), where.index);
        break;
    case Where::Section::Assets:
        pointer = pointerChild(pointerChild(pointer, QLatin1String("assets")), where.index);
        break;
    case Where::Section::Ports:
        pointer = pointerChild(pointerChild(pointer, QLatin1String("assets")), where.index);
        pointer = pointerChild(pointerChild(pointer, QLatin1String("ports")), where.port);
        break;
    case Where::Section::Links:
        pointer = pointerChild(pointerChild(pointer, QLatin1String("links")), where.index);
        break;
    case Where::Section::Interactions:
        pointer = pointerChild(pointerChild(pointer, QLatin1String("interactions")), where.index);
        break;
    }
    const auto key = [&](const char *name) { return pointerChild(pointer, QLatin1String(name)); };
    const auto geometry = [&](const char *name) {
        return pointerChild(key("geometry"), QLatin1String(name));
    };
    switch (field) {
    case Field::None:
    case Field::Extensions: // extension keys are x- by construction here
        return pointer;
    case Field::Id:
        return key("id");
    case Field::Name:
        return key("name");
    case Field::Parent:
        return key("parent");
    case Field::Owner:
        return key("owner");
    case Field::Domain:
        return key("domain");
    case Field::Color:
        return key("color");
    case Field::X:
        return geometry("x");
    case Field::Y:
        return geometry("y");
    case Field::W:
        return geometry("w");
    case Field::H:
        return geometry("h");
    case Field::Kind:
        return key("kind");
    case Field::Type:
        return key("type");
    case Field::Mode:
        return key("mode");
    case Field::Classification:
        return key("classification");
    case Field::Ports:
        return key("ports");
    case Field::Contract:
        return key("contract");
    case Field::From:
        return key("from");
    case Field::To:
        return key("to");
    case Field::GeometryExtensions:
        return key("geometry");
    }
    return pointer;
}

void ErrorSink::report(const Where &where, Field field, const QString &message)
{
    add(pointerOf(where, field), message);
}

QString ErrorSink::describe(const Where &first, const Where &) const
{
    return pointerOf(first);
}

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

std::pair<int, int> lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) { // not a UTF-8 continuation byte
            ++column;
        }
    }
    return {line, column};
}

QString invalidJsonMessage(const QByteArray &bytes, const QJsonParseError &parseError)
{
    // Qt's parser reports the offset after the character it stopped on,
    // except for trailing garbage, where it points at the garbage itself.
    qsizetype offset = parseError.offset;
    if (parseError.error != QJsonParseError::GarbageAtEnd && offset > 0)
        --offset;
    const auto [line, column] = lineAndColumn(bytes, offset);
    return QCoreApplication::translate("OrgMap::JsonReader",
                                       "invalid JSON at line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(parseError.errorString());
}

QString JsonPath::toString() const
{
    if (m_isRoot)
        return {};
    const QString prefix = m_parent ? m_parent->toString() : QString();
    if (m_index >= 0)
        return pointerChild(prefix, m_index);
    return pointerChild(prefix, m_key);
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

QString describeType(QJsonValue::Type type)
{
    switch (type) {
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

template <typename Object>
BasicFieldReader<Object>::BasicFieldReader(const Object &object, const JsonPath &path,
                                           std::initializer_list<QLatin1String> allowedKeys,
                                           ErrorSink &errors)
    : m_object(object), m_path(path), m_errors(errors), m_allowed(allowedKeys)
{
    Q_ASSERT(m_allowed.size() <= 32);
}

template <typename Object>
typename BasicFieldReader<Object>::Value BasicFieldReader<Object>::value(QLatin1String key)
{
    const Value v = m_object.value(key);
    if (!v.isUndefined()) {
        const auto it = std::find(m_allowed.cbegin(), m_allowed.cend(), key);
        Q_ASSERT(it != m_allowed.cend());
        m_seen |= 1u << (it - m_allowed.cbegin());
    }
    return v;
}

template <typename Object> Extensions BasicFieldReader<Object>::finish()
{
    // Fast path: every member was one of the allowed keys, read above. Only
    // objects with extension data or mistakes pay for the scan, which
    // allocates a QString per key.
    if (qPopulationCount(m_seen) == memberCount(m_object))
        return {};
    Extensions extensions;
    for (const auto &[key, value] : members(m_object)) {
        if (std::find(m_allowed.cbegin(), m_allowed.cend(), key) != m_allowed.cend())
            continue;
        if (isExtensionKey(key)) {
            extensions.insert(key, toExtensionValue(value));
            continue;
        }
        // A near miss of an allowed key is almost always a typo; say which.
        QString message = tr("unknown key \"%1\" (extension keys must start with \"x-\")").arg(key);
        for (QLatin1String candidate : std::as_const(m_allowed)) {
            const qsizetype tolerance = candidate.size() <= 3 ? 1 : 2;
            if (editDistance(key, candidate) <= tolerance && !m_object.contains(candidate)) {
                message = tr("unknown key \"%1\" (did you mean \"%2\"?)").arg(key, candidate);
                break;
            }
        }
        m_errors.add(pointerChild(pointer(), key), message);
    }
    return extensions;
}

template <typename Object>
std::optional<QString> BasicFieldReader<Object>::requiredString(QLatin1String key)
{
    const Value v = value(key);
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

template <typename Object> QString BasicFieldReader<Object>::optionalString(QLatin1String key)
{
    const Value v = value(key);
    if (v.isUndefined())
        return {};
    if (!v.isString()) {
        reportType(key, v, tr("a string"));
        return {};
    }
    return v.toString();
}

template <typename Object>
std::optional<double> BasicFieldReader<Object>::requiredNumber(QLatin1String key)
{
    const Value v = value(key);
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

template <typename Object> void BasicFieldReader<Object>::reportMissing(QLatin1String key)
{
    m_errors.add(m_path, tr("missing required key \"%1\"").arg(key));
}

template <typename Object>
void BasicFieldReader<Object>::reportType(QLatin1String key, const Value &value,
                                          const QString &expected)
{
    m_errors.add(pointerTo(key), tr("must be %1, not %2").arg(expected, describeType(value)));
}

template class BasicFieldReader<QJsonObject>;
template class BasicFieldReader<TapeObject>;

} // namespace OrgMap::JsonDetail
