#include "catalogfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

namespace OrgMap {

QStringList filesBelow(const QString &folder, const QStringList &suffixes)
{
    QStringList out;
    QDirIterator it(folder, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        for (const QString &suffix : suffixes) {
            if (path.endsWith(suffix, Qt::CaseInsensitive)) {
                out << QDir::cleanPath(path);
                break;
            }
        }
    }
    out.sort();
    return out;
}

bool isUrlTarget(const QString &target)
{
    return target.startsWith(QLatin1String("url:"), Qt::CaseInsensitive) ||
           target.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           target.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

QStringList resolveLocationTarget(const QString &baseDir, const QString &target)
{
    QString path = target;
    if (path.startsWith(QLatin1String("file:"), Qt::CaseInsensitive))
        path = path.mid(5);
    if (QFileInfo(path).isRelative())
        path = QDir(baseDir).filePath(path);
    path = QDir::cleanPath(path);
    if (!path.contains(QLatin1Char('*'))) {
        const QFileInfo info(path);
        if (info.isDir())
            return filesBelow(path, {QStringLiteral(".yaml"), QStringLiteral(".yml")});
        return info.isFile() ? QStringList{path} : QStringList{};
    }
    // Walk from the deepest folder without a wildcard; match the rest as a pattern.
    const qsizetype star = path.indexOf(QLatin1Char('*'));
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'), star);
    const QString root = slash < 0 ? QStringLiteral(".") : path.left(slash);
    QString pattern;
    const QString rest = path.mid(slash + 1);
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QChar c = rest.at(i);
        if (c == QLatin1Char('*') && i + 1 < rest.size() && rest.at(i + 1) == QLatin1Char('*')) {
            // "**/" matches any folders, including none.
            if (i + 2 < rest.size() && rest.at(i + 2) == QLatin1Char('/')) {
                pattern += QLatin1String("(?:.*/)?");
                i += 2;
            } else {
                pattern += QLatin1String(".*");
                ++i;
            }
        } else if (c == QLatin1Char('*')) {
            pattern += QLatin1String("[^/]*");
        } else {
            pattern += QRegularExpression::escape(QString(c));
        }
    }
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = QDir::cleanPath(it.next());
        if (re.match(file.mid(root.size() + 1)).hasMatch())
            out << file;
    }
    out.sort();
    return out;
}

} // namespace OrgMap
