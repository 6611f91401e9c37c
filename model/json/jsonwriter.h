#pragma once

// Internal pieces of the canonical writer, exposed for the tests.

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace OrgMap::JsonDetail {

// A geometry number: rounded half away from zero to at most 2 decimals (on the
// shortest decimal spelling of the double, so 1.005 gives 1.01), written
// shortest, without exponent and never as -0.
QByteArray formatCoordinate(double value);

// Any other number (extension data): integers as integers, other values in the
// shortest spelling that reads back to the same double.
QByteArray formatNumber(const QJsonValue &value);

// A JSON string literal as Python's json.dumps(ensure_ascii=False) writes it.
void appendQuoted(QByteArray &out, const QString &text);

// Orders strings by Unicode code point (QString's operator< orders UTF-16
// units, which differs for characters beyond U+FFFF).
bool codePointLess(const QString &a, const QString &b);

} // namespace OrgMap::JsonDetail
