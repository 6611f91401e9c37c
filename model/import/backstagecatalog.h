#pragma once

#include "importreport.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace OrgMap {

// One Backstage entity as read, with what the mapping needs. Kind and
// namespace are lowercase (references are case-insensitive); the rest as written.
struct CatalogEntity
{
    QString kind;
    QString ns = QStringLiteral("default");
    QString name;
    QString title;
    QString description;
    QStringList tags;
    QString type;      // spec.type
    QString lifecycle; // spec.lifecycle
    QString teamType;  // annotation orgmap/team-type
    QString owner, system, domain, subdomainOf;
    QStringList dependsOn, dependencyOf, providesApis, consumesApis;
    QStringList targets; // Location: spec.target and spec.targets
    QString file;
    int line = 0; // 1-based line of the document's first key

    // "kind:namespace/name", lowercase: the entity's full reference.
    QString ref() const;
};

// An entity reference `[kind:][namespace/]name`, lowercase, defaults filled in.
struct EntityRef
{
    QString kind;
    QString ns;
    QString name;
    QString full() const { return kind + QLatin1Char(':') + ns + QLatin1Char('/') + name; }
};
EntityRef parseEntityRef(const QString &text, const QString &defaultKind,
                         const QString &defaultNamespace);

// The OrgMap id of an entity: `kind:name` in the default namespace, else
// `kind:namespace:name`.
QString orgMapIdOf(const EntityRef &ref);

struct CatalogReadResult
{
    QList<CatalogEntity> entities; // in reading order (Locations included)
    QList<ImportReportLine> notes; // skipped targets, --lenient skipped documents
    QStringList errors;            // "FILE:LINE:COLUMN: what", when refused
};

// Reads files and folders, following Location entities. Without `lenient`, any
// broken document is an error and the result is unusable.
CatalogReadResult readBackstageCatalog(const QStringList &paths, bool lenient);

// Reads one YAML document's text (the fuzzer's entry point): the entity, or
// nothing for an empty document, or an error "FILE:LINE:COLUMN: what".
struct EntityParse
{
    std::optional<CatalogEntity> entity;
    QString error;
};
EntityParse parseBackstageDocument(const QByteArray &text, const QString &file, int firstLine);

} // namespace OrgMap
