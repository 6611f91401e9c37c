#pragma once

#include "analysis/analysis.h"

#include <QIcon>

namespace OrgMap {

// Severity marks that differ in shape as well as colour (a round cross for
// errors, a triangle for warnings, a round "i" for infos), so that they read
// without colour vision and on a projector.
QIcon severityIcon(Severity severity);
QColor severityColor(Severity severity);
// "Error", "Warning", "Info" (translated); plural forms with `count`.
QString severityName(Severity severity);
QString severityCount(Severity severity, int count); // "2 errors"
// "2 errors · 14 warnings · 5 infos": one translatable pattern, so that a
// translator chooses the separator.
QString severityCountsLine(int errors, int warnings, int infos);
// "Unowned", "No domain", ... (translated), for the rule filter and column.
QString ruleName(Rule rule);
inline constexpr Severity kAllSeverities[] = {Severity::Error, Severity::Warning, Severity::Info};
inline constexpr Rule kAllRules[] = {
    Rule::Unowned,      Rule::NoDomain,       Rule::Unconsumed,        Rule::IdleTeam,
    Rule::EmptyDomain,  Rule::ScatteredTeam,  Rule::DomainCycle,       Rule::Hotspot,
    Rule::FairFindable, Rule::FairAccessible, Rule::FairInteroperable, Rule::FairReusable};

} // namespace OrgMap
