#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace OrgMap {

// The line (1-based) on which the JSON object of each domain, team and asset
// starts (its "{"), by id, in the text of a map in the interchange format.
// Works on any layout (hand-indented, keys in any order, escaped ids), since
// it follows the JSON structure rather than the canonical form. Expects text
// that readMapJson() accepted; on other text it returns what it found.
QHash<QString, int> entityObjectLines(const QByteArray &bytes);

} // namespace OrgMap
