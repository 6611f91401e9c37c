// Views (docs/views.md): the x-orgmap-views extension, its edits, and its
// round trip through JSON and .orgmap.
#include "core/savedviews.h"
#include "document/document.h"
#include "document/viewedits.h"
#include "storage/mapfile.h"
#include "json/jsonformat.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace OrgMap;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

MapData example()
{
    const JsonReadResult r =
        readMapJson(readAll(QStringLiteral(ORGMAP_EXAMPLES "/acme.orgmap.json")));
    if (!r.map)
        qFatal("the example does not read");
    return *r.map;
}

SavedViews sampleViews()
{
    SavedView overview;
    overview.name = QStringLiteral("Overview");
    overview.camera = QRectF(-10.5, 20.25, 1280, 720);
    SavedView checkout;
    checkout.name = QStringLiteral("Checkout, step by step");
    checkout.camera = QRectF(100, 200, 640.5, 360);
    checkout.highlight = QStringLiteral("coupling");
    checkout.spotlight = QStringLiteral("d-checkout");
    checkout.reveal = {{QStringLiteral("d-checkout")},
                       {QStringLiteral("d-payments"), QStringLiteral("d-catalog")}};
    checkout.extensions.insert(QStringLiteral("x-note"), QStringLiteral("kept"));
    return {overview, checkout};
}

// The map with `views` (a JSON text) as its x-orgmap-views, as a file's bytes.
QByteArray withViewsText(const QByteArray &viewsJson)
{
    QByteArray bytes = readAll(QStringLiteral(ORGMAP_EXAMPLES "/acme.orgmap.json"));
    const qsizetype brace = bytes.lastIndexOf('}');
    bytes.insert(brace, ",\n  \"x-orgmap-views\": " + viewsJson + "\n");
    return bytes;
}

} // namespace

class TestViews : public QObject
{
    Q_OBJECT

private slots:
    // A map without views reads and writes as the v1 file it is.
    void withoutViewsByteForByte_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("example") << QStringLiteral(ORGMAP_EXAMPLES "/acme.orgmap.json");
        QTest::newRow("target") << QStringLiteral(ORGMAP_EXAMPLES "/acme-target.orgmap.json");
        const QDir golden(QStringLiteral(ORGMAP_TEST_DATA "/json/golden"));
        for (const QString &name : golden.entryList({QStringLiteral("*.json")}))
            QTest::newRow(qPrintable(name)) << golden.filePath(name);
    }
    void withoutViewsByteForByte()
    {
        QFETCH(QString, path);
        const QByteArray bytes = readAll(path);
        const JsonReadResult r = readMapJson(bytes);
        QVERIFY(r.map);
        QVERIFY(Views::read(r.map->info).isEmpty());
        QCOMPARE(writeMapJson(*r.map), bytes);
        QVERIFY(!bytes.contains("x-orgmap-views"));

        // Through .orgmap and back: the same bytes again.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("m.orgmap"));
        QString error;
        QVERIFY2(saveMapFile(*r.map, file, &error), qPrintable(error));
        const MapFileResult loaded = loadMapFile(file);
        QVERIFY2(loaded.map, qPrintable(loaded.errors.join(u'\n')));
        QCOMPARE(writeMapJson(*loaded.map), bytes);
    }

    void roundTripJson()
    {
        MapData map = example();
        Views::write(map.info, sampleViews());
        const QByteArray bytes = writeMapJson(map);
        QVERIFY(bytes.contains("\"x-orgmap-views\""));
        const JsonReadResult r = readMapJson(bytes);
        QVERIFY2(r.map, r.errors.isEmpty() ? "" : qPrintable(r.errors.first().toString()));
        QCOMPARE(Views::read(r.map->info), sampleViews());
        QCOMPARE(writeMapJson(*r.map), bytes); // canonical: written again, the same bytes
    }

    void roundTripOrgmap()
    {
        MapData map = example();
        Views::write(map.info, sampleViews());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("m.orgmap"));
        QString error;
        QVERIFY2(saveMapFile(map, file, &error), qPrintable(error));
        const MapFileResult loaded = loadMapFile(file);
        QVERIFY2(loaded.map, qPrintable(loaded.errors.join(u'\n')));
        QCOMPARE(Views::read(loaded.map->info), sampleViews());
        QCOMPARE(writeMapJson(*loaded.map), writeMapJson(map));
    }

    void malformedRefused_data()
    {
        QTest::addColumn<QByteArray>("views");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("message");
        const QByteArray cam = R"("camera": {"x": 0, "y": 0, "w": 100, "h": 50})";
        QTest::newRow("not an array") << QByteArray(R"({"name": "A"})") << "/x-orgmap-views"
                                      << "must be an array of views, not an object";
        QTest::newRow("not an object") << QByteArray("[3]") << "/x-orgmap-views/0"
                                       << "must be a view object, not a number";
        QTest::newRow("no name") << "[{" + cam + "}]"
                                 << "/x-orgmap-views/0/name"
                                 << "missing";
        QTest::newRow("empty name") << R"([{"name": "", )" + cam + "}]"
                                    << "/x-orgmap-views/0/name"
                                    << "1 to 200 characters";
        QTest::newRow("duplicate name")
            << R"([{"name": "Intro", )" + cam + R"(}, {"name": "intro", )" + cam + "}]"
            << "/x-orgmap-views/1/name"
            << "another view is called \"intro\"";
        QTest::newRow("no camera") << QByteArray(R"([{"name": "A"}])") << "/x-orgmap-views/0/camera"
                                   << "missing";
        QTest::newRow("camera w zero")
            << QByteArray(R"([{"name": "A", "camera": {"x": 0, "y": 0, "w": 0, "h": 5}}])")
            << "/x-orgmap-views/0/camera/w"
            << "greater than 0";
        QTest::newRow("camera y string")
            << QByteArray(R"([{"name": "A", "camera": {"x": 0, "y": "1", "w": 3, "h": 5}}])")
            << "/x-orgmap-views/0/camera/y"
            << "must be a number, not a string";
        QTest::newRow("camera missing h")
            << QByteArray(R"([{"name": "A", "camera": {"x": 0, "y": 0, "w": 3}}])")
            << "/x-orgmap-views/0/camera/h"
            << "missing";
        QTest::newRow("unknown key") << R"([{"name": "A", "zoom": 2, )" + cam + "}]"
                                     << "/x-orgmap-views/0/zoom"
                                     << "unknown key \"zoom\"";
        QTest::newRow("bad highlight") << R"([{"name": "A", "highlight": "heat", )" + cam + "}]"
                                       << "/x-orgmap-views/0/highlight"
                                       << "unknown highlight \"heat\"";
        QTest::newRow("bad spotlight id") << R"([{"name": "A", "spotlight": "a b", )" + cam + "}]"
                                          << "/x-orgmap-views/0/spotlight"
                                          << "not a valid id";
        QTest::newRow("reveal not steps") << R"([{"name": "A", "reveal": ["d-a"], )" + cam + "}]"
                                          << "/x-orgmap-views/0/reveal/0"
                                          << "must be an array of domain ids, not a string";
        QTest::newRow("empty step") << R"([{"name": "A", "reveal": [["d-a"], []], )" + cam + "}]"
                                    << "/x-orgmap-views/0/reveal/1"
                                    << "at least one domain";
        QTest::newRow("step id number") << R"([{"name": "A", "reveal": [["d-a", 7]], )" + cam + "}]"
                                        << "/x-orgmap-views/0/reveal/0/1"
                                        << "must be an id string, not a number";
    }
    void malformedRefused()
    {
        QFETCH(QByteArray, views);
        QFETCH(QString, pointer);
        QFETCH(QString, message);
        const JsonReadResult r = readMapJson(withViewsText(views));
        QVERIFY(!r.map);
        QVERIFY(!r.errors.isEmpty());
        QCOMPARE(r.errors.first().pointer, pointer);
        QVERIFY2(r.errors.first().message.contains(message), qPrintable(r.errors.first().message));

        // The .orgmap reader refuses the same views, naming the same place.
        MapData map = example();
        map.info.extensions.insert(
            Views::kKey,
            QJsonDocument::fromJson("{\"v\": " + views + "}").object().value(QStringLiteral("v")));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("m.orgmap"));
        QString error;
        QVERIFY2(saveMapFile(map, file, &error), qPrintable(error));
        const MapFileResult loaded = loadMapFile(file);
        QVERIFY(!loaded.map);
        QVERIFY2(loaded.errors.join(u'\n').contains(pointer.mid(1) + u": "_qs),
                 qPrintable(loaded.errors.join(u'\n')));
    }

    // A view may name an entity the map no longer has: it is kept, not refused.
    void danglingIdsKept()
    {
        const JsonReadResult r = readMapJson(withViewsText(
            R"([{"name": "Gone", "spotlight": "d-gone", "reveal": [["d-gone"]], "camera": {"x": 0, "y": 0, "w": 1, "h": 1}}])"));
        QVERIFY(r.map);
        QCOMPARE(Views::read(r.map->info).constFirst().spotlight, QStringLiteral("d-gone"));
    }

    void revealSteps()
    {
        const SavedView v = sampleViews().at(1);
        QCOMPARE(v.stepCount(), 2);
        QCOMPARE(v.revealedAt(0), QStringList{QStringLiteral("d-checkout")});
        QCOMPARE(v.revealedAt(1).size(), 3);
        QCOMPARE(sampleViews().at(0).stepCount(), 1);
        QVERIFY(sampleViews().at(0).revealedAt(0).isEmpty());
    }

    // Every edit is one undoable step; a refused one changes nothing.
    void editsUndoable()
    {
        Document document;
        document.reset(example());
        const QByteArray original = writeMapJson(document.data());
        SavedView v = sampleViews().at(0);
        QCOMPARE(ViewEdits::add(document, v), 0);
        QCOMPARE(ViewEdits::add(document, v), 1);
        QCOMPARE(ViewEdits::views(document).at(1).name, QStringLiteral("Overview 2"));
        QVERIFY(!ViewEdits::rename(document, 1, QStringLiteral("overview"))); // taken
        QVERIFY(!ViewEdits::rename(document, 1, QStringLiteral("  ")));
        QVERIFY(ViewEdits::rename(document, 1, QStringLiteral("Payments")));
        QVERIFY(ViewEdits::move(document, 1, 0));
        QCOMPARE(Views::names(ViewEdits::views(document)),
                 (QStringList{QStringLiteral("Payments"), QStringLiteral("Overview")}));
        SavedView moved = v;
        moved.camera = QRectF(1, 2, 3, 4);
        moved.highlight = QStringLiteral("orphans");
        QVERIFY(ViewEdits::update(document, 1, moved));
        QCOMPARE(ViewEdits::views(document).at(1).camera, QRectF(1, 2, 3, 4));
        QCOMPARE(ViewEdits::views(document).at(1).name, QStringLiteral("Overview"));
        QVERIFY(ViewEdits::remove(document, 0));
        QVERIFY(!ViewEdits::remove(document, 5));
        QCOMPARE(ViewEdits::views(document).size(), 1);
        QVERIFY(ViewEdits::remove(document, 0));
        // No views left: the map is again exactly the v1 file.
        QCOMPARE(writeMapJson(document.data()), original);
        QCOMPARE(document.undoStack()->count(), 7);
        document.undoStack()->undo();
        QCOMPARE(ViewEdits::views(document).size(), 1);
        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QCOMPARE(writeMapJson(document.data()), original);
    }
};

QTEST_GUILESS_MAIN(TestViews)
#include "tst_views.moc"
