#include "document.h"

#include "commands.h"
#include "core/rules.h"
#include "mappatch.h"

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

} // namespace OrgMap
