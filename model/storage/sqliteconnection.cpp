#include "sqliteconnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>

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
