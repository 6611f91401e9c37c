#include "document.h"

#include "commands.h"
#include "core/rules.h"
#include "mappatch.h"

#include <QSet>
#include <QUndoStack>

namespace OrgMap {

Document::Document(QObject *parent) : QObject(parent), m_undoStack(new QUndoStack(this))
{
    qRegisterMetaType<OrgMap::DocumentChange>();
    m_scenarios.assign(Scenarios::single({}));
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool) { emit modifiedChanged(isModified()); });
}

Document::~Document()
{
    // Commands point back at this document: drop them before the data goes.
    m_undoStack->clear();
}

void Document::reset(MapData data)
{
    reset(Scenarios::single(std::move(data)));
}

void Document::reset(const ScenarioList &scenarios, int current)
{
    m_undoStack->clear();
    m_scenarios.assign(scenarios.isEmpty() ? Scenarios::single({}) : scenarios);
    m_current = qBound(0, current, scenarioCount() - 1);
    m_data = m_scenarios.at(m_current).map;
    emit scenariosChanged();
    emit currentScenarioChanged(m_current);
    m_forcedModified = false;
    m_undoStack->setClean();
    emit reset();
    emit modifiedChanged(false);
}

void Document::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

bool Document::isModified() const
{
    return m_forcedModified || !m_undoStack->isClean();
}

void Document::markSaved()
{
    // setClean() on a clean stack emits nothing: the forced mark still goes.
    const bool onlyForced = m_forcedModified && m_undoStack->isClean();
    m_forcedModified = false;
    m_undoStack->setClean();
    if (onlyForced)
        emit modifiedChanged(false);
}

void Document::markModified()
{
    if (isModified())
        return;
    m_forcedModified = true;
    emit modifiedChanged(true);
}

QString Document::uniqueId(const QString &prefix) const
{
    for (qsizetype n = m_data.domains.size() + m_data.teams.size() + m_data.assets.size() + 1;;
         ++n) {
        const QString id = prefix + QLatin1Char('-') + QString::number(n);
        if (!m_data.containsId(id))
            return id;
    }
}

void Document::apply(const MapPatch &patch, bool forward)
{
    const DocumentChange change =
        patch.apply(m_data, forward ? MapPatch::Direction::Forward : MapPatch::Direction::Backward);
    if (!change.isEmpty())
        emit changed(change);
}

bool Document::replaceContent(const MapData &after, const QString &text)
{
    return push(MapPatch::between(m_data, after), text);
}

bool Document::push(MapPatch patch, const QString &text, const QString &mergeKey)
{
    if (patch.isEmpty())
        return false;
    m_undoStack->push(new ChangeEntity(this, std::move(patch), text, mergeKey));
    return true;
}

// ---- checks ---------------------------------------------------------------

namespace {

QString checkTeamRef(const MapData &data, const TeamId &team)
{
    if (team.isNull() || data.teams.contains(team))
        return {};
    return Document::tr("unknown team \"%1\"").arg(team.str());
}

QString checkDomainRef(const MapData &data, const DomainId &domain)
{
    if (domain.isNull() || data.domains.contains(domain))
        return {};
    return Document::tr("unknown domain \"%1\"").arg(domain.str());
}

QString checkIdAndName(const QString &id, const QString &name)
{
    if (!Rules::isValidId(id))
        return Document::tr("invalid id \"%1\"").arg(id);
    if (!Rules::isValidName(name))
        return Document::tr("a name must have 1 to %1 characters").arg(Rules::kMaxNameLength);
    return {};
}

QString firstError(std::initializer_list<QString> errors)
{
    for (const QString &e : errors)
        if (!e.isEmpty())
            return e;
    return {};
}

} // namespace

QString Document::checkDomain(const Domain &domain, const MapData &data) const
{
    QString cycle;
    if (!domain.parent.isNull() && data.wouldCreateCycle(domain.id, domain.parent))
        cycle = tr("domain \"%1\" cannot be inside itself").arg(domain.id.str());
    QString color;
    if (!domain.color.isEmpty() && !Rules::isValidColor(domain.color))
        color = tr("colour \"%1\" is not #rrggbb").arg(domain.color);
    QString size;
    if (domain.geometry && (domain.geometry->w <= 0 || domain.geometry->h <= 0))
        size = tr("a domain needs a positive width and height");
    return firstError({checkIdAndName(domain.id.str(), domain.name),
                       checkDomainRef(data, domain.parent), cycle, checkTeamRef(data, domain.owner),
                       color, size});
}

QString Document::checkTeam(const Team &team, const MapData &) const
{
    return checkIdAndName(team.id.str(), team.name);
}

QString Document::checkAsset(const Asset &asset, const MapData &data) const
{
    QString serviceFields;
    if (asset.kind == AssetKind::Service && (!asset.ports.isEmpty() || !asset.contract.isEmpty() ||
                                             asset.classification != Classification::None))
        serviceFields = tr("ports, contract and classification are for data products only");
    return firstError({checkIdAndName(asset.id.str(), asset.name),
                       checkDomainRef(data, asset.domain), checkTeamRef(data, asset.owner),
                       serviceFields});
}

QString Document::checkLink(const Link &link, const MapData &data) const
{
    if (!data.assets.contains(link.key.from))
        return tr("unknown asset \"%1\"").arg(link.key.from.str());
    if (!data.assets.contains(link.key.to))
        return tr("unknown asset \"%1\"").arg(link.key.to.str());
    if (link.key.from == link.key.to)
        return tr("an asset cannot depend on itself");
    return {};
}

QString Document::checkInteraction(const Interaction &interaction, const MapData &data) const
{
    if (!data.teams.contains(interaction.key.from))
        return tr("unknown team \"%1\"").arg(interaction.key.from.str());
    if (!data.teams.contains(interaction.key.to))
        return tr("unknown team \"%1\"").arg(interaction.key.to.str());
    if (interaction.key.from == interaction.key.to)
        return tr("a team cannot interact with itself");
    return {};
}

// ---- adding ---------------------------------------------------------------

bool Document::addDomain(const Domain &domain)
{
    if (m_data.containsId(domain.id.str()) || !checkDomain(domain, m_data).isEmpty())
        return false;
    MapPatch patch;
    patch.setDomain(m_data, domain.id, domain);
    return push(std::move(patch), tr("Add domain \"%1\"").arg(domain.name));
}

bool Document::addTeam(const Team &team)
{
    if (m_data.containsId(team.id.str()) || !checkTeam(team, m_data).isEmpty())
        return false;
    MapPatch patch;
    patch.setTeam(m_data, team.id, team);
    return push(std::move(patch), tr("Add team \"%1\"").arg(team.name));
}

bool Document::addAsset(const Asset &asset)
{
    if (m_data.containsId(asset.id.str()) || !checkAsset(asset, m_data).isEmpty())
        return false;
    MapPatch patch;
    patch.setAsset(m_data, asset.id, asset);
    const QString text =
        asset.kind == AssetKind::Service ? tr("Add service \"%1\"") : tr("Add data product \"%1\"");
    return push(std::move(patch), text.arg(asset.name));
}

bool Document::addLink(const Link &link)
{
    if (m_data.links.contains(link.key) || !checkLink(link, m_data).isEmpty())
        return false;
    MapPatch patch;
    patch.setLink(m_data, link.key, link);
    return push(std::move(patch), tr("Connect %1 to %2")
                                      .arg(m_data.assets.value(link.key.from).name,
                                           m_data.assets.value(link.key.to).name));
}

bool Document::addInteraction(const Interaction &interaction)
{
    if (m_data.interactions.contains(interaction.key) ||
        !checkInteraction(interaction, m_data).isEmpty())
        return false;
    MapPatch patch;
    patch.setInteraction(m_data, interaction.key, interaction);
    return push(std::move(patch), tr("Add interaction"));
}

bool Document::addFragment(const MapData &fragment, const QString &text)
{
    // Check against the map as it will be, so references inside the fragment
    // resolve.
    MapData merged = m_data;
    MapPatch patch;
    auto clash = [&](const QString &id) { return m_data.containsId(id); };
    for (const Domain &d : fragment.domains) {
        if (clash(d.id.str()))
            return false;
        patch.setDomain(m_data, d.id, d);
        merged.domains.insert(d.id, d);
    }
    for (const Team &t : fragment.teams) {
        if (clash(t.id.str()))
            return false;
        patch.setTeam(m_data, t.id, t);
        merged.teams.insert(t.id, t);
    }
    for (const Asset &a : fragment.assets) {
        if (clash(a.id.str()))
            return false;
        patch.setAsset(m_data, a.id, a);
        merged.assets.insert(a.id, a);
    }
    for (const Domain &d : fragment.domains)
        if (!checkDomain(d, merged).isEmpty())
            return false;
    for (const Team &t : fragment.teams)
        if (!checkTeam(t, merged).isEmpty())
            return false;
    for (const Asset &a : fragment.assets)
        if (!checkAsset(a, merged).isEmpty())
            return false;
    for (const Link &l : fragment.links) {
        if (m_data.links.contains(l.key) || !checkLink(l, merged).isEmpty())
            return false;
        patch.setLink(m_data, l.key, l);
    }
    for (const Interaction &i : fragment.interactions) {
        if (m_data.interactions.contains(i.key) || !checkInteraction(i, merged).isEmpty())
            return false;
        patch.setInteraction(m_data, i.key, i);
    }
    return push(std::move(patch), text);
}

// ---- removing -------------------------------------------------------------

void Document::remove(const QStringList &ids, const QList<LinkKey> &links,
                      const QList<InteractionKey> &interactions)
{
    QSet<DomainId> domains;
    QSet<TeamId> teams;
    QSet<AssetId> assets;
    for (const QString &id : ids) {
        switch (m_data.kindOf(id)) {
        case EntityKind::Domain:
            domains.insert(DomainId(id));
            break;
        case EntityKind::Team:
            teams.insert(TeamId(id));
            break;
        case EntityKind::Asset:
            assets.insert(AssetId(id));
            break;
        case EntityKind::None:
            break;
        }
    }

    MapPatch patch;
    for (const LinkKey &key : links)
        if (m_data.links.contains(key))
            patch.setLink(m_data, key, std::nullopt);
    for (const InteractionKey &key : interactions)
        if (m_data.interactions.contains(key))
            patch.setInteraction(m_data, key, std::nullopt);
    for (const Link &link : m_data.links)
        if (assets.contains(link.key.from) || assets.contains(link.key.to))
            patch.setLink(m_data, link.key, std::nullopt);
    for (const Interaction &i : m_data.interactions)
        if (teams.contains(i.key.from) || teams.contains(i.key.to))
            patch.setInteraction(m_data, i.key, std::nullopt);

    // The nearest ancestor that survives the removal.
    auto survivingParent = [&](DomainId parent) {
        for (qsizetype steps = 0; domains.contains(parent) && steps <= m_data.domains.size();
             ++steps)
            parent = m_data.domains.value(parent).parent;
        return domains.contains(parent) ? DomainId() : parent;
    };

    for (const Domain &d : m_data.domains) {
        if (domains.contains(d.id)) {
            patch.setDomain(m_data, d.id, std::nullopt);
            continue;
        }
        Domain updated = d;
        if (teams.contains(d.owner))
            updated.owner = {};
        if (domains.contains(d.parent))
            updated.parent = survivingParent(d.parent);
        if (!(updated == d))
            patch.setDomain(m_data, d.id, updated);
    }
    for (const TeamId &t : teams)
        patch.setTeam(m_data, t, std::nullopt);
    for (const Asset &a : m_data.assets) {
        if (assets.contains(a.id)) {
            patch.setAsset(m_data, a.id, std::nullopt);
            continue;
        }
        if (teams.contains(a.owner) || domains.contains(a.domain)) {
            Asset updated = a;
            if (teams.contains(a.owner))
                updated.owner = {};
            if (domains.contains(a.domain))
                updated.domain = {};
            patch.setAsset(m_data, a.id, updated);
        }
    }

    const qsizetype count = domains.size() + teams.size() + assets.size();
    QString text;
    if (count == 1 && !ids.isEmpty()) {
        const QString &id = ids.first();
        const QString name = m_data.nameOf(id);
        text = tr("Delete \"%1\"").arg(name.isEmpty() ? id : name);
    } else if (count == 0) {
        text = tr("Delete %n connection(s)", nullptr,
                  int(patch.links.size() + patch.interactions.size()));
    } else {
        text = tr("Delete %n item(s)", nullptr, int(count));
    }
    push(std::move(patch), text);
}

// ---- changing -------------------------------------------------------------

bool Document::changeDomain(const Domain &domain, const QString &text, const QString &mergeKey)
{
    auto it = m_data.domains.constFind(domain.id);
    if (it == m_data.domains.cend() || *it == domain || !checkDomain(domain, m_data).isEmpty())
        return false;
    MapPatch patch;
    patch.setDomain(m_data, domain.id, domain);
    return push(std::move(patch),
                text.isEmpty() ? tr("Change domain \"%1\"").arg(domain.name) : text, mergeKey);
}

bool Document::changeTeam(const Team &team, const QString &text, const QString &mergeKey)
{
    auto it = m_data.teams.constFind(team.id);
    if (it == m_data.teams.cend() || *it == team || !checkTeam(team, m_data).isEmpty())
        return false;
    MapPatch patch;
    patch.setTeam(m_data, team.id, team);
    return push(std::move(patch), text.isEmpty() ? tr("Change team \"%1\"").arg(team.name) : text,
                mergeKey);
}

bool Document::changeAsset(const Asset &asset, const QString &text, const QString &mergeKey)
{
    auto it = m_data.assets.constFind(asset.id);
    if (it == m_data.assets.cend() || *it == asset || !checkAsset(asset, m_data).isEmpty())
        return false;
    MapPatch patch;
    patch.setAsset(m_data, asset.id, asset);
    return push(std::move(patch), text.isEmpty() ? tr("Change \"%1\"").arg(asset.name) : text,
                mergeKey);
}

bool Document::changeLink(const Link &link, const QString &text)
{
    auto it = m_data.links.constFind(link.key);
    if (it == m_data.links.cend() || *it == link)
        return false;
    MapPatch patch;
    patch.setLink(m_data, link.key, link);
    return push(std::move(patch), text.isEmpty() ? tr("Change connection") : text);
}

bool Document::changeInfo(const MapInfo &info, const QString &text)
{
    if (info == m_data.info || !Rules::isValidName(info.name))
        return false;
    MapPatch patch;
    patch.info = std::make_pair(m_data.info, info);
    return push(std::move(patch), text.isEmpty() ? tr("Change map properties") : text);
}

bool Document::rename(const QString &id, const QString &name)
{
    const QString text = tr("Rename to \"%1\"").arg(name);
    switch (m_data.kindOf(id)) {
    case EntityKind::Domain: {
        Domain d = m_data.domains.value(DomainId(id));
        d.name = name;
        return changeDomain(d, text);
    }
    case EntityKind::Team: {
        Team t = m_data.teams.value(TeamId(id));
        t.name = name;
        return changeTeam(t, text);
    }
    case EntityKind::Asset: {
        Asset a = m_data.assets.value(AssetId(id));
        a.name = name;
        return changeAsset(a, text);
    }
    case EntityKind::None:
        break;
    }
    return false;
}

bool Document::setAssetOwner(const AssetId &asset, const TeamId &owner)
{
    Asset a = m_data.assets.value(asset);
    a.owner = owner;
    const QString text =
        owner.isNull() ? tr("Remove owner of \"%1\"").arg(a.name)
                       : tr("Make %1 owner of \"%2\"").arg(m_data.teams.value(owner).name, a.name);
    return changeAsset(a, text);
}

bool Document::setDomainOwner(const DomainId &domain, const TeamId &owner)
{
    Domain d = m_data.domains.value(domain);
    d.owner = owner;
    const QString text =
        owner.isNull() ? tr("Remove owner of \"%1\"").arg(d.name)
                       : tr("Make %1 owner of \"%2\"").arg(m_data.teams.value(owner).name, d.name);
    return changeDomain(d, text);
}

bool Document::setAssetDomain(const AssetId &asset, const DomainId &domain)
{
    Asset a = m_data.assets.value(asset);
    a.domain = domain;
    const QString text =
        domain.isNull() ? tr("Take \"%1\" out of its domain").arg(a.name)
                        : tr("Move \"%1\" into %2").arg(a.name, m_data.domains.value(domain).name);
    return changeAsset(a, text);
}

bool Document::setDomainParent(const DomainId &domain, const DomainId &parent)
{
    Domain d = m_data.domains.value(domain);
    d.parent = parent;
    return changeDomain(d, tr("Change parent of \"%1\"").arg(d.name));
}

bool Document::setGeometries(const QHash<QString, Geometry> &geometries, const QString &text)
{
    MapPatch patch;
    // Keep the extension keys of the geometry objects the user moves.
    auto merged = [](const std::optional<Geometry> &old, Geometry g) {
        if (g.extensions.isEmpty() && old)
            g.extensions = old->extensions;
        return g;
    };
    for (auto it = geometries.cbegin(); it != geometries.cend(); ++it) {
        switch (m_data.kindOf(it.key())) {
        case EntityKind::Domain: {
            Domain d = patch.domainAfter(m_data, DomainId(it.key()));
            if (it->w <= 0 || it->h <= 0)
                return false;
            d.geometry = merged(d.geometry, *it);
            patch.setDomain(m_data, d.id, d);
            break;
        }
        case EntityKind::Team: {
            Team t = patch.teamAfter(m_data, TeamId(it.key()));
            Geometry g = merged(t.geometry, *it);
            g.w = g.h = 0;
            t.geometry = g;
            patch.setTeam(m_data, t.id, t);
            break;
        }
        case EntityKind::Asset: {
            Asset a = patch.assetAfter(m_data, AssetId(it.key()));
            Geometry g = merged(a.geometry, *it);
            g.w = g.h = 0;
            a.geometry = g;
            patch.setAsset(m_data, a.id, a);
            break;
        }
        case EntityKind::None:
            return false;
        }
    }
    return push(std::move(patch),
                text.isEmpty() ? tr("Move %n item(s)", nullptr, int(geometries.size())) : text);
}

bool Document::resizeDomain(const DomainId &domain, const QRectF &rect)
{
    if (!m_data.domains.contains(domain))
        return false;
    return setGeometries({{domain.str(), Geometry::of(rect)}},
                         tr("Resize \"%1\"").arg(m_data.domains.value(domain).name));
}

} // namespace OrgMap
