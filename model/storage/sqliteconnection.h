#pragma once

#include <QDeadlineTimer>
#include <QSqlDatabase>
#include <QString>
#include <chrono>

class QSqlQuery;
class QVariant;
struct sqlite3;

namespace OrgMap::SqliteStore::Internal {

// One QSqlDatabase connection for the lifetime of this object, under a name no
// other call uses, so open() and save() can run on any thread at the same
// time. The destructor drops the QSqlDatabase handle before removeDatabase(),
// so Qt never warns "connection is still in use"; every QSqlQuery on it must
// be destroyed first (keep them in an inner scope).
class Connection
{
public:
    enum class Mode
    {
        ReadOnly,
        ReadWrite
    };
    Connection(const QString &path, Mode mode);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &db() { return m_db; }
    // The SQLite message of the last failure on the connection.
    QString lastError() const;
    // The SQLite handle of the driver (Debian's shared libsqlite3, the one
    // Qt's QSQLITE plugin uses), or null when the driver gave none.
    sqlite3 *handle() const;

    // Aborts any statement still running `limit` after this call (SQLite's
    // progress handler, called every few thousand virtual-machine steps):
    // the statement fails with "interrupted" and timedOut() is true. A
    // hostile file must not keep open() busy for ever. False when the driver
    // gave no SQLite handle.
    bool setTimeLimit(std::chrono::milliseconds limit);
    bool timedOut() const { return m_timedOut; }

private:
    static int progress(void *self);

    QString m_name;
    QSqlDatabase m_db;
    QDeadlineTimer m_deadline = QDeadlineTimer::Forever;
    bool m_timedOut = false;
};

// The SQLite message of a failed query ("database or disk is full"), falling
// back to Qt's text when the driver gave none.
QString errorText(const QSqlQuery &query);

// Text columns are selected as CAST(column AS BLOB), the UTF-8 bytes as
// stored: Qt reads text through sqlite3_column_text16, whose conversion turns
// U+FFFE and U+FFFF into U+FFFD, and text must survive byte for byte.
// NULL gives a null QString.
QString textOf(const QVariant &value);

} // namespace OrgMap::SqliteStore::Internal
