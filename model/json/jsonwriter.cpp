#include "jsonwriter.h"

#include "json/jsonformat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVarLengthArray>
#include <QVariant>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

namespace OrgMap {
namespace JsonDetail {

QByteArray formatCoordinate(double value)
{
    if (!std::isfinite(value)) // JSON has no spelling for these; the model never holds them
        return QByteArrayLiteral("0");
    // The shortest fixed-point spelling that reads back as the same double.
    char buffer[512];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, std::fabs(value), std::chars_format::fixed);
    std::string text(buffer, result.ptr);
    const size_t dot = text.find('.');
    std::string digits = text.substr(0, dot);
    std::string fraction = dot == std::string::npos ? std::string() : text.substr(dot + 1);
    if (fraction.size() > 2) {
        // Decide on the third decimal of the decimal spelling rather than on
        // value * 100, which turns 1.005 into 100.49999999999999.
        const bool roundUp = fraction[2] >= '5';
        fraction.resize(2);
        if (roundUp) {
            std::string all = digits + fraction;
            qsizetype i = qsizetype(all.size()) - 1;
            for (; i >= 0 && all[i] == '9'; --i)
                all[i] = '0';
            if (i < 0)
                all.insert(all.begin(), '1');
            else
                ++all[i];
            digits = all.substr(0, all.size() - 2);
            fraction = all.substr(all.size() - 2);
        }
    }
    while (!fraction.empty() && fraction.back() == '0')
        fraction.pop_back();
    std::string spelled = fraction.empty() ? digits : digits + '.' + fraction;
    if (value < 0 && spelled != "0") // never "-0"
        spelled.insert(spelled.begin(), '-');
    return QByteArray::fromStdString(spelled);
}

QByteArray formatNumber(const QJsonValue &value)
{
    const QVariant variant = value.toVariant();
    if (variant.typeId() == QMetaType::LongLong)
        return QByteArray::number(variant.toLongLong());
    const double d = value.toDouble();
    if (!std::isfinite(d))
        return QByteArrayLiteral("null");
    // Integral doubles below 2^53 are exact; spell them as integers ("2", not
    // "2.0"), which also keeps a second export identical to the first.
    if (d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
        return QByteArray::number(qint64(d));
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, d);
    return QByteArray(buffer, result.ptr - buffer);
}

void appendQuoted(QByteArray &out, const QString &text)
{
    // Ids, names and most other text are ASCII with nothing to escape: copied
    // straight from UTF-16, without a UTF-8 copy of the string.
    const ushort *const units = text.utf16();
    const qsizetype length = text.size();
    qsizetype plain = 0;
    while (plain < length && units[plain] < 0x80 && units[plain] >= 0x20 && units[plain] != '"' &&
           units[plain] != '\\')
        ++plain;
    if (plain == length) {
        const qsizetype at = out.size();
        out.resize(at + length + 2);
        char *to = out.data() + at;
        *to++ = '"';
        for (qsizetype i = 0; i < length; ++i)
            *to++ = char(units[i]);
        *to = '"';
        return;
    }
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    const char *const begin = utf8.constData();
    const char *const end = begin + utf8.size();
    out += '"';
    // Copy runs of characters that need no escape in one go; multi-byte UTF-8
    // sequences are >= 0x80 and pass through raw.
    const char *run = begin;
    for (const char *p = begin; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
            out.append(escape, sizeof escape);
        }
        }
    }
    out.append(run, end - run);
    out += '"';
}

bool codePointLess(const QString &a, const QString &b)
{
    // Surrogates (U+D800..U+DFFF) encode code points above U+FFFF; lifting them
    // above U+E000..U+FFFF makes unit order equal code-point order.
    const auto weight = [](char16_t u) -> int {
        if (u < 0xD800)
            return u;
        return u >= 0xE000 ? u - 0x800 : u + 0x2000;
    };
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t ua = a.at(i).unicode();
        const char16_t ub = b.at(i).unicode();
        if (ua != ub)
            return weight(ua) < weight(ub);
    }
    return a.size() < b.size();
}

namespace {

// Writes JSON laid out like Python's json.dumps(indent=2): one member or
// element per line, "key": value, and {} / [] for empty containers.
class CanonicalWriter
{
public:
    explicit CanonicalWriter(qsizetype expectedSize) { m_out.reserve(expectedSize); }

    QByteArray take()
    {
        m_out += '\n';
        return std::move(m_out);
    }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    void key(const QString &name)
    {
        separate();
        appendQuoted(m_out, name);
        m_out += ": ";
    }
    void key(QLatin1String name)
    {
        separate();
        m_out += '"';
        m_out += QByteArrayView(name.data(), name.size()); // the spec's keys need no escapes
        m_out += "\": ";
    }
    void element() { separate(); }

    void string(const QString &text) { appendQuoted(m_out, text); }
    void raw(const QByteArray &text) { m_out += text; }

    void field(QLatin1String name, const QString &text)
    {
        key(name);
        string(text);
    }
    void optionalString(QLatin1String name, const QString &text)
    {
        if (text.isEmpty())
            return;
        key(name);
        string(text);
    }

    void value(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Bool:
            m_out += v.toBool() ? "true" : "false";
            break;
        case QJsonValue::Double:
            m_out += formatNumber(v);
            break;
        case QJsonValue::String:
            string(v.toString());
            break;
        case QJsonValue::Array: {
            beginArray();
            const QJsonArray array = v.toArray();
            for (const QJsonValue &item : array) {
                element();
                value(item);
            }
            endArray();
            break;
        }
        case QJsonValue::Object:
            beginObject();
            members(v.toObject());
            endObject();
            break;
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            m_out += "null";
            break;
        }
    }

    // The members of an object with their keys in code-point order: extension
    // data, and the objects nested in it.
    void members(const QJsonObject &object)
    {
        if (object.isEmpty())
            return;
        QStringList keys = object.keys();
        std::sort(keys.begin(), keys.end(), codePointLess);
        for (const QString &k : std::as_const(keys)) {
            key(k);
            value(object.value(k));
        }
    }

private:
    void open(char bracket)
    {
        m_out += bracket;
        m_counts.append(0);
    }
    void close(char bracket)
    {
        const int count = m_counts.last();
        m_counts.removeLast();
        if (count > 0)
            newline();
        m_out += bracket;
    }
    void separate()
    {
        if (m_counts.last()++ > 0)
            m_out += ',';
        newline();
    }
    void newline()
    {
        static constexpr char spaces[] = "\n                                                ";
        const qsizetype indent = 2 * m_counts.size();
        if (indent < qsizetype(sizeof spaces) - 1) {
            m_out.append(spaces, indent + 1);
        } else { // deeply nested extension data
            m_out += '\n';
            m_out.append(indent, ' ');
        }
    }

    QByteArray m_out;
    QVarLengthArray<int, 16> m_counts; // members written so far, per open container
};

void writeGeometry(CanonicalWriter &w, const std::optional<Geometry> &geometry, bool rectangle)
{
    if (!geometry)
        return;
    w.key(QLatin1String("geometry"));
    w.beginObject();
    w.key(QLatin1String("x"));
    w.raw(formatCoordinate(geometry->x));
    w.key(QLatin1String("y"));
    w.raw(formatCoordinate(geometry->y));
    if (rectangle) {
        // A positive size below 0.005 would round to 0, which the reader
        // refuses; write the smallest positive size instead.
        const auto size = [](double v) {
            QByteArray text = formatCoordinate(v);
            return v > 0 && text == "0" ? QByteArrayLiteral("0.01") : text;
        };
        w.key(QLatin1String("w"));
        w.raw(size(geometry->w));
        w.key(QLatin1String("h"));
        w.raw(size(geometry->h));
    }
    w.members(geometry->extensions);
    w.endObject();
}

void writeDomain(CanonicalWriter &w, const Domain &d)
{
    w.beginObject();
    w.field(QLatin1String("id"), d.id.str());
    w.field(QLatin1String("name"), d.name);
    w.optionalString(QLatin1String("parent"), d.parent.str());
    w.optionalString(QLatin1String("owner"), d.owner.str());
    w.optionalString(QLatin1String("description"), d.description);
    w.optionalString(QLatin1String("color"), d.color);
    writeGeometry(w, d.geometry, true);
    w.members(d.extensions);
    w.endObject();
}

void writeTeam(CanonicalWriter &w, const Team &t)
{
    w.beginObject();
    w.field(QLatin1String("id"), t.id.str());
    w.field(QLatin1String("name"), t.name);
    w.optionalString(QLatin1String("type"), toString(t.type));
    w.optionalString(QLatin1String("description"), t.description);
    writeGeometry(w, t.geometry, false);
    w.members(t.extensions);
    w.endObject();
}

void writeAsset(CanonicalWriter &w, const Asset &a)
{
    // Ports, contract and classification exist on data products only; the
    // writer never produces a file that the reader would refuse for them.
    const bool dataProduct = a.kind == AssetKind::DataProduct;
    w.beginObject();
    w.field(QLatin1String("id"), a.id.str());
    w.field(QLatin1String("kind"), toString(a.kind));
    w.field(QLatin1String("name"), a.name);
    w.optionalString(QLatin1String("domain"), a.domain.str());
    w.optionalString(QLatin1String("owner"), a.owner.str());
    w.optionalString(QLatin1String("description"), a.description);
    if (!a.tags.isEmpty()) {
        w.key(QLatin1String("tags"));
        w.beginArray();
        for (const QString &tag : a.tags) {
            w.element();
            w.string(tag);
        }
        w.endArray();
    }
    writeGeometry(w, a.geometry, false);
    if (dataProduct && !a.ports.isEmpty()) {
        w.key(QLatin1String("ports"));
        w.beginArray();
        for (const Port &port : a.ports) {
            w.element();
            w.beginObject();
            w.field(QLatin1String("name"), port.name);
            w.field(QLatin1String("type"), toString(port.type));
            w.optionalString(QLatin1String("location"), port.location);
            w.members(port.extensions);
            w.endObject();
        }
        w.endArray();
    }
    if (dataProduct)
        w.optionalString(QLatin1String("contract"), a.contract);
    w.optionalString(QLatin1String("documentation"), a.documentation);
    if (dataProduct)
        w.optionalString(QLatin1String("classification"), toString(a.classification));
    w.members(a.extensions);
    w.endObject();
}

template <typename Key, typename T, typename WriteItem>
void writeSection(CanonicalWriter &w, QLatin1String name, const QMap<Key, T> &items,
                  WriteItem writeItem)
{
    if (items.isEmpty()) // empty arrays are omitted like any other empty field
        return;
    w.key(name);
    w.beginArray();
    for (const T &item : items) {
        w.element();
        writeItem(w, item);
    }
    w.endArray();
}

} // namespace
} // namespace JsonDetail

QByteArray writeMapJson(const MapData &map)
{
    using namespace JsonDetail;
    // A generous guess of the output size spares the copies of a growing buffer.
    CanonicalWriter w(1024 + 400 * (map.domains.size() + map.teams.size() + map.assets.size()) +
                      120 * (map.links.size() + map.interactions.size()));
    w.beginObject();
    w.field(QLatin1String("format"), QStringLiteral("orgmap"));
    w.key(QLatin1String("version"));
    w.raw(QByteArrayLiteral("1"));
    w.field(QLatin1String("name"), map.info.name);
    w.optionalString(QLatin1String("description"), map.info.description);
    writeSection(w, QLatin1String("domains"), map.domains, writeDomain);
    writeSection(w, QLatin1String("teams"), map.teams, writeTeam);
    writeSection(w, QLatin1String("assets"), map.assets, writeAsset);
    writeSection(w, QLatin1String("links"), map.links, [](CanonicalWriter &w, const Link &l) {
        w.beginObject();
        w.field(QLatin1String("from"), l.key.from.str());
        w.field(QLatin1String("to"), l.key.to.str());
        w.field(QLatin1String("kind"), toString(l.key.kind));
        w.optionalString(QLatin1String("label"), l.label);
        w.members(l.extensions);
        w.endObject();
    });
    writeSection(w, QLatin1String("interactions"), map.interactions,
                 [](CanonicalWriter &w, const Interaction &i) {
                     w.beginObject();
                     w.field(QLatin1String("from"), i.key.from.str());
                     w.field(QLatin1String("to"), i.key.to.str());
                     w.field(QLatin1String("mode"), toString(i.key.mode));
                     w.members(i.extensions);
                     w.endObject();
                 });
    w.members(map.info.extensions); // top-level extension keys come after the sections
    w.endObject();
    return w.take();
}

} // namespace OrgMap
