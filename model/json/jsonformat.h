#pragma once

#include "core/mapdata.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace OrgMap {

// One problem found in a JSON map: where (a JSON pointer such as
// "/assets/3/owner", or "" for the whole document) and what.
struct FormatError
{
    QString pointer;
    QString message;
    // "/assets/3/owner: unknown team \"t-billing\""
    QString toString() const;
};

struct JsonReadResult
{
    std::optional<MapData> map; // set only when there is no error
    QList<FormatError> errors;  // every error found, up to kMaxReportedErrors
};

constexpr int kMaxReportedErrors = 100;

// Parses and validates a map in the interchange format (orgmap-json-v1).
JsonReadResult readMapJson(const QByteArray &bytes);

// Writes the canonical form: byte-identical for equal maps.
QByteArray writeMapJson(const MapData &map);

} // namespace OrgMap
