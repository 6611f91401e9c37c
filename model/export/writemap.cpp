#include "writemap.h"

#include "core/atomicfile.h"
#include "dotexport.h"
#include "graphmlexport.h"
#include "mermaidexport.h"
#include "storage/mapfile.h"

namespace OrgMap {

QByteArray exportBytes(const MapData &map, FileFormat format)
{
    switch (format) {
    case FileFormat::GraphML:
        return writeGraphML(map);
    case FileFormat::Dot:
        return writeDot(map);
    case FileFormat::Mermaid:
        return writeMermaid(map);
    case FileFormat::Document:
    case FileFormat::Json:
        break;
    }
    Q_UNREACHABLE();
    return {};
}

bool writeMapAs(const MapData &map, const QString &path, QString *error, QStringList *notes)
{
    const std::optional<FileFormat> format = fileFormatOf(path);
    if (!format) {
        if (error)
            *error = unsupportedFormatMessage(path);
        return false;
    }
    if (fileFormatInfo(*format).readable || path == QLatin1String("-"))
        return saveMapFile(map, path, error, notes);
    return writeFileAtomically(path, exportBytes(map, *format), error);
}

} // namespace OrgMap
