#include "fileformat.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace OrgMap {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgMap::FileFormat)
};

bool hasExtension(const QString &fileName, const QString &extension)
{
    return fileName.endsWith(QLatin1Char('.') + extension, Qt::CaseInsensitive);
}

} // namespace

const QList<FileFormatInfo> &fileFormats()
{
    // Translated once, at first use (after the translators are installed).
    static const QList<FileFormatInfo> formats{
        {FileFormat::Document, Text::tr("OrgMap document"), {u"orgmap"_qs}, true},
        {FileFormat::Json, Text::tr("OrgMap JSON"), {u"orgmap.json"_qs, u"json"_qs}, true},
        {FileFormat::GraphML, Text::tr("GraphML (yEd, Gephi, NetworkX)"), {u"graphml"_qs}, false},
        {FileFormat::Dot, Text::tr("Graphviz DOT"), {u"dot"_qs, u"gv"_qs}, false},
        {FileFormat::Mermaid, Text::tr("Mermaid flowchart"), {u"mmd"_qs}, false},
    };
    return formats;
}

const FileFormatInfo &fileFormatInfo(FileFormat format)
{
    for (const FileFormatInfo &info : fileFormats())
        if (info.format == format)
            return info;
    Q_UNREACHABLE();
}

std::optional<FileFormat> fileFormatOf(const QString &path)
{
    if (path == QLatin1String("-"))
        return FileFormat::Json;
    // Only the file name counts: "maps.json/acme.orgmap" is a document.
    const QString name = QFileInfo(path).fileName();
    for (const FileFormatInfo &info : fileFormats())
        for (const QString &extension : info.extensions)
            if (hasExtension(name, extension))
                return info.format;
    return std::nullopt;
}

QString unsupportedFormatMessage(const QString &path)
{
    QStringList known;
    for (const FileFormatInfo &info : fileFormats())
        for (const QString &extension : info.extensions)
            known << QLatin1Char('.') + extension;
    const QString suffix = QFileInfo(path).suffix();
    const QString what = suffix.isEmpty()
                             ? Text::tr("a name without an extension names no format")
                             : Text::tr(".%1 is not a format OrgMap writes").arg(suffix);
    return Text::tr("%1: %2; use one of %3").arg(path, what, known.join(u", "_qs));
}

QString withExtensionOf(const QString &path, FileFormat format)
{
    const FileFormatInfo &info = fileFormatInfo(format);
    const QString name = QFileInfo(path).fileName();
    for (const QString &extension : info.extensions)
        if (hasExtension(name, extension))
            return path;
    return path + QLatin1Char('.') + info.extensions.constFirst();
}

} // namespace OrgMap
