// Document: the checks of an edit. They are the format's rules
// (core/mapvalidator.h), the same code that refuses a file, so a refused edit
// and a refused file say the same thing; here the location is the field
// being edited ("Owner: unknown team ...") instead of a JSON pointer or a
// table row.

#include "document.h"

#include "core/mapvalidator.h"

namespace OrgMap {
namespace {

// The field as the Properties editors label it.
QString fieldLabel(const Where &where, Field field)
{
    const bool port = where.section == Where::Section::Ports;
    switch (field) {
    case Field::None:
        return {};
    case Field::Id:
        return Document::tr("Id");
    case Field::Name:
        return port ? Document::tr("Port %1 name").arg(where.port + 1) : Document::tr("Name");
    case Field::Parent:
        return Document::tr("Parent");
    case Field::Owner:
        return Document::tr("Owner");
    case Field::Domain:
        return Document::tr("Domain");
    case Field::Color:
        return Document::tr("Colour");
    case Field::X:
        return Document::tr("Position x");
    case Field::Y:
        return Document::tr("Position y");
    case Field::W:
        return Document::tr("Width");
    case Field::H:
        return Document::tr("Height");
    case Field::Kind:
        return Document::tr("Kind");
    case Field::Type:
        return Document::tr("Type");
    case Field::Mode:
        return Document::tr("Mode");
    case Field::Classification:
        return Document::tr("Classification");
    case Field::Ports:
        return Document::tr("Ports");
    case Field::Contract:
        return Document::tr("Contract");
    case Field::From:
        return Document::tr("From");
    case Field::To:
        return Document::tr("To");
    case Field::Extensions:
    case Field::GeometryExtensions:
        return Document::tr("Extensions");
    }
    return {};
}

// Keeps the first problem: an edit is refused for one reason at a time.
class FirstProblem : public ProblemSink
{
public:
    void report(const Where &where, Field field, const QString &message) override
    {
        if (!m_message.isEmpty())
            return;
        const QString label = fieldLabel(where, field);
        m_message = label.isEmpty() ? message : label + QLatin1String(": ") + message;
    }
    QString describe(const Where &, const Where &) const override { return {}; }
    bool full() const override { return !m_message.isEmpty(); }
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

} // namespace

QString Document::checkDomain(const Domain &domain, const MapData &data) const
{
    FirstProblem problem;
    MapValidator rules(problem, &data);
    const Where where = whereOf(domain);
    if (rules.checkIdForm(domain.id.str(), where) && rules.checkDomain(domain, where))
        rules.checkParentChain(domain, where);
    return problem.message();
}

QString Document::checkTeam(const Team &team, const MapData &data) const
{
    FirstProblem problem;
    MapValidator rules(problem, &data);
    const Where where = whereOf(team);
    if (rules.checkIdForm(team.id.str(), where))
        rules.checkTeam(team, where);
    return problem.message();
}

QString Document::checkAsset(const Asset &asset, const MapData &data) const
{
    FirstProblem problem;
    MapValidator rules(problem, &data);
    const Where where = whereOf(asset);
    if (rules.checkIdForm(asset.id.str(), where))
        rules.checkAsset(asset, -1, where);
    return problem.message();
}

QString Document::checkLink(const Link &link, const MapData &data) const
{
    FirstProblem problem;
    MapValidator(problem, &data).checkLink(link, whereOf(link.key));
    return problem.message();
}

QString Document::checkInteraction(const Interaction &interaction, const MapData &data) const
{
    FirstProblem problem;
    MapValidator(problem, &data).checkInteraction(interaction, whereOf(interaction.key));
    return problem.message();
}

} // namespace OrgMap
