#include "jsonreader.h"
#include "viewsjson.h"

#include "core/displaytext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace OrgMap::JsonDetail {
namespace {

const QString kRoot; // the JSON pointer of the whole document is ""

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Qt's parser accepts numbers RFC 8259 does not: "1.", ".5", "1.e2" and
// leading zeros ("01"). Returns the offset where the first such number
// starts, or -1.
// One pass over the bytes, skipping strings (cheap next to the parse).
qsizetype firstNonJsonNumber(const QByteArray &bytes)
{
    const char *data = bytes.constData();
    const qsizetype size = bytes.size();
    bool inNumber = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '"') {
            // Skip the string: jump to the next quote not escaped by an odd
            // run of backslashes (memchr: strings are most of a map's bytes).
            for (;;) {
                const void *q = std::memchr(data + i + 1, '"', size_t(size - i - 1));
                if (!q)
                    return -1; // unterminated: the parser reports it
                i = static_cast<const char *>(q) - data;
                qsizetype backslashes = 0;
                while (data[i - 1 - backslashes] == '\\')
                    ++backslashes;
                if (backslashes % 2 == 0)
                    break;
            }
            inNumber = false;
            continue;
        }
        const bool numberChar =
            isDigit(c) || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
        if (!numberChar) {
            inNumber = false;
            continue;
        }
        if (!inNumber) {
            // A number starts: "-"? then "0" or [1-9][0-9]*. (Letters e/E
            // outside a number belong to true/false and never start one.)
            if (c == 'e' || c == 'E')
                continue;
            inNumber = true;
            start = i;
            qsizetype d = c == '-' ? i + 1 : i;
            if (d < size &&
                (data[d] == '.' || (data[d] == '0' && d + 1 < size && isDigit(data[d + 1]))))
                return i;
            if (c == '.')
                return i;
            continue;
        }
        if (c == '.' && (!isDigit(data[i - 1]) || i + 1 >= size || !isDigit(data[i + 1])))
            return start;
    }
    return -1;
}

// A JSON string can name a lone UTF-16 surrogate only by an escape
// ("\uD800"): valid UTF-8 cannot hold one. Cheap test before the walk.
bool mayHoldSurrogateEscape(const QByteArray &bytes)
{
    for (qsizetype i = bytes.indexOf("\\u"); i >= 0 && i + 3 < bytes.size();
         i = bytes.indexOf("\\u", i + 2)) {
        const char a = bytes.at(i + 2), b = bytes.at(i + 3);
        if ((a == 'd' || a == 'D') &&
            ((b >= '8' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F')))
            return true;
    }
    return false;
}

bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

// Reports every key and string holding a lone surrogate. It is not a
// character: UTF-8 cannot encode it, so writing the map back would change
// the text (to U+FFFD). Refused, not replaced (docs/json-format.md).
bool reportLoneSurrogates(const QJsonValue &value, const QString &pointer, ErrorSink &errors)
{
    const QString message = QCoreApplication::translate(
        "OrgMap::JsonReader", "contains an unpaired UTF-16 surrogate escape (\\uD800-\\uDFFF), "
                              "which is not a character; OrgMap refuses it rather than change it");
    bool found = false;
    if (value.isString() && hasLoneSurrogate(value.toString())) {
        errors.add(pointer, message);
        found = true;
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            found |= reportLoneSurrogates(array.at(i), pointerChild(pointer, i), errors);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString child = pointerChild(pointer, it.key());
            if (hasLoneSurrogate(it.key())) {
                errors.add(child, message);
                found = true;
            }
            found |= reportLoneSurrogates(it.value(), child, errors);
        }
    }
    return found;
}

} // namespace

JsonReadResult JsonReader::read(const QByteArray &bytes)
{
    JsonTape tape;
    const bool parsed = tape.parse(bytes);
    const TapeValue root = tape.root();
    // Everything the tape cannot accept is explained as before, from Qt's
    // reading of the text: the same message and position for every syntax
    // error. That path ends in an error, never in a map.
    if (!parsed || !root.isObject() || tape.hasNonJsonNumber() || tape.hasSurrogateEscape()) {
        if (diagnose(bytes)) {
            // reported
        } else if (!parsed) {
            // The tape and Qt disagree (neither should): say what the tape saw.
            m_errors.add(kRoot, invalidJsonMessage(bytes, tape.error()));
        } else {
            readDocument(root.toObject()); // surrogate escapes, all paired
        }
    } else {
        readDocument(root.toObject());
    }

    JsonReadResult result;
    if (m_errors.isEmpty())
        result.map = std::move(m_map);
    result.errors = m_errors.take();
    return result;
}

bool JsonReader::diagnose(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_errors.add(kRoot, invalidJsonMessage(bytes, parseError));
    } else if (const qsizetype bad = firstNonJsonNumber(bytes); bad >= 0) {
        const auto [line, column] = lineAndColumn(bytes, bad);
        m_errors.add(kRoot, tr("invalid JSON at line %1, column %2: a number needs digits before "
                               "and after its decimal point, and no leading zero")
                                .arg(line)
                                .arg(column));
    } else if (mayHoldSurrogateEscape(bytes) &&
               reportLoneSurrogates(document.isObject() ? QJsonValue(document.object())
                                                        : QJsonValue(document.array()),
                                    kRoot, m_errors)) {
        // reported, pointer by pointer
    } else if (!document.isObject()) {
        m_errors.add(kRoot, tr("the document must be a JSON object, not %1")
                                .arg(document.isArray() ? tr("an array") : tr("a single value")));
    } else {
        return false;
    }
    return true;
}

void JsonReader::readDocument(const TapeObject &root)
{
    TapeFieldReader fields(
        root, JsonPath(),
        {QLatin1String("format"), QLatin1String("version"), QLatin1String("name"),
         QLatin1String("description"), QLatin1String("domains"), QLatin1String("teams"),
         QLatin1String("assets"), QLatin1String("links"), QLatin1String("interactions")},
        m_errors);
    // A newer file is likely to be full of keys this version does not know;
    // naming the version is the one useful message then.
    if (!readHeader(fields))
        return;
    m_map.info.name = readName(fields, Where());
    m_map.info.description = fields.optionalString(QLatin1String("description"));
    m_map.info.extensions = fields.finish();
    reportViewProblems(m_map.info, m_errors);

    const TapeArray domains = section(root, QLatin1String("domains"));
    const TapeArray teams = section(root, QLatin1String("teams"));
    const TapeArray assets = section(root, QLatin1String("assets"));
    const TapeArray links = section(root, QLatin1String("links"));
    const TapeArray interactions = section(root, QLatin1String("interactions"));

    // References may point forward (a domain owned by a team listed later), so
    // every id is known before the first reference is resolved.
    collectIds(domains, EntityKind::Domain);
    collectIds(teams, EntityKind::Team);
    collectIds(assets, EntityKind::Asset);

    readDomains(domains);
    m_rules.checkDomainCycles(m_domainParents);
    readTeams(teams);
    readAssets(assets);
    readLinks(links);
    readInteractions(interactions);
}

bool JsonReader::readHeader(TapeFieldReader &root)
{
    if (const auto format = root.requiredString(QLatin1String("format"));
        format && *format != QLatin1String("orgmap"))
        m_errors.add(root.pointerTo(QLatin1String("format")),
                     tr("must be \"orgmap\", not \"%1\"").arg(shortened(*format)));

    const TapeValue version = root.value(QLatin1String("version"));
    if (version.isUndefined()) {
        root.reportMissing(QLatin1String("version"));
    } else if (!version.isDouble()) {
        root.reportType(QLatin1String("version"), version, tr("an integer"));
    } else {
        const double v = version.toDouble();
        const QString pointer = root.pointerTo(QLatin1String("version"));
        if (v != std::floor(v)) {
            m_errors.add(pointer, tr("must be an integer, not %1").arg(v));
        } else if (v > 1) {
            m_errors.add(pointer, tr("version %1 is newer than this OrgMap supports (highest: %2)")
                                      .arg(v, 0, 'f', 0)
                                      .arg(1));
            return false;
        } else if (v < 1) {
            m_errors.add(pointer,
                         tr("version %1 does not exist (supported: %2)").arg(v, 0, 'f', 0).arg(1));
        }
    }
    return true;
}

TapeArray JsonReader::section(const TapeObject &root, QLatin1String key)
{
    const TapeValue value = root.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        m_errors.add(pointerChild(kRoot, key),
                     tr("must be an array, not %1").arg(describeType(value)));
        return {};
    }
    return value.toArray();
}

void JsonReader::collectIds(const TapeArray &items, EntityKind kind)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        const TapeValue id = items.at(i).toObject().value(QLatin1String("id"));
        if (!id.isString())
            continue;
        m_rules.declareId(kind, id.toString(), Where{sectionOf(kind), i, {}, {}, {}, -1});
    }
}

Where::Section JsonReader::sectionOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Domain:
        return Where::Section::Domains;
    case EntityKind::Team:
        return Where::Section::Teams;
    case EntityKind::Asset:
    case EntityKind::None:
        break;
    }
    return Where::Section::Assets;
}

std::optional<QString> JsonReader::readId(TapeFieldReader &fields, EntityKind kind,
                                          const Where &where)
{
    const auto id = fields.requiredString(QLatin1String("id"));
    if (!id || !m_rules.checkId(kind, *id, where))
        return std::nullopt;
    // The key collected first shares its text with every reference to it:
    // one allocation per id instead of one per mention.
    return m_rules.sharedId(*id);
}

QString JsonReader::readName(TapeFieldReader &fields, const Where &where)
{
    const auto name = fields.requiredString(QLatin1String("name"));
    if (!name)
        return {};
    m_rules.checkName(*name, where);
    return *name;
}

QString JsonReader::readReference(TapeFieldReader &fields, QLatin1String key, EntityKind expected,
                                  bool required, const Where &where, Field field)
{
    QString id;
    if (required) {
        const auto value = fields.requiredString(key);
        if (!value)
            return {};
        id = *value;
    } else {
        id = fields.optionalString(key); // "" means "none", like an absent one
    }
    QString shared;
    return m_rules.checkReference(id, expected, required, where, field, &shared) ? shared
                                                                                 : QString();
}

std::optional<Geometry> JsonReader::readGeometry(TapeFieldReader &owner, bool rectangle,
                                                 const Where &where)
{
    const QLatin1String key("geometry");
    const TapeValue value = owner.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isObject()) {
        owner.reportType(key, value, tr("an object"));
        return std::nullopt;
    }
    const QLatin1String x("x"), y("y"), w("w"), h("h");
    const JsonPath path(owner.path(), key);
    TapeFieldReader fields(value.toObject(), path,
                           rectangle ? std::initializer_list<QLatin1String>{x, y, w, h}
                                     : std::initializer_list<QLatin1String>{x, y},
                           m_errors);
    Geometry geometry;
    const auto number = [&](QLatin1String name, Field field, bool size) {
        const std::optional<double> v = fields.requiredNumber(name);
        if (v && size)
            m_rules.checkSize(*v, where, field);
        else if (v)
            m_rules.checkCoordinate(*v, where, field);
        return v.value_or(0);
    };
    geometry.x = number(x, Field::X, false);
    geometry.y = number(y, Field::Y, false);
    if (rectangle) {
        geometry.w = number(w, Field::W, true);
        geometry.h = number(h, Field::H, true);
    }
    geometry.extensions = fields.finish();
    return geometry;
}

void JsonReader::readDomains(const TapeArray &items)
{
    const JsonPath section(QLatin1String("domains"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JsonPath pointer(section, i);
        const TapeValue item = items.at(i);
        if (!item.isObject()) {
            m_errors.add(pointer, tr("must be an object, not %1").arg(describeType(item)));
            continue;
        }
        TapeFieldReader fields(item.toObject(), pointer,
                               {QLatin1String("id"), QLatin1String("name"), QLatin1String("parent"),
                                QLatin1String("owner"), QLatin1String("description"),
                                QLatin1String("color"), QLatin1String("geometry")},
                               m_errors);
        const Where where{Where::Section::Domains, i, {}, {}, {}, -1};
        Domain domain;
        const auto id = readId(fields, EntityKind::Domain, where);
        domain.name = readName(fields, where);

        const QString parent = fields.optionalString(QLatin1String("parent"));
        if (m_rules.checkParent(id.value_or(QString()), parent, where)) {
            domain.parent = DomainId(parent);
            if (id && !parent.isEmpty())
                m_domainParents.append({where, *id, parent});
        }
        domain.owner = TeamId(readReference(fields, QLatin1String("owner"), EntityKind::Team, false,
                                            where, Field::Owner));
        domain.description = fields.optionalString(QLatin1String("description"));
        domain.color = fields.optionalString(QLatin1String("color"));
        m_rules.checkColor(domain.color, where);
        domain.geometry = readGeometry(fields, true, where);
        domain.extensions = fields.finish();
        if (id) {
            domain.id = DomainId(*id);
            appendOrInsert(m_map.domains, domain.id, domain);
        }
    }
}

} // namespace OrgMap::JsonDetail
