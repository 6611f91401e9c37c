#include "maplock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace OrgMap {

MapLock::MapLock(const QString &mapPath) : m_lock(std::make_unique<QLockFile>(lockPathFor(mapPath)))
{
    m_lock->setStaleLockTime(0);
}

MapLock::~MapLock() = default;

QString MapLock::lockPathFor(const QString &mapPath)
{
    const QFileInfo info(mapPath);
    return info.absoluteDir().filePath(u"."_qs + info.fileName() + u".lock"_qs);
}

MapLock::State MapLock::tryLock()
{
    if (m_lock->isLocked() || m_lock->tryLock(0))
        return State::Locked;
    return m_lock->error() == QLockFile::LockFailedError ? State::HeldElsewhere
                                                         : State::Unavailable;
}

QString MapLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString program;
    if (!m_lock->getLockInfo(&pid, &host, &program))
        return QCoreApplication::translate("OrgMap::MapLock", "another program");
    if (pid == QCoreApplication::applicationPid())
        return QCoreApplication::translate("OrgMap::MapLock", "another window of this OrgMap");
    return QCoreApplication::translate("OrgMap::MapLock", "process %1 on %2").arg(pid).arg(host);
}

} // namespace OrgMap
