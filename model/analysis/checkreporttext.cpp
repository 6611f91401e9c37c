// The terminal form of `orgmap-cli check` (checkReportText in checkreport.h).
#include "checkreport.h"

#include "analysistr.h"
#include "core/displaytext.h"
#include "numbers.h"
#include "reporttext.h"

#include <algorithm>
#include <array>
#include <functional>

namespace OrgMap {
namespace {

constexpr int kTopHotspots = 10;

// The check report's colours: severities on top of the shared palette.
struct Palette : ReportText::Palette
{
    QString severity(Severity s, const QString &t, bool heading = false) const
    {
        switch (s) {
        case Severity::Error:
            return wrap(heading ? "1;31" : "31", t);
        case Severity::Warning:
            return wrap(heading ? "1;33" : "33", t);
        case Severity::Info:
            return wrap(heading ? "1;36" : "2;36", t);
        }
        return t;
    }
};

// "%n errors" with the English singular for 1; both sources are numerus
// texts, so a translation supplies its own plural forms for either.
QString countOf(Severity s, int n)
{
    switch (s) {
    case Severity::Error:
        return n == 1 ? AnalysisTr::tr("%n error", nullptr, n)
                      : AnalysisTr::tr("%n errors", nullptr, n);
    case Severity::Warning:
        return n == 1 ? AnalysisTr::tr("%n warning", nullptr, n)
                      : AnalysisTr::tr("%n warnings", nullptr, n);
    case Severity::Info:
        return n == 1 ? AnalysisTr::tr("%n info", nullptr, n)
                      : AnalysisTr::tr("%n infos", nullptr, n);
    }
    return {};
}

QString heading(Severity s, int n)
{
    switch (s) {
    case Severity::Error:
        return AnalysisTr::tr("Errors (%n)", nullptr, n);
    case Severity::Warning:
        return AnalysisTr::tr("Warnings (%n)", nullptr, n);
    case Severity::Info:
        return AnalysisTr::tr("Infos (%n)", nullptr, n);
    }
    return {};
}

QString header(const MapData &map)
{
    auto counted = [](qsizetype count, const char *one, const char *many) {
        const int n = int(count);
        return AnalysisTr::tr(n == 1 ? one : many, nullptr, n);
    };
    const QStringList counts{
        counted(map.domains.size(), QT_TRANSLATE_N_NOOP("OrgMap::Analysis", "%n domain"),
                QT_TRANSLATE_N_NOOP("OrgMap::Analysis", "%n domains")),
        counted(map.teams.size(), QT_TRANSLATE_N_NOOP("OrgMap::Analysis", "%n team"),
                QT_TRANSLATE_N_NOOP("OrgMap::Analysis", "%n teams")),
        counted(map.assets.size(), QT_TRANSLATE_N_NOOP("OrgMap::Analysis", "%n asset"),
                QT_TRANSLATE_N_NOOP("OrgMap::Analysis", "%n assets")),
        counted(map.links.size(), QT_TRANSLATE_N_NOOP("OrgMap::Analysis", "%n link"),
                QT_TRANSLATE_N_NOOP("OrgMap::Analysis", "%n links")),
        counted(map.interactions.size(), QT_TRANSLATE_N_NOOP("OrgMap::Analysis", "%n interaction"),
                QT_TRANSLATE_N_NOOP("OrgMap::Analysis", "%n interactions")),
    };
    const QString name =
        map.info.name.isEmpty() ? AnalysisTr::tr("(unnamed map)") : escapeControls(map.info.name);
    return AnalysisTr::tr("%1: %2").arg(name, counts.join(AnalysisTr::tr(", ")));
}

using ReportText::alignedRows;

} // namespace

QString checkReportText(const MapData &map, const AnalysisResult &result, bool colour)
{
    Palette palette;
    palette.on = colour;
    QStringList out;
    out.append(palette.bold(header(map)));

    // One table over all findings, so the columns line up across the groups.
    QList<QStringList> rows;
    for (const Finding &f : result.findings)
        // Names come from the map: escaped, they cannot drive the terminal.
        rows.append({toString(f.rule), escapeControls(f.subject), escapeControls(f.message)});
    const QStringList lines = alignedRows(rows, {}, [&](int r, int c, const QString &cell) {
        return c == 0 ? palette.severity(result.findings[r].severity, cell) : cell;
    });
    std::array<int, 3> counts{0, 0, 0};
    for (const Finding &f : result.findings)
        ++counts[size_t(f.severity)];
    int line = 0;
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        const int n = counts[size_t(s)];
        if (n == 0)
            continue;
        out.append(QString());
        out.append(palette.severity(s, heading(s, n), true));
        for (int i = 0; i < n; ++i)
            out.append(lines[line++]);
    }
    if (result.findings.isEmpty()) {
        out.append(QString());
        out.append(AnalysisTr::tr("No findings."));
    }

    const QList<AssetMetrics> hotspots = hotspotMetrics(result);
    if (!hotspots.isEmpty()) {
        out.append(QString());
        const int shown = int(std::min<qsizetype>(hotspots.size(), kTopHotspots));
        out.append(palette.bold(
            shown == hotspots.size()
                ? AnalysisTr::tr("Hotspots")
                : AnalysisTr::tr("Top %1 of %2 hotspots").arg(shown).arg(hotspots.size())));
        QList<QStringList> table{{AnalysisTr::tr("Asset"), AnalysisTr::tr("Cross-domain links"),
                                  AnalysisTr::tr("Score"), AnalysisTr::tr("Betweenness")}};
        for (int i = 0; i < shown; ++i)
            table.append({hotspots[i].asset.str(), QLocale().toString(hotspots[i].crossDomainLinks),
                          formatDecimalForReading(hotspots[i].couplingScore),
                          formatDecimalForReading(hotspots[i].betweenness)});
        out.append(
            alignedRows(table, {false, true, true, true}, [&](int r, int, const QString &cell) {
                return r == 0 ? palette.bold(cell) : cell;
            }));
        if (result.betweennessSampled)
            out.append(AnalysisTr::tr("  Betweenness estimated from %1 of %2 source assets.")
                           .arg(result.betweennessSources)
                           .arg(result.assets.size()));
    }

    out.append(QString());
    QStringList summary;
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        const QString text = countOf(s, counts[size_t(s)]);
        summary.append(counts[size_t(s)] > 0 ? palette.severity(s, text) : text);
    }
    out.append(summary.join(AnalysisTr::tr(", ")));
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace OrgMap
