#include "policy.h"

#include "json/jsonfields.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <climits>
#include <cmath>

namespace OrgMap {
namespace {

using JsonDetail::ErrorSink;
using JsonDetail::FieldReader;
using JsonDetail::JsonPath;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgMap::Policy)
};

constexpr int kVersion = 1;

QString allowedRules()
{
    QStringList names;
    for (int r = 0; r < kRuleCount; ++r)
        names.append(toString(Rule(r)));
    return names.join(QLatin1String(", "));
}

bool hasThreshold(Rule rule)
{
    return rule == Rule::Hotspot || rule == Rule::ScatteredTeam;
}

// "error" | "warning" | "info", and "off" where `offAllowed`.
std::optional<std::optional<Severity>> parseSeverity(const QString &text, bool offAllowed)
{
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        if (text == toString(s))
            return std::optional<Severity>(s);
    if (offAllowed && text == QLatin1String("off"))
        return std::optional<Severity>();
    return std::nullopt;
}

class PolicyReader
{
public:
    std::optional<Policy> read(const QJsonObject &root, ErrorSink &errors)
    {
        m_errors = &errors;
        FieldReader fields(root, JsonPath(),
                           {QLatin1String("format"), QLatin1String("version"),
                            QLatin1String("rules"), QLatin1String("failOn")},
                           errors);
        if (!readHeader(fields))
            return std::nullopt;
        readRules(fields);
        if (const auto failOn = readSeverity(fields, QLatin1String("failOn"), false))
            m_policy.failOn = **failOn;
        fields.finish();
        if (!errors.isEmpty())
            return std::nullopt;
        return m_policy;
    }

private:
    // False when the version is newer: its keys would only give noise.
    bool readHeader(FieldReader &root)
    {
        if (const auto format = root.requiredString(QLatin1String("format"));
            format && *format != QLatin1String("orgmap-policy"))
            m_errors->add(root.pointerTo(QLatin1String("format")),
                          Text::tr("must be \"orgmap-policy\", not \"%1\"").arg(*format));
        const QJsonValue version = root.value(QLatin1String("version"));
        const QString pointer = root.pointerTo(QLatin1String("version"));
        if (version.isUndefined()) {
            root.reportMissing(QLatin1String("version"));
        } else if (!version.isDouble()) {
            root.reportType(QLatin1String("version"), version, Text::tr("an integer"));
        } else if (const double v = version.toDouble(); v != std::floor(v)) {
            m_errors->add(pointer, Text::tr("must be an integer, not %1").arg(v));
        } else if (v > kVersion) {
            m_errors->add(pointer,
                          Text::tr("version %1 is newer than this OrgMap supports (highest: %2)")
                              .arg(v, 0, 'f', 0)
                              .arg(kVersion));
            return false;
        } else if (v < kVersion) {
            m_errors->add(pointer, Text::tr("version %1 does not exist (supported: %2)")
                                       .arg(v, 0, 'f', 0)
                                       .arg(kVersion));
        }
        return true;
    }

    // Absent: nullopt. Present but wrong: reported, nullopt.
    std::optional<std::optional<Severity>> readSeverity(FieldReader &fields, QLatin1String key,
                                                        bool offAllowed)
    {
        const QJsonValue value = fields.value(key);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isString()) {
            fields.reportType(key, value, Text::tr("a string"));
            return std::nullopt;
        }
        const auto severity = parseSeverity(value.toString(), offAllowed);
        if (!severity)
            m_errors->add(
                fields.pointerTo(key),
                Text::tr("unknown severity \"%1\" (one of %2)")
                    .arg(value.toString(), offAllowed ? QStringLiteral("error, warning, info, off")
                                                      : QStringLiteral("error, warning, info")));
        return severity;
    }

    std::optional<int> readThreshold(FieldReader &fields)
    {
        const QLatin1String key("threshold");
        const QJsonValue value = fields.value(key);
        if (value.isUndefined())
            return std::nullopt;
        const QString expected = Text::tr("an integer of at least 1");
        if (!value.isDouble()) {
            fields.reportType(key, value, expected);
            return std::nullopt;
        }
        const double v = value.toDouble();
        if (v != std::floor(v) || v < 1) {
            m_errors->add(fields.pointerTo(key),
                          Text::tr("must be %1, not %2").arg(expected).arg(v));
            return std::nullopt;
        }
        if (v > INT_MAX) {
            m_errors->add(fields.pointerTo(key), Text::tr("must be at most %1").arg(INT_MAX));
            return std::nullopt;
        }
        return int(v);
    }

    void readRules(FieldReader &root)
    {
        const QLatin1String key("rules");
        const QJsonValue value = root.value(key);
        if (value.isUndefined())
            return;
        if (!value.isObject()) {
            root.reportType(key, value, Text::tr("an object"));
            return;
        }
        const JsonPath rulesPath(root.path(), key);
        const QJsonObject rules = value.toObject();
        for (auto it = rules.constBegin(); it != rules.constEnd(); ++it) {
            const QString name = it.key();
            if (JsonDetail::isExtensionKey(name)) // extension data, as in maps
                continue;
            const std::optional<Rule> rule = ruleFromString(name);
            if (!rule) {
                m_errors->add(
                    JsonDetail::pointerChild(rulesPath.toString(), name),
                    Text::tr("unknown rule \"%1\" (one of %2)").arg(name, allowedRules()));
                continue;
            }
            readRule(*rule, it.value(), rulesPath);
        }
    }

    void readRule(Rule rule, const QJsonValue &value, const JsonPath &rulesPath)
    {
        const QByteArray name = toString(rule).toLatin1(); // outlives `path`
        const JsonPath path(rulesPath, QLatin1String(name));
        if (!value.isObject()) {
            m_errors->add(
                path, Text::tr("must be an object, not %1").arg(JsonDetail::describeType(value)));
            return;
        }
        FieldReader fields(value.toObject(), path,
                           {QLatin1String("severity"), QLatin1String("threshold")}, *m_errors);
        if (const auto severity = readSeverity(fields, QLatin1String("severity"), true))
            m_policy.severities[size_t(rule)] = *severity;
        if (!hasThreshold(rule)) {
            if (!fields.value(QLatin1String("threshold")).isUndefined())
                m_errors->add(fields.pointerTo(QLatin1String("threshold")),
                              Text::tr("only hotspot and scattered-team have a threshold"));
        } else if (const auto threshold = readThreshold(fields)) {
            (rule == Rule::Hotspot ? m_policy.hotspotThreshold : m_policy.scatteredThreshold) =
                *threshold;
        }
        fields.finish();
    }

    ErrorSink *m_errors = nullptr;
    Policy m_policy;
};

} // namespace

void Policy::applyTo(AnalysisOptions &options) const
{
    options.severities = severities;
    options.hotspotThreshold = hotspotThreshold;
    options.scatteredThreshold = scatteredThreshold;
}

QString policyBesideMap(const QString &mapPath)
{
    if (mapPath.isEmpty() || mapPath == QLatin1String("-"))
        return {};
    const QFileInfo map(mapPath);
    QString name = map.fileName();
    for (const char *suffix : {".orgmap.json", ".orgmap", ".json"})
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive)) {
            name.chop(qsizetype(qstrlen(suffix)));
            break;
        }
    QStringList candidates{QStringLiteral("orgmap-policy.json")};
    if (!name.isEmpty())
        candidates.prepend(name + QLatin1String(".orgmap-policy.json"));
    const QDir folder = map.absoluteDir();
    for (const QString &candidate : std::as_const(candidates)) {
        const QFileInfo policy(folder.filePath(candidate));
        if (policy.isFile())
            return policy.filePath();
    }
    return {};
}

QString toString(const std::optional<Severity> &severity)
{
    return severity ? toString(*severity) : QStringLiteral("off");
}

bool failsOn(const QList<Finding> &findings, Severity failOn)
{
    // Severity ascends from error to info: "at or above" is "<=".
    for (const Finding &f : findings)
        if (f.severity <= failOn)
            return true;
    return false;
}

PolicyReadResult readPolicyJson(const QByteArray &bytes)
{
    ErrorSink errors;
    PolicyReadResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        errors.add(QString(), JsonDetail::invalidJsonMessage(bytes, parseError));
    else if (!document.isObject())
        errors.add(QString(), Text::tr("the document must be a JSON object, not %1")
                                  .arg(document.isArray() ? Text::tr("an array")
                                                          : Text::tr("a single value")));
    else
        result.policy = PolicyReader().read(document.object(), errors);
    for (const FormatError &e : errors.take())
        result.errors.append(e.toString());
    if (!result.errors.isEmpty())
        result.policy.reset();
    return result;
}

PolicyReadResult loadPolicyFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {std::nullopt, {Text::tr("%1 does not exist").arg(path)}};
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, {Text::tr("cannot read %1: %2").arg(path, file.errorString())}};
    PolicyReadResult result = readPolicyJson(file.readAll());
    for (QString &line : result.errors)
        line.prepend(path + QLatin1String(": "));
    return result;
}

} // namespace OrgMap
