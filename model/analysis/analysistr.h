#pragma once

#include <QCoreApplication>

namespace OrgMap {

// The translation context of every analysis and report text, so that lupdate
// files them all under "OrgMap::Analysis": call AnalysisTr::tr("...").
class AnalysisTr
{
    Q_DECLARE_TR_FUNCTIONS(OrgMap::Analysis)
};

} // namespace OrgMap
