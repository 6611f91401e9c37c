#pragma once

#include "analysis.h"

#include <QByteArray>
#include <QHash>

namespace OrgMap {

// Where the findings of `orgmap-cli check --format sarif` point.
struct SarifSource
{
    QString mapPath; // as the user gave it
    // The line where each subject's object starts (JSON maps only; empty for
    // .orgmap files, whose results then have no region).
    QHash<QString, int> subjectLines;
};

// SARIF 2.1.0 (shared/spec/policy-v1.md, docs/policy.md): one run of the tool
// "orgmap" with one rule entry per rule that fired and one result per
// finding, in the findings' order.
QByteArray checkReportSarif(const AnalysisResult &result, const SarifSource &source,
                            const QString &toolVersion);

// One sentence per rule for the SARIF `rules` entries (translated).
QString ruleShortDescription(Rule rule);
QString ruleHelp(Rule rule);

} // namespace OrgMap
