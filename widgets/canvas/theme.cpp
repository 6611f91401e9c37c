#include "theme.h"

#include <QGuiApplication>
#include <QStringList>
#include <cmath>

namespace OrgMap {

namespace {

// Soft, distinguishable hues for domains without a colour of their own.
constexpr int kDomainHues[] = {210, 150, 30, 280, 0, 180, 60, 330, 120, 250};

QFont font(int pixelSize, bool bold)
{
    QFont f = QGuiApplication::font();
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    return f;
}

} // namespace

Theme Theme::fromPalette(const QPalette &palette)
{
    Theme t;
    const QColor window = palette.color(QPalette::Window);
    t.dark = window.lightnessF() < 0.5;
    if (t.dark) {
        t.background = QColor(0x1e, 0x21, 0x26);
        t.grid = QColor(0x2a, 0x2e, 0x34);
        t.text = QColor(0xec, 0xee, 0xf1);
        t.mutedText = QColor(0xa4, 0xab, 0xb6);
        t.nodeFill = QColor(0x2c, 0x31, 0x38);
        t.nodeBorder = QColor(0x8a, 0x94, 0xa3);
        t.linkApi = QColor(0x8f, 0xb4, 0xe8);
        t.linkEvent = QColor(0xe8, 0xa8, 0x6a);
        t.linkData = QColor(0x7d, 0xd3, 0xa8);
        t.interaction = QColor(0xc9, 0xb2, 0xea);
        t.ownershipLine = QColor(0xa4, 0xab, 0xb6, 140);
        t.unownedBadge = QColor(0xe0, 0x6c, 0x75);
        t.orphanUnowned = QColor(0xff, 0x5c, 0x5c);
        t.orphanNoDomain = QColor(0xc7, 0x8b, 0xff);
        t.cycle = QColor(0xf0, 0x65, 0x95);
        t.glow = QColor(0xff, 0x6b, 0x1a);
    } else {
        t.background = QColor(0xf7, 0xf8, 0xfa);
        t.grid = QColor(0xe6, 0xe9, 0xee);
        t.text = QColor(0x1f, 0x23, 0x28);
        t.mutedText = QColor(0x5f, 0x67, 0x73);
        t.nodeFill = QColor(0xff, 0xff, 0xff);
        t.nodeBorder = QColor(0x5b, 0x65, 0x73);
        t.linkApi = QColor(0x2f, 0x5f, 0xa8);
        t.linkEvent = QColor(0xb5, 0x5d, 0x12);
        t.linkData = QColor(0x1d, 0x80, 0x55);
        t.interaction = QColor(0x6b, 0x3f, 0xa0);
        t.ownershipLine = QColor(0x5f, 0x67, 0x73, 120);
        t.unownedBadge = QColor(0xc0, 0x39, 0x2b);
        t.orphanUnowned = QColor(0xd0, 0x1c, 0x1c);
        t.orphanNoDomain = QColor(0x7b, 0x2c, 0xbf);
        t.cycle = QColor(0xc2, 0x25, 0x5c);
        t.glow = QColor(0xf0, 0x4a, 0x00);
    }
    t.selection = palette.color(QPalette::Highlight);
    if (!t.selection.isValid() || t.selection.saturationF() < 0.2)
        t.selection = QColor(0x1a, 0x73, 0xe8);
    t.hover = t.selection.lighter(130);
    // Pixel sizes: readable at 100% on a projector (the canvas is zoomed, not the font).
    t.labelFont = font(14, false);
    t.titleFont = font(16, true);
    t.smallFont = font(11, true);
    return t;
}

Theme Theme::projectorTheme(bool dark)
{
    QPalette palette;
    palette.setColor(QPalette::Window, dark ? QColor(0x10, 0x12, 0x16) : QColor(Qt::white));
    palette.setColor(QPalette::Highlight, QColor(0x1a, 0x73, 0xe8));
    Theme t = fromPalette(palette);
    t.projector = true;
    t.showGrid = false;
    t.lineWidth = 2.0;
    // Links are what a room follows from the back: twice as thick as in the
    // editor, in colours a step stronger than the outlines'.
    t.linkWidth = 2.0;
    // A projector washes colours out: the ink goes to black or white, the
    // outlines and link colours a step stronger.
    if (dark) {
        t.background = QColor(0x10, 0x12, 0x16);
        t.text = QColor(Qt::white);
        t.mutedText = QColor(0xc8, 0xcd, 0xd5);
        t.nodeFill = QColor(0x22, 0x26, 0x2d);
        t.nodeBorder = QColor(0xc8, 0xcd, 0xd5);
        t.linkApi = t.linkApi.lighter(125);
        t.linkEvent = t.linkEvent.lighter(125);
        t.linkData = t.linkData.lighter(125);
        t.interaction = t.interaction.lighter(120);
        t.ownershipLine.setAlpha(220);
    } else {
        t.background = QColor(Qt::white);
        t.text = QColor(Qt::black);
        t.mutedText = QColor(0x33, 0x38, 0x40);
        t.nodeBorder = QColor(0x20, 0x24, 0x2a);
        t.linkApi = t.linkApi.darker(150);
        t.linkEvent = t.linkEvent.darker(150);
        t.linkData = t.linkData.darker(150);
        t.interaction = t.interaction.darker(130);
        t.ownershipLine.setAlpha(220);
    }
    t.grid = t.background;
    // Sized for the example map fitted to 1280x720 (zoom ~0.5): names at
    // least 12 px and domain titles at least 20 px on screen
    // (tests/gui/tst_presentation.cpp measures it).
    t.labelFont = font(24, true);
    t.titleFont = font(40, true);
    t.smallFont = font(16, true);
    return t;
}

Theme Theme::current()
{
    return fromPalette(QGuiApplication::palette());
}

QColor Theme::teamFill(TeamType type) const
{
    // Team Topologies colours, toned down for the dark background.
    QColor c;
    switch (type) {
    case TeamType::StreamAligned:
        c = QColor(0xff, 0xe0, 0x8a);
        break;
    case TeamType::Platform:
        c = QColor(0xa8, 0xd4, 0xf2);
        break;
    case TeamType::Enabling:
        c = QColor(0xdf, 0xc5, 0xee);
        break;
    case TeamType::ComplicatedSubsystem:
        c = QColor(0xff, 0xc2, 0x99);
        break;
    case TeamType::None:
        c = QColor(0xe3, 0xe5, 0xe8);
        break;
    }
    return dark ? QColor::fromHslF(c.hslHueF(), c.hslSaturationF() * 0.55, 0.33) : c;
}

QColor Theme::teamBorder(TeamType type) const
{
    QColor c;
    switch (type) {
    case TeamType::StreamAligned:
        c = QColor(0xd4, 0x9a, 0x00);
        break;
    case TeamType::Platform:
        c = QColor(0x2b, 0x7b, 0xbd);
        break;
    case TeamType::Enabling:
        c = QColor(0x95, 0x5b, 0xb3);
        break;
    case TeamType::ComplicatedSubsystem:
        c = QColor(0xdb, 0x5f, 0x2c);
        break;
    case TeamType::None:
        c = QColor(0x8a, 0x90, 0x99);
        break;
    }
    return dark ? c.lighter(130) : c;
}

QColor Theme::domainFill(const Domain &domain, int depth) const
{
    QColor base;
    if (!domain.color.isEmpty() && QColor::isValidColorName(domain.color)) {
        base = QColor::fromString(domain.color);
    } else {
        // qHash is seeded per process; a fixed FNV-1a keeps the colour stable across runs.
        quint32 h = 2166136261u;
        for (QChar ch : domain.id.str())
            h = (h ^ ch.unicode()) * 16777619u;
        base = QColor::fromHsl(kDomainHues[h % std::size(kDomainHues)], 140, 128);
    }
    // Soft tint of the hue; nested domains a little stronger so they stand out.
    const double lightness =
        dark ? 0.20 + 0.04 * std::min(depth, 3) : 0.955 - 0.035 * std::min(depth, 3);
    const double saturation = std::min(double(base.hslSaturationF()), dark ? 0.30 : 0.60);
    return QColor::fromHslF(std::max(0.0f, base.hslHueF()), saturation, lightness);
}

QColor Theme::domainBorder(const Domain &domain) const
{
    const QColor fill = domainFill(domain, 0);
    return QColor::fromHslF(std::max(0.0f, fill.hslHueF()), dark ? 0.35 : 0.45, dark ? 0.55 : 0.55);
}

QColor Theme::ownerColor(int index) const
{
    const double hue = std::fmod(20.0 + index * 137.508, 360.0) / 360.0;
    return QColor::fromHslF(hue, dark ? 0.55 : 0.65, dark ? 0.55 : 0.50);
}

QColor Theme::textOn(const QColor &fill)
{
    // Perceived luminance (ITU-R BT.601) decides between near-black and white.
    const double y = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF();
    return y > 0.55 ? QColor(0x1f, 0x23, 0x28) : QColor(0xff, 0xff, 0xff);
}

QString shortName(const QString &name, int maxChars)
{
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString out;
    if (words.size() > 1) {
        for (const QString &w : words) {
            if (out.size() >= maxChars)
                break;
            // Keep numbers whole ("Team 12" -> "T12"), take initials of words.
            if (w.front().isDigit())
                out += w.left(maxChars - out.size());
            else
                out += w.front().toUpper();
        }
    } else {
        out = name.left(maxChars);
    }
    return out;
}

} // namespace OrgMap
