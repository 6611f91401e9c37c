#include "jsontape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cstring>
#include <limits>

namespace OrgMap::JsonDetail {
namespace {

// Qt's limit (QJsonPrivate::Parser::nestingLimit): deeper files are refused.
constexpr int kNestingLimit = 1024;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isContinuation(uchar c)
{
    return (c & 0xC0) == 0x80;
}

// One UTF-8 sequence of more than one byte at `p`, as Qt's decoder accepts
// it: no overlong forms, no surrogates, nothing above U+10FFFF. Returns its
// length, or 0.
int utf8SequenceLength(const uchar *p, const uchar *end)
{
    const uchar lead = p[0];
    int length = 0;
    uchar low = 0x80, high = 0xBF; // the allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0;
        else if (lead == 0xED)
            high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    if (end - p < length || p[1] < low || p[1] > high)
        return 0;
    for (int i = 2; i < length; ++i) {
        if (!isContinuation(p[i]))
            return 0;
    }
    return length;
}

} // namespace

bool JsonTape::fail(QJsonParseError::ParseError error, const char *at)
{
    m_error.error = error;
    m_error.offset = int(std::min(at, m_end) - m_begin);
    return false;
}

bool JsonTape::eatSpace()
{
    while (m_pos < m_end && (*m_pos == ' ' || *m_pos == '\t' || *m_pos == '\n' || *m_pos == '\r'))
        ++m_pos;
    return m_pos < m_end;
}

bool JsonTape::parse(const QByteArray &bytes)
{
    m_bytes = bytes; // implicitly shared: keeps the text alive for the views
    m_nodes.clear();
    m_begin = m_bytes.constData();
    m_pos = m_begin;
    m_end = m_begin + m_bytes.size();
    m_error = {0, QJsonParseError::NoError};
    m_nonJsonNumber = false;
    m_surrogateEscape = false;
    // The nodes hold 32-bit offsets (a 10,000-asset map is ~5 MB).
    if (m_bytes.size() >= qsizetype(std::numeric_limits<quint32>::max()))
        return fail(QJsonParseError::DocumentTooLarge, m_begin);
    // About one value per 12 bytes in a map: one allocation, mostly.
    m_nodes.reserve(size_t(bytes.size() / 12 + 16));

    if (m_end - m_pos > 3 && uchar(m_pos[0]) == 0xEF && uchar(m_pos[1]) == 0xBB &&
        uchar(m_pos[2]) == 0xBF)
        m_pos += 3; // a UTF-8 byte order mark, as Qt skips it
    if (!eatSpace())
        return fail(QJsonParseError::IllegalValue, m_pos);
    if (!parseValue(0))
        return false;
    eatSpace();
    if (m_pos < m_end)
        return fail(QJsonParseError::GarbageAtEnd, m_pos);
    return true;
}

// At a value's first character (not white space, not the end).
bool JsonTape::parseValue(int depth)
{
    const auto literal = [this](const char *rest, QJsonValue::Type type, double value) {
        const size_t n = std::strlen(rest);
        if (size_t(m_end - m_pos) < n || std::memcmp(m_pos, rest, n) != 0)
            return fail(QJsonParseError::IllegalValue, m_pos);
        m_pos += n;
        Node node{type};
        node.number = value;
        node.end = quint32(m_nodes.size() + 1);
        m_nodes.push_back(node);
        return true;
    };
    const char *const start = m_pos;
    switch (*m_pos++) {
    case 'n':
        return literal("ull", QJsonValue::Null, 0);
    case 't':
        return literal("rue", QJsonValue::Bool, 1);
    case 'f':
        return literal("alse", QJsonValue::Bool, 0);
    case '"':
        return parseString();
    case ',':
        return fail(QJsonParseError::IllegalValue, m_pos);
    case '}':
    case ']':
        return fail(QJsonParseError::MissingObject, m_pos);
    case '[':
    case '{':
        break;
    default:
        --m_pos;
        return parseNumber();
    }

    const bool isObject = *start == '{';
    if (++depth > kNestingLimit)
        return fail(QJsonParseError::DeepNesting, m_pos);
    const qsizetype index = qsizetype(m_nodes.size());
    m_nodes.push_back(Node{isObject ? QJsonValue::Object : QJsonValue::Array});
    qsizetype count = 0;
    // Qt's nextToken(): the next character after white space, consumed; 0
    // unless it is structural.
    const auto nextToken = [this]() -> char {
        if (!eatSpace())
            return 0;
        const char c = *m_pos++;
        return std::strchr("[]{}:,\"", c) ? c : 0;
    };
    if (isObject) {
        char token = nextToken();
        while (token == '"') {
            if (!parseString())
                return false;
            if (nextToken() != ':')
                return fail(QJsonParseError::MissingNameSeparator, m_pos);
            if (!eatSpace())
                return fail(QJsonParseError::UnterminatedObject, m_pos);
            if (!parseValue(depth))
                return false;
            ++count;
            token = nextToken();
            if (token != ',')
                break;
            token = nextToken();
            if (token == '}')
                return fail(QJsonParseError::MissingObject, m_pos);
        }
        if (token != '}')
            return fail(QJsonParseError::UnterminatedObject, m_pos);
    } else {
        if (!eatSpace())
            return fail(QJsonParseError::UnterminatedArray, m_pos);
        if (*m_pos == ']') {
            ++m_pos;
        } else {
            for (;;) {
                if (!eatSpace())
                    return fail(QJsonParseError::UnterminatedArray, m_pos);
                if (!parseValue(depth))
                    return false;
                ++count;
                const char token = nextToken();
                if (token == ']')
                    break;
                if (token != ',')
                    return fail(eatSpace() ? QJsonParseError::MissingValueSeparator
                                           : QJsonParseError::UnterminatedArray,
                                m_pos);
            }
        }
    }
    Node &node = m_nodes[size_t(index)];
    node.begin = quint32(start - m_begin);
    node.length = quint32(m_pos - start);
    node.count = quint32(count);
    node.end = quint32(m_nodes.size());
    return true;
}

// After the opening quote.
bool JsonTape::parseString()
{
    const char *const start = m_pos;
    bool escaped = false;
    bool ascii = true;
    while (m_pos < m_end) {
        const uchar c = uchar(*m_pos);
        if (c == '"')
            break;
        if (c < 0x80 && c != '\\') {
            ++m_pos;
            continue;
        }
        ascii = false;
        if (c == '\\') {
            escaped = true;
            if (++m_pos >= m_end)
                return fail(QJsonParseError::IllegalEscapeSequence, m_pos);
            // Any other escaped character stands for itself, as in Qt.
            if (*m_pos++ != 'u')
                continue;
            if (m_end - m_pos < 4)
                return fail(QJsonParseError::IllegalEscapeSequence, m_pos);
            for (int i = 0; i < 4; ++i) {
                if (hexValue(m_pos[i]) < 0)
                    return fail(QJsonParseError::IllegalEscapeSequence, m_pos + i);
            }
            if ((m_pos[0] == 'd' || m_pos[0] == 'D') && hexValue(m_pos[1]) >= 8)
                m_surrogateEscape = true;
            m_pos += 4;
            continue;
        }
        const int length = utf8SequenceLength(reinterpret_cast<const uchar *>(m_pos),
                                              reinterpret_cast<const uchar *>(m_end));
        if (length == 0)
            return fail(QJsonParseError::IllegalUTF8String, m_pos + 1);
        m_pos += length;
    }
    if (m_pos >= m_end)
        return fail(QJsonParseError::UnterminatedString, m_end);
    Node node{QJsonValue::String};
    node.escaped = escaped;
    node.ascii = ascii;
    node.begin = quint32(start - m_begin);
    node.length = quint32(m_pos - start);
    node.end = quint32(m_nodes.size() + 1);
    m_nodes.push_back(node);
    ++m_pos; // the closing quote
    return true;
}

// Qt's number scan; the text is then converted by the same QByteArray
// function Qt uses, so that the same texts are refused (IllegalNumber).
bool JsonTape::parseNumber()
{
    const char *const start = m_pos;
    if (m_pos < m_end && *m_pos == '-')
        ++m_pos;
    const char *const integer = m_pos;
    if (m_pos < m_end && *m_pos == '0') {
        ++m_pos;
    } else {
        while (m_pos < m_end && isDigit(*m_pos))
            ++m_pos;
    }
    if (m_pos == integer)
        m_nonJsonNumber = true; // ".5", "-.5": no digit before the point
    if (m_pos < m_end && *m_pos == '.') {
        ++m_pos;
        if (m_pos >= m_end || !isDigit(*m_pos))
            m_nonJsonNumber = true; // "1.", "1.e5": no digit after it
        while (m_pos < m_end && isDigit(*m_pos))
            ++m_pos;
    }
    if (m_pos < m_end && (*m_pos == 'e' || *m_pos == 'E')) {
        ++m_pos;
        if (m_pos < m_end && (*m_pos == '-' || *m_pos == '+'))
            ++m_pos;
        while (m_pos < m_end && isDigit(*m_pos))
            ++m_pos;
    }
    bool ok = false;
    double value = QByteArray::fromRawData(start, m_pos - start).toDouble(&ok);
    if (!ok)
        return fail(QJsonParseError::IllegalNumber, m_pos);
    // Qt keeps integral values as integers, which have no negative zero.
    if (value == 0)
        value = 0;
    Node node{QJsonValue::Double};
    node.begin = quint32(start - m_begin);
    node.length = quint32(m_pos - start);
    node.number = value;
    node.end = quint32(m_nodes.size() + 1);
    m_nodes.push_back(node);
    return true;
}

// Decoded as Qt decodes it: escapes as in parseString(), \uXXXX as one UTF-16
// unit (so that a pair of escapes makes one character).
QString JsonTape::stringAt(qsizetype index) const
{
    const Node &node = m_nodes[size_t(index)];
    const char *p = m_begin + node.begin;
    const char *const end = p + node.length;
    if (!node.escaped)
        return node.ascii ? QString::fromLatin1(p, node.length) : QString::fromUtf8(p, node.length);
    QString text;
    text.reserve(node.length);
    while (p < end) {
        const char *backslash = static_cast<const char *>(std::memchr(p, '\\', size_t(end - p)));
        if (!backslash)
            backslash = end;
        if (backslash > p)
            text += QString::fromUtf8(p, backslash - p);
        p = backslash;
        if (p >= end)
            break;
        const char escaped = p[1];
        p += 2;
        switch (escaped) {
        case 'b':
            text += QChar(0x8);
            break;
        case 'f':
            text += QChar(0xc);
            break;
        case 'n':
            text += QChar(0xa);
            break;
        case 'r':
            text += QChar(0xd);
            break;
        case 't':
            text += QChar(0x9);
            break;
        case 'u': {
            char16_t unit = 0;
            for (int i = 0; i < 4; ++i)
                unit = char16_t(unit << 4 | hexValue(p[i]));
            p += 4;
            text += QChar(unit);
            break;
        }
        default: // '"', '\\', '/' and any other character: itself
            text += QChar(char16_t(uchar(escaped)));
            break;
        }
    }
    return text;
}

bool JsonTape::keyEquals(qsizetype index, QLatin1String key) const
{
    const Node &node = m_nodes[size_t(index)];
    if (node.escaped)
        return stringAt(index) == key;
    return node.length == key.size() &&
           std::memcmp(m_begin + node.begin, key.data(), size_t(key.size())) == 0;
}

QJsonValue::Type TapeValue::type() const
{
    return m_index < 0 ? QJsonValue::Undefined : m_tape->m_nodes[size_t(m_index)].type();
}

QString TapeValue::toString() const
{
    return isString() ? m_tape->stringAt(m_index) : QString();
}

double TapeValue::toDouble() const
{
    return isDouble() ? m_tape->m_nodes[size_t(m_index)].number : 0;
}

TapeObject TapeValue::toObject() const
{
    return isObject() ? TapeObject(m_tape, m_index) : TapeObject();
}

TapeArray TapeValue::toArray() const
{
    return isArray() ? TapeArray(m_tape, m_index) : TapeArray();
}

QJsonValue TapeValue::toQJsonValue() const
{
    switch (type()) {
    case QJsonValue::Undefined:
        return QJsonValue(QJsonValue::Undefined);
    case QJsonValue::Null:
        return QJsonValue(QJsonValue::Null);
    case QJsonValue::Bool:
        return QJsonValue(m_tape->m_nodes[size_t(m_index)].number != 0);
    case QJsonValue::String:
        return QJsonValue(toString());
    case QJsonValue::Double:
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    // Numbers (integer or double, as Qt decides) and containers: Qt's own
    // reading of this value's text, which the tape accepted by the same rules.
    const auto &node = m_tape->m_nodes[size_t(m_index)];
    const QByteArray text = '[' + m_tape->m_bytes.mid(node.begin, node.length) + ']';
    return QJsonDocument::fromJson(text).array().at(0);
}

TapeValue TapeObject::value(QLatin1String key) const
{
    if (m_index < 0)
        return {};
    const auto &nodes = m_tape->m_nodes;
    qsizetype found = -1;
    qsizetype child = m_index + 1;
    const qsizetype count = nodes[size_t(m_index)].count;
    for (qsizetype i = 0; i < count; ++i) {
        if (m_tape->keyEquals(child, key))
            found = child + 1;
        child = nodes[size_t(child + 1)].end;
    }
    return found < 0 ? TapeValue() : TapeValue(m_tape, found);
}

qsizetype TapeObject::memberCount() const
{
    return m_index < 0 ? 0 : m_tape->m_nodes[size_t(m_index)].count;
}

QList<TapeObject::Member> TapeObject::members() const
{
    QList<Member> members;
    if (m_index < 0)
        return members;
    const auto &nodes = m_tape->m_nodes;
    qsizetype child = m_index + 1;
    for (qsizetype i = 0; i < memberCount(); ++i) {
        members.append({m_tape->stringAt(child), TapeValue(m_tape, child + 1)});
        child = nodes[size_t(child + 1)].end;
    }
    std::stable_sort(members.begin(), members.end(),
                     [](const Member &a, const Member &b) { return a.key < b.key; });
    // Of equal keys the last written stays, as in Qt's QJsonObject.
    QList<Member> unique;
    for (const Member &member : std::as_const(members)) {
        if (!unique.isEmpty() && unique.last().key == member.key)
            unique.last().value = member.value;
        else
            unique.append(member);
    }
    return unique;
}

qsizetype TapeArray::size() const
{
    return m_index < 0 ? 0 : m_tape->m_nodes[size_t(m_index)].count;
}

TapeValue TapeArray::at(qsizetype i) const
{
    if (i < 0 || i >= size())
        return {};
    const auto &nodes = m_tape->m_nodes;
    if (m_cursor < 0 || i < m_cursor) {
        m_cursor = 0;
        m_cursorNode = m_index + 1;
    }
    while (m_cursor < i) {
        m_cursorNode = nodes[size_t(m_cursorNode)].end;
        ++m_cursor;
    }
    return TapeValue(m_tape, m_cursorNode);
}

} // namespace OrgMap::JsonDetail
