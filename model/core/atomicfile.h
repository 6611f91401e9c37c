#pragma once

#include <QByteArray>
#include <QString>

namespace OrgMap {

// The one way OrgMap writes a whole file (JSON maps, exports): into a
// temporary file beside `path`, flushed, then renamed over it, so an
// interrupted or failed write leaves the previous file as it was. On failure
// returns false and sets `error` to a sentence naming the file and the
// system's reason.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace OrgMap
