#include "core/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace OrgMap {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgMap::MapFile)
};
} // namespace

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    // QSaveFile writes "<path>.XXXXXX" and renames it over `path` on commit().
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = Text::tr("cannot save %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace OrgMap
