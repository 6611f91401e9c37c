#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace OrgMap {

// What an import did and what it could not do, as data: the CLI prints it, the
// GUI shows it as a table whose rows select the entity they name.
struct ImportReportLine
{
    enum class Kind
    {
        Created,
        Updated,
        Removed,
        Placeholder,     // an owner, system or domain referenced but not in the catalog
        Unowned,         // owned by a User: OrgMap's ownership is by teams
        Unresolved,      // a reference that yields nothing
        Duplicate,       // two entities with one id: the later one read wins
        SkippedTarget,   // a Location target not read (a URL, or missing)
        SkippedKind,     // an entity of a kind that is not imported
        SkippedDocument, // --lenient: a broken document left out
        ExternalSource,  // ODPS: an input port that no product provides
    };
    Kind kind = Kind::Created;
    QString entity; // the OrgMap id the line is about, empty when none
    QString text;   // the whole line, without the category
};

struct ImportReport
{
    QList<ImportReportLine> lines;
    int unchanged = 0; // re-import: entities found again with nothing to change

    void add(ImportReportLine::Kind kind, const QString &entity, const QString &text)
    {
        lines.append({kind, entity, text});
    }
    int count(ImportReportLine::Kind kind) const;
    // One summary line, then every line as "category: text".
    QString toText() const;
};

// "created", "placeholder", ... (translated).
QString categoryName(ImportReportLine::Kind kind);

} // namespace OrgMap
