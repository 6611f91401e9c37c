#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace OrgMap {

// The one table of the file formats OrgMap reads and writes, chosen by the
// file name's extension. Every writer (convert, generate, the GUI's Save and
// Export) asks it, so a name that matches no format is refused everywhere with
// the same message instead of falling through to one of them.
enum class FileFormat
{
    Document, // .orgmap, the SQLite document
    Json,     // .orgmap.json / .json, the interchange format
    GraphML,  // .graphml, for yEd, Gephi and NetworkX
    Dot,      // .dot / .gv, for Graphviz
    Mermaid   // .mmd, a Mermaid flowchart
};

struct FileFormatInfo
{
    FileFormat format;
    QString title;          // "GraphML (yEd, Gephi, NetworkX)", for dialogs and messages
    QStringList extensions; // without the dot, the first one is the default
    bool readable;          // OrgMap reads it back (the two map formats)
};

// Every format in the order they are listed to users.
const QList<FileFormatInfo> &fileFormats();
const FileFormatInfo &fileFormatInfo(FileFormat format);

// The format a path names by its extension (case-insensitive); "-" (standard
// input or output) is JSON. std::nullopt when the extension names none.
std::optional<FileFormat> fileFormatOf(const QString &path);

// "out.txt: .txt is not a format OrgMap writes; use .orgmap, .orgmap.json, ..."
QString unsupportedFormatMessage(const QString &path);

// `path` as it is when it already ends in one of `format`'s extensions, else
// with the default one appended: what a save dialog for that format does when
// the user types "map" (or "map.v2").
QString withExtensionOf(const QString &path, FileFormat format);

} // namespace OrgMap
