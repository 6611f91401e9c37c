#include "jsonlines.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <type_traits>

namespace OrgMap {
namespace {

// A forward-only walk over JSON text that knows only where values start and
// end; the reader has validated the text already.
class Scanner
{
public:
    explicit Scanner(const QByteArray &bytes) : m_bytes(bytes) {}

    QHash<QString, int> run()
    {
        skipSpace();
        if (peek() == '{')
            readRoot();
        return std::move(m_lines);
    }

private:
    char peek() const { return m_pos < m_bytes.size() ? m_bytes.at(m_pos) : '\0'; }
    bool atEnd() const { return m_pos >= m_bytes.size(); }

    // The line of the current position; positions only grow, so the count
    // of newlines is carried forward instead of recounted.
    int line()
    {
        for (; m_counted < m_pos; ++m_counted)
            if (m_bytes.at(m_counted) == '\n')
                ++m_line;
        return m_line;
    }

    void skipSpace()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    // A string token at the current position; returns its decoded text.
    QString readString()
    {
        const qsizetype start = m_pos;
        bool escaped = false;
        ++m_pos; // the opening quote
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\') {
                escaped = true;
                ++m_pos;
            }
            ++m_pos;
        }
        ++m_pos; // the closing quote
        const QByteArray token = m_bytes.mid(start, m_pos - start);
        if (!escaped)
            return QString::fromUtf8(token.mid(1, token.size() - 2));
        // Escapes are rare in ids: let Qt's parser decode them.
        return QJsonDocument::fromJson("[" + token + "]").array().at(0).toString();
    }

    void skipValue()
    {
        skipSpace();
        switch (peek()) {
        case '"':
            readString();
            return;
        case '{':
            readItems('}', [this](const QString &) { skipValue(); });
            return;
        case '[':
            readItems(']', [this] { skipValue(); });
            return;
        default: { // number, true, false, null
            const qsizetype start = m_pos;
            while (!atEnd() && QByteArrayView(",]} \t\r\n").indexOf(peek()) < 0)
                ++m_pos;
            if (m_pos == start) // not JSON here: step on rather than loop
                ++m_pos;
        }
        }
    }

    // The array or object at the current position: calls `element()` at the
    // start of each element of an array, `element(key)` at each member's
    // value of an object; the callback consumes the value.
    template <typename F> void readItems(char close, F &&element)
    {
        ++m_pos; // "[" or "{"
        for (;;) {
            skipSpace();
            if (atEnd() || peek() == close) {
                ++m_pos;
                return;
            }
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if constexpr (std::is_invocable_v<F, const QString &>) {
                const QString key = readString();
                skipSpace();
                ++m_pos; // ":"
                skipSpace();
                element(key);
            } else {
                element();
            }
        }
    }

    void readRoot()
    {
        readItems('}', [this](const QString &key) {
            if (peek() == '[' && (key == QLatin1String("domains") ||
                                  key == QLatin1String("teams") || key == QLatin1String("assets")))
                readEntities();
            else
                skipValue();
        });
    }

    void readEntities()
    {
        readItems(']', [this] {
            if (peek() != '{') {
                skipValue();
                return;
            }
            const int start = line();
            QString id;
            readItems('}', [&](const QString &key) {
                if (key == QLatin1String("id") && peek() == '"')
                    id = readString();
                else
                    skipValue();
            });
            if (!id.isEmpty() && !m_lines.contains(id))
                m_lines.insert(id, start);
        });
    }

    const QByteArray &m_bytes;
    qsizetype m_pos = 0;
    qsizetype m_counted = 0;
    int m_line = 1;
    QHash<QString, int> m_lines;
};

} // namespace

QHash<QString, int> entityObjectLines(const QByteArray &bytes)
{
    return Scanner(bytes).run();
}

} // namespace OrgMap
