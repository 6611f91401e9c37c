#pragma once

#include <QString>

namespace OrgMap::Rules {

// The lexical rules of the format spec, shared by the JSON reader, the SQLite
// reader and the document's edit checks so that they cannot drift apart.
constexpr int kMaxIdLength = 128;
constexpr int kMaxNameLength = 200; // in Unicode code points

bool isValidId(const QString &id);
bool isValidName(const QString &name);
bool isValidColor(const QString &color); // "#rrggbb"
qsizetype codePointCount(const QString &text);

} // namespace OrgMap::Rules
