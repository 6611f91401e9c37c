#include "jsonreader.h"

#include "core/displaytext.h"
#include "core/rules.h"

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

} // namespace

size_t JsonReader::LinkKeyHash::operator()(const LinkKey &k) const
{
    return qHashMulti(0, k.from, k.to, int(k.kind));
}

size_t JsonReader::InteractionKeyHash::operator()(const InteractionKey &k) const
{
    return qHashMulti(0, k.from, k.to, int(k.mode));
}

JsonReadResult JsonReader::read(const QByteArray &bytes)
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
    } else if (!document.isObject()) {
        m_errors.add(kRoot, tr("the document must be a JSON object, not %1")
                                .arg(document.isArray() ? tr("an array") : tr("a single value")));
    } else {
        readDocument(document.object());
    }

    JsonReadResult result;
    if (m_errors.isEmpty())
        result.map = std::move(m_map);
    result.errors = m_errors.take();
    return result;
}

void JsonReader::readDocument(const QJsonObject &root)
{
    FieldReader fields(root, JsonPath(),
                       {QLatin1String("format"), QLatin1String("version"), QLatin1String("name"),
                        QLatin1String("description"), QLatin1String("domains"),
                        QLatin1String("teams"), QLatin1String("assets"), QLatin1String("links"),
                        QLatin1String("interactions")},
                       m_errors);
    // A newer file is likely to be full of keys this version does not know;
    // naming the version is the one useful message then.
    if (!readHeader(fields))
        return;
    m_map.info.name = readName(fields);
    m_map.info.description = fields.optionalString(QLatin1String("description"));
    m_map.info.extensions = fields.finish();

    const QJsonArray domains = section(root, QLatin1String("domains"));
    const QJsonArray teams = section(root, QLatin1String("teams"));
    const QJsonArray assets = section(root, QLatin1String("assets"));
    const QJsonArray links = section(root, QLatin1String("links"));
    const QJsonArray interactions = section(root, QLatin1String("interactions"));

    // References may point forward (a domain owned by a team listed later), so
    // every id is known before the first reference is resolved.
    m_ids.reserve(domains.size() + teams.size() + assets.size());
    collectIds(domains, EntityKind::Domain);
    collectIds(teams, EntityKind::Team);
    collectIds(assets, EntityKind::Asset);

    readDomains(domains);
    checkDomainCycles();
    readTeams(teams);
    readAssets(assets);
    readLinks(links);
    readInteractions(interactions);
}

bool JsonReader::readHeader(FieldReader &root)
{
    if (const auto format = root.requiredString(QLatin1String("format"));
        format && *format != QLatin1String("orgmap"))
        m_errors.add(root.pointerTo(QLatin1String("format")),
                     tr("must be \"orgmap\", not \"%1\"").arg(shortened(*format)));

    const QJsonValue version = root.value(QLatin1String("version"));
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

QJsonArray JsonReader::section(const QJsonObject &root, QLatin1String key)
{
    const QJsonValue value = root.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        m_errors.add(pointerChild(kRoot, key),
                     tr("must be an array, not %1").arg(describeType(value)));
        return {};
    }
    return value.toArray();
}

void JsonReader::collectIds(const QJsonArray &items, EntityKind kind)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue id = items.at(i).toObject().value(QLatin1String("id"));
        if (!id.isString())
            continue;
        const QString text = id.toString();
        if (Rules::isValidId(text) && !m_ids.contains(text))
            m_ids.insert(text, {kind, i});
    }
}

QString JsonReader::sectionName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Domain:
        return QStringLiteral("domains");
    case EntityKind::Team:
        return QStringLiteral("teams");
    case EntityKind::Asset:
        return QStringLiteral("assets");
    case EntityKind::None:
        break;
    }
    return {};
}

QString JsonReader::kindNoun(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Domain:
        return tr("a domain");
    case EntityKind::Team:
        return tr("a team");
    case EntityKind::Asset:
        return tr("an asset");
    case EntityKind::None:
        break;
    }
    return {};
}

std::optional<QString> JsonReader::readId(FieldReader &fields, EntityKind kind, qsizetype index)
{
    const QLatin1String key("id");
    const auto id = fields.requiredString(key);
    if (!id)
        return std::nullopt;
    if (id->isEmpty()) {
        m_errors.add(fields.pointerTo(key), tr("must not be empty"));
        return std::nullopt;
    }
    if (id->size() > Rules::kMaxIdLength) {
        m_errors.add(
            fields.pointerTo(key),
            tr("id is %1 characters long (at most %2)").arg(id->size()).arg(Rules::kMaxIdLength));
        return std::nullopt;
    }
    if (!Rules::isValidId(*id)) {
        m_errors.add(fields.pointerTo(key),
                     tr("invalid id \"%1\": use only the characters A-Z a-z 0-9 . _ : -")
                         .arg(shortened(*id)));
        return std::nullopt;
    }
    const auto found = m_ids.constFind(*id);
    const IdEntry first = found == m_ids.cend() ? IdEntry{} : *found;
    if (first.kind != kind || first.index != index) {
        const QString firstPointer =
            pointerChild(pointerChild(kRoot, sectionName(first.kind)), first.index);
        m_errors.add(fields.pointerTo(key),
                     tr("duplicate id \"%1\" (first used at %2)").arg(*id, firstPointer));
        return std::nullopt;
    }
    // The key collected first shares its text with every reference to it:
    // one allocation per id instead of one per mention.
    return found.key();
}

QString JsonReader::readName(FieldReader &fields)
{
    const QLatin1String key("name");
    const auto name = fields.requiredString(key);
    if (!name)
        return {};
    if (name->isEmpty())
        m_errors.add(fields.pointerTo(key), tr("must not be empty"));
    else if (const qsizetype length = Rules::codePointCount(*name); length > Rules::kMaxNameLength)
        m_errors.add(
            fields.pointerTo(key),
            tr("name is %1 characters long (at most %2)").arg(length).arg(Rules::kMaxNameLength));
    return *name;
}

QString JsonReader::readReference(FieldReader &fields, QLatin1String key, EntityKind expected,
                                  bool required)
{
    QString id;
    if (required) {
        const auto value = fields.requiredString(key);
        if (!value)
            return {};
        if (value->isEmpty()) {
            m_errors.add(fields.pointerTo(key), tr("must not be empty"));
            return {};
        }
        id = *value;
    } else {
        // An empty reference means "none", like an absent one.
        id = fields.optionalString(key);
        if (id.isEmpty())
            return {};
    }
    const auto it = m_ids.constFind(id);
    if (it == m_ids.cend()) {
        QString message;
        switch (expected) {
        case EntityKind::Domain:
            message = tr("unknown domain \"%1\"").arg(shortened(id));
            break;
        case EntityKind::Team:
            message = tr("unknown team \"%1\"").arg(shortened(id));
            break;
        default:
            message = tr("unknown asset \"%1\"").arg(shortened(id));
            break;
        }
        m_errors.add(fields.pointerTo(key), message);
        return {};
    }
    if (it->kind != expected) {
        m_errors.add(
            fields.pointerTo(key),
            tr("\"%1\" is %2, not %3").arg(shortened(id), kindNoun(it->kind), kindNoun(expected)));
        return {};
    }
    return it.key(); // shared with the id's definition, see readId()
}

std::optional<Geometry> JsonReader::readGeometry(FieldReader &owner, bool rectangle)
{
    const QLatin1String key("geometry");
    const QJsonValue value = owner.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isObject()) {
        owner.reportType(key, value, tr("an object"));
        return std::nullopt;
    }
    const QLatin1String x("x"), y("y"), w("w"), h("h");
    const JsonPath path(owner.path(), key);
    FieldReader fields(value.toObject(), path,
                       rectangle ? std::initializer_list<QLatin1String>{x, y, w, h}
                                 : std::initializer_list<QLatin1String>{x, y},
                       m_errors);
    Geometry geometry;
    const auto bounded = [&](QLatin1String name, std::optional<double> v) {
        if (v && !Rules::isWithinCoordinateBound(*v))
            m_errors.add(fields.pointerTo(name), tr("%1 is out of range (at most %2 either way)")
                                                     .arg(*v)
                                                     .arg(Rules::kMaxCoordinate));
        return v;
    };
    geometry.x = bounded(x, fields.requiredNumber(x)).value_or(0);
    geometry.y = bounded(y, fields.requiredNumber(y)).value_or(0);
    if (rectangle) {
        for (auto [name, target] : {std::pair{w, &geometry.w}, std::pair{h, &geometry.h}}) {
            const auto size = fields.requiredNumber(name);
            if (size && *size <= 0)
                m_errors.add(fields.pointerTo(name),
                             tr("must be greater than 0, not %1").arg(*size));
            else
                bounded(name, size);
            *target = size.value_or(0);
        }
    }
    geometry.extensions = fields.finish();
    return geometry;
}

void JsonReader::readDomains(const QJsonArray &items)
{
    const JsonPath section(QLatin1String("domains"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JsonPath pointer(section, i);
        const QJsonValue item = items.at(i);
        if (!item.isObject()) {
            m_errors.add(pointer, tr("must be an object, not %1").arg(describeType(item)));
            continue;
        }
        FieldReader fields(item.toObject(), pointer,
                           {QLatin1String("id"), QLatin1String("name"), QLatin1String("parent"),
                            QLatin1String("owner"), QLatin1String("description"),
                            QLatin1String("color"), QLatin1String("geometry")},
                           m_errors);
        Domain domain;
        const auto id = readId(fields, EntityKind::Domain, i);
        domain.name = readName(fields);

        const QLatin1String parentKey("parent");
        const QJsonValue parent = fields.value(parentKey);
        if (id && parent.isString() && parent.toString() == *id) {
            m_errors.add(fields.pointerTo(parentKey), tr("a domain cannot be its own parent"));
        } else {
            domain.parent = DomainId(readReference(fields, parentKey, EntityKind::Domain, false));
            if (id && !domain.parent.isNull())
                m_domainParents.append({i, *id, domain.parent.str()});
        }
        domain.owner =
            TeamId(readReference(fields, QLatin1String("owner"), EntityKind::Team, false));
        domain.description = fields.optionalString(QLatin1String("description"));
        domain.color = fields.optionalString(QLatin1String("color"));
        if (!domain.color.isEmpty() && !Rules::isValidColor(domain.color))
            m_errors.add(
                fields.pointerTo(QLatin1String("color")),
                tr("invalid colour \"%1\": use the form #rrggbb").arg(shortened(domain.color)));
        domain.geometry = readGeometry(fields, true);
        domain.extensions = fields.finish();
        if (id) {
            domain.id = DomainId(*id);
            appendOrInsert(m_map.domains, domain.id, domain);
        }
    }
}

void JsonReader::checkDomainCycles()
{
    QHash<QString, const DomainParent *> byId;
    byId.reserve(m_domainParents.size());
    for (const DomainParent &d : std::as_const(m_domainParents))
        byId.insert(d.id, &d);

    // Walk each parent chain once; meeting a domain of the current walk again
    // closes a cycle, meeting one of an earlier walk means no new cycle.
    enum State
    {
        Unvisited,
        OnPath,
        Done
    };
    QHash<QString, State> state;
    state.reserve(m_domainParents.size());
    for (const DomainParent &start : std::as_const(m_domainParents)) {
        if (state.value(start.id, Unvisited) != Unvisited)
            continue;
        QList<const DomainParent *> path;
        const DomainParent *cursor = &start;
        while (cursor) {
            const State s = state.value(cursor->id, Unvisited);
            if (s == Done)
                break;
            if (s == OnPath) {
                // The cycle is the tail of the path from `cursor`; report it
                // once, on its member listed first in the file.
                const qsizetype from = path.indexOf(cursor);
                qsizetype first = from;
                for (qsizetype k = from; k < path.size(); ++k)
                    if (path.at(k)->index < path.at(first)->index)
                        first = k;
                QStringList chain;
                for (qsizetype k = 0; k <= path.size() - from; ++k)
                    chain << path.at(from + (first - from + k) % (path.size() - from))->id;
                m_errors.add(
                    pointerChild(pointerChild(pointerChild(kRoot, QLatin1String("domains")),
                                              path.at(first)->index),
                                 QLatin1String("parent")),
                    tr("cycle in domain parents: %1").arg(chain.join(QLatin1String(" -> "))));
                break;
            }
            state.insert(cursor->id, OnPath);
            path.append(cursor);
            cursor = byId.value(cursor->parent, nullptr);
        }
        for (const DomainParent *d : std::as_const(path))
            state.insert(d->id, Done);
    }
}

} // namespace OrgMap::JsonDetail
