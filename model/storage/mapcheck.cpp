#include "mapcheck.h"

#include "core/displaytext.h"
#include "core/rules.h"
#include "sqlitestore_p.h"

#include <QCoreApplication>
#include <QHash>
#include <cmath>

namespace OrgMap::SqliteStore::Internal {
namespace {

// Row labels are built only when there is something to report: a valid map
// of 50,000 rows should not pay for 50,000 formatted strings.
class Checker
{
public:
    Checker(const MapData &map, int limit) : m_map(map), m_limit(limit) {}

    QStringList run()
    {
        // One id namespace: the kind of every id, and the duplicates.
        m_kinds.reserve(m_map.domains.size() + m_map.teams.size() + m_map.assets.size());
        checkInfo();
        checkTeams();
        checkDomains();
        checkAssets();
        checkLinks();
        checkInteractions();
        return m_errors;
    }

private:
    template <typename RowFn> void report(const RowFn &row, const QString &message)
    {
        if (m_errors.size() < m_limit)
            m_errors << row() + QLatin1String(": ") + message;
    }
    bool full() const { return m_errors.size() >= m_limit; }

    template <typename RowFn>
    void checkExtensions(const RowFn &row, const Extensions &ext, const char *column)
    {
        for (auto it = ext.constBegin(); it != ext.constEnd(); ++it)
            if (!it.key().startsWith(QLatin1String("x-")))
                report(row, Text::tr("%1: key \"%2\" does not start with x-")
                                .arg(QLatin1String(column), shortened(it.key())));
    }

    template <typename RowFn>
    void checkIdName(const RowFn &row, const QString &id, const QString &name, EntityKind kind)
    {
        if (!Rules::isValidId(id))
            report(row, Text::tr("invalid id \"%1\"").arg(shortened(id)));
        if (!Rules::isValidName(name))
            report(row, Text::tr("a name must have 1 to %1 characters").arg(Rules::kMaxNameLength));
        if (m_kinds.contains(id))
            report(row, Text::tr("id \"%1\" is used more than once").arg(shortened(id)));
        else
            m_kinds.insert(id, kind);
    }

    template <typename RowFn>
    void checkGeometry(const RowFn &row, const std::optional<Geometry> &g, bool sized)
    {
        if (!g)
            return;
        if (!std::isfinite(g->x) || !std::isfinite(g->y) || !std::isfinite(g->w) ||
            !std::isfinite(g->h))
            report(row, Text::tr("geometry is not a finite number"));
        else if (!Rules::isWithinCoordinateBound(g->x) || !Rules::isWithinCoordinateBound(g->y) ||
                 !Rules::isWithinCoordinateBound(g->w) || !Rules::isWithinCoordinateBound(g->h))
            report(row, Text::tr("geometry is out of range (at most %1 either way)")
                            .arg(Rules::kMaxCoordinate));
        else if (sized && (g->w <= 0 || g->h <= 0))
            report(row, Text::tr("a domain needs a positive width and height"));
        checkExtensions(row, g->extensions, "geometry_extensions");
    }

    // A reference must name an entity of the right kind (an owner that names
    // a domain is as wrong as one that names nothing). Checked against the
    // id hash, which is complete once teams, domains and assets are done.
    template <typename RowFn>
    void checkRef(const RowFn &row, const QString &id, EntityKind kind, const char *column,
                  bool required = false)
    {
        if (id.isEmpty()) {
            // Absent is "none" for an owner, a domain or a parent; the two
            // ends of a link or an interaction must name something.
            if (required)
                report(row, Text::tr("%1: must not be empty").arg(QLatin1String(column)));
            return;
        }
        const EntityKind actual = m_kinds.value(id, EntityKind::None);
        if (actual == kind)
            return;
        if (actual != EntityKind::None) {
            report(row, Text::tr("%1: \"%2\" is %3, not %4")
                            .arg(QLatin1String(column), shortened(id), kindNoun(actual),
                                 kindNoun(kind)));
            return;
        }
        const char *what =
            kind == EntityKind::Team
                ? QT_TRANSLATE_NOOP("OrgMap::SqliteStore", "%1: unknown team \"%2\"")
            : kind == EntityKind::Domain
                ? QT_TRANSLATE_NOOP("OrgMap::SqliteStore", "%1: unknown domain \"%2\"")
                : QT_TRANSLATE_NOOP("OrgMap::SqliteStore", "%1: unknown asset \"%2\"");
        report(row, Text::tr(what).arg(QLatin1String(column), shortened(id)));
    }

    static QString kindNoun(EntityKind kind)
    {
        switch (kind) {
        case EntityKind::Domain:
            return Text::tr("a domain");
        case EntityKind::Team:
            return Text::tr("a team");
        case EntityKind::Asset:
            return Text::tr("an asset");
        case EntityKind::None:
            break;
        }
        return {};
    }

    // True when following parents from `id` comes back to it: the domain is
    // a member of a cycle (a domain merely below a cycle is not).
    bool onCycle(const Domain &start) const
    {
        DomainId cursor = start.parent;
        for (qsizetype steps = 0; steps <= m_map.domains.size() && !cursor.isNull(); ++steps) {
            if (cursor == start.id)
                return true;
            const auto it = m_map.domains.constFind(cursor);
            if (it == m_map.domains.cend())
                return false;
            cursor = it->parent;
        }
        return false;
    }

    void checkInfo()
    {
        const auto row = [] { return Text::tr("table map_info"); };
        if (!Rules::isValidName(m_map.info.name))
            report(row, Text::tr("a name must have 1 to %1 characters").arg(Rules::kMaxNameLength));
        checkExtensions(row, m_map.info.extensions, "extensions");
    }

    void checkTeams()
    {
        for (const Team &t : m_map.teams) {
            const auto row = [&] { return rowLabel(QStringLiteral("teams"), t.id.str()); };
            checkIdName(row, t.id.str(), t.name, EntityKind::Team);
            checkGeometry(row, t.geometry, false);
            checkExtensions(row, t.extensions, "extensions");
            if (full())
                return;
        }
    }

    void checkDomains()
    {
        for (const Domain &d : m_map.domains)
            checkIdName([&] { return rowLabel(QStringLiteral("domains"), d.id.str()); }, d.id.str(),
                        d.name, EntityKind::Domain);
        for (const Domain &d : m_map.domains) {
            const auto row = [&] { return rowLabel(QStringLiteral("domains"), d.id.str()); };
            checkRef(row, d.parent.str(), EntityKind::Domain, "parent");
            if (d.parent == d.id)
                report(row, Text::tr("parent: a domain cannot be its own parent"));
            else if (!d.parent.isNull() && onCycle(d))
                report(row, Text::tr("parent: domain \"%1\" is inside itself").arg(d.id.str()));
            checkRef(row, d.owner.str(), EntityKind::Team, "owner");
            if (!d.color.isEmpty() && !Rules::isValidColor(d.color))
                report(row, Text::tr("color: \"%1\" is not #rrggbb").arg(shortened(d.color)));
            checkGeometry(row, d.geometry, true);
            checkExtensions(row, d.extensions, "extensions");
            if (full())
                return;
        }
    }

    void checkAssets()
    {
        for (const Asset &a : m_map.assets) {
            const auto row = [&] { return rowLabel(QStringLiteral("assets"), a.id.str()); };
            checkIdName(row, a.id.str(), a.name, EntityKind::Asset);
            checkRef(row, a.domain.str(), EntityKind::Domain, "domain");
            checkRef(row, a.owner.str(), EntityKind::Team, "owner");
            if (a.kind == AssetKind::Service && (!a.ports.isEmpty() || !a.contract.isEmpty() ||
                                                 a.classification != Classification::None))
                report(row,
                       Text::tr("ports, contract and classification are for data products only"));
            checkGeometry(row, a.geometry, false);
            checkExtensions(row, a.extensions, "extensions");
            for (qsizetype i = 0; i < a.ports.size(); ++i) {
                const auto portRow = [&] {
                    return rowLabel(QStringLiteral("asset_ports"), a.id.str(), i);
                };
                if (a.ports.at(i).name.isEmpty())
                    report(portRow, Text::tr("name: must not be empty"));
                checkExtensions(portRow, a.ports.at(i).extensions, "extensions");
            }
            if (full())
                return;
        }
    }

    void checkLinks()
    {
        for (const Link &l : m_map.links) {
            const auto row = [&] {
                return rowLabel(QStringLiteral("links"), l.key.from.str(), l.key.to.str(),
                                toString(l.key.kind));
            };
            checkRef(row, l.key.from.str(), EntityKind::Asset, "from_asset", true);
            checkRef(row, l.key.to.str(), EntityKind::Asset, "to_asset", true);
            if (l.key.from == l.key.to)
                report(row, Text::tr("an asset cannot depend on itself"));
            checkExtensions(row, l.extensions, "extensions");
            if (full())
                return;
        }
    }

    void checkInteractions()
    {
        for (const Interaction &i : m_map.interactions) {
            const auto row = [&] {
                return rowLabel(QStringLiteral("interactions"), i.key.from.str(), i.key.to.str(),
                                toString(i.key.mode));
            };
            checkRef(row, i.key.from.str(), EntityKind::Team, "from_team", true);
            checkRef(row, i.key.to.str(), EntityKind::Team, "to_team", true);
            if (i.key.from == i.key.to)
                report(row, Text::tr("a team cannot interact with itself"));
            checkExtensions(row, i.extensions, "extensions");
            if (full())
                return;
        }
    }

    const MapData &m_map;
    const int m_limit;
    QStringList m_errors;
    QHash<QString, EntityKind> m_kinds;
};

} // namespace

QString rowLabel(const QString &table, const QString &id)
{
    return Text::tr("table %1, row \"%2\"").arg(table, shortened(id));
}

QString rowLabel(const QString &table, const QString &id, qsizetype position)
{
    return Text::tr("table %1, row (\"%2\", %3)").arg(table, shortened(id)).arg(position);
}

QString rowLabel(const QString &table, const QString &from, const QString &to, const QString &kind)
{
    return Text::tr("table %1, row %2 -> %3 (%4)")
        .arg(table, shortened(from), shortened(to), shortened(kind));
}

QStringList checkMap(const MapData &map, int limit)
{
    return Checker(map, limit).run();
}

} // namespace OrgMap::SqliteStore::Internal
