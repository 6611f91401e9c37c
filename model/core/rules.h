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

// Coordinates and sizes beyond this are refused by both readers
// (docs/json-format.md): the canvas and the exports draw in the range that
// integer pixel and device coordinates can hold, and no map needs more.
constexpr double kMaxCoordinate = 1e9;
inline bool isWithinCoordinateBound(double v)
{
    return v >= -kMaxCoordinate && v <= kMaxCoordinate;
}
qsizetype codePointCount(const QString &text);

} // namespace OrgMap::Rules
