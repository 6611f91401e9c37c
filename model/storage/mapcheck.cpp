#include "mapcheck.h"

#include "core/rules.h"

#include <QCoreApplication>
#include <QSet>
#include <cmath>

namespace OrgMap::SqliteStore::Internal {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OrgMap::SqliteStore", text);
}

class Checker
{
public:
    Checker(const MapData &map, int limit) : m_map(map), m_limit(limit) {}

    QStringList run()
    {
        checkInfo();
        checkTeams();
        checkDomains();
        checkAssets();
        checkLinks();
        checkInteractions();
        return m_errors;
    }

private:
    void report(const QString &row, const QString &message)
    {
        if (m_errors.size() < m_limit)
            m_errors << row + QLatin1String(": ") + message;
    }
    bool full() const { return m_errors.size() >= m_limit; }

    void checkExtensions(const QString &row, const Extensions &ext, const char *column)
    {
        for (auto it = ext.constBegin(); it != ext.constEnd(); ++it)
            if (!it.key().startsWith(QLatin1String("x-")))
                report(row, tr("%1: key \"%2\" does not start with x-")
                                .arg(QLatin1String(column), it.key()));
    }

    void checkIdName(const QString &row, const QString &id, const QString &name)
    {
        if (!Rules::isValidId(id))
            report(row, tr("invalid id \"%1\"").arg(id));
        if (!Rules::isValidName(name))
            report(row, tr("a name must have 1 to %1 characters").arg(Rules::kMaxNameLength));
    }

    void checkGeometry(const QString &row, const std::optional<Geometry> &g, bool sized)
    {
        if (!g)
            return;
        if (!std::isfinite(g->x) || !std::isfinite(g->y) || !std::isfinite(g->w) ||
            !std::isfinite(g->h))
            report(row, tr("geometry is not a finite number"));
        else if (sized && (g->w <= 0 || g->h <= 0))
            report(row, tr("a domain needs a positive width and height"));
        checkExtensions(row, g->extensions, "geometry_extensions");
    }

    // Ids are unique across domains, teams and assets together.
    void checkUnique(const QString &row, const QString &id)
    {
        if (m_ids.contains(id))
            report(row, tr("id \"%1\" is used more than once").arg(id));
        else
            m_ids.insert(id);
    }

    void checkTeamRef(const QString &row, const TeamId &team, const char *column)
    {
        if (!team.isNull() && !m_map.teams.contains(team))
            report(row, tr("%1: unknown team \"%2\"").arg(QLatin1String(column), team.str()));
    }
    void checkDomainRef(const QString &row, const DomainId &domain, const char *column)
    {
        if (!domain.isNull() && !m_map.domains.contains(domain))
            report(row, tr("%1: unknown domain \"%2\"").arg(QLatin1String(column), domain.str()));
    }
    void checkAssetRef(const QString &row, const AssetId &asset, const char *column)
    {
        if (!m_map.assets.contains(asset))
            report(row, tr("%1: unknown asset \"%2\"").arg(QLatin1String(column), asset.str()));
    }

    void checkInfo()
    {
        const QString row = QStringLiteral("table map_info");
        if (!Rules::isValidName(m_map.info.name))
            report(row, tr("a name must have 1 to %1 characters").arg(Rules::kMaxNameLength));
        checkExtensions(row, m_map.info.extensions, "extensions");
    }

    void checkTeams()
    {
        m_ids.reserve(m_map.domains.size() + m_map.teams.size() + m_map.assets.size());
        for (const Team &t : m_map.teams) {
            const QString row = rowLabel(QStringLiteral("teams"), t.id.str());
            checkIdName(row, t.id.str(), t.name);
            checkUnique(row, t.id.str());
            checkGeometry(row, t.geometry, false);
            checkExtensions(row, t.extensions, "extensions");
            if (full())
                return;
        }
    }

    void checkDomains()
    {
        for (const Domain &d : m_map.domains) {
            const QString row = rowLabel(QStringLiteral("domains"), d.id.str());
            checkIdName(row, d.id.str(), d.name);
            checkUnique(row, d.id.str());
            checkDomainRef(row, d.parent, "parent");
            if (!d.parent.isNull() && m_map.wouldCreateCycle(d.id, d.parent))
                report(row, tr("parent: domain \"%1\" is inside itself").arg(d.id.str()));
            checkTeamRef(row, d.owner, "owner");
            if (!d.color.isEmpty() && !Rules::isValidColor(d.color))
                report(row, tr("color: \"%1\" is not #rrggbb").arg(d.color));
            checkGeometry(row, d.geometry, true);
            checkExtensions(row, d.extensions, "extensions");
            if (full())
                return;
        }
    }

    void checkAssets()
    {
        for (const Asset &a : m_map.assets) {
            const QString row = rowLabel(QStringLiteral("assets"), a.id.str());
            checkIdName(row, a.id.str(), a.name);
            checkUnique(row, a.id.str());
            checkDomainRef(row, a.domain, "domain");
            checkTeamRef(row, a.owner, "owner");
            if (a.kind == AssetKind::Service && (!a.ports.isEmpty() || !a.contract.isEmpty() ||
                                                 a.classification != Classification::None))
                report(row, tr("ports, contract and classification are for data products only"));
            checkGeometry(row, a.geometry, false);
            checkExtensions(row, a.extensions, "extensions");
            for (qsizetype i = 0; i < a.ports.size(); ++i)
                checkExtensions(rowLabel(QStringLiteral("asset_ports"), a.id.str(), i),
                                a.ports.at(i).extensions, "extensions");
            if (full())
                return;
        }
    }

    void checkLinks()
    {
        for (const Link &l : m_map.links) {
            const QString row = rowLabel(QStringLiteral("links"), l.key.from.str(), l.key.to.str(),
                                         toString(l.key.kind));
            checkAssetRef(row, l.key.from, "from_asset");
            checkAssetRef(row, l.key.to, "to_asset");
            if (l.key.from == l.key.to)
                report(row, tr("an asset cannot depend on itself"));
            checkExtensions(row, l.extensions, "extensions");
            if (full())
                return;
        }
    }

    void checkInteractions()
    {
        for (const Interaction &i : m_map.interactions) {
            const QString row = rowLabel(QStringLiteral("interactions"), i.key.from.str(),
                                         i.key.to.str(), toString(i.key.mode));
            checkTeamRef(row, i.key.from, "from_team");
            checkTeamRef(row, i.key.to, "to_team");
            if (i.key.from == i.key.to)
                report(row, tr("a team cannot interact with itself"));
            checkExtensions(row, i.extensions, "extensions");
            if (full())
                return;
        }
    }

    const MapData &m_map;
    const int m_limit;
    QStringList m_errors;
    QSet<QString> m_ids;
};

} // namespace

QString rowLabel(const QString &table, const QString &id)
{
    return QStringLiteral("table %1, row \"%2\"").arg(table, id);
}

QString rowLabel(const QString &table, const QString &id, qsizetype position)
{
    return QStringLiteral("table %1, row (\"%2\", %3)").arg(table, id).arg(position);
}

QString rowLabel(const QString &table, const QString &from, const QString &to, const QString &kind)
{
    return QStringLiteral("table %1, row %2 -> %3 (%4)").arg(table, from, to, kind);
}

QStringList checkMap(const MapData &map, int limit)
{
    return Checker(map, limit).run();
}

} // namespace OrgMap::SqliteStore::Internal
