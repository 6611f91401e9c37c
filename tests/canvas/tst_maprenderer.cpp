#include "document/document.h"
#include "layout/autolayout.h"
#include "maprenderer.h"
#include "mapscene.h"
#include "samplemaps.h"
#include "json/jsonformat.h"

#include <QFile>
#include <QImageReader>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace OrgMap;

class TestMapRenderer : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_document = std::make_unique<Document>();
        m_document->reset(withLayout(Samples::generated(40, 1), LayoutScope::All));
        m_scene = std::make_unique<MapScene>(m_document.get());
    }
    void cleanup()
    {
        m_scene.reset();
        m_document.reset();
    }

    void pngSizeFollowsScale_data()
    {
        QTest::addColumn<double>("scale");
        QTest::newRow("1x") << 1.0;
        QTest::newRow("2x") << 2.0;
        QTest::newRow("4x") << 4.0;
    }
    void pngSizeFollowsScale()
    {
        QFETCH(double, scale);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"map.png"_qs);
        ExportOptions options;
        options.scale = scale;
        QString error;
        QVERIFY2(exportPng(*m_scene, path, options, &error), qPrintable(error));
        const QRectF rect = m_scene->mapBoundingRect();
        QImageReader reader(path);
        QCOMPARE(reader.size(), QSize(int(std::ceil(rect.width() * scale)),
                                      int(std::ceil(rect.height() * scale))));
    }

    void transparentBackground()
    {
        ExportOptions options;
        QImage opaque = renderImage(*m_scene, options);
        QCOMPARE(qAlpha(opaque.pixel(0, 0)), 255);
        options.transparent = true;
        const QImage image = renderImage(*m_scene, options);
        QVERIFY(image.hasAlphaChannel());
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(image.pixel(image.width() - 1, image.height() - 1)), 0);
        // ... and the map itself is there: the centre of an asset is opaque.
        const QRectF map = m_scene->mapBoundingRect();
        const QPointF asset = m_scene->rectForId(u"a-0"_qs).center() - map.topLeft();
        QCOMPARE(qAlpha(image.pixel(asset.toPoint())), 255);
    }

    void selectionOnly()
    {
        m_scene->selectIds({u"a-0"_qs});
        ExportOptions options;
        options.selectionOnly = true;
        const QImage image = renderImage(*m_scene, options);
        const QRectF rect = m_scene->rectForId(u"a-0"_qs).adjusted(-24, -24, 24, 24);
        QCOMPARE(image.size(), QSize(int(std::ceil(rect.width())), int(std::ceil(rect.height()))));
        // The export shows no selection outline and leaves the selection as it was.
        QCOMPARE(m_scene->selectedIds(), QStringList{u"a-0"_qs});
    }

    void svgIsWrittenAndParses()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"map.svg"_qs);
        QString error;
        QVERIFY2(exportSvg(*m_scene, path, {}, &error), qPrintable(error));
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        const QRectF rect = m_scene->mapBoundingRect();
        QCOMPARE(renderer.viewBox().size(),
                 QSize(int(std::ceil(rect.width())), int(std::ceil(rect.height()))));
    }

    void renderMapFileLaysOutAndRenders()
    {
        QFile file(QStringLiteral(ORGMAP_EXAMPLES) + u"/acme.orgmap.json"_qs);
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("no example map");
        const JsonReadResult result = readMapJson(file.readAll());
        QVERIFY(result.map);
        QTemporaryDir dir;
        // ORGMAP_RENDER_OUT keeps the picture for a look (docs/canvas.md).
        const QString out = qEnvironmentVariableIsSet("ORGMAP_RENDER_OUT")
                                ? qEnvironmentVariable("ORGMAP_RENDER_OUT")
                                : dir.filePath(u"acme.png"_qs);
        QString error;
        QVERIFY2(renderMapFile(*result.map, out, 1.0, &error), qPrintable(error));
        QVERIFY(!QImage(out).isNull());
        QVERIFY2(renderMapFile(*result.map, dir.filePath(u"acme.svg"_qs), 1.0, &error),
                 qPrintable(error));
        QVERIFY(QSvgRenderer(dir.filePath(u"acme.svg"_qs)).isValid());
    }

    void renderMapFileRejectsUnknownType()
    {
        QString error;
        QVERIFY(!renderMapFile(m_document->data(), u"/tmp/map.bmpx"_qs, 1.0, &error));
        QVERIFY2(error.contains(u"/tmp/map.bmpx"_qs) && error.contains(u".png"_qs),
                 qPrintable(error));
    }

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<MapScene> m_scene;
};

QTEST_MAIN(TestMapRenderer)
#include "tst_maprenderer.moc"
