#include "importer.h"

#include "backstagecatalog.h"
#include "backstagemapping.h"
#include "mergeimport.h"
#include "odpsimport.h"

namespace OrgMap {

ImportResult importBackstage(const QStringList &paths, const MapData &into, bool lenient)
{
    ImportResult result;
    const CatalogReadResult read = readBackstageCatalog(paths, lenient);
    if (!read.errors.isEmpty()) {
        result.errors = read.errors;
        return result;
    }
    CatalogMapping mapping = mapBackstageCatalog(read.entities);
    result.report = mapping.report;
    result.report.lines += read.notes;
    MapData merged;
    if (mergeImport(into, mapping.map, kBackstageKey, &merged, &result.report, &result.errors))
        result.map = std::move(merged);
    return result;
}

ImportResult importOdps(const QStringList &paths, const MapData &into)
{
    ImportResult result;
    OdpsMapping mapping = readOdpsProducts(paths, into);
    if (!mapping.errors.isEmpty()) {
        result.errors = mapping.errors;
        return result;
    }
    result.report = mapping.report;
    MapData merged;
    if (mergeImport(into, mapping.map, kOdpsKey, &merged, &result.report, &result.errors))
        result.map = std::move(merged);
    return result;
}

} // namespace OrgMap
