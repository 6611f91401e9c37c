#include "findings.h"

#include "analysistr.h"
#include "graphmodel.h"
#include "numbers.h"

#include <algorithm>
#include <functional>
#include <set>

namespace OrgMap {
namespace {

// The subject as messages name it: `"Name" (id)`.
QString named(const QString &name, const QString &id)
{
    return AnalysisTr::tr("\"%1\" (%2)").arg(name, id);
}

QString idList(const QStringList &ids)
{
    return ids.join(AnalysisTr::tr(", "));
}

// Whole sentences per asset kind, rather than a kind word spliced into one
// sentence, so that translators can inflect them.
QString unownedMessage(const Asset &asset)
{
    const QString subject = named(asset.name, asset.id.str());
    return asset.kind == AssetKind::Service
               ? AnalysisTr::tr("Service %1 has no owning team.").arg(subject)
               : AnalysisTr::tr("Data product %1 has no owning team.").arg(subject);
}

QString noDomainMessage(const Asset &asset)
{
    const QString subject = named(asset.name, asset.id.str());
    return asset.kind == AssetKind::Service
               ? AnalysisTr::tr("Service %1 is in no domain.").arg(subject)
               : AnalysisTr::tr("Data product %1 is in no domain.").arg(subject);
}

QString hotspotMessage(const Asset &asset, const AssetMetrics &metrics)
{
    const QString subject = named(asset.name, asset.id.str());
    const int n = metrics.crossDomainLinks;
    const QString score = formatDecimalForReading(metrics.couplingScore);
    // Both numerus sources go through translate(): the English text reads
    // right without a translation, and a translation supplies its own forms.
    if (asset.kind == AssetKind::Service)
        return (n == 1 ? AnalysisTr::tr("Service %1 has %n cross-domain link (coupling score %2).",
                                        nullptr, n)
                       : AnalysisTr::tr("Service %1 has %n cross-domain links (coupling score %2).",
                                        nullptr, n))
            .arg(subject, score);
    return (n == 1
                ? AnalysisTr::tr("Data product %1 has %n cross-domain link (coupling score %2).",
                                 nullptr, n)
                : AnalysisTr::tr("Data product %1 has %n cross-domain links (coupling score %2).",
                                 nullptr, n))
        .arg(subject, score);
}

// Whole sentences for each combination of what is missing, for the same
// reason as above.
QString findableMessage(const QString &subject, bool noDescription, bool noTag)
{
    if (noDescription && noTag)
        return AnalysisTr::tr("Data product %1 has neither a description nor a tag, so nobody "
                              "searching for it will find it.")
            .arg(subject);
    if (noDescription)
        return AnalysisTr::tr("Data product %1 has no description, so nobody searching for it "
                              "will find it.")
            .arg(subject);
    return AnalysisTr::tr("Data product %1 has no tag, so nobody searching for it will find it.")
        .arg(subject);
}

QString reusableMessage(const QString &subject, bool noDocumentation, bool noClassification)
{
    if (noDocumentation && noClassification)
        return AnalysisTr::tr("Data product %1 has neither documentation nor a classification, so "
                              "others cannot tell how they may reuse it.")
            .arg(subject);
    if (noDocumentation)
        return AnalysisTr::tr("Data product %1 has no documentation, so others cannot tell how to "
                              "reuse it.")
            .arg(subject);
    return AnalysisTr::tr("Data product %1 has no classification, so others cannot tell whether "
                          "they may reuse it.")
        .arg(subject);
}

// The FAIR rules of policy-v1.md, for one data product, where they are on.
void collectFair(const Asset &asset, const AnalysisOptions &options,
                 const std::function<void(Rule, QString)> &add)
{
    const auto on = [&](Rule rule) { return options.severities[size_t(rule)].has_value(); };
    const QString subject = named(asset.name, asset.id.str());
    const bool noDescription = asset.description.isEmpty();
    const bool noTag = asset.tags.isEmpty();
    if (on(Rule::FairFindable) && (noDescription || noTag))
        add(Rule::FairFindable, findableMessage(subject, noDescription, noTag));
    if (on(Rule::FairAccessible) && asset.ports.isEmpty())
        add(Rule::FairAccessible,
            AnalysisTr::tr("Data product %1 has no port, so consumers have no way to read it.")
                .arg(subject));
    if (on(Rule::FairInteroperable) && asset.contract.isEmpty())
        add(Rule::FairInteroperable,
            AnalysisTr::tr("Data product %1 has no contract, so consumers cannot rely on its "
                           "schema and terms.")
                .arg(subject));
    const bool noDocumentation = asset.documentation.isEmpty();
    const bool noClassification = asset.classification == Classification::None;
    if (on(Rule::FairReusable) && (noDocumentation || noClassification))
        add(Rule::FairReusable, reusableMessage(subject, noDocumentation, noClassification));
}

QStringList domainIds(const GraphModel &model, const std::vector<int> &indices)
{
    QStringList ids;
    ids.reserve(qsizetype(indices.size()));
    for (int d : indices) // indices ascend, so ids come out sorted
        ids.append(model.domainIds()[d].str());
    return ids;
}

} // namespace

void sortFindings(QList<Finding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        if (a.rule != b.rule)
            return a.rule < b.rule;
        return a.subject < b.subject;
    });
}

QList<Finding> collectFindings(const MapData &map, const GraphModel &model,
                               const QList<AssetMetrics> &assets, const AnalysisOptions &options)
{
    QList<Finding> findings;
    const int assetCount = model.assetCount();
    // A rule that is off produces nothing; the others report with the
    // severity the options give them (a policy's, or the spec's).
    const auto on = [&](Rule rule) { return options.severities[size_t(rule)].has_value(); };
    const auto make = [&](Rule rule, const QString &subject, QString message,
                          QStringList related = {}) {
        return Finding{rule, *options.severities[size_t(rule)], subject, std::move(message),
                       std::move(related)};
    };
    const bool anyFair = on(Rule::FairFindable) || on(Rule::FairAccessible) ||
                         on(Rule::FairInteroperable) || on(Rule::FairReusable);

    std::vector<int> incoming(size_t(assetCount), 0);
    for (const auto &link : model.links())
        ++incoming[size_t(link.to)];

    // Which domains hold an asset directly or through a subdomain: walk up
    // from each asset's domain until a domain already known to be non-empty.
    // The step bound guards against a parent cycle in an invalid map.
    std::vector<bool> holdsAsset(size_t(model.domainCount()), false);
    std::vector<std::set<int>> teamDomains(size_t(model.teamCount()));
    std::vector<bool> teamIsBusy(size_t(model.teamCount()), false);
    for (int d = 0; d < model.domainCount(); ++d)
        if (model.domainOwner(d) >= 0)
            teamIsBusy[size_t(model.domainOwner(d))] = true;

    auto asset = map.assets.cbegin();
    for (int i = 0; i < assetCount; ++i, ++asset) {
        const int domain = model.assetDomain(i);
        const int owner = model.assetOwner(i);
        if (owner < 0) {
            if (on(Rule::Unowned))
                findings.append(make(Rule::Unowned, asset->id.str(), unownedMessage(*asset)));
        } else {
            teamIsBusy[size_t(owner)] = true;
        }
        if (domain < 0) {
            if (on(Rule::NoDomain))
                findings.append(make(Rule::NoDomain, asset->id.str(), noDomainMessage(*asset)));
        } else if (owner >= 0) {
            teamDomains[size_t(owner)].insert(domain);
        }
        if (on(Rule::Unconsumed) && asset->kind == AssetKind::DataProduct &&
            incoming[size_t(i)] == 0)
            findings.append(
                make(Rule::Unconsumed, asset->id.str(),
                     AnalysisTr::tr("Data product %1 is consumed by no asset: no link leads to it.")
                         .arg(named(asset->name, asset->id.str()))));
        if (on(Rule::Hotspot) && assets[i].crossDomainLinks >= options.hotspotThreshold)
            findings.append(
                make(Rule::Hotspot, asset->id.str(), hotspotMessage(*asset, assets[i])));
        if (anyFair && asset->kind == AssetKind::DataProduct)
            collectFair(*asset, options, [&](Rule rule, QString message) {
                findings.append(make(rule, asset->id.str(), std::move(message)));
            });
        for (int d = domain, steps = 0;
             d >= 0 && !holdsAsset[size_t(d)] && steps <= model.domainCount();
             d = model.domainParent(d), ++steps)
            holdsAsset[size_t(d)] = true;
    }

    auto team = map.teams.cbegin();
    for (int t = 0; t < model.teamCount(); ++t, ++team) {
        const QString subject = named(team->name, team->id.str());
        if (on(Rule::IdleTeam) && !teamIsBusy[size_t(t)])
            findings.append(
                make(Rule::IdleTeam, team->id.str(),
                     AnalysisTr::tr("Team %1 owns no asset and no domain.").arg(subject)));
        const auto &spanned = teamDomains[size_t(t)];
        if (on(Rule::ScatteredTeam) && int(spanned.size()) >= options.scatteredThreshold) {
            const QStringList related = domainIds(model, {spanned.begin(), spanned.end()});
            const int n = int(spanned.size());
            findings.append(
                make(Rule::ScatteredTeam, team->id.str(),
                     AnalysisTr::tr("Team %1 owns assets in %n domains: %2.", nullptr, n)
                         .arg(subject, idList(related)),
                     related));
        }
    }

    auto domain = map.domains.cbegin();
    for (int d = 0; d < model.domainCount(); ++d, ++domain)
        if (on(Rule::EmptyDomain) && !holdsAsset[size_t(d)])
            findings.append(make(
                Rule::EmptyDomain, domain->id.str(),
                AnalysisTr::tr("Domain %1 contains no asset, neither directly nor in a subdomain.")
                    .arg(named(domain->name, domain->id.str()))));

    // The subject is the smallest id of the component; `related` lists the
    // component's other domains (never the subject); the message names all.
    for (const auto &cycle : model.domainCycles()) {
        if (!on(Rule::DomainCycle))
            break;
        QStringList related = domainIds(model, cycle);
        const QString members = idList(related);
        related.removeFirst(); // the subject: cycle indices ascend
        const Domain &subject = map.domains[model.domainIds()[cycle.front()]];
        const int n = int(cycle.size());
        findings.append(
            make(Rule::DomainCycle, subject.id.str(),
                 AnalysisTr::tr("Domain %1 is on a dependency cycle of %n domains: %2.", nullptr, n)
                     .arg(named(subject.name, subject.id.str()), members),
                 std::move(related)));
    }

    sortFindings(findings);
    return findings;
}

} // namespace OrgMap
