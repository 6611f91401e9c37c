#include "importreport.h"

#include <QCoreApplication>
#include <algorithm>

namespace OrgMap {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgMap::ImportReport)
};
} // namespace

int ImportReport::count(ImportReportLine::Kind kind) const
{
    return int(std::count_if(lines.cbegin(), lines.cend(),
                             [kind](const ImportReportLine &l) { return l.kind == kind; }));
}

QString categoryName(ImportReportLine::Kind kind)
{
    using K = ImportReportLine::Kind;
    switch (kind) {
    case K::Created:
        return Text::tr("created");
    case K::Updated:
        return Text::tr("updated");
    case K::Removed:
        return Text::tr("removed");
    case K::Placeholder:
        return Text::tr("placeholder");
    case K::Unowned:
        return Text::tr("unowned");
    case K::Unresolved:
        return Text::tr("unresolved");
    case K::Duplicate:
        return Text::tr("duplicate");
    case K::SkippedTarget:
        return Text::tr("skipped target");
    case K::SkippedKind:
        return Text::tr("skipped");
    case K::SkippedDocument:
        return Text::tr("skipped document");
    case K::ExternalSource:
        return Text::tr("external source");
    }
    return {};
}

QString ImportReport::toText() const
{
    using K = ImportReportLine::Kind;
    QString out =
        Text::tr("import: %1 created, %2 updated, %3 removed, %4 unchanged; "
                 "%5 placeholders, %6 unresolved references, %7 external sources, "
                 "%8 skipped\n")
            .arg(count(K::Created))
            .arg(count(K::Updated))
            .arg(count(K::Removed))
            .arg(unchanged)
            .arg(count(K::Placeholder))
            .arg(count(K::Unresolved))
            .arg(count(K::ExternalSource))
            .arg(count(K::SkippedTarget) + count(K::SkippedKind) + count(K::SkippedDocument));
    for (const ImportReportLine &line : lines)
        out += categoryName(line.kind) + QLatin1String(": ") + line.text + QLatin1Char('\n');
    return out;
}

} // namespace OrgMap
