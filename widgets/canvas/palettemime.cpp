#include "palettemime.h"

#include "shapes.h"
#include "theme.h"

#include <QCoreApplication>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>

namespace OrgMap {

QList<PaletteKind> allPaletteKinds()
{
    return {PaletteKind::Domain,
            PaletteKind::Service,
            PaletteKind::DataProduct,
            PaletteKind::TeamStreamAligned,
            PaletteKind::TeamPlatform,
            PaletteKind::TeamEnabling,
            PaletteKind::TeamComplicatedSubsystem};
}

QString paletteKindName(PaletteKind kind)
{
    switch (kind) {
    case PaletteKind::Domain:
        return QCoreApplication::translate("OrgMap::Palette", "Domain");
    case PaletteKind::Service:
        return QCoreApplication::translate("OrgMap::Palette", "Service");
    case PaletteKind::DataProduct:
        return QCoreApplication::translate("OrgMap::Palette", "Data product");
    case PaletteKind::TeamStreamAligned:
        return QCoreApplication::translate("OrgMap::Palette", "Stream-aligned team");
    case PaletteKind::TeamPlatform:
        return QCoreApplication::translate("OrgMap::Palette", "Platform team");
    case PaletteKind::TeamEnabling:
        return QCoreApplication::translate("OrgMap::Palette", "Enabling team");
    case PaletteKind::TeamComplicatedSubsystem:
        return QCoreApplication::translate("OrgMap::Palette", "Complicated-subsystem team");
    }
    return {};
}

static QPixmap iconPixmap(PaletteKind kind, int size, const Theme &theme)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(0, 0, size, size);
    switch (kind) {
    case PaletteKind::Domain: {
        const QRectF body = r.adjusted(1, 3, -1, -3);
        Domain sample;
        sample.id = DomainId(u"d-palette"_qs);
        p.setPen(QPen(theme.domainBorder(sample), 1.5));
        p.setBrush(theme.domainFill(sample, 1));
        p.drawRoundedRect(body, 3, 3);
        p.fillRect(QRectF(body.left() + 1, body.top() + 1, body.width() - 2, body.height() * 0.28),
                   theme.domainBorder(sample));
        break;
    }
    case PaletteKind::Service:
        Shapes::drawAssetIcon(&p, r, AssetKind::Service, theme);
        break;
    case PaletteKind::DataProduct:
        Shapes::drawAssetIcon(&p, r, AssetKind::DataProduct, theme);
        break;
    case PaletteKind::TeamStreamAligned:
        Shapes::drawTeamIcon(&p, r, TeamType::StreamAligned, theme);
        break;
    case PaletteKind::TeamPlatform:
        Shapes::drawTeamIcon(&p, r, TeamType::Platform, theme);
        break;
    case PaletteKind::TeamEnabling:
        Shapes::drawTeamIcon(&p, r, TeamType::Enabling, theme);
        break;
    case PaletteKind::TeamComplicatedSubsystem:
        Shapes::drawTeamIcon(&p, r, TeamType::ComplicatedSubsystem, theme);
        break;
    }
    return pixmap;
}

QIcon paletteKindIcon(PaletteKind kind)
{
    const Theme theme = Theme::current();
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64})
        icon.addPixmap(iconPixmap(kind, size, theme));
    return icon;
}

QMimeData *createPaletteMimeData(PaletteKind kind)
{
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(kPaletteMimeType), QByteArray::number(int(kind)));
    return mime;
}

std::optional<PaletteKind> paletteKindFromMime(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(QLatin1String(kPaletteMimeType)))
        return std::nullopt;
    bool ok = false;
    const int value = mime->data(QLatin1String(kPaletteMimeType)).toInt(&ok);
    if (!ok || value < int(PaletteKind::Domain) ||
        value > int(PaletteKind::TeamComplicatedSubsystem))
        return std::nullopt;
    return PaletteKind(value);
}

} // namespace OrgMap
