#include "document/document.h"
#include "guitestutil.h"
#include "outlinemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace OrgMap;

namespace {

// The tree as indented text, to compare an incrementally synced model with a
// fresh one.
QString dump(const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QString out;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        out += QString(depth * 2, QLatin1Char(' ')) + index.data().toString() + u"\n"_qs;
        out += dump(model, index, depth + 1);
    }
    return out;
}

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names.append(model.index(row, 0, parent).data().toString());
    return names;
}

} // namespace

class TestOutlineModel : public QObject
{
    Q_OBJECT

private slots:
    void structure();
    void incrementalEdits_data();
    void incrementalEdits();
    void geometryOnlyEmitsNoRowSignals();
};

void TestOutlineModel::structure()
{
    Document doc;
    doc.reset(TestUtil::sampleMap());
    OutlineModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(childNames(model, {}),
             (QStringList{u"Domains (2)"_qs, u"Teams (2)"_qs, u"Unplaced assets (1)"_qs}));
    const QModelIndex domains = model.index(0, 0);
    QCOMPARE(childNames(model, domains), (QStringList{u"Operations"_qs, u"Sales"_qs}));
    // A domain lists its subdomains, then its assets, each by name.
    const QModelIndex sales = model.indexForId(u"d-sales"_qs);
    QCOMPARE(childNames(model, sales), (QStringList{u"Shop"_qs, u"customers"_qs, u"orders"_qs}));
    QCOMPARE(childNames(model, model.indexForId(u"d-shop"_qs)), QStringList{u"cart"_qs});
    QCOMPARE(childNames(model, model.index(2, 0)), QStringList{u"loose"_qs});
    QCOMPARE(model.idForIndex(model.indexForId(u"t-b"_qs)), u"t-b"_qs);
    QVERIFY(!(model.flags(domains) & Qt::ItemIsSelectable));
    QVERIFY(model.flags(sales) & Qt::ItemIsSelectable);
}

using Edit = std::function<void(Document &)>;
Q_DECLARE_METATYPE(Edit)

void TestOutlineModel::incrementalEdits_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<bool>("structural");
    QTest::newRow("add asset") << Edit([](Document &d) {
        Asset a;
        a.id = AssetId(u"s-new"_qs);
        a.name = u"alpha"_qs;
        a.domain = DomainId(u"d-ops"_qs);
        d.addAsset(a);
    }) << true;
    QTest::newRow("move asset to other domain") << Edit([](Document &d) {
        d.setAssetDomain(AssetId(u"s-orders"_qs), DomainId(u"d-ops"_qs));
    }) << true;
    QTest::newRow("unplace asset")
        << Edit([](Document &d) { d.setAssetDomain(AssetId(u"s-cart"_qs), DomainId()); }) << true;
    QTest::newRow("rename reorders")
        << Edit([](Document &d) { d.rename(u"dp-customers"_qs, u"zebra"_qs); }) << true;
    QTest::newRow("subdomain to top level")
        << Edit([](Document &d) { d.setDomainParent(DomainId(u"d-shop"_qs), DomainId()); }) << true;
    QTest::newRow("domain into other domain") << Edit([](Document &d) {
        d.setDomainParent(DomainId(u"d-sales"_qs), DomainId(u"d-ops"_qs));
    }) << true;
    QTest::newRow("remove domain") << Edit([](Document &d) { d.remove({u"d-sales"_qs}); }) << true;
    QTest::newRow("remove team") << Edit([](Document &d) { d.remove({u"t-a"_qs}); }) << true;
    QTest::newRow("description only") << Edit([](Document &d) {
        Team t = d.data().teams.value(TeamId(u"t-a"_qs));
        t.description = u"new"_qs;
        d.changeTeam(t);
    }) << false;
}

void TestOutlineModel::incrementalEdits()
{
    QFETCH(Edit, edit);
    QFETCH(bool, structural);
    Document doc;
    doc.reset(TestUtil::sampleMap());
    OutlineModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString before = dump(model);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);

    edit(doc);
    OutlineModel fresh(&doc);
    QCOMPARE(dump(model), dump(fresh));
    QCOMPARE(resets.size(), 0); // row signals, so views keep expansion and selection
    QCOMPARE(inserted.size() + removed.size() + moved.size() > 0, structural);

    doc.undoStack()->undo();
    QCOMPARE(dump(model), before);
    doc.undoStack()->redo();
    QCOMPARE(dump(model), dump(fresh));
}

void TestOutlineModel::geometryOnlyEmitsNoRowSignals()
{
    Document doc;
    doc.reset(TestUtil::sampleMap());
    OutlineModel model(&doc);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QHash<QString, Geometry> moves;
    moves.insert(u"s-orders"_qs, Geometry::at({150, 150}));
    QVERIFY(doc.setGeometries(moves));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
}

QTEST_MAIN(TestOutlineModel)
#include "tst_outlinemodel.moc"
