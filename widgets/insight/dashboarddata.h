#pragma once

#include "analysis/insight.h"

#include <QList>
#include <QStringList>

namespace OrgMap {

// What the dashboard charts show, computed from one Insight without any
// widget: the charts are drawn from this, and the tests compare it with the
// analysis. Long lists are cut to the largest entries so that a chart stays
// readable on a projector; `total` says how many there were.
struct DashboardData
{
    static constexpr int kMaxBars = 8;
    static constexpr int kMaxDomainBars = 6; // two bars each
    static constexpr int kMaxMatrixDomains = 14;

    struct Bar
    {
        QString id;    // what a click selects
        QString label; // the entity's name
        double value = 0;
    };
    struct BarList
    {
        QList<Bar> bars; // largest first; ties by id
        int total = 0;   // before the cut
    };
    struct DomainBar
    {
        QString id;
        QString label;
        int ca = 0;
        int ce = 0;
        int assets = 0;
        double instability = 0;
    };
    struct Matrix
    {
        QStringList ids;    // rows and columns, in the same order (by name)
        QStringList labels; // their names
        // weights[row][column]: summed link weight from row's domain to
        // column's domain (0 where no link), links the same for counts.
        QList<QList<double>> weights;
        QList<QList<int>> links;
        double maxWeight = 0;
        int totalDomains = 0; // coupled domains before the cut
    };

    BarList hotspots;         // assets with a hotspot finding, by coupling score
    QList<DomainBar> domains; // coupled domains by ca+ce, cut to kMaxDomainBars
    int totalDomains = 0;
    Matrix matrix;
    BarList assetsPerTeam;  // teams owning assets, by assets owned
    BarList domainsPerTeam; // teams spanning domains, by domains spanned
    TeamCoupling teamCoupling;

    static DashboardData fromInsight(const Insight &insight);
};

} // namespace OrgMap
