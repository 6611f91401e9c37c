#pragma once

#include "core/entities.h"

#include <QColor>
#include <QFont>
#include <QPalette>

namespace OrgMap {

// Colours and fonts of the canvas, derived from the application palette so that
// the map follows the system's light or dark look. Team colours follow Team
// Topologies (stream-aligned amber, platform blue, enabling purple,
// complicated-subsystem orange-red).
struct Theme
{
    bool dark = false;
    QColor background;
    QColor grid;
    QColor text;      // labels on nodes
    QColor mutedText; // secondary text (legend, badges)
    QColor nodeFill;  // service / data product body
    QColor nodeBorder;
    QColor selection; // selection outline and handles
    QColor hover;
    QColor linkApi;
    QColor linkEvent;
    QColor linkData;
    QColor interaction;
    QColor ownershipLine;
    QColor unownedBadge;
    // Highlights (docs/canvas.md): each also has its own shape, never colour alone.
    QColor orphanUnowned;  // red: "!" triangle, dashed outline
    QColor orphanNoDomain; // purple: "?" dashed box
    QColor cycle;          // domain-cycle borders and links (magenta: not a link colour)
    QColor glow;           // coupling halo
    QFont labelFont;       // node names
    QFont titleFont;       // domain titles (bold)
    QFont smallFont;       // badges, legend, link labels
    // The projector theme (presentation mode): names wrap over the whole
    // body instead of beside the glyph, the owner shows as a strip, no grid.
    bool projector = false;
    bool showGrid = true;
    double lineWidth = 1.0; // multiplies the items' outline widths
    double linkWidth = 1.0; // multiplies the link and interaction pens' widths

    // The theme for a palette (QGuiApplication::palette() by default).
    static Theme fromPalette(const QPalette &palette);
    static Theme current();
    // For a room: larger type, stronger contrast, thicker lines, no grid.
    static Theme projectorTheme(bool dark);

    // Team Topologies colour of a team type (fill); neutral grey for None.
    QColor teamFill(TeamType type) const;
    QColor teamBorder(TeamType type) const;
    // The domain's own colour or a soft palette colour derived from its id
    // (deterministic), toned for this theme's background.
    QColor domainFill(const Domain &domain, int depth) const;
    QColor domainBorder(const Domain &domain) const;
    // The colour of the team at `index` among `count` teams (Ownership
    // highlight): hues spread by the golden angle so that neighbours differ.
    QColor ownerColor(int index) const;
    // Readable text colour on top of `fill`.
    static QColor textOn(const QColor &fill);
};

// Short name for a badge: initials of a multi-word name, or the first letters.
QString shortName(const QString &name, int maxChars = 3);

} // namespace OrgMap
