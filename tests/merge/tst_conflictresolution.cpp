// Resolving the conflicts of a real merge one at a time: the chosen side's
// value lands in the map, the conflict leaves "x-orgmap-conflicts" (the key
// goes with the last one), and a choice that would break the map is refused.

#include "merge/conflictresolution.h"
#include "merge/merge.h"
#include "json/jsonformat.h"

#include <QJsonDocument>
#include <QTest>

using namespace OrgMap;

namespace {

const char *const kBase = R"({"format": "orgmap", "version": 1, "name": "M",
  "teams": [{"id": "t1", "name": "T1"}, {"id": "t2", "name": "T2"}, {"id": "t3", "name": "T3"}],
  "assets": [
    {"id": "a1", "kind": "service", "name": "A1", "owner": "t1"},
    {"id": "a2", "kind": "service", "name": "A2", "owner": "t1"}]})";

// {"assets/a1": {"owner": "t2"}, "teams/t3": null}: null removes the entity,
// an object sets its fields (a null field removes that field).
MapData patched(const QByteArray &patch)
{
    KeyedMap entries = keyedEntries(*readMapJson(kBase).map);
    const QJsonObject edits = QJsonDocument::fromJson(patch).object();
    for (auto it = edits.begin(); it != edits.end(); ++it) {
        EntryKey key;
        key.entity =
            it.key().startsWith(QLatin1String("teams/")) ? DiffEntity::Team : DiffEntity::Asset;
        key.id = it.key().section(QLatin1Char('/'), 1);
        if (it.value().isNull()) {
            entries.erase(key);
            continue;
        }
        const QJsonObject fields = it.value().toObject();
        for (auto f = fields.begin(); f != fields.end(); ++f) {
            if (f.value().isNull())
                entries[key].remove(f.key());
            else
                entries[key].insert(f.key(), f.value());
        }
    }
    const JsonReadResult read =
        readMapJson(QJsonDocument(toMapDocument(entries)).toJson(QJsonDocument::Compact));
    if (!read.map)
        qFatal("test side is invalid: %s", qPrintable(read.errors.first().toString()));
    return *read.map;
}

EntryKey assetKey(const QString &id)
{
    return keyOf(AssetId(id));
}

} // namespace

class TestConflictResolution : public QObject
{
    Q_OBJECT

private slots:
    void resolve_data();
    void resolve();
    void lastConflictDropsTheKey();
};

void TestConflictResolution::resolve_data()
{
    QTest::addColumn<QByteArray>("ours");
    QTest::addColumn<QByteArray>("theirs");
    QTest::addColumn<QString>("asset"); // the conflict's subject
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("side");
    // The subject's fields afterwards ("null": absent), or empty when refused.
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QString>("error"); // part of the refusal message

    const int theirs = int(ConflictSide::Theirs);
    QTest::newRow("field, theirs")
        << QByteArray(R"({"assets/a1": {"owner": "t2"}})")
        << QByteArray(R"({"assets/a1": {"owner": "t3"}})") << "a1"
        << "owner" << theirs << QByteArray(R"({"kind":"service","name":"A1","owner":"t3"})")
        << QString();
    QTest::newRow("field, base") << QByteArray(R"({"assets/a1": {"owner": "t2"}})")
                                 << QByteArray(R"({"assets/a1": {"owner": "t3"}})") << "a1"
                                 << "owner" << int(ConflictSide::Base)
                                 << QByteArray(R"({"kind":"service","name":"A1","owner":"t1"})")
                                 << QString();
    QTest::newRow("field absent on one side")
        << QByteArray(R"({"assets/a1": {"owner": "t2"}})")
        << QByteArray(R"({"assets/a1": {"owner": null}})") << "a1"
        << "owner" << theirs << QByteArray(R"({"kind":"service","name":"A1"})") << QString();
    // Ours removed a2, theirs renamed it: the merge kept ours (gone).
    QTest::newRow("* adds theirs' entity")
        << QByteArray(R"({"assets/a2": null})")
        << QByteArray(R"({"assets/a2": {"name": "Renamed"}})") << "a2"
        << "*" << theirs << QByteArray(R"({"kind":"service","name":"Renamed","owner":"t1"})")
        << QString();
    // Ours renamed a2, theirs removed it: the merge kept ours.
    QTest::newRow("* removes the entity") << QByteArray(R"({"assets/a2": {"name": "Renamed"}})")
                                          << QByteArray(R"({"assets/a2": null})") << "a2"
                                          << "*" << theirs << QByteArray("null") << QString();
    // Theirs gives a1 to t3, which ours removed: refused, nothing changes.
    QTest::newRow("theirs names a removed team")
        << QByteArray(R"({"assets/a1": {"owner": "t2"}, "teams/t3": null})")
        << QByteArray(R"({"assets/a1": {"owner": "t3"}})") << "a1"
        << "owner" << theirs << QByteArray() << QString(u"t3"_qs);
    // Theirs' whole a2 is owned by t3, which ours removed.
    QTest::newRow("theirs' entity names a removed team")
        << QByteArray(R"({"assets/a2": null, "teams/t3": null})")
        << QByteArray(R"({"assets/a2": {"owner": "t3"}})") << "a2"
        << "*" << theirs << QByteArray() << QString(u"t3"_qs);
}

void TestConflictResolution::resolve()
{
    QFETCH(QByteArray, ours);
    QFETCH(QByteArray, theirs);
    QFETCH(QString, asset);
    QFETCH(QString, field);
    QFETCH(int, side);
    QFETCH(QByteArray, expected);
    QFETCH(QString, error);

    const MapData base = *readMapJson(kBase).map;
    const MergeResult merge = mergeMaps(base, patched(ours), patched(theirs));
    QVERIFY(merge.internalErrors.isEmpty());
    const QList<MergeConflict> recorded = recordedConflicts(merge.merged);
    QCOMPARE(recorded.size(), merge.conflicts.size());
    const auto subject = std::find_if(recorded.begin(), recorded.end(), [&](const auto &c) {
        return c.key == assetKey(asset) && c.field == field;
    });
    QVERIFY2(subject != recorded.end(), "the merge records the conflict");

    const ConflictResolution result = resolveConflict(merge.merged, *subject, ConflictSide(side));
    if (!error.isEmpty()) {
        QVERIFY(!result.map);
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
        return;
    }
    QVERIFY2(result.map, qPrintable(result.error));
    const KeyedMap after = keyedEntries(*result.map);
    const auto it = after.find(assetKey(asset));
    if (expected == "null") {
        QVERIFY(it == after.end());
    } else {
        QVERIFY(it != after.end());
        QCOMPARE(QJsonDocument(it->second).toJson(QJsonDocument::Compact), expected);
    }
    const QList<MergeConflict> remaining = recordedConflicts(*result.map);
    QCOMPARE(remaining.size(), recorded.size() - 1);
    for (const MergeConflict &c : remaining)
        QVERIFY(!(c.key == subject->key && c.field == subject->field));
}

void TestConflictResolution::lastConflictDropsTheKey()
{
    // Two conflicts: a1's owner and a2's name.
    const MapData base = *readMapJson(kBase).map;
    const MergeResult merge =
        mergeMaps(base, patched(R"({"assets/a1": {"owner": "t2"}, "assets/a2": {"name": "X"}})"),
                  patched(R"({"assets/a1": {"owner": "t3"}, "assets/a2": {"name": "Y"}})"));
    QCOMPARE(merge.conflicts.size(), 2);
    MapData map = merge.merged;
    for (int round = 0; round < 2; ++round) {
        QVERIFY(map.info.extensions.contains(kConflictsKey));
        const ConflictResolution r =
            resolveConflict(map, recordedConflicts(map).first(), ConflictSide::Ours);
        QVERIFY2(r.map, qPrintable(r.error));
        map = *r.map;
    }
    QVERIFY(!map.info.extensions.contains(kConflictsKey));
    QVERIFY(!writeMapJson(map).contains("x-orgmap-conflicts"));
    QCOMPARE(map.assets.value(AssetId(u"a2"_qs)).name, u"X"_qs);
    // Resolving what is no longer recorded is refused.
    const ConflictResolution again =
        resolveConflict(map, merge.conflicts.first(), ConflictSide::Ours);
    QVERIFY(!again.map);
    QVERIFY(!again.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestConflictResolution)
#include "tst_conflictresolution.moc"
