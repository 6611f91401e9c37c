#include "autosaver.h"

#include "document/document.h"
#include "recoverystore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>

namespace OrgMap {

namespace {

int intervalFromEnvironment(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

Autosaver::Autosaver(Document *document, QObject *parent) : QObject(parent), m_document(document)
{
    setIntervals(intervalFromEnvironment("ORGMAP_AUTOSAVE_INTERVAL_MS", 30000),
                 intervalFromEnvironment("ORGMAP_AUTOSAVE_IDLE_MS", 3000));
    for (QTimer *timer : {&m_dueTimer, &m_idleTimer, &m_deadlineTimer})
        timer->setSingleShot(true);
    connect(&m_dueTimer, &QTimer::timeout, this, [this] {
        m_due = true;
        maybeWrite();
    });
    connect(&m_idleTimer, &QTimer::timeout, this, &Autosaver::maybeWrite);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &Autosaver::startWrite);
    connect(document, &Document::changed, this, &Autosaver::onChanged);
    connect(document, &Document::modifiedChanged, this, &Autosaver::onModifiedChanged);
}

Autosaver::~Autosaver()
{
    // A copy still needed stays for the next start; the lock goes with m_slot.
    waitForWorker();
}

void Autosaver::setIntervals(int intervalMs, int idleMs)
{
    m_interval = intervalMs;
    m_idle = idleMs;
    m_dueTimer.setInterval(m_interval);
    m_idleTimer.setInterval(m_idle);
    m_deadlineTimer.setInterval(2 * m_interval);
}

QString Autosaver::recoveryPath() const
{
    return m_slot ? m_slot->mapPath() : QString();
}

void Autosaver::adopt(std::unique_ptr<RecoverySlot> slot)
{
    waitForWorker();
    if (m_slot)
        m_slot->remove();
    m_slot = std::move(slot);
}

void Autosaver::onChanged()
{
    if (!m_document->isModified())
        return; // undone back to the saved state: onModifiedChanged removes the copy
    if (!m_dirty) {
        m_dirty = true;
        m_due = false;
        m_dueTimer.start();
        m_deadlineTimer.start();
    }
    m_idleTimer.start();
}

void Autosaver::onModifiedChanged(bool modified)
{
    if (modified) {
        onChanged();
        return;
    }
    // Saved, reset, or undone to the saved state: the file has it all.
    discard();
}

void Autosaver::maybeWrite()
{
    if (m_dirty && m_due && !m_idleTimer.isActive())
        startWrite();
}

void Autosaver::writeNow(bool wait)
{
    if (m_document->isModified())
        startWrite();
    if (wait)
        waitForWorker();
}

void Autosaver::resetClocks()
{
    m_dueTimer.stop();
    m_idleTimer.stop();
    m_deadlineTimer.stop();
    m_due = false;
    m_dirty = false;
}

void Autosaver::startWrite()
{
    resetClocks();
    m_removeAfterWrite = false;
    if (m_worker) {
        m_rewrite = true; // the newest state follows when this write is done
        return;
    }
    QElapsedTimer guiClock;
    guiClock.start();
    if (!m_slot) {
        QString error;
        m_slot = RecoverySlot::create(&error);
        if (!m_slot) {
            emit failed(error);
            return;
        }
    }
    // Every scenario, each O(1): implicitly shared.
    const ScenarioList snapshot = m_document->scenarios();
    const RecoveryInfo info{m_document->filePath(), QDateTime::currentDateTimeUtc(),
                            QCoreApplication::applicationPid()};
    const QString mapPath = m_slot->mapPath();
    const QString infoPath = m_slot->infoPath();
    m_workerError.clear();
    m_workerClock.start();
    m_worker = QThread::create([this, snapshot, info, mapPath, infoPath] {
        QString error;
        if (!RecoverySlot::write(mapPath, infoPath, snapshot, info, &error))
            m_workerError = error; // read only after finished(), on the GUI thread
    });
    // finished() arrives queued: it may come after waitForWorker() has dealt
    // with this thread and a later one runs.
    connect(m_worker, &QThread::finished, this, [this, worker = m_worker] {
        if (m_worker == worker)
            onWriteFinished();
    });
    m_worker->start(QThread::LowPriority);
    m_guiNanoseconds = guiClock.nsecsElapsed();
}

void Autosaver::onWriteFinished()
{
    if (!m_worker)
        return; // waitForWorker() has handled it already
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    m_workerMilliseconds = m_workerClock.elapsed();
    m_workerClock.invalidate();
    if (m_removeAfterWrite) {
        m_removeAfterWrite = false;
        if (m_slot)
            m_slot->remove();
        return;
    }
    if (!m_workerError.isEmpty())
        emit failed(m_workerError);
    else
        emit written(m_slot->mapPath());
    if (m_rewrite) {
        m_rewrite = false;
        startWrite();
    }
}

void Autosaver::waitForWorker()
{
    if (m_worker) {
        m_worker->wait();
        onWriteFinished();
    }
}

void Autosaver::discard()
{
    resetClocks();
    m_rewrite = false;
    if (m_worker) {
        m_removeAfterWrite = true;
        return;
    }
    if (m_slot)
        m_slot->remove();
}

} // namespace OrgMap
