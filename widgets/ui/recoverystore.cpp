#include "recoverystore.h"

#include "storage/mapfile.h"

#include "core/atomicfile.h"
#include "json/jsonformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <algorithm>

namespace OrgMap {

namespace {

// A document, not JSON: the copy keeps every scenario (docs/scenarios.md).
constexpr auto kMapSuffix = ".orgmap";
constexpr auto kInfoSuffix = ".info.json";
constexpr auto kLockSuffix = ".lock";

QString pathOf(const QString &id, const char *suffix)
{
    return QDir(RecoverySlot::directory()).filePath(id + QLatin1String(suffix));
}

std::unique_ptr<QLockFile> makeLock(const QString &id)
{
    auto lock = std::make_unique<QLockFile>(pathOf(id, kLockSuffix));
    // Only a dead owner makes a lock stale, never its age: a window may keep
    // its copy for days.
    lock->setStaleLockTime(0);
    return lock;
}

} // namespace

RecoverySlot::RecoverySlot(QString id, std::unique_ptr<QLockFile> lock)
    : m_id(std::move(id)), m_lock(std::move(lock))
{
}

RecoverySlot::~RecoverySlot() = default; // QLockFile unlocks (and deletes) itself

QString RecoverySlot::directory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"recovery"_qs);
}

QString RecoverySlot::mapPath() const
{
    return pathOf(m_id, kMapSuffix);
}

QString RecoverySlot::infoPath() const
{
    return pathOf(m_id, kInfoSuffix);
}

std::unique_ptr<RecoverySlot> RecoverySlot::create(QString *error)
{
    if (!QDir().mkpath(directory())) {
        if (error)
            *error = QCoreApplication::translate("OrgMap::Recovery", "cannot create %1")
                         .arg(QDir::toNativeSeparators(directory()));
        return nullptr;
    }
    static int counter = 0;
    const qint64 pid = QCoreApplication::applicationPid();
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const QString id = u"%1-%2"_qs.arg(pid).arg(++counter);
        // A copy of that name is an orphan of an earlier process with this
        // pid: leave it for the next start to offer.
        if (QFileInfo::exists(pathOf(id, kMapSuffix)))
            continue;
        auto lock = makeLock(id);
        if (lock->tryLock(0))
            return std::unique_ptr<RecoverySlot>(new RecoverySlot(id, std::move(lock)));
    }
    if (error)
        *error = QCoreApplication::translate("OrgMap::Recovery", "cannot lock a file in %1")
                     .arg(QDir::toNativeSeparators(directory()));
    return nullptr;
}

std::vector<std::unique_ptr<RecoverySlot>> RecoverySlot::claimOrphans()
{
    std::vector<std::unique_ptr<RecoverySlot>> orphans;
    const QDir dir(directory());
    const QFileInfoList copies =
        dir.entryInfoList({u"*"_qs + QLatin1String(kMapSuffix)}, QDir::Files, QDir::Time);
    for (const QFileInfo &copy : copies) {
        const QString id = copy.fileName().chopped(int(qstrlen(kMapSuffix)));
        auto lock = makeLock(id);
        // Held: the copy of a window that is still open (here or elsewhere).
        if (!lock->tryLock(0))
            continue;
        orphans.push_back(std::unique_ptr<RecoverySlot>(new RecoverySlot(id, std::move(lock))));
    }
    // QDir::Time sorts newest first.
    std::reverse(orphans.begin(), orphans.end());
    // A sidecar without its copy is left from a removal cut short.
    for (const QFileInfo &info :
         dir.entryInfoList({u"*"_qs + QLatin1String(kInfoSuffix)}, QDir::Files)) {
        const QString id = info.fileName().chopped(int(qstrlen(kInfoSuffix)));
        if (!QFileInfo::exists(pathOf(id, kMapSuffix))) {
            auto lock = makeLock(id);
            if (lock->tryLock(0))
                QFile::remove(info.filePath());
        }
    }
    return orphans;
}

RecoveryInfo RecoverySlot::info() const
{
    RecoveryInfo info;
    QFile file(infoPath());
    const QJsonObject json = file.open(QIODevice::ReadOnly)
                                 ? QJsonDocument::fromJson(file.readAll()).object()
                                 : QJsonObject();
    info.originalPath = json.value(u"original"_qs).toString();
    info.pid = json.value(u"pid"_qs).toInteger();
    info.savedAt = QDateTime::fromString(json.value(u"savedAt"_qs).toString(), Qt::ISODateWithMs);
    if (!info.savedAt.isValid())
        info.savedAt = QFileInfo(mapPath()).lastModified().toUTC();
    return info;
}

bool RecoverySlot::write(const QString &mapPath, const QString &infoPath,
                         const ScenarioList &scenarios, const RecoveryInfo &info, QString *error)
{
    const QJsonObject sidecar{
        {u"original"_qs, info.originalPath},
        {u"pid"_qs, info.pid},
        {u"savedAt"_qs, info.savedAt.toUTC().toString(Qt::ISODateWithMs)},
    };
    // The copy first: a sidecar never describes a copy that is not there.
    return saveScenariosFile(scenarios, mapPath, error) &&
           writeFileAtomically(infoPath, QJsonDocument(sidecar).toJson(), error);
}

void RecoverySlot::remove()
{
    QFile::remove(mapPath());
    QFile::remove(infoPath());
}

} // namespace OrgMap
