#include "sqlitestore_p.h"

namespace OrgMap::SqliteStore::Internal {

// Schema version 1, still read (a document written before scenarios). Keep in sync with
// docs/sqlite-format.md, which explains the choices. In short: text ids as primary keys (WITHOUT
// ROWID, so the table is the id index and a scan returns rows in canonical order); absent
// references are NULL so that they can be foreign keys; absent optional text
// is ''; extension data is compact JSON object text or NULL; enums are their
// JSON spellings. Only domains.parent is deferred: save() writes domains in id
// order, so a subdomain may come before its parent. Everything else is
// written parents-first and checked immediately.
namespace {

const QStringList &version1()
{
    static const QStringList statements{
        QStringLiteral(R"(CREATE TABLE map_info (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  name        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  extensions  TEXT
))"),
        QStringLiteral(R"(CREATE TABLE teams (
  id          TEXT NOT NULL PRIMARY KEY,
  name        TEXT NOT NULL,
  type        TEXT NOT NULL DEFAULT ''
              CHECK (type IN ('', 'stream-aligned', 'platform', 'enabling', 'complicated-subsystem')),
  description TEXT NOT NULL DEFAULT '',
  x REAL, y REAL,
  geometry_extensions TEXT,
  extensions  TEXT
) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE domains (
  id          TEXT NOT NULL PRIMARY KEY,
  name        TEXT NOT NULL,
  parent      TEXT REFERENCES domains (id) DEFERRABLE INITIALLY DEFERRED,
  owner       TEXT REFERENCES teams (id),
  description TEXT NOT NULL DEFAULT '',
  color       TEXT NOT NULL DEFAULT '',
  x REAL, y REAL, w REAL, h REAL,
  geometry_extensions TEXT,
  extensions  TEXT
) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE assets (
  id             TEXT NOT NULL PRIMARY KEY,
  kind           TEXT NOT NULL CHECK (kind IN ('service', 'data-product')),
  name           TEXT NOT NULL,
  domain         TEXT REFERENCES domains (id),
  owner          TEXT REFERENCES teams (id),
  description    TEXT NOT NULL DEFAULT '',
  contract       TEXT NOT NULL DEFAULT '',
  documentation  TEXT NOT NULL DEFAULT '',
  classification TEXT NOT NULL DEFAULT ''
                 CHECK (classification IN ('', 'public', 'internal', 'confidential', 'restricted')),
  x REAL, y REAL,
  geometry_extensions TEXT,
  extensions     TEXT
) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE asset_tags (
  asset    TEXT NOT NULL REFERENCES assets (id),
  position INTEGER NOT NULL,
  tag      TEXT NOT NULL,
  PRIMARY KEY (asset, position)
) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE asset_ports (
  asset      TEXT NOT NULL REFERENCES assets (id),
  position   INTEGER NOT NULL,
  name       TEXT NOT NULL,
  type       TEXT NOT NULL CHECK (type IN ('table', 'topic', 'api', 'file')),
  location   TEXT NOT NULL DEFAULT '',
  extensions TEXT,
  PRIMARY KEY (asset, position)
) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE links (
  from_asset TEXT NOT NULL REFERENCES assets (id),
  to_asset   TEXT NOT NULL REFERENCES assets (id),
  kind       TEXT NOT NULL CHECK (kind IN ('api', 'event', 'data')),
  label      TEXT NOT NULL DEFAULT '',
  extensions TEXT,
  PRIMARY KEY (from_asset, to_asset, kind),
  CHECK (from_asset <> to_asset)
) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE interactions (
  from_team  TEXT NOT NULL REFERENCES teams (id),
  to_team    TEXT NOT NULL REFERENCES teams (id),
  mode       TEXT NOT NULL CHECK (mode IN ('collaboration', 'x-as-a-service', 'facilitating')),
  extensions TEXT,
  PRIMARY KEY (from_team, to_team, mode),
  CHECK (from_team <> to_team)
) WITHOUT ROWID)"),
    };
    return statements;
}

// Version 2: the same tables, each row belonging to one scenario of the
// document (docs/scenarios.md). Every key starts with the scenario, so a
// scan of one scenario is a range of the primary key, still in canonical
// order, and a reference never crosses from one scenario into another.
const QStringList &version2()
{
    static const QStringList statements{
        QStringLiteral(R"(CREATE TABLE scenarios (
  id   INTEGER PRIMARY KEY CHECK (id >= 1),
  name TEXT NOT NULL
))"),
        QStringLiteral(R"(CREATE TABLE map_info (
  scenario    INTEGER PRIMARY KEY REFERENCES scenarios (id),
  name        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  extensions  TEXT
))"),
        QStringLiteral(R"(CREATE TABLE teams (
  scenario    INTEGER NOT NULL REFERENCES scenarios (id),
  id          TEXT NOT NULL,
  name        TEXT NOT NULL,
  type        TEXT NOT NULL DEFAULT ''
              CHECK (type IN ('', 'stream-aligned', 'platform', 'enabling', 'complicated-subsystem')),
  description TEXT NOT NULL DEFAULT '',
  x REAL, y REAL,
  geometry_extensions TEXT,
  extensions  TEXT,
  PRIMARY KEY (scenario, id)
) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE domains (
  scenario    INTEGER NOT NULL REFERENCES scenarios (id),
  id          TEXT NOT NULL,
  name        TEXT NOT NULL,
  parent      TEXT,
  owner       TEXT,
  description TEXT NOT NULL DEFAULT '',
  color       TEXT NOT NULL DEFAULT '',
  x REAL, y REAL, w REAL, h REAL,
  geometry_extensions TEXT,
  extensions  TEXT,
  PRIMARY KEY (scenario, id),
  FOREIGN KEY (scenario, parent) REFERENCES domains (scenario, id) DEFERRABLE INITIALLY DEFERRED,
  FOREIGN KEY (scenario, owner) REFERENCES teams (scenario, id)
) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE assets (
  scenario       INTEGER NOT NULL REFERENCES scenarios (id),
  id             TEXT NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('service', 'data-product')),
  name           TEXT NOT NULL,
  domain         TEXT,
  owner          TEXT,
  description    TEXT NOT NULL DEFAULT '',
  contract       TEXT NOT NULL DEFAULT '',
  documentation  TEXT NOT NULL DEFAULT '',
  classification TEXT NOT NULL DEFAULT ''
                 CHECK (classification IN ('', 'public', 'internal', 'confidential', 'restricted')),
  x REAL, y REAL,
  geometry_extensions TEXT,
  extensions     TEXT,
  PRIMARY KEY (scenario, id),
  FOREIGN KEY (scenario, domain) REFERENCES domains (scenario, id),
  FOREIGN KEY (scenario, owner) REFERENCES teams (scenario, id)
) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE asset_tags (
  scenario INTEGER NOT NULL,
  asset    TEXT NOT NULL,
  position INTEGER NOT NULL,
  tag      TEXT NOT NULL,
  PRIMARY KEY (scenario, asset, position),
  FOREIGN KEY (scenario, asset) REFERENCES assets (scenario, id)
) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE asset_ports (
  scenario   INTEGER NOT NULL,
  asset      TEXT NOT NULL,
  position   INTEGER NOT NULL,
  name       TEXT NOT NULL,
  type       TEXT NOT NULL CHECK (type IN ('table', 'topic', 'api', 'file')),
  location   TEXT NOT NULL DEFAULT '',
  extensions TEXT,
  PRIMARY KEY (scenario, asset, position),
  FOREIGN KEY (scenario, asset) REFERENCES assets (scenario, id)
) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE links (
  scenario   INTEGER NOT NULL,
  from_asset TEXT NOT NULL,
  to_asset   TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('api', 'event', 'data')),
  label      TEXT NOT NULL DEFAULT '',
  extensions TEXT,
  PRIMARY KEY (scenario, from_asset, to_asset, kind),
  FOREIGN KEY (scenario, from_asset) REFERENCES assets (scenario, id),
  FOREIGN KEY (scenario, to_asset) REFERENCES assets (scenario, id),
  CHECK (from_asset <> to_asset)
) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE interactions (
  scenario   INTEGER NOT NULL,
  from_team  TEXT NOT NULL,
  to_team    TEXT NOT NULL,
  mode       TEXT NOT NULL CHECK (mode IN ('collaboration', 'x-as-a-service', 'facilitating')),
  extensions TEXT,
  PRIMARY KEY (scenario, from_team, to_team, mode),
  FOREIGN KEY (scenario, from_team) REFERENCES teams (scenario, id),
  FOREIGN KEY (scenario, to_team) REFERENCES teams (scenario, id),
  CHECK (from_team <> to_team)
) WITHOUT ROWID)"),
    };
    return statements;
}

} // namespace

const QStringList &schemaStatements(int version)
{
    return version == 1 ? version1() : version2();
}

} // namespace OrgMap::SqliteStore::Internal
