#pragma once

#include "analysis.h"

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace OrgMap {

// A governance policy (shared/spec/policy-v1.md, docs/policy.md): the
// severity of each rule (or off), the two thresholds and the lowest severity
// that fails a check.
struct Policy
{
    RuleSeverities severities = defaultSeverities();
    int hotspotThreshold = 3;
    int scatteredThreshold = 3;
    Severity failOn = Severity::Error;

    // The severities and thresholds into analysis options (the rest of the
    // options, link weights and betweenness, stay as they are).
    void applyTo(AnalysisOptions &options) const;
    friend bool operator==(const Policy &, const Policy &) = default;
};

struct PolicyReadResult
{
    std::optional<Policy> policy; // set only when there is no error
    // Every problem, "POINTER: message" ("/rules/hotspot/threshold: must
    // be ..."), or the message alone for the whole document.
    QStringList errors;
};

// Parses and validates a `*.orgmap-policy.json` document strictly.
PolicyReadResult readPolicyJson(const QByteArray &bytes);
// Reads a policy file; each error line starts with "FILE: ".
PolicyReadResult loadPolicyFile(const QString &path);

// The policy a map file names by where it lies (docs/policy.md): the first
// that exists of "<name>.orgmap-policy.json" beside it (<name>: the file name
// without ".orgmap.json", ".orgmap" or ".json") and "orgmap-policy.json" in
// its folder. Empty when there is neither, or the map has no file.
QString policyBesideMap(const QString &mapPath);

// "error", "warning", "info" or "off" (nullopt).
QString toString(const std::optional<Severity> &severity);

// Whether a finding at or above `failOn` exists: what makes `check` exit 1.
bool failsOn(const QList<Finding> &findings, Severity failOn);

} // namespace OrgMap
