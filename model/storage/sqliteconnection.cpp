#include "sqliteconnection.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>
#include <sqlite3.h>

namespace OrgMap::SqliteStore::Internal {
namespace {

QString messageOf(const QSqlError &e)
{
    const QString text = e.databaseText().trimmed();
    return text.isEmpty() ? e.text().trimmed() : text;
}

} // namespace

Connection::Connection(const QString &path, Mode mode)
{
    static std::atomic<quint64> counter{0};
    m_name = QStringLiteral("orgmap-sqlite-%1").arg(++counter);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    m_db.open();
}

Connection::~Connection()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase(); // release our reference, or removeDatabase() warns
    QSqlDatabase::removeDatabase(m_name);
}

sqlite3 *Connection::handle() const
{
    const QVariant handle = m_db.driver() ? m_db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool Connection::setTimeLimit(std::chrono::milliseconds limit)
{
    sqlite3 *db = handle();
    if (!db)
        return false;
    m_deadline = QDeadlineTimer(limit);
    m_timedOut = false;
    // Every 1000 steps: a step is tens of nanoseconds, so the deadline is
    // checked every few microseconds and overshot by no more than that.
    sqlite3_progress_handler(db, 1000, &Connection::progress, this);
    return true;
}

int Connection::progress(void *self)
{
    auto *c = static_cast<Connection *>(self);
    if (!c->m_deadline.hasExpired())
        return 0;
    c->m_timedOut = true;
    return 1; // non-zero: SQLite interrupts the statement
}

QString Connection::lastError() const
{
    return messageOf(m_db.lastError());
}

QString errorText(const QSqlQuery &query)
{
    return messageOf(query.lastError());
}

QString textOf(const QVariant &value)
{
    return value.isNull() ? QString() : QString::fromUtf8(value.toByteArray());
}

} // namespace OrgMap::SqliteStore::Internal
