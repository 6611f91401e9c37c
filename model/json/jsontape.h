#pragma once

// Internal: the map reader's view of a JSON text. One pass over the bytes
// records every value as a node of a flat array (its type, where its text is,
// where its subtree ends); strings become QStrings only when the reader asks
// for them. It replaces QJsonDocument for maps: building Qt's DOM (and freeing
// it) was most of the time of every load (docs/benchmarks.md).
//
// The grammar is Qt's (QJsonDocument::fromJson), leniencies included, so that
// the same files are accepted: unknown escapes stand for the character itself,
// duplicate keys keep the last value. What the reader refuses beyond Qt (the
// numbers RFC 8259 does not allow, lone surrogate escapes) is flagged here
// and diagnosed by the reader.

#include <QByteArray>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <vector>

namespace OrgMap::JsonDetail {

class JsonTape;
class TapeObject;
class TapeArray;

// One value of the tape, or "undefined" (an absent member), like QJsonValue.
class TapeValue
{
public:
    TapeValue() = default;
    TapeValue(const JsonTape *tape, qsizetype index) : m_tape(tape), m_index(index) {}

    QJsonValue::Type type() const;
    bool isUndefined() const { return m_index < 0; }
    bool isString() const { return type() == QJsonValue::String; }
    bool isDouble() const { return type() == QJsonValue::Double; }
    bool isObject() const { return type() == QJsonValue::Object; }
    bool isArray() const { return type() == QJsonValue::Array; }

    QString toString() const; // "" unless a string
    double toDouble() const;  // 0 unless a number
    TapeObject toObject() const;
    TapeArray toArray() const;
    // The value as Qt reads it (its text parsed by QJsonDocument): for
    // extension data, which is kept verbatim.
    QJsonValue toQJsonValue() const;

    const JsonTape *tape() const { return m_tape; }
    qsizetype index() const { return m_index; }

private:
    const JsonTape *m_tape = nullptr;
    qsizetype m_index = -1;
};

// The members of an object: key and value nodes alternate.
class TapeObject
{
public:
    TapeObject() = default;
    TapeObject(const JsonTape *tape, qsizetype index) : m_tape(tape), m_index(index) {}

    // The last member of that name (Qt keeps the last of duplicate keys).
    TapeValue value(QLatin1String key) const;
    bool contains(QLatin1String key) const { return !value(key).isUndefined(); }
    // The number of members as written, duplicates included.
    qsizetype memberCount() const;

    // The members as Qt's QJsonObject holds them: sorted by key, the last of
    // duplicates kept. Allocates; for extension data and errors only.
    struct Member
    {
        QString key;
        TapeValue value;
    };
    QList<Member> members() const;

private:
    const JsonTape *m_tape = nullptr;
    qsizetype m_index = -1;
};

class TapeArray
{
public:
    TapeArray() = default;
    TapeArray(const JsonTape *tape, qsizetype index) : m_tape(tape), m_index(index) {}

    qsizetype size() const;
    // Constant time when walked in order (the cursor remembers the last one).
    TapeValue at(qsizetype i) const;

private:
    const JsonTape *m_tape = nullptr;
    qsizetype m_index = -1;
    mutable qsizetype m_cursor = -1;     // the position of the last at()
    mutable qsizetype m_cursorNode = -1; // and its node
};

class JsonTape
{
public:
    // False when the text is not JSON as Qt's parser reads it; error() says
    // what and where (Qt's codes and offsets, give or take a character).
    bool parse(const QByteArray &bytes);
    QJsonParseError error() const { return m_error; }

    // Set after a successful parse: a number Qt accepts but RFC 8259 does not
    // ("1.", ".5", "-.5"), and a \uD800-\uDFFF escape somewhere in a string.
    bool hasNonJsonNumber() const { return m_nonJsonNumber; }
    bool hasSurrogateEscape() const { return m_surrogateEscape; }

    TapeValue root() const { return TapeValue(this, m_nodes.empty() ? -1 : 0); }

private:
    friend class TapeValue;
    friend class TapeObject;
    friend class TapeArray;

    // 24 bytes: a 10,000-asset map has ~450,000 values, and the pages of
    // this array are a good part of a read's page faults. Offsets and counts
    // fit 32 bits because parse() refuses texts of 4 GiB and more.
    struct Node
    {
        explicit Node(QJsonValue::Type type) : storedType(quint8(type)) {}
        QJsonValue::Type type() const { return QJsonValue::Type(storedType); }

        quint32 begin = 0;    // string: first byte after the quote; number: first byte
        quint32 length = 0;   // string or number text, in bytes
        quint32 end = 0;      // the index of the node after this value's subtree
        quint8 storedType;    // a QJsonValue::Type (Undefined is 0x80)
        bool escaped = false; // a string with escape sequences
        bool ascii = false;   // a string of 7-bit characters only
        union {
            double number = 0; // number and boolean values
            quint32 count;     // array: values; object: members
        };
    };

    bool fail(QJsonParseError::ParseError error, const char *at);
    bool parseValue(int depth);
    bool parseString();
    bool parseNumber();
    bool eatSpace();
    QString stringAt(qsizetype index) const;
    bool keyEquals(qsizetype index, QLatin1String key) const;

    QByteArray m_bytes;
    std::vector<Node> m_nodes;
    const char *m_begin = nullptr;
    const char *m_pos = nullptr;
    const char *m_end = nullptr;
    QJsonParseError m_error{0, QJsonParseError::NoError};
    bool m_nonJsonNumber = false;
    bool m_surrogateEscape = false;
};

} // namespace OrgMap::JsonDetail
