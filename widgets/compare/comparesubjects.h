#pragma once

// The changes of one MapDiff as a person reads them: for each entry of
// diffMaps() its subject's name and what changed in words ("from Sales",
// "was: Checkout team"). The canvas marks and the Changes dock both show
// these, so an owner change reads the same in both places. Computes no diff.

#include "diff/diff.h"

#include <QStringList>

namespace OrgMap {

struct CompareSubject
{
    DiffOp op = DiffOp::Change;
    EntryKey key;
    int change = -1;     // index into MapDiff::changes
    QString title;       // "Orders (s-orders)", "Orders -> Ledger (event)"
    QString name;        // the subject's name on the side where it exists (new first)
    QString oldName;     // the name before (empty when added)
    QStringList notes;   // short, for the canvas: "from Sales", "was: Checkout team"
    QStringList details; // every field, for the dock: "owner: Sales team -> (none)"
};

// One subject per entry of `diff.changes`, in its order.
QList<CompareSubject> compareSubjects(const MapData &oldMap, const MapData &newMap,
                                      const MapDiff &diff);

// "Assets", "Links", ... (translated) for a DiffEntity.
QString entityGroupName(DiffEntity entity);
// "added", "removed", "changed" (translated).
QString opName(DiffOp op);

} // namespace OrgMap
