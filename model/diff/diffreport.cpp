#include "diff/diffreport.h"

#include "analysis/reportjson.h"
#include "json/jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace OrgMap {

namespace {

using namespace ReportJson;

// The keys of `object` in the canonical order: the format's own keys of this
// kind of object first, in the format's order, then the rest (extension
// data) in code-point order.
QStringList orderedKeys(const QJsonObject &object, std::initializer_list<const char *> formatKeys)
{
    QStringList keys;
    for (const char *k : formatKeys)
        if (object.contains(QLatin1String(k)))
            keys.append(QLatin1String(k));
    QStringList rest;
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!keys.contains(it.key()))
            rest.append(it.key());
    std::sort(rest.begin(), rest.end(), JsonDetail::codePointLess);
    return keys + rest;
}

enum class Shape
{
    Plain,
    Geometry,
    Ports
};

void appendValue(QByteArray &out, const QJsonValue &value, Shape shape)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::Double:
        out += JsonDetail::formatNumber(value);
        return;
    case QJsonValue::String:
        JsonDetail::appendQuoted(out, value.toString());
        return;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out += '[';
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i)
                out += ", ";
            // The elements of `ports` are port objects.
            appendValue(out, array[i], shape == Shape::Ports ? Shape::Ports : Shape::Plain);
        }
        out += ']';
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        const QStringList keys =
            shape == Shape::Geometry ? orderedKeys(object, {"x", "y", "w", "h"})
            : shape == Shape::Ports  ? orderedKeys(object, {"name", "type", "location"})
                                     : orderedKeys(object, {});
        out += '{';
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i)
                out += ", ";
            JsonDetail::appendQuoted(out, keys[i]);
            out += ": ";
            appendValue(out, object.value(keys[i]), Shape::Plain);
        }
        out += '}';
        return;
    }
    }
}

QByteArray changeJson(const EntryChange &change)
{
    JsonLine line;
    line.add("op", toString(change.op)).add("entity", toString(change.key.entity));
    const EntryKey &key = change.key;
    if (key.entity == DiffEntity::Link || key.entity == DiffEntity::Interaction)
        line.add("from", key.from)
            .add("to", key.to)
            .add(key.entity == DiffEntity::Link ? "kind" : "mode", key.kind);
    else
        line.add("id", key.id);
    if (change.op == DiffOp::Change) {
        JsonLine fields;
        for (const FieldChange &f : change.fields)
            fields.add(f.field, JsonLine()
                                    .add("old", diffValueJson(f.field, f.oldValue))
                                    .add("new", diffValueJson(f.field, f.newValue))
                                    .text());
        line.add("fields", fields.text());
    }
    return line.text();
}

QByteArray countsJson(const EntityCounts &counts)
{
    JsonLine line;
    for (DiffEntity e : {DiffEntity::Domain, DiffEntity::Team, DiffEntity::Asset, DiffEntity::Link,
                         DiffEntity::Interaction})
        line.add(toString(e), QByteArray::number(counts[size_t(int(e) - int(DiffEntity::Domain))]));
    return line.text();
}

QByteArray metricNumber(DiffMetric metric, double value)
{
    // Counts are whole numbers held in a double; weights as `check` writes them.
    return isDecimal(metric) ? jsonNumber(value) : QByteArray::number(qint64(value));
}

QByteArray domainMetricsJson(const std::optional<DomainMetrics> &d)
{
    if (!d)
        return "null";
    // `check`'s `domains` array without the id.
    return JsonLine()
        .add("assets", d->assets)
        .add("ce", d->ce)
        .add("ca", d->ca)
        .add("instability", d->instability)
        .text();
}

} // namespace

QByteArray diffValueJson(const QString &field, const QJsonValue &value)
{
    QByteArray out;
    appendValue(out, value,
                field == QLatin1String("geometry") ? Shape::Geometry
                : field == QLatin1String("ports")  ? Shape::Ports
                                                   : Shape::Plain);
    return out;
}

QByteArray diffReportJson(const MapDiff &diff)
{
    QList<QByteArray> changes;
    changes.reserve(diff.changes.size());
    for (const EntryChange &c : diff.changes)
        changes.append(changeJson(c));
    QList<QByteArray> metrics;
    for (const MetricChange &m : diff.metrics)
        metrics.append(JsonLine()
                           .add("metric", toString(m.metric))
                           .add("old", metricNumber(m.metric, m.oldValue))
                           .add("new", metricNumber(m.metric, m.newValue))
                           .add("delta", metricNumber(m.metric, m.delta()))
                           .text());
    QList<QByteArray> domains;
    domains.reserve(diff.domains.size());
    for (const DomainChange &d : diff.domains)
        domains.append(JsonLine()
                           .add("domain", d.domain.str())
                           .add("old", domainMetricsJson(d.oldMetrics))
                           .add("new", domainMetricsJson(d.newMetrics))
                           .text());

    QByteArray out = "{\n";
    out += "  \"old\": " + jsonString(diff.oldName) + ",\n";
    out += "  \"new\": " + jsonString(diff.newName) + ",\n";
    out += "  \"changes\": " + jsonArray(changes) + ",\n";
    out += "  \"summary\": {\n";
    out += "    \"added\": " + countsJson(diff.summary[size_t(DiffOp::Add)]) + ",\n";
    out += "    \"removed\": " + countsJson(diff.summary[size_t(DiffOp::Remove)]) + ",\n";
    out += "    \"changed\": " + countsJson(diff.summary[size_t(DiffOp::Change)]) + "\n";
    out += "  },\n";
    out += "  \"metrics\": " + jsonArray(metrics) + ",\n";
    out += "  \"domains\": " + jsonArray(domains) + "\n";
    out += "}\n";
    return out;
}

} // namespace OrgMap
