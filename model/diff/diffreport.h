#pragma once

#include "diff/diff.h"

#include <QByteArray>

namespace OrgMap {

// The two outputs of `orgmap-cli diff` (../shared/spec/diff-v1.md).

// The `--format json` object: keys old, new, changes, summary, metrics,
// domains; 2-space indented, one array element per line, a final newline.
// Byte-identical for equal diffs.
QByteArray diffReportJson(const MapDiff &diff);

// One field value as the JSON report writes it, on one line: strings, arrays
// and objects as in the format (geometry keys x, y, w, h and port keys name,
// type, location in the format's order, other keys in code-point order), null
// for absent. `field` is the name of the field that holds it.
QByteArray diffValueJson(const QString &field, const QJsonValue &value);

// The terminal report: the changes grouped by entity with names beside ids,
// then the metric table with signed deltas and the domains whose numbers
// changed. `oldMap` and `newMap` are the maps `diff` was computed from (for
// the names). ANSI colours only when `colour` is true.
QString diffReportText(const MapDiff &diff, const MapData &oldMap, const MapData &newMap,
                       bool colour);

} // namespace OrgMap
