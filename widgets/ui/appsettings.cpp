#include "appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace OrgMap::AppSettings {

namespace {

QSettings settings()
{
    return QSettings(QStringLiteral("OrgMap"), QStringLiteral("OrgMap"));
}

} // namespace

QStringList recentFiles()
{
    return settings().value(u"recentFiles"_qs).toStringList();
}

void addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    settings().setValue(u"recentFiles"_qs, files);
}

void removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    settings().setValue(u"recentFiles"_qs, files);
}

void clearRecentFiles()
{
    settings().remove(u"recentFiles"_qs);
}

bool snapToGrid()
{
    return settings().value(u"canvas/snapToGrid"_qs, true).toBool();
}
void setSnapToGrid(bool on)
{
    settings().setValue(u"canvas/snapToGrid"_qs, on);
}

bool showOwnershipLines()
{
    return settings().value(u"canvas/showOwnershipLines"_qs, true).toBool();
}
void setShowOwnershipLines(bool on)
{
    settings().setValue(u"canvas/showOwnershipLines"_qs, on);
}

bool presentationDark()
{
    return settings().value(u"presentation/dark"_qs, false).toBool();
}
void setPresentationDark(bool dark)
{
    settings().setValue(u"presentation/dark"_qs, dark);
}

ExportOptions exportOptions()
{
    QSettings s = settings();
    ExportOptions options;
    options.scale = s.value(u"export/scale"_qs, 2.0).toDouble();
    if (options.scale != 1.0 && options.scale != 2.0 && options.scale != 4.0)
        options.scale = 2.0;
    options.transparent = s.value(u"export/transparent"_qs, false).toBool();
    // Selection-only depends on the moment's selection: not remembered.
    return options;
}

void setExportOptions(const ExportOptions &options)
{
    QSettings s = settings();
    s.setValue(u"export/scale"_qs, options.scale);
    s.setValue(u"export/transparent"_qs, options.transparent);
}

QString lastDirectory()
{
    return settings().value(u"lastDirectory"_qs, QDir::homePath()).toString();
}
void setLastDirectory(const QString &dir)
{
    settings().setValue(u"lastDirectory"_qs, dir);
}

AnalysisOptions analysisOptions()
{
    QSettings s = settings();
    AnalysisOptions options;
    const AnalysisOptions defaults;
    bool ok = false;
    const int threshold = s.value(u"analysis/hotspotThreshold"_qs).toInt(&ok);
    if (ok && threshold >= 1 && threshold <= kMaxHotspotThreshold)
        options.hotspotThreshold = threshold;
    const QString keys[3] = {u"analysis/weightApi"_qs, u"analysis/weightData"_qs,
                             u"analysis/weightEvent"_qs};
    for (int i = 0; i < 3; ++i) {
        const double weight = s.value(keys[i]).toDouble(&ok);
        options.linkWeights[i] =
            ok && weight >= 0 && weight <= kMaxLinkWeight ? weight : defaults.linkWeights[i];
    }
    return options;
}

void setAnalysisOptions(const AnalysisOptions &options)
{
    QSettings s = settings();
    s.setValue(u"analysis/hotspotThreshold"_qs, options.hotspotThreshold);
    s.setValue(u"analysis/weightApi"_qs, options.linkWeights[0]);
    s.setValue(u"analysis/weightData"_qs, options.linkWeights[1]);
    s.setValue(u"analysis/weightEvent"_qs, options.linkWeights[2]);
}

HighlightMode highlightMode()
{
    return highlightModeFromString(settings().value(u"canvas/highlightMode"_qs).toString(),
                                   HighlightMode::None);
}

void setHighlightMode(HighlightMode mode)
{
    settings().setValue(u"canvas/highlightMode"_qs, toString(mode));
}

QByteArray windowGeometry()
{
    return settings().value(u"window/geometry"_qs).toByteArray();
}
QByteArray windowState()
{
    return settings().value(u"window/state"_qs).toByteArray();
}

void setWindowGeometry(const QByteArray &geometry, const QByteArray &state)
{
    QSettings s = settings();
    s.setValue(u"window/geometry"_qs, geometry);
    s.setValue(u"window/state"_qs, state);
}

} // namespace OrgMap::AppSettings
