// The event-built YamlTree must read every document as YAML::Load does: the
// same scalars, nulls, aliases, first-match keys, lines and error positions.
// Each case reads the same fields both ways and compares what an importer
// would see.
#include "import/yamldocuments.h"
#include "import/yamltree.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace OrgMap;

namespace {

// What an importer sees of a document, spelled the same way for both readers.
template <typename NodeT> QStringList describe(const NodeT &doc, int firstLine)
{
    QStringList out;
    out << QStringLiteral("root map=%1 null=%2 defined=%3 line=%4")
               .arg(doc.IsMap())
               .arg(doc.IsNull())
               .arg(doc.IsDefined())
               .arg(yamlLine(doc, firstLine));
    for (const char *key : {"apiVersion", "kind"})
        out << QString::fromLatin1(key) + QLatin1Char('=') + yamlString(doc, key);
    for (const char *section : {"metadata", "spec"}) {
        const NodeT node = yamlChild(doc, section);
        out << QStringLiteral("%1 map=%2 line=%3")
                   .arg(QLatin1String(section))
                   .arg(node.IsMap())
                   .arg(yamlLine(node, firstLine));
        for (const char *key :
             {"name", "namespace", "title", "type", "owner", "system", "domain", "lifecycle"}) {
            const NodeT value = yamlChild(node, key);
            out << QStringLiteral("%1.%2=%3 scalar=%4 null=%5 line=%6")
                       .arg(QLatin1String(section), QLatin1String(key), yamlString(value))
                       .arg(value.IsScalar())
                       .arg(value.IsNull())
                       .arg(yamlLine(value, firstLine));
        }
        for (const char *key : {"tags", "dependsOn", "providesApis", "consumesApis", "targets"})
            out << QStringLiteral("%1.%2=[%3]")
                       .arg(QLatin1String(section), QLatin1String(key),
                            yamlStrings(node, key).join(QLatin1Char('|')));
    }
    return out;
}

QStringList viaLoad(const YamlChunk &chunk)
{
    YamlError error;
    const auto doc = parseYamlDocument(chunk, &error);
    if (!doc)
        return {
            QStringLiteral("error %1:%2 %3").arg(error.line).arg(error.column).arg(error.message)};
    return describe(*doc, chunk.firstLine);
}

QStringList viaTree(const YamlChunk &chunk)
{
    YamlError error;
    const auto tree = YamlTree::parse(chunk, &error);
    if (!tree)
        return {
            QStringLiteral("error %1:%2 %3").arg(error.line).arg(error.column).arg(error.message)};
    return describe(tree->root(), chunk.firstLine);
}

} // namespace

class TestYamlTree : public QObject
{
    Q_OBJECT

private slots:
    void sameAsLoad_data();
    void sameAsLoad();
    void sameAsLoadOnCatalogFiles_data();
    void sameAsLoadOnCatalogFiles();
};

void TestYamlTree::sameAsLoad_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("firstLine");
    QTest::newRow("entity") << QByteArray("apiVersion: v1\nkind: Component\nmetadata:\n  name: a\n"
                                          "  tags: [x, y]\nspec:\n  owner: team-a\n"
                                          "  dependsOn:\n    - component:b\n    - resource:c\n")
                            << 0;
    QTest::newRow("later in a file") << QByteArray("---\nkind: API\nmetadata: {name: b}\n") << 40;
    QTest::newRow("nulls and empties")
        << QByteArray("kind:\nmetadata:\n  name: ~\n  title: null\n  type: ''\nspec: {}\n") << 0;
    QTest::newRow("aliases") << QByteArray("metadata: &m\n  name: &n shared\n  title: *n\n"
                                           "spec:\n  owner: *n\n  targets: [*n, other]\n")
                             << 3;
    QTest::newRow("alias of a mapping")
        << QByteArray("base: &b {name: x, owner: y}\nmetadata: *b\nspec: *b\n") << 0;
    QTest::newRow("duplicate key: first wins")
        << QByteArray("kind: one\nkind: two\nmetadata:\n  name: a\n  name: b\n") << 0;
    QTest::newRow("tags and quoting")
        << QByteArray("kind: !!str 12\nmetadata:\n  name: \"  spaced  \"\n  title: |\n"
                      "    block\n    text\n")
        << 0;
    QTest::newRow("scalar and nested lists")
        << QByteArray("spec:\n  dependsOn: single\n  providesApis: [[a], b, {c: d}]\n") << 0;
    QTest::newRow("non-scalar keys") << QByteArray("? [kind]\n: x\n? {a: b}\n: y\nkind: z\n") << 0;
    QTest::newRow("a list, not an entity") << QByteArray("- a\n- b\n") << 0;
    QTest::newRow("a scalar document") << QByteArray("just text\n") << 0;
    QTest::newRow("only a comment") << QByteArray("# nothing\n") << 0;
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("bad indentation") << QByteArray("kind: a\n  metadata: b\n c: d\n") << 5;
    QTest::newRow("unclosed flow") << QByteArray("metadata: {name: a\n") << 0;
    QTest::newRow("unknown alias") << QByteArray("kind: *nope\n") << 2;
    QTest::newRow("tab indentation") << QByteArray("metadata:\n\tname: a\n") << 0;
}

void TestYamlTree::sameAsLoad()
{
    QFETCH(QByteArray, text);
    QFETCH(int, firstLine);
    const YamlChunk chunk{text, firstLine};
    QCOMPARE(viaTree(chunk), viaLoad(chunk));
}

void TestYamlTree::sameAsLoadOnCatalogFiles_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &root : {QStringLiteral(ORGMAP_TEST_DATA "/import/backstage-examples"),
                                QStringLiteral(ORGMAP_SOURCE_DIR "/tests/fuzz/seeds/backstage")}) {
        QDirIterator it(root, {QStringLiteral("*.yaml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(path.mid(root.size()))) << path;
        }
    }
}

void TestYamlTree::sameAsLoadOnCatalogFiles()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<YamlChunk> chunks = splitYamlDocuments(file.readAll());
    QVERIFY(!chunks.isEmpty());
    for (const YamlChunk &chunk : chunks)
        QCOMPARE(viaTree(chunk), viaLoad(chunk));
}

QTEST_GUILESS_MAIN(TestYamlTree)
#include "tst_yamltree.moc"
