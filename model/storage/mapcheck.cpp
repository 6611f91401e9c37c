#include "mapcheck.h"

#include "core/displaytext.h"
#include "sqlitestore_p.h"

namespace OrgMap::SqliteStore::Internal {
namespace {

QString tableOf(Where::Section section)
{
    switch (section) {
    case Where::Section::Map:
        return QStringLiteral("map_info");
    case Where::Section::Domains:
        return QStringLiteral("domains");
    case Where::Section::Teams:
        return QStringLiteral("teams");
    case Where::Section::Assets:
        return QStringLiteral("assets");
    case Where::Section::Ports:
        return QStringLiteral("asset_ports");
    case Where::Section::Links:
        return QStringLiteral("links");
    case Where::Section::Interactions:
        return QStringLiteral("interactions");
    }
    return {};
}

// The column a Field is stored in (docs/sqlite-format.md, "Schema").
QLatin1String columnOf(Where::Section section, Field field)
{
    const bool teams = section == Where::Section::Interactions;
    switch (field) {
    case Field::None:
        return {};
    case Field::Id:
        return QLatin1String("id");
    case Field::Name:
        return QLatin1String("name");
    case Field::Parent:
        return QLatin1String("parent");
    case Field::Owner:
        return QLatin1String("owner");
    case Field::Domain:
        return QLatin1String("domain");
    case Field::Color:
        return QLatin1String("color");
    case Field::X:
        return QLatin1String("x");
    case Field::Y:
        return QLatin1String("y");
    case Field::W:
        return QLatin1String("w");
    case Field::H:
        return QLatin1String("h");
    case Field::Kind:
        return QLatin1String("kind");
    case Field::Type:
        return QLatin1String("type");
    case Field::Mode:
        return QLatin1String("mode");
    case Field::Classification:
        return QLatin1String("classification");
    case Field::Ports:
        return QLatin1String("asset_ports");
    case Field::Contract:
        return QLatin1String("contract");
    case Field::From:
        return teams ? QLatin1String("from_team") : QLatin1String("from_asset");
    case Field::To:
        return teams ? QLatin1String("to_team") : QLatin1String("to_asset");
    case Field::Extensions:
        return QLatin1String("extensions");
    case Field::GeometryExtensions:
        return QLatin1String("geometry_extensions");
    }
    return {};
}

} // namespace

QString rowLabel(const QString &table, const QString &id, qsizetype position)
{
    return Text::tr("table %1, row (\"%2\", %3)").arg(table, shortened(id)).arg(position);
}

QString rowLabel(const Where &where)
{
    const QString table = tableOf(where.section);
    switch (where.section) {
    case Where::Section::Map:
        return Text::tr("table %1").arg(table);
    case Where::Section::Ports:
        return rowLabel(table, where.id, where.port);
    case Where::Section::Links:
    case Where::Section::Interactions:
        return Text::tr("table %1, row %2 -> %3 (%4)")
            .arg(table, shortened(where.id), shortened(where.to), shortened(where.kind));
    default:
        return Text::tr("table %1, row \"%2\"").arg(table, shortened(where.id));
    }
}

void RowProblems::report(const QString &row, const QString &message)
{
    if (!full())
        m_errors << row + QLatin1String(": ") + message;
}

void RowProblems::report(const Where &where, Field field, const QString &message)
{
    if (full())
        return;
    const QLatin1String column = columnOf(where.section, field);
    report(rowLabel(where), column.isEmpty() ? message : column + QLatin1String(": ") + message);
}

QString RowProblems::describe(const Where &first, const Where &current) const
{
    // Rows are named by their key, so two rows of one table that SQLite
    // tells apart (a TEXT and a BLOB 't-x') read the same.
    if (first.section == current.section)
        return Text::tr("another row of table %1").arg(tableOf(first.section));
    return rowLabel(first);
}

QStringList checkMap(const MapData &map, int limit)
{
    RowProblems problems(limit);
    MapValidator(problems).checkMap(map);
    return problems.errors();
}

} // namespace OrgMap::SqliteStore::Internal
