// libFuzzer target (issue 8): arbitrary bytes as one document of a Backstage
// catalog. The parser must return an entity, nothing or an error, never crash
// or hang; built by the ORGMAP_FUZZ option.
#include "import/backstagecatalog.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const OrgMap::EntityParse parse =
        OrgMap::parseBackstageDocument(bytes, QStringLiteral("fuzz.yaml"), 0);
    // An entity always has what the parser promises.
    if (parse.entity && (parse.entity->kind.isEmpty() || parse.entity->name.isEmpty()))
        __builtin_trap();
    return 0;
}
