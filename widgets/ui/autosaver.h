#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <memory>

class QThread;

namespace OrgMap {

class Document;
class RecoverySlot;

// Keeps a recovery copy of a modified document (docs/recovery.md). When:
// `interval` (30 s) after the first change not yet in a copy, as soon as the
// edits have paused for `idle` (3 s); while edits never pause, at the latest
// 2 × interval after that first change. How: the map is snapshotted on the
// GUI thread (MapData is implicitly shared: O(1)) and written on a worker
// thread, atomically, into a RecoverySlot, never over the user's file. The
// copy goes when the document is saved, reset, or discard() is called (clean
// exit, "Discard" on close); after a crash it stays for the next start.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    // Intervals from ORGMAP_AUTOSAVE_INTERVAL_MS and ORGMAP_AUTOSAVE_IDLE_MS
    // when set (tests), else 30000 and 3000.
    explicit Autosaver(Document *document, QObject *parent = nullptr);
    ~Autosaver() override;

    void setIntervals(int intervalMs, int idleMs);
    int intervalMs() const { return m_interval; }
    int idleMs() const { return m_idle; }

    // Continues writing into `slot` (a copy restored after a crash), so that
    // the work is never without a copy on disk.
    void adopt(std::unique_ptr<RecoverySlot> slot);
    // Removes the copy (waits for a write under way first).
    void discard();
    // Writes a copy now when the document is modified (waits for it when
    // `wait`); used on restore and by tests.
    void writeNow(bool wait = false);

    // The copy's path, "" before the first write.
    QString recoveryPath() const;
    // Time the GUI thread spent in the last write (snapshot and hand-over).
    qint64 lastGuiThreadNanoseconds() const { return m_guiNanoseconds; }
    qint64 lastWorkerMilliseconds() const { return m_workerMilliseconds; }
    bool isWriting() const { return m_worker != nullptr; }

signals:
    // After each finished write: the copy's path, or the reason it failed.
    void written(const QString &path);
    void failed(const QString &error);

private:
    void onChanged();
    void onModifiedChanged(bool modified);
    void maybeWrite();
    void resetClocks(); // nothing pending: no timer runs
    void startWrite();
    void onWriteFinished();
    void waitForWorker();

    Document *m_document;
    std::unique_ptr<RecoverySlot> m_slot;
    int m_interval = 30000;
    int m_idle = 3000;
    QTimer m_dueTimer;      // interval after the first change not in a copy
    QTimer m_idleTimer;     // restarted by every change
    QTimer m_deadlineTimer; // 2 × interval: edits that never pause
    bool m_due = false;
    bool m_dirty = false;   // changes not yet in a copy
    bool m_rewrite = false; // changes arrived while a write was under way
    bool m_removeAfterWrite = false;
    QThread *m_worker = nullptr;
    QString m_workerError;
    QElapsedTimer m_workerClock;
    qint64 m_guiNanoseconds = 0;
    qint64 m_workerMilliseconds = 0;
};

} // namespace OrgMap
