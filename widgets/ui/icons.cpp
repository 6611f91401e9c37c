#include "icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace OrgMap {

namespace {

QPixmap render(const QByteArray &svg, const QColor &color, int size, qreal dpr)
{
    QByteArray coloured = svg;
    coloured.replace("currentColor", color.name().toLatin1());
    QSvgRenderer renderer(coloured);
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    renderer.render(&painter);
    painter.end();
    pixmap.setDevicePixelRatio(dpr);
    return pixmap;
}

} // namespace

QIcon themedIcon(const QString &name)
{
    // Cached per palette colour: a theme switch gives new icons.
    static QHash<QString, QIcon> cache;
    const QPalette palette = QApplication::palette();
    const QColor normal = palette.color(QPalette::Active, QPalette::WindowText);
    const QString key = name + normal.name();
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;

    QFile file(u":/icons/"_qs + name + u".svg"_qs);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    QColor disabled = normal;
    disabled.setAlphaF(0.35);
    const qreal dpr = qApp ? qApp->devicePixelRatio() : 1.0;
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48}) {
        icon.addPixmap(render(svg, normal, size, dpr), QIcon::Normal);
        icon.addPixmap(render(svg, disabled, size, dpr), QIcon::Disabled);
    }
    cache.insert(key, icon);
    return icon;
}

} // namespace OrgMap
