#pragma once

#include "core/scenario.h"

#include <QDateTime>
#include <QString>
#include <memory>
#include <vector>

class QLockFile;

namespace OrgMap {

// What a recovery copy belongs to, kept in a small JSON sidecar beside it
// ("<id>.info.json": {"original", "pid", "savedAt"}), so that the copy itself
// stays a plain map any OrgMap tool opens. docs/recovery.md.
struct RecoveryInfo
{
    QString originalPath; // the map's file; "" for an untitled map
    QDateTime savedAt;    // UTC
    qint64 pid = 0;       // the process that wrote it
};

// One window's recovery copy in QStandardPaths::AppDataLocation/recovery/:
// "<id>.orgmap" (the document, every scenario), "<id>.info.json" (RecoveryInfo) and
// "<id>.lock", a QLockFile held for as long as this object lives. A copy whose
// lock is stale (its process died) is an orphan the next start offers back.
class RecoverySlot
{
public:
    ~RecoverySlot(); // releases the lock; the copy stays unless remove() ran

    // A new, unused slot, locked by this process; null when the folder cannot
    // be written (`error` says why).
    static std::unique_ptr<RecoverySlot> create(QString *error = nullptr);
    // Every copy left by a process that has gone, oldest first, each now
    // locked by this process. Stray sidecars and locks without a copy go.
    static std::vector<std::unique_ptr<RecoverySlot>> claimOrphans();
    static QString directory();

    QString id() const { return m_id; }
    QString mapPath() const;
    QString infoPath() const;
    // The sidecar, or (when it is missing or damaged) what the copy's own
    // modification time tells.
    RecoveryInfo info() const;

    // Writes the map and then its sidecar, each atomically. Thread-safe: it
    // touches only the two files (the autosaver calls it on a worker thread).
    static bool write(const QString &mapPath, const QString &infoPath,
                      const ScenarioList &scenarios, const RecoveryInfo &info, QString *error);
    // Deletes the copy and its sidecar (the lock goes with the object).
    void remove();

private:
    RecoverySlot(QString id, std::unique_ptr<QLockFile> lock);
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace OrgMap
