#include "document/document.h"
#include "layout/autolayout.h"
#include "mapitems.h"
#include "mapscene.h"
#include "mapview.h"
#include "samplemaps.h"
#include "theme.h"

#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace OrgMap;

namespace {

// A small laid-out map: two domains (one nested), teams, assets, links.
MapData sampleMap()
{
    return withLayout(Samples::generated(60, 1), LayoutScope::All);
}

int countItems(QGraphicsScene &scene, int type)
{
    int n = 0;
    for (QGraphicsItem *item : scene.items())
        n += item->type() == type;
    return n;
}

} // namespace

class TestMapScene : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_document = std::make_unique<Document>();
        m_document->reset(sampleMap());
        m_scene = std::make_unique<MapScene>(m_document.get());
        m_scene->setInteractiveMenus(false);
    }
    void cleanup()
    {
        m_scene.reset();
        m_document.reset();
    }

    void oneItemPerEntity()
    {
        const MapData &data = m_document->data();
        QCOMPARE(countItems(*m_scene, NodeItem::Type), data.teams.size() + data.assets.size());
        QCOMPARE(countItems(*m_scene, DomainItem::Type), data.domains.size());
        for (const Asset &a : data.assets) {
            QGraphicsItem *item = m_scene->itemForId(a.id.str());
            QVERIFY(item);
            QCOMPARE(item->pos(), a.geometry->pos());
        }
        for (const Domain &d : data.domains)
            QCOMPARE(m_scene->rectForId(d.id.str()), d.geometry->rect());
    }

    // An empty domain whose name does not fit its band writes it over its
    // empty body; the hidden nodes of a kept scenario lying there do not make
    // it look full (they are top-level items of the same scene).
    void emptyDomainTitleIgnoresKeptScenariosNodes()
    {
        const QRectF box(-6000, -6000, 150, 220);
        MapData asIs = sampleMap();
        Domain empty;
        empty.id = DomainId(u"d-empty"_qs);
        empty.name = u"Interoperabilityreporting"_qs;
        empty.geometry = Geometry{box.x(), box.y(), box.width(), box.height(), {}};
        asIs.domains.insert(empty.id, empty);
        // Unrelated to the as-is map (so that map is kept, hidden, on the
        // switch), with an asset where the empty domain is.
        MapData other = withLayout(Samples::generated(60, 2), LayoutScope::All);
        Asset &inside = other.assets.first();
        inside.geometry = Geometry::at(box.center() + QPointF(0, 40));
        m_document->reset({{u"As-is"_qs, asIs}, {u"Other"_qs, other}});
        m_scene->setTheme(Theme::projectorTheme(false));
        auto titleWrapped = [&] {
            QImage image(300, 300, QImage::Format_ARGB32_Premultiplied);
            QPainter painter(&image);
            m_scene->render(&painter, QRectF(image.rect()), box.adjusted(-20, -20, 20, 20));
            painter.end();
            auto *item = static_cast<DomainItem *>(m_scene->itemForId(u"d-empty"_qs));
            return item && item->shownTitleWrapped();
        };
        QVERIFY(titleWrapped());
        m_document->setCurrentScenario(1);
        QVERIFY(m_scene->itemForId(inside.id.str())->isVisible());
        QGraphicsItem *kept = m_scene->itemForId(inside.id.str());
        m_document->setCurrentScenario(0);
        QVERIFY(!kept->isVisible() && kept->scene() == m_scene.get() &&
                kept->sceneBoundingRect().intersects(box));
        QVERIFY(titleWrapped());
    }

    void resyncsOnEditsAndUndo()
    {
        const AssetId id(u"a-3"_qs);
        QVERIFY(m_document->rename(id.str(), u"Renamed"_qs));
        auto *item = static_cast<NodeItem *>(m_scene->itemForId(id.str()));
        QCOMPARE(item->name(), u"Renamed"_qs);
        m_document->remove({id.str()});
        QVERIFY(!m_scene->itemForId(id.str()));
        m_document->undoStack()->undo();
        QVERIFY(m_scene->itemForId(id.str()));
        m_document->undoStack()->undo();
        QCOMPARE(static_cast<NodeItem *>(m_scene->itemForId(id.str()))->name(),
                 m_document->data().assets.value(id).name);
    }

    void createAt_data()
    {
        QTest::addColumn<PaletteKind>("kind");
        for (PaletteKind kind : allPaletteKinds())
            QTest::newRow(qPrintable(paletteKindName(kind))) << kind;
    }
    void createAt()
    {
        QFETCH(PaletteKind, kind);
        const qsizetype before = m_document->undoStack()->count();
        const QPointF where = m_scene->mapBoundingRect().bottomRight() + QPointF(300, 300);
        const QString id = m_scene->createAt(kind, where);
        QVERIFY(!id.isEmpty());
        QVERIFY(m_document->data().containsId(id));
        QVERIFY(m_scene->itemForId(id));
        QCOMPARE(m_scene->selectedIds(), QStringList{id});
        QCOMPARE(m_document->undoStack()->count(), before + 1);
        m_document->undoStack()->undo();
        QVERIFY(!m_document->data().containsId(id));
        QVERIFY(!m_scene->itemForId(id));
    }

    void createAssetInDomainUnderPoint()
    {
        const Domain &d = m_document->data().domains.first();
        const QPointF inside = d.geometry->rect().bottomRight() - QPointF(5, 5);
        const QString id = m_scene->createAt(PaletteKind::Service, inside);
        QCOMPARE(m_document->data().assets.value(AssetId(id)).domain, m_scene->domainAt(inside));
        QVERIFY(!m_scene->domainAt(inside).isNull());
    }

    void moveIntoDomainIsOneUndoStep()
    {
        // An unplaced asset (every 50th of the sample) moved into a domain.
        const AssetId id(u"a-49"_qs);
        const Asset before = m_document->data().assets.value(id);
        QVERIFY(before.domain.isNull());
        const DomainId target(u"d-1"_qs);
        const QRectF rect = m_document->data().domains.value(target).geometry->rect();
        const QPointF spot(rect.right() - 10, rect.bottom() - 10); // padding: no asset there
        const qsizetype steps = m_document->undoStack()->count();
        m_scene->moveItems({id.str()}, spot - before.geometry->pos());

        const Asset after = m_document->data().assets.value(id);
        QCOMPARE(after.domain, m_scene->domainAt(spot));
        QVERIFY(!after.domain.isNull());
        QCOMPARE(after.geometry->pos(), spot);
        QCOMPARE(m_document->undoStack()->count(), steps + 1);

        m_document->undoStack()->undo();
        const Asset undone = m_document->data().assets.value(id);
        QCOMPARE(undone.domain, before.domain);
        QCOMPARE(undone.geometry->pos(), before.geometry->pos());
        QCOMPARE(m_scene->itemForId(id.str())->pos(), before.geometry->pos());
    }

    void moveOutOfEveryDomain()
    {
        const AssetId id(u"a-0"_qs);
        const Asset before = m_document->data().assets.value(id);
        QVERIFY(!before.domain.isNull());
        const QPointF outside = m_scene->mapBoundingRect().bottomRight() + QPointF(500, 500);
        m_scene->moveItems({id.str()}, outside - before.geometry->pos());
        QVERIFY(m_document->data().assets.value(id).domain.isNull());
    }

    void movingDomainCarriesContents()
    {
        const DomainId id(u"d-0"_qs);
        const MapData before = m_document->data();
        const qsizetype steps = m_document->undoStack()->count();
        const QPointF delta(100, 50);
        m_scene->moveItems({id.str()}, delta);
        const MapData &after = m_document->data();
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(after.domains.value(id).geometry->pos(),
                 before.domains.value(id).geometry->pos() + delta);
        int carried = 0;
        for (const Asset &a : before.assets) {
            if (a.domain != id && before.domains.value(a.domain).parent != id)
                continue;
            ++carried;
            QCOMPARE(after.assets.value(a.id).geometry->pos(), a.geometry->pos() + delta);
            QCOMPARE(after.assets.value(a.id).domain, a.domain); // carried, not re-homed
        }
        QVERIFY(carried > 0);
    }

    void dropOnTeamAssignsOwner()
    {
        const AssetId id(u"a-6"_qs); // every 7th asset is unowned
        const Asset before = m_document->data().assets.value(id);
        QVERIFY(before.owner.isNull());
        const Team team = m_document->data().teams.first();
        m_scene->moveItems({id.str()}, team.geometry->pos() - before.geometry->pos());
        const Asset after = m_document->data().assets.value(id);
        QCOMPARE(after.owner, team.id);
        QCOMPARE(after.geometry->pos(), before.geometry->pos()); // went back to its place
        QCOMPARE(m_scene->itemForId(id.str())->pos(), before.geometry->pos());
        m_document->undoStack()->undo();
        QVERIFY(m_document->data().assets.value(id).owner.isNull());
    }

    void connectWithKind()
    {
        const AssetId a(u"a-1"_qs), b(u"a-2"_qs);
        QVERIFY(m_scene->connectAssets(a, b, LinkKind::Event));
        QVERIFY(m_document->data().links.contains(LinkKey{a, b, LinkKind::Event}));
        QVERIFY(!m_scene->connectAssets(a, a, LinkKind::Api)); // refused by the document
        const TeamId t1(u"t-0"_qs), t2(u"t-3"_qs);
        QVERIFY(m_scene->connectTeams(t1, t2, InteractionMode::Facilitating));
        QVERIFY(m_document->data().interactions.contains(
            InteractionKey{t1, t2, InteractionMode::Facilitating}));
    }

    void selectionSurvivesReset()
    {
        m_scene->selectIds({u"a-1"_qs, u"d-0"_qs});
        QCOMPARE(m_scene->selectedIds(), (QStringList{u"a-1"_qs, u"d-0"_qs}));
        m_document->reset(m_document->data());
        QCOMPARE(m_scene->selectedIds(), (QStringList{u"a-1"_qs, u"d-0"_qs}));
    }

    void mouseDragMovesOneStep()
    {
        MapView view(m_scene.get());
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.resetZoom();
        const AssetId id(u"a-0"_qs);
        const QPointF start = m_document->data().assets.value(id).geometry->pos();
        view.centerOn(start);
        const QPoint press =
            view.mapFromScene(start + QPointF(-30, 0)); // on the body, not the handle
        const qsizetype steps = m_document->undoStack()->count();
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, press);
        for (int i = 1; i <= 5; ++i)
            QTest::mouseMove(view.viewport(), press + QPoint(8 * i, 4 * i));
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, press + QPoint(40, 20));
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(m_document->data().assets.value(id).geometry->pos(), start + QPointF(40, 20));
        QCOMPARE(m_scene->selectedIds(), QStringList{id.str()});
    }

    void renameEditorCommitsAndCancels()
    {
        MapView view(m_scene.get());
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.editName(u"a-1"_qs);
        auto *editor = view.viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->setText(u"Checkout API"_qs);
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(m_document->data().assets.value(AssetId(u"a-1"_qs)).name, u"Checkout API"_qs);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the old editor
        view.editName(u"a-1"_qs);
        editor = view.viewport()->findChild<QLineEdit *>();
        QVERIFY(editor && editor->isVisible());
        editor->setText(u"Nope"_qs);
        QTest::keyClick(editor, Qt::Key_Escape);
        QCOMPARE(m_document->data().assets.value(AssetId(u"a-1"_qs)).name, u"Checkout API"_qs);
    }

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<MapScene> m_scene;
};

QTEST_MAIN(TestMapScene)
#include "tst_mapscene.moc"
