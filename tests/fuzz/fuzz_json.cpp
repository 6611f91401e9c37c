// libFuzzer target: the JSON reader (orgmap-json-v1) on arbitrary bytes.
// Besides crashes and undefined behaviour it checks the reader's promise that
// whatever it accepts, the canonical writer writes back in a form it accepts
// again and writes identically (the canonical form is a fixed point).
#include "json/jsonformat.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace OrgMap;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const JsonReadResult result = readMapJson(bytes);
    if (!result.map)
        return 0;
    const QByteArray canonical = writeMapJson(*result.map);
    const JsonReadResult again = readMapJson(canonical);
    if (!again.map) {
        std::fprintf(stderr, "fuzz_json: the canonical form of an accepted map is refused: %s\n",
                     qPrintable(again.errors.value(0).toString()));
        std::abort();
    }
    if (writeMapJson(*again.map) != canonical) {
        std::fprintf(stderr, "fuzz_json: the canonical form is not a fixed point\n");
        std::abort();
    }
    return 0;
}
