#pragma once

// Is this an OrgMap document, safe to query? The checks open() makes before
// it reads a row (docs/sqlite-format.md, "Identification" and "Opening: what
// is refused"). Each returns the full message refusing the file (naming it
// `displayName`), or an empty string.

#include <QSqlDatabase>
#include <QString>

namespace OrgMap::SqliteStore::Internal {

// Before SQLite sees the file: it exists, starts with the SQLite header, and
// has no -journal or -wal beside it that SQLite would apply.
QString verifyFile(const QString &path, const QString &displayName);

// On the read-only connection: application_id, user_version, the schema
// (unexpectedSchema), then PRAGMA quick_check.
// `version` receives the document version (user_version) it accepted.
QString verifyDatabase(QSqlDatabase &db, const QString &displayName, int *version = nullptr);

// The objects of the database must be exactly the tables save() creates,
// each with the statement save() used. Returns the reason for refusing, or
// an empty string; a failed query sets `damage` instead.
// `version` chooses the schema (schemaStatements).
QString unexpectedSchema(QSqlDatabase &db, int version, QString *damage);

} // namespace OrgMap::SqliteStore::Internal
