#include "viewspdf.h"

#include "analysis/insight.h"
#include "core/atomicfile.h"
#include "core/spotlightset.h"
#include "document/document.h"
#include "layout/autolayout.h"
#include "maprenderer.h"
#include "mapscene.h"
#include "theme.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

namespace OrgMap {

namespace {

class ViewsPdfTr
{
    Q_DECLARE_TR_FUNCTIONS(OrgMap::ViewsPdf)
};

// Views::highlightNames() lists the spellings in the enum's order.
HighlightMode modeOf(const QString &highlight)
{
    const qsizetype i = Views::highlightNames().indexOf(highlight);
    return i < 0 ? HighlightMode::None : HighlightMode(i);
}

QRectF titleBand(const QRectF &page, QPainter &painter, const QString &title)
{
    QFont font = painter.font();
    font.setPointSizeF(18);
    font.setBold(true);
    painter.setFont(font);
    const double height = painter.fontMetrics().height() * 1.6;
    const QRectF band(page.left(), page.top(), page.width(), height);
    painter.setPen(Qt::black);
    painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, title);
    return band;
}

// A page of the map: `source` (scene coordinates) fitted into what is left
// below the title, everything but `lit` veiled when `lit` is not empty.
void drawMapPage(MapScene &scene, QPainter &painter, const QRectF &page, const QString &title,
                 const QRectF &source, const QStringList &lit)
{
    const QRectF band = titleBand(page, painter, title);
    const QRectF area(page.left(), band.bottom(), page.width(), page.bottom() - band.bottom());
    const double scale = std::min(area.width() / source.width(), area.height() / source.height());
    const QSizeF size = source.size() * scale;
    const QRectF target(area.center() - QPointF(size.width() / 2, size.height() / 2), size);
    painter.save();
    painter.setClipRect(target);
    painter.fillRect(target, scene.theme().background);
    renderScene(scene, painter, target, source, Qt::KeepAspectRatio);
    QList<QRectF> holes;
    for (const QString &id : lit) {
        const QRectF r = scene.rectForId(id);
        if (!r.isNull())
            holes.append(QRectF(target.topLeft() + (r.topLeft() - source.topLeft()) * scale,
                                r.size() * scale));
    }
    if (!holes.isEmpty())
        paintVeil(painter, target, holes, scene.theme().background);
    painter.restore();
}

void drawFindingsPage(const MapData &map, QPainter &painter, const QRectF &page,
                      const QList<Finding> &findings)
{
    const QRectF band = titleBand(page, painter, ViewsPdfTr::tr("Findings"));
    int counts[3] = {0, 0, 0};
    for (const Finding &f : findings)
        ++counts[int(f.severity)];
    QFont font = painter.font();
    font.setBold(false);
    font.setPointSizeF(11);
    painter.setFont(font);
    const double line = painter.fontMetrics().height() * 1.25;
    double y = band.bottom() + line;
    painter.drawText(QPointF(page.left(), y), ViewsPdfTr::tr("%1: %2 errors, %3 warnings, %4 infos")
                                                  .arg(map.info.name)
                                                  .arg(counts[0])
                                                  .arg(counts[1])
                                                  .arg(counts[2]));
    y += line * 1.5;
    // One page: the findings that fit, then how many more there are.
    font.setPointSizeF(9);
    painter.setFont(font);
    const double small = painter.fontMetrics().height() * 1.2;
    const int fit = int((page.bottom() - y) / small) - 1;
    for (int i = 0; i < findings.size(); ++i) {
        if (i >= fit && findings.size() > fit + 1) {
            painter.drawText(QPointF(page.left(), y),
                             ViewsPdfTr::tr("… and %n more", nullptr, int(findings.size()) - i));
            break;
        }
        const Finding &f = findings.at(i);
        const QString text = QStringLiteral("%1  %2  %3: %4")
                                 .arg(toString(f.severity), toString(f.rule), f.subject, f.message);
        painter.drawText(QRectF(page.left(), y - small * 0.8, page.width(), small),
                         Qt::AlignLeft | Qt::TextSingleLine,
                         painter.fontMetrics().elidedText(text, Qt::ElideRight, int(page.width())));
        y += small;
    }
}

} // namespace

bool exportViewsPdf(MapScene &scene, const SavedViews &views, const QList<Finding> &findings,
                    const QString &path, QString *error)
{
    const MapData &map = scene.document()->data();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(map.info.name);
        writer.setCreator(QStringLiteral("OrgMap"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        writer.setResolution(144);
        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = ViewsPdfTr::tr("%1: cannot draw PDF").arg(path);
            return false;
        }
        const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        const HighlightMode mode = scene.highlightMode();
        scene.beginExport(false, {});
        bool first = true;
        auto nextPage = [&] {
            if (!first)
                writer.newPage();
            first = false;
        };
        if (views.isEmpty()) {
            nextPage();
            drawMapPage(scene, painter, page, map.info.name, scene.mapBoundingRect(), {});
        }
        for (const SavedView &view : views) {
            nextPage();
            scene.setHighlightMode(modeOf(view.highlight));
            QStringList lit =
                view.spotlight.isEmpty() ? QStringList() : spotlightSet(map, view.spotlight);
            lit += view.revealedAt(view.stepCount() - 1); // on paper: every step revealed
            drawMapPage(scene, painter, page, view.name, view.camera, lit);
        }
        scene.setHighlightMode(mode);
        scene.endExport();
        nextPage();
        drawFindingsPage(map, painter, page, findings);
        painter.end();
    }
    return writeFileAtomically(path, buffer.data(), error);
}

bool renderViewsPdfFile(const MapData &map, const QString &path, bool viewsOnly, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error =
                ViewsPdfTr::tr("rendering needs a QGuiApplication (use QT_QPA_PLATFORM=offscreen)");
        return false;
    }
    const SavedViews views = Views::read(map.info);
    if (viewsOnly && views.isEmpty()) {
        if (error)
            *error = ViewsPdfTr::tr("the map has no views (docs/views.md); leave out --views to "
                                    "draw the whole map");
        return false;
    }
    Document document;
    document.reset(needsLayout(map) ? withLayout(map, LayoutScope::MissingOnly) : map);
    MapScene scene(&document);
    const InsightPtr insight = computeInsight(document.data(), AnalysisOptions{}, 1);
    scene.setInsight(insight);
    return exportViewsPdf(scene, views, insight->analysis.findings, path, error);
}

} // namespace OrgMap
