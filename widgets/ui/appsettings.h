#pragma once

#include "analysis/analysis.h"
#include "highlightmode.h"
#include "maprenderer.h"

#include <QByteArray>
#include <QStringList>

namespace OrgMap {

// What the application remembers between runs, in QSettings("OrgMap", "OrgMap").
// One place for the keys so that they cannot drift apart between windows.
namespace AppSettings {

inline constexpr int kMaxRecentFiles = 10;
inline constexpr int kMaxHotspotThreshold = 1000;
inline constexpr double kMaxLinkWeight = 100.0;

QStringList recentFiles();
// Puts `path` first (made absolute), dropping duplicates and the oldest.
void addRecentFile(const QString &path);
void removeRecentFile(const QString &path);
void clearRecentFiles();

bool snapToGrid();
void setSnapToGrid(bool on);
bool showOwnershipLines();
void setShowOwnershipLines(bool on);
// Preferences > Presentation: the projector theme's dark variant (default light).
bool presentationDark();
void setPresentationDark(bool dark);

ExportOptions exportOptions();
void setExportOptions(const ExportOptions &options);
QString lastDirectory();
void setLastDirectory(const QString &dir);

// Preferences > Analysis: hotspot threshold and link weights (the rest of
// AnalysisOptions keeps its defaults). Out-of-range stored values fall back.
AnalysisOptions analysisOptions();
void setAnalysisOptions(const AnalysisOptions &options);
HighlightMode highlightMode();
void setHighlightMode(HighlightMode mode);

QByteArray windowGeometry();
QByteArray windowState();
void setWindowGeometry(const QByteArray &geometry, const QByteArray &state);

} // namespace AppSettings

} // namespace OrgMap
