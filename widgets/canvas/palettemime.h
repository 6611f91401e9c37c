#pragma once

#include <QIcon>
#include <QString>
#include <optional>

class QMimeData;

namespace OrgMap {

// What the palette offers; also what createAt() and the double-click menu create.
enum class PaletteKind
{
    Domain,
    Service,
    DataProduct,
    TeamStreamAligned,
    TeamPlatform,
    TeamEnabling,
    TeamComplicatedSubsystem
};

inline constexpr char kPaletteMimeType[] = "application/x-orgmap-palette-kind";

// Every kind, in palette order.
QList<PaletteKind> allPaletteKinds();
// Translated display name ("Service", "Stream-aligned team", ...).
QString paletteKindName(PaletteKind kind);
// A small icon drawn with the same shapes as the canvas.
QIcon paletteKindIcon(PaletteKind kind);
QMimeData *createPaletteMimeData(PaletteKind kind);
std::optional<PaletteKind> paletteKindFromMime(const QMimeData *mime);

} // namespace OrgMap
