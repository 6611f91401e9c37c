#pragma once

#include "mapdata.h"

#include <QList>
#include <QString>

namespace OrgMap {

// One named, complete map of a document ("As-is 2026", "Target 2027"). A
// document holds one or more; the JSON interchange format holds exactly one.
struct Scenario
{
    QString name;
    MapData map;

    friend bool operator==(const Scenario &, const Scenario &) = default;
};
using ScenarioList = QList<Scenario>;

namespace Scenarios {

// The name of the one scenario of a map read from JSON or from a document
// written before scenarios existed.
QString defaultName();

// Scenario names are 1 to Rules::kMaxNameLength code points, not blank, and
// unique within a document ignoring case, so that a command line can name
// one without surprises. Empty string: fine; otherwise the reason.
QString checkName(const QString &name, const QStringList &others);

// The index of the scenario called `name` (exact match first, then ignoring
// case); -1 when there is none.
qsizetype indexOf(const ScenarioList &list, const QString &name);
qsizetype indexOf(const QStringList &names, const QString &name);

QStringList names(const ScenarioList &list);

// `base` when free, else "base 2", "base 3", ...
QString uniqueName(const QString &base, const QStringList &taken);

// A one-scenario list holding `map` under the default name.
ScenarioList single(MapData map);

} // namespace Scenarios

} // namespace OrgMap
