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

// The first problem `check` finds with the rules, the ids of `data` known.
template <typename Check> QString firstProblem(const MapData &data, Check check)
{
    FirstProblem problem;
    MapValidator rules(problem, &data);
    check(rules);
    return problem.message();
}

} // namespace

QString Document::checkDomain(const Domain &domain, const MapData &data) const
{
    return firstProblem(data, [&](MapValidator &rules) {
        const Where where = whereOf(domain);
        if (rules.checkIdForm(domain.id.str(), where) && rules.checkDomain(domain, where))
            rules.checkParentChain(domain, where);
    });
}

QString Document::checkTeam(const Team &team, const MapData &data) const
{
    return firstProblem(data, [&](MapValidator &rules) {
        if (rules.checkIdForm(team.id.str(), whereOf(team)))
            rules.checkTeam(team, whereOf(team));
    });
}

QString Document::checkAsset(const Asset &asset, const MapData &data) const
{
    return firstProblem(data, [&](MapValidator &rules) {
        if (rules.checkIdForm(asset.id.str(), whereOf(asset)))
            rules.checkAsset(asset, -1, whereOf(asset));
    });
}

QString Document::checkLink(const Link &link, const MapData &data) const
{
    return firstProblem(data,
                        [&](MapValidator &rules) { rules.checkLink(link, whereOf(link.key)); });
}

QString Document::checkInteraction(const Interaction &interaction, const MapData &data) const
{
    return firstProblem(data, [&](MapValidator &rules) {
        rules.checkInteraction(interaction, whereOf(interaction.key));
    });
}

} // namespace OrgMap
