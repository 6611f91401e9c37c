#pragma once

#include <QStringList>

class QWidget;

namespace OrgMap {

// Save and export dialogs: they propose "<map name><extension>" in the last
// folder used, add the chosen format's extension when the typed name has none,
// and remember the folder (docs/gui.md).
namespace SavePaths {

// "Acme: sales/ops" -> "Acme sales ops": a name safe on every file system.
QString baseNameFor(const QString &mapName);
// `path` with `extension` (".png", ".orgmap.json") appended unless its file
// name already ends with it or, when `otherExtensions` is given, one of those.
QString withExtension(const QString &path, const QString &extension,
                      const QStringList &otherExtensions = {});
// The folder the dialogs open in: the last one used, else the map's, else home.
QString directory(const QString &currentFile);
// Asks for a path (empty when cancelled). `filters` pairs with `extensions`
// (same order): the extension of the chosen filter is added unless the name
// ends in one of them or of `alsoAccepted` (".gv" beside ".dot").
QString ask(QWidget *parent, const QString &title, const QStringList &filters,
            const QStringList &extensions, const QString &mapName, const QString &currentFile,
            const QStringList &alsoAccepted = {});

} // namespace SavePaths
} // namespace OrgMap
