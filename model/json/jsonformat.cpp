#include "jsonformat.h"

#include "jsonreader.h"

namespace OrgMap {

QString FormatError::toString() const
{
    if (pointer.isEmpty())
        return message;
    return pointer + QLatin1String(": ") + message;
}

JsonReadResult readMapJson(const QByteArray &bytes)
{
    return JsonDetail::JsonReader().read(bytes);
}

} // namespace OrgMap
