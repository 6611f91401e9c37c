#pragma once

#include <QCoreApplication>

namespace OrgMap {

// The translation context of the diff report texts, so that lupdate files them
// under "OrgMap::Diff": call DiffTr::tr("...").
class DiffTr
{
    Q_DECLARE_TR_FUNCTIONS(OrgMap::Diff)
};

} // namespace OrgMap
