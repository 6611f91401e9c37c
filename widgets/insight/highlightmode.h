#pragma once

#include <QString>

namespace OrgMap {

// What the canvas emphasises (View > Highlight): the main window owns the
// choice, the canvas reads it (MainWindow::highlightMode and its signal).
enum class HighlightMode
{
    None,
    Orphans,   // unowned and unplaced assets
    Coupling,  // hotspots, cross-domain links, domain cycles
    Ownership, // colour by owning team
};

// Settings spelling: "none", "orphans", "coupling", "ownership".
QString toString(HighlightMode mode);
// Unknown spellings give `fallback`.
HighlightMode highlightModeFromString(const QString &text,
                                      HighlightMode fallback = HighlightMode::None);

} // namespace OrgMap
