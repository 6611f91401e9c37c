#include "maprenderer.h"

#include "core/atomicfile.h"
#include "document/document.h"
#include "layout/autolayout.h"
#include "mapscene.h"
#include "theme.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImageWriter>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>

namespace OrgMap {

namespace {

// A class, not a free tr(): lupdate files MapRendererTr::tr() texts under the
// context declared here, which is the one looked up at run time.
class MapRendererTr
{
    Q_DECLARE_TR_FUNCTIONS(OrgMap::MapRenderer)
};

// What to draw: the whole map, or the selection with everything inside the
// selected domains. `only` stays empty for the whole map.
QRectF sourceRect(MapScene &scene, const ExportOptions &options, QSet<QString> *only)
{
    const QStringList selected = scene.selectedIds();
    if (!options.selectionOnly || selected.isEmpty())
        return scene.mapBoundingRect();
    const MapData &data = scene.document()->data();
    QSet<DomainId> domains;
    for (const QString &id : selected) {
        only->insert(id);
        if (data.kindOf(id) == EntityKind::Domain)
            domains.insert(DomainId(id));
    }
    auto inSelectedDomain = [&](DomainId id) {
        for (int depth = 0; depth < 64 && !id.isNull(); ++depth) {
            if (domains.contains(id))
                return true;
            id = data.domains.value(id).parent;
        }
        return false;
    };
    if (!domains.isEmpty()) {
        for (const Domain &d : data.domains)
            if (inSelectedDomain(d.parent))
                only->insert(d.id.str());
        for (const Asset &a : data.assets)
            if (inSelectedDomain(a.domain))
                only->insert(a.id.str());
    }
    QRectF rect;
    for (const QString &id : std::as_const(*only))
        rect |= scene.rectForId(id);
    return rect.adjusted(-24, -24, 24, 24);
}

// Beyond this many pixels a side neither a PNG nor an SVG viewer copes; an
// empty size means "too large" (converting a larger double to int is
// undefined behaviour).
constexpr double kMaxPixels = 1 << 24;
QSize pixelSize(const QRectF &rect, double scale)
{
    const double w = std::ceil(rect.width() * scale);
    const double h = std::ceil(rect.height() * scale);
    if (!(w >= 0 && w <= kMaxPixels && h >= 0 && h <= kMaxPixels))
        return {};
    return QSize(int(w), int(h));
}

QString tooLarge(const QString &path, const QRectF &rect, double scale)
{
    return MapRendererTr::tr("%1: the image would be %2 x %3 pixels, too large to render; use a "
                             "smaller scale or SVG")
        .arg(path)
        .arg(std::ceil(rect.width() * scale), 0, 'g', 3)
        .arg(std::ceil(rect.height() * scale), 0, 'g', 3);
}

void render(MapScene &scene, QPainter &painter, const QRectF &target, const QRectF &source)
{
    renderScene(scene, painter, target, source);
}

} // namespace

void renderScene(MapScene &scene, QPainter &painter, const QRectF &target, const QRectF &source,
                 Qt::AspectRatioMode aspect)
{
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    scene.waitForRoutes(); // an export shows the routed links, never the interim straight lines
    scene.render(&painter, target, source, aspect);
}

void paintVeil(QPainter &painter, const QRectF &area, const QList<QRectF> &lit,
               const QColor &background)
{
    // One veil with holes: cheaper than fading thousands of items one by one.
    QPainterPath veil;
    veil.addRect(area);
    QPainterPath holes;
    for (const QRectF &r : lit)
        holes.addRoundedRect(r.adjusted(-12, -12, 12, 12), 10, 10);
    QColor colour = background;
    colour.setAlphaF(0.78);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillPath(veil.subtracted(holes.simplified()), colour);
    painter.restore();
}

QImage renderImage(MapScene &scene, const ExportOptions &options)
{
    QSet<QString> only;
    const QRectF source = sourceRect(scene, options, &only);
    const QSize size = pixelSize(source, options.scale);
    // QImage refuses more than 2^31 bytes; say so instead of crashing later.
    if (size.isEmpty() || double(size.width()) * size.height() * 4 > double(INT_MAX))
        return {};
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    image.fill(options.transparent ? QColor(Qt::transparent) : scene.theme().background);
    scene.beginExport(options.transparent, only);
    {
        QPainter painter(&image);
        render(scene, painter, QRectF(QPointF(0, 0), size), source);
    }
    scene.endExport();
    return image;
}

bool exportPng(MapScene &scene, const QString &path, const ExportOptions &options, QString *error)
{
    const QImage image = renderImage(scene, options);
    if (image.isNull()) {
        if (error) {
            QSet<QString> only;
            *error = tooLarge(path, sourceRect(scene, options, &only), options.scale);
        }
        return false;
    }
    // Encoded in memory, then written atomically: a full disk or a crash
    // leaves the previous image as it was.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image)) {
        if (error)
            *error = MapRendererTr::tr("%1: cannot write PNG: %2").arg(path, writer.errorString());
        return false;
    }
    return writeFileAtomically(path, buffer.data(), error);
}

bool exportSvg(MapScene &scene, const QString &path, const ExportOptions &options, QString *error)
{
    QSet<QString> only;
    const QRectF source = sourceRect(scene, options, &only);
    const QSize size = pixelSize(source, options.scale);
    if (!size.isValid()) {
        if (error)
            *error = tooLarge(path, source, options.scale);
        return false;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    // QSvgGenerator writes the title verbatim into XML ("Fjord & Finch" broke the file).
    generator.setTitle(scene.document()->data().info.name.toHtmlEscaped());
    generator.setDescription(MapRendererTr::tr("Organization map exported by OrgMap"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = MapRendererTr::tr("%1: cannot draw SVG").arg(path);
        return false;
    }
    scene.beginExport(options.transparent, only);
    if (!options.transparent)
        painter.fillRect(QRectF(QPointF(0, 0), size), scene.theme().background);
    render(scene, painter, QRectF(QPointF(0, 0), size), source);
    scene.endExport();
    painter.end();
    return writeFileAtomically(path, buffer.data(), error);
}

bool renderMapFile(const MapData &map, const QString &outPath, double scale, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = MapRendererTr::tr(
                "rendering needs a QGuiApplication (use QT_QPA_PLATFORM=offscreen)");
        return false;
    }
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (suffix != u"png"_qs && suffix != u"svg"_qs) {
        if (error)
            *error = MapRendererTr::tr("%1: unknown image type \"%2\" (use .png or .svg)")
                         .arg(outPath, suffix);
        return false;
    }
    Document document;
    document.reset(needsLayout(map) ? withLayout(map, LayoutScope::MissingOnly) : map);
    MapScene scene(&document);
    ExportOptions options;
    options.scale = scale;
    return suffix == u"png"_qs ? exportPng(scene, outPath, options, error)
                               : exportSvg(scene, outPath, options, error);
}

} // namespace OrgMap
