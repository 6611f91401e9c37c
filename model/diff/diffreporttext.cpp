// The terminal form of `orgmap-cli diff` (diffReportText in diffreport.h).
#include "diff/diffreport.h"

#include "analysis/numbers.h"
#include "analysis/reporttext.h"
#include "diff/difftr.h"

#include <QJsonObject>
#include <QLocale>

namespace OrgMap {
namespace {

using ReportText::alignedRows;

constexpr qsizetype kMaxValueWidth = 72;

struct Palette : ReportText::Palette
{
    QString op(DiffOp o, const QString &t) const
    {
        switch (o) {
        case DiffOp::Add:
            return wrap("32", t);
        case DiffOp::Remove:
            return wrap("31", t);
        case DiffOp::Change:
            return wrap("33", t);
        }
        return t;
    }
    // A delta of a metric where less is better: fewer is green, more is red.
    QString delta(double d, bool lessIsBetter, const QString &t) const
    {
        if (!lessIsBetter || d == 0)
            return t;
        return wrap(d < 0 ? "32" : "31", t);
    }
};

QString opSign(DiffOp op)
{
    switch (op) {
    case DiffOp::Add:
        return QStringLiteral("+");
    case DiffOp::Remove:
        return QStringLiteral("-");
    case DiffOp::Change:
        return QStringLiteral("~");
    }
    return {};
}

QString groupHeading(DiffEntity entity, int n)
{
    switch (entity) {
    case DiffEntity::Map:
        return DiffTr::tr("Map");
    case DiffEntity::Domain:
        return DiffTr::tr("Domains (%1)").arg(n);
    case DiffEntity::Team:
        return DiffTr::tr("Teams (%1)").arg(n);
    case DiffEntity::Asset:
        return DiffTr::tr("Assets (%1)").arg(n);
    case DiffEntity::Link:
        return DiffTr::tr("Links (%1)").arg(n);
    case DiffEntity::Interaction:
        return DiffTr::tr("Interactions (%1)").arg(n);
    }
    return {};
}

QString metricLabel(DiffMetric metric)
{
    switch (metric) {
    case DiffMetric::Domains:
        return DiffTr::tr("Domains");
    case DiffMetric::Teams:
        return DiffTr::tr("Teams");
    case DiffMetric::Assets:
        return DiffTr::tr("Assets");
    case DiffMetric::Links:
        return DiffTr::tr("Links");
    case DiffMetric::Interactions:
        return DiffTr::tr("Interactions");
    case DiffMetric::CrossDomainLinks:
        return DiffTr::tr("Cross-domain links");
    case DiffMetric::CrossDomainWeight:
        return DiffTr::tr("Cross-domain weight");
    case DiffMetric::OrphanedAssets:
        return DiffTr::tr("Orphaned assets");
    case DiffMetric::UnownedAssets:
        return DiffTr::tr("Unowned assets");
    case DiffMetric::Hotspots:
        return DiffTr::tr("Hotspots");
    case DiffMetric::DomainCycles:
        return DiffTr::tr("Domain cycles");
    case DiffMetric::DomainsOnCycles:
        return DiffTr::tr("Domains on cycles");
    case DiffMetric::ScatteredTeams:
        return DiffTr::tr("Scattered teams");
    case DiffMetric::Errors:
        return DiffTr::tr("Errors");
    case DiffMetric::Warnings:
        return DiffTr::tr("Warnings");
    case DiffMetric::Infos:
        return DiffTr::tr("Infos");
    }
    return {};
}

// The metrics the analysis counts as problems; the sizes of the map and the
// infos are neither better nor worse when they grow.
bool lessIsBetter(DiffMetric metric)
{
    return metric >= DiffMetric::CrossDomainLinks && metric <= DiffMetric::Warnings;
}

QString number(double value, bool decimal)
{
    return decimal ? formatDecimalForReading(value) : QLocale().toString(qint64(value));
}

QString signedNumber(double value, bool decimal)
{
    const QString text = number(std::abs(value), decimal);
    if (text == number(0, decimal))
        return text;
    return (value < 0 ? QStringLiteral("-") : QStringLiteral("+")) + text;
}

QString elided(const QString &text)
{
    if (text.size() <= kMaxValueWidth)
        return text;
    return text.left(kMaxValueWidth - 3) + QStringLiteral("...");
}

// "d-sales (Sales)": an id with the name it has in `map`.
QString idWithName(const MapData &map, const QString &id)
{
    const QString name = map.nameOf(id);
    return name.isEmpty() ? id : DiffTr::tr("%1 (%2)").arg(id, name);
}

// Fields whose value is an id of the map, shown with its name.
bool isReference(const QString &field)
{
    return field == QLatin1String("domain") || field == QLatin1String("owner") ||
           field == QLatin1String("parent");
}

// Fields whose value is a word of the format (kind, type, ...), shown bare.
bool isKeyword(const QString &field)
{
    return field == QLatin1String("kind") || field == QLatin1String("type") ||
           field == QLatin1String("classification") || field == QLatin1String("color");
}

QString valueText(const MapData &map, const QString &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return DiffTr::tr("(none)");
    if (value.isString() && isReference(field))
        return idWithName(map, value.toString());
    if (value.isString() && isKeyword(field))
        return value.toString();
    return elided(QString::fromUtf8(diffValueJson(field, value)));
}

// The name column of an entry: the entity's name, or for a link the names of
// its two assets, for an interaction those of its two teams.
QString entryNames(const MapData &map, const EntryKey &key)
{
    if (key.entity == DiffEntity::Link || key.entity == DiffEntity::Interaction) {
        const QString from = map.nameOf(key.from);
        const QString to = map.nameOf(key.to);
        if (from.isEmpty() && to.isEmpty())
            return {};
        return DiffTr::tr("%1 -> %2")
            .arg(from.isEmpty() ? key.from : from, to.isEmpty() ? key.to : to);
    }
    return map.nameOf(key.id);
}

void appendChanges(QStringList &out, const MapDiff &diff, const MapData &oldMap,
                   const MapData &newMap, const Palette &palette)
{
    qsizetype begin = 0;
    while (begin < diff.changes.size()) {
        const DiffEntity entity = diff.changes[begin].key.entity;
        qsizetype end = begin;
        while (end < diff.changes.size() && diff.changes[end].key.entity == entity)
            ++end;
        out.append(QString());
        out.append(palette.bold(groupHeading(entity, int(end - begin))));

        // One table per group, so ids and names line up; the changed fields
        // of an entry follow its line, indented under it.
        QList<QStringList> rows;
        for (qsizetype i = begin; i < end; ++i) {
            const EntryChange &c = diff.changes[i];
            const QString names = entryNames(c.op == DiffOp::Remove ? oldMap : newMap, c.key);
            rows.append({opSign(c.op), c.key.toDisplayString()});
            if (!names.isEmpty())
                rows.last().append(names);
        }
        const QStringList lines = alignedRows(rows, {}, [&](int r, int col, const QString &cell) {
            return col == 0 ? palette.op(diff.changes[begin + r].op, cell) : cell;
        });
        for (qsizetype i = begin; i < end; ++i) {
            const EntryChange &c = diff.changes[i];
            // The map has one entry and no id: its fields stand for it.
            if (entity != DiffEntity::Map)
                out.append(lines[i - begin]);
            QList<QStringList> fieldRows;
            for (const FieldChange &f : c.fields)
                fieldRows.append({f.field, valueText(oldMap, f.field, f.oldValue),
                                  QStringLiteral("->"), valueText(newMap, f.field, f.newValue)});
            const QString indent(entity == DiffEntity::Map ? 0 : 4, QLatin1Char(' '));
            for (const QString &line :
                 alignedRows(fieldRows, {}, [](int, int, const QString &s) { return s; }))
                out.append(indent + line);
        }
        begin = end;
    }
}

void appendMetrics(QStringList &out, const MapDiff &diff, const Palette &palette)
{
    out.append(QString());
    out.append(palette.bold(DiffTr::tr("Metrics")));
    QList<QStringList> rows{
        {DiffTr::tr("Metric"), DiffTr::tr("Old"), DiffTr::tr("New"), DiffTr::tr("Delta")}};
    for (const MetricChange &m : diff.metrics) {
        const bool decimal = isDecimal(m.metric);
        rows.append({metricLabel(m.metric), number(m.oldValue, decimal),
                     number(m.newValue, decimal), signedNumber(m.delta(), decimal)});
    }
    out.append(alignedRows(rows, {false, true, true, true}, [&](int r, int c, const QString &cell) {
        if (r == 0)
            return palette.bold(cell);
        const MetricChange &m = diff.metrics[r - 1];
        return c == 3 ? palette.delta(m.delta(), lessIsBetter(m.metric), cell) : cell;
    }));
}

QString domainCell(const std::optional<DomainMetrics> &a, const std::optional<DomainMetrics> &b,
                   const std::function<QString(const DomainMetrics &)> &cell)
{
    const QString before = a ? cell(*a) : QStringLiteral("-");
    const QString after = b ? cell(*b) : QStringLiteral("-");
    return before == after ? before : DiffTr::tr("%1 -> %2").arg(before, after);
}

void appendDomains(QStringList &out, const MapDiff &diff, const MapData &oldMap,
                   const MapData &newMap, const Palette &palette)
{
    QList<QStringList> rows{{DiffTr::tr("Domain"), DiffTr::tr("Assets"), DiffTr::tr("Ce"),
                             DiffTr::tr("Ca"), DiffTr::tr("Instability")}};
    for (const DomainChange &d : diff.domains) {
        if (d.oldMetrics == d.newMetrics)
            continue;
        const MapData &named = d.newMetrics ? newMap : oldMap;
        rows.append(
            {idWithName(named, d.domain.str()),
             domainCell(d.oldMetrics, d.newMetrics,
                        [](const DomainMetrics &m) { return QLocale().toString(m.assets); }),
             domainCell(d.oldMetrics, d.newMetrics,
                        [](const DomainMetrics &m) { return QLocale().toString(m.ce); }),
             domainCell(d.oldMetrics, d.newMetrics,
                        [](const DomainMetrics &m) { return QLocale().toString(m.ca); }),
             domainCell(d.oldMetrics, d.newMetrics, [](const DomainMetrics &m) {
                 return formatDecimalForReading(m.instability);
             })});
    }
    if (rows.size() == 1)
        return;
    out.append(QString());
    out.append(palette.bold(DiffTr::tr("Domains whose numbers changed (%1)").arg(rows.size() - 1)));
    out.append(
        alignedRows(rows, {false, true, true, true, true}, [&](int r, int, const QString &cell) {
            return r == 0 ? palette.bold(cell) : cell;
        }));
}

QString changeCount(int n)
{
    return n == 1 ? DiffTr::tr("%n change", nullptr, n) : DiffTr::tr("%n changes", nullptr, n);
}

} // namespace

QString diffReportText(const MapDiff &diff, const MapData &oldMap, const MapData &newMap,
                       bool colour)
{
    Palette palette;
    palette.on = colour;
    const auto shownName = [](const QString &name) {
        return name.isEmpty() ? DiffTr::tr("(unnamed map)") : name;
    };
    QStringList out;
    out.append(
        palette.bold(DiffTr::tr("%1 -> %2").arg(shownName(diff.oldName), shownName(diff.newName))));
    if (!diff.hasChanges()) {
        out.append(DiffTr::tr("No changes."));
        return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    std::array<int, 3> byOp{0, 0, 0};
    for (const EntryChange &c : diff.changes)
        ++byOp[size_t(c.op)];
    out.append(DiffTr::tr("%1: %2 added, %3 removed, %4 changed")
                   .arg(changeCount(int(diff.changes.size())))
                   .arg(byOp[size_t(DiffOp::Add)])
                   .arg(byOp[size_t(DiffOp::Remove)])
                   .arg(byOp[size_t(DiffOp::Change)]));
    appendChanges(out, diff, oldMap, newMap, palette);
    appendMetrics(out, diff, palette);
    appendDomains(out, diff, oldMap, newMap, palette);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace OrgMap
