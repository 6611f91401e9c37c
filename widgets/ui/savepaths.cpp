#include "savepaths.h"

#include "appsettings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>

namespace OrgMap::SavePaths {

QString baseNameFor(const QString &mapName)
{
    static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|\\x00-\\x1f]+"_qs);
    QString name = QString(mapName).replace(unsafe, u" "_qs).simplified();
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    return name.isEmpty() ? QObject::tr("map") : name.left(120);
}

QString withExtension(const QString &path, const QString &extension,
                      const QStringList &otherExtensions)
{
    const QString file = QFileInfo(path).fileName();
    if (file.endsWith(extension, Qt::CaseInsensitive))
        return path;
    for (const QString &other : otherExtensions)
        if (file.endsWith(other, Qt::CaseInsensitive))
            return path;
    return path + extension;
}

QString directory(const QString &currentFile)
{
    const QString last = AppSettings::lastDirectory();
    if (!last.isEmpty() && QDir(last).exists())
        return last;
    if (!currentFile.isEmpty())
        return QFileInfo(currentFile).absolutePath();
    return QDir::homePath();
}

QString ask(QWidget *parent, const QString &title, const QStringList &filters,
            const QStringList &extensions, const QString &mapName, const QString &currentFile,
            const QStringList &alsoAccepted)
{
    // The map's file without its extension ("acme.orgmap" -> "acme.png").
    QString base = QFileInfo(currentFile).fileName();
    for (const QString &ext : extensions + QStringList{u".orgmap.json"_qs, u".orgmap"_qs}) {
        if (base.endsWith(ext, Qt::CaseInsensitive)) {
            base.chop(ext.size());
            break;
        }
    }
    if (base.isEmpty())
        base = baseNameFor(mapName);
    const QString proposed = QDir(directory(currentFile)).filePath(base + extensions.value(0));
    QString chosenFilter = filters.value(0);
    QString path = QFileDialog::getSaveFileName(parent, title, proposed, filters.join(u";;"_qs),
                                                &chosenFilter);
    if (path.isEmpty())
        return {};
    const qsizetype index = std::max<qsizetype>(0, filters.indexOf(chosenFilter));
    path = withExtension(path, extensions.value(index), extensions + alsoAccepted);
    AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
    return path;
}

} // namespace OrgMap::SavePaths
