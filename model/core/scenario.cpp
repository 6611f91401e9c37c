#include "scenario.h"

#include "rules.h"

#include <QCoreApplication>

namespace OrgMap::Scenarios {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgMap::Scenarios)
};

} // namespace

QString defaultName()
{
    // Not translated: it is written into files and named on command lines.
    return QStringLiteral("As-is");
}

QString checkName(const QString &name, const QStringList &others)
{
    if (name.trimmed().isEmpty())
        return Text::tr("a scenario needs a name");
    if (!Rules::isValidName(name))
        return Text::tr("a scenario name must have 1 to %1 characters").arg(Rules::kMaxNameLength);
    for (const QString &other : others)
        if (other.compare(name, Qt::CaseInsensitive) == 0)
            return Text::tr("there is already a scenario called \"%1\"").arg(other);
    return {};
}

qsizetype indexOf(const QStringList &names, const QString &name)
{
    if (const qsizetype exact = names.indexOf(name); exact >= 0)
        return exact;
    for (qsizetype i = 0; i < names.size(); ++i)
        if (names.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

qsizetype indexOf(const ScenarioList &list, const QString &name)
{
    return indexOf(names(list), name);
}

QStringList names(const ScenarioList &list)
{
    QStringList result;
    result.reserve(list.size());
    for (const Scenario &s : list)
        result.append(s.name);
    return result;
}

QString uniqueName(const QString &base, const QStringList &taken)
{
    if (indexOf(taken, base) < 0)
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + QLatin1Char(' ') + QString::number(n);
        if (indexOf(taken, candidate) < 0)
            return candidate;
    }
}

ScenarioList single(MapData map)
{
    return {Scenario{defaultName(), std::move(map)}};
}

} // namespace OrgMap::Scenarios
