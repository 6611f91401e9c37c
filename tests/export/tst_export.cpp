// The exports parsed back as their readers would: GraphML with
// QXmlStreamReader (and NetworkX when it is installed), DOT by Graphviz
// itself, Mermaid by a structural check of what a flowchart may contain.
#include "export/dotexport.h"
#include "export/graphmlexport.h"
#include "export/mermaidexport.h"
#include "export/writemap.h"
#include "layout/autolayout.h"
#include "storage/fileformat.h"
#include "storage/mapfile.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace OrgMap;

namespace {

MapData example()
{
    const MapFileResult loaded = loadMapFile(QStringLiteral(ORGMAP_EXAMPLES "/acme.orgmap.json"));
    return loaded.map.value_or(MapData());
}

// Names that every format must carry through its escaping.
const QString kQuotes = u"Say \"hi\" & <go> #1 `x` |y|"_qs;
const QString kBackslash = u"C:\\temp\\new \\n not a newline"_qs;
const QString kUnicode = u"Zürich 東京 🚀 Ærø"_qs;
const QString kNewline = u"first line\nsecond line"_qs;

// A small map with every kind of entity and relation, its names hard to
// escape, and ids using every character the format allows.
MapData trickyMap()
{
    MapData m;
    m.info.name = u"Tricky \"map\" \\ 🚀"_qs;
    const auto team = [&](const char *id, const QString &name, TeamType type) {
        Team t;
        t.id = TeamId(QString::fromLatin1(id));
        t.name = name;
        t.type = type;
        m.teams.insert(t.id, t);
    };
    team("t.quotes", kQuotes, TeamType::StreamAligned);
    team("t:plain", u"Plain"_qs, TeamType::ComplicatedSubsystem);
    const auto domain = [&](const char *id, const QString &name, const char *parent,
                            const char *owner) {
        Domain d;
        d.id = DomainId(QString::fromLatin1(id));
        d.name = name;
        d.parent = DomainId(QString::fromLatin1(parent));
        d.owner = TeamId(QString::fromLatin1(owner));
        m.domains.insert(d.id, d);
    };
    domain("d-top", kUnicode, "", "t.quotes");
    domain("d-top.sub", kNewline, "d-top", "");
    domain("d_empty", u"Empty"_qs, "", "");
    const auto asset = [&](const char *id, const QString &name, AssetKind kind, const char *domain,
                           const char *owner) {
        Asset a;
        a.id = AssetId(QString::fromLatin1(id));
        a.name = name;
        a.kind = kind;
        a.domain = DomainId(QString::fromLatin1(domain));
        a.owner = TeamId(QString::fromLatin1(owner));
        m.assets.insert(a.id, a);
    };
    asset("s-a", kBackslash, AssetKind::Service, "d-top", "t.quotes");
    asset("s_b", kQuotes, AssetKind::Service, "d-top.sub", "t:plain");
    asset("dp:c", kNewline, AssetKind::DataProduct, "d-top.sub", "");
    asset("s-loose", u"Loose"_qs, AssetKind::Service, "", "");
    const auto link = [&](const char *from, const char *to, LinkKind kind, const QString &label) {
        Link l;
        l.key = {AssetId(QString::fromLatin1(from)), AssetId(QString::fromLatin1(to)), kind};
        l.label = label;
        m.links.insert(l.key, l);
    };
    link("s-a", "s_b", LinkKind::Api, kQuotes);
    link("s_b", "dp:c", LinkKind::Data, {});
    link("dp:c", "s-loose", LinkKind::Event, kNewline);
    Interaction i;
    i.key = {TeamId(u"t.quotes"_qs), TeamId(u"t:plain"_qs), InteractionMode::XAsAService};
    m.interactions.insert(i.key, i);
    return m;
}

int ownershipCount(const MapData &m)
{
    int n = 0;
    for (const Asset &a : m.assets)
        n += m.teams.contains(a.owner);
    return n;
}

// ---- GraphML read back -------------------------------------------------

struct GraphMLNode
{
    QString parent; // the enclosing group node, empty at the top
    QMap<QString, QString> data;
    QString graphics; // ShapeNode or ProxyAutoBoundsNode
    QString shape;
    QString label;
    QRectF geometry; // the first y:Geometry (the open realizer of a group)
    bool group = false;
};

struct GraphMLEdge
{
    QString source, target;
    QMap<QString, QString> data;
    QString line, targetArrow;
};

struct GraphMLDoc
{
    QString error;
    QMap<QString, QPair<QString, QString>> keys; // id -> (for, attr.name)
    QMap<QString, GraphMLNode> nodes;
    QList<GraphMLEdge> edges;
    int duplicateNodes = 0;
};

GraphMLDoc parseGraphML(const QByteArray &bytes)
{
    const QString y = u"http://www.yworks.com/xml/graphml"_qs;
    GraphMLDoc doc;
    QXmlStreamReader xml(bytes);
    QStringList nodeStack; // open <node> elements
    QString dataKey;
    bool inEdge = false;
    GraphMLEdge current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto attr = xml.attributes();
            const QStringView name = xml.name();
            if (name == u"key" && xml.namespaceUri().isEmpty() == false &&
                xml.namespaceUri() != y) {
                doc.keys.insert(
                    attr.value(u"id"_qs).toString(),
                    {attr.value(u"for"_qs).toString(), attr.value(u"attr.name"_qs).toString()});
            } else if (name == u"node" && xml.namespaceUri() != y) {
                const QString id = attr.value(u"id"_qs).toString();
                if (doc.nodes.contains(id))
                    ++doc.duplicateNodes;
                GraphMLNode node;
                node.parent = nodeStack.isEmpty() ? QString() : nodeStack.constLast();
                node.group = attr.value(u"yfiles.foldertype"_qs) == u"group";
                doc.nodes.insert(id, node);
                nodeStack.append(id);
            } else if (name == u"edge" && xml.namespaceUri() != y) {
                inEdge = true;
                current = GraphMLEdge();
                current.source = attr.value(u"source"_qs).toString();
                current.target = attr.value(u"target"_qs).toString();
            } else if (name == u"data") {
                dataKey = attr.value(u"key"_qs).toString();
                if (!doc.keys.value(dataKey).second.isEmpty()) {
                    const QString text = xml.readElementText();
                    if (inEdge)
                        current.data.insert(doc.keys.value(dataKey).second, text);
                    else if (!nodeStack.isEmpty())
                        doc.nodes[nodeStack.constLast()].data.insert(doc.keys.value(dataKey).second,
                                                                     text);
                }
            } else if (xml.namespaceUri() == y) {
                if (inEdge) {
                    if (name == u"LineStyle")
                        current.line = attr.value(u"type"_qs).toString();
                    else if (name == u"Arrows")
                        current.targetArrow = attr.value(u"target"_qs).toString();
                } else if (!nodeStack.isEmpty()) {
                    GraphMLNode &node = doc.nodes[nodeStack.constLast()];
                    if (name == u"ShapeNode" || name == u"ProxyAutoBoundsNode")
                        node.graphics = name.toString();
                    else if (name == u"Shape" && node.shape.isEmpty())
                        node.shape = attr.value(u"type"_qs).toString();
                    else if (name == u"Geometry" && node.geometry.isNull())
                        node.geometry =
                            QRectF(attr.value(u"x"_qs).toDouble(), attr.value(u"y"_qs).toDouble(),
                                   attr.value(u"width"_qs).toDouble(),
                                   attr.value(u"height"_qs).toDouble());
                    else if (name == u"NodeLabel" && node.label.isEmpty())
                        node.label = xml.readElementText();
                }
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"node" && xml.namespaceUri() != y)
                nodeStack.removeLast();
            else if (xml.name() == u"edge" && xml.namespaceUri() != y) {
                inEdge = false;
                doc.edges.append(current);
            }
        }
    }
    if (xml.hasError())
        doc.error = xml.errorString() + u" at line "_qs + QString::number(xml.lineNumber());
    return doc;
}

// ---- Mermaid structural check -----------------------------------------

struct MermaidDoc
{
    QStringList problems;
    QMap<QString, QString> nodeParent; // node id -> enclosing subgraph id
    QMap<QString, QString> nodeLabel;  // node id -> decoded label
    QMap<QString, QString> subParent;  // subgraph id -> enclosing subgraph id
    QMap<QString, QString> subLabel;   // subgraph id -> decoded label
    QList<QStringList> edges;          // from, arrow, to, decoded label
};

QString decodeMermaid(QString text, QStringList *problems)
{
    if (text.contains(QLatin1Char('"')))
        *problems << u"raw quote inside a label: "_qs + text;
    text.replace(u"<br/>"_qs, u"\n"_qs);
    static const QRegularExpression entity(u"#(quot|amp|lt|gt|[0-9]+);"_qs);
    QString out;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        out += text.mid(last, match.capturedStart() - last);
        const QString e = match.captured(1);
        out += e == u"quot"  ? u"\""_qs
               : e == u"amp" ? u"&"_qs
               : e == u"lt"  ? u"<"_qs
               : e == u"gt"  ? u">"_qs
                             : QString(QChar(e.toInt()));
        last = match.capturedEnd();
    }
    out += text.mid(last);
    // Outside entities nothing Mermaid or an HTML label reads as syntax.
    QString bare = text;
    bare.remove(entity);
    for (const QChar c : {u'<', u'>', u'#', u'`', u'|'})
        if (bare.contains(c))
            *problems << u"unescaped "_qs + c + u" in a label: "_qs + text;
    return out;
}

MermaidDoc parseMermaid(const QString &text)
{
    MermaidDoc doc;
    static const QRegularExpression idRe(u"^[A-Za-z0-9_]+$"_qs);
    static const QRegularExpression subRe(u"^subgraph ([^\\[ ]+)\\[\"([^\"]*)\"\\]$"_qs);
    static const QRegularExpression nodeRe(
        u"^([^\\[\\(\\{ ]+)(\\(\"|\\[\\(\"|\\{\\{\")([^\"]*)(\"\\)|\"\\)\\]|\"\\}\\})(:::[A-Za-z]+)?$"_qs);
    static const QRegularExpression edgeRe(
        u"^([A-Za-z0-9_]+) (-->|-\\.->|==>|-\\.-)(\\|\"([^\"]*)\"\\|)? ([A-Za-z0-9_]+)$"_qs);
    static const QRegularExpression linkStyleRe(u"^linkStyle ([0-9,]+) \\S+$"_qs);
    QStringList stack;
    QList<int> styled;
    QStringList lines = text.split(QLatin1Char('\n'));
    int i = 0;
    if (lines.value(0) == u"---") {
        i = int(lines.indexOf(u"---"_qs, 1)) + 1;
        if (i == 0)
            doc.problems << u"unterminated front matter"_qs;
    }
    if (lines.value(i) != u"flowchart LR")
        doc.problems << u"no flowchart header: "_qs + lines.value(i);
    for (++i; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        QRegularExpressionMatch m;
        if ((m = subRe.match(line)).hasMatch()) {
            const QString id = m.captured(1);
            if (!idRe.match(id).hasMatch())
                doc.problems << u"unsafe subgraph id "_qs + id;
            if (doc.subParent.contains(id) || doc.nodeParent.contains(id))
                doc.problems << u"declared twice: "_qs + id;
            doc.subParent.insert(id, stack.isEmpty() ? QString() : stack.constLast());
            doc.subLabel.insert(id, decodeMermaid(m.captured(2), &doc.problems));
            stack.append(id);
        } else if (line == u"end") {
            if (stack.isEmpty())
                doc.problems << u"end without subgraph"_qs;
            else
                stack.removeLast();
        } else if ((m = edgeRe.match(line)).hasMatch()) {
            doc.edges.append({m.captured(1), m.captured(2), m.captured(5),
                              decodeMermaid(m.captured(4), &doc.problems)});
        } else if ((m = linkStyleRe.match(line)).hasMatch()) {
            for (const QString &n : m.captured(1).split(QLatin1Char(',')))
                styled.append(n.toInt());
        } else if (line.startsWith(u"classDef ") || line.startsWith(u"style ")) {
            if (line.startsWith(u"style ") &&
                !doc.subParent.contains(line.section(QLatin1Char(' '), 1, 1)))
                doc.problems << u"style for an unknown subgraph: "_qs + line;
        } else if ((m = nodeRe.match(line)).hasMatch()) {
            const QString id = m.captured(1);
            if (!idRe.match(id).hasMatch())
                doc.problems << u"unsafe node id "_qs + id;
            if (doc.subParent.contains(id) || doc.nodeParent.contains(id))
                doc.problems << u"declared twice: "_qs + id;
            doc.nodeParent.insert(id, stack.isEmpty() ? QString() : stack.constLast());
            doc.nodeLabel.insert(id, decodeMermaid(m.captured(3), &doc.problems));
        } else {
            doc.problems << u"not a flowchart statement: "_qs + line;
        }
    }
    if (!stack.isEmpty())
        doc.problems << u"unclosed subgraph "_qs + stack.join(u", "_qs);
    for (const QStringList &e : std::as_const(doc.edges))
        for (const QString &end : {e.at(0), e.at(2)})
            if (!doc.nodeParent.contains(end))
                doc.problems << u"edge to an undeclared node "_qs + end;
    for (int n : std::as_const(styled))
        if (n < 0 || n >= doc.edges.size())
            doc.problems << u"linkStyle index out of range: "_qs + QString::number(n);
    return doc;
}

// ---- Graphviz ------------------------------------------------------------

struct Tool
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Tool run(const QString &program, const QStringList &arguments, const QByteArray &input)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForStarted(10000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

// Every <text> of an SVG, the lines Graphviz actually drew.
QStringList svgTexts(const QByteArray &svg)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
            texts << xml.readElementText();
    return texts;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void formatOfPath_data();
    void formatOfPath();
    void extensionIsAddedOnlyWhenMissing();
    void writeRefusesUnknownExtension_data();
    void writeRefusesUnknownExtension();
    void saveMapFileRefusesExports();
    void graphmlStructure();
    void graphmlGeometryIsTheMapsLayout();
    void graphmlEscapes();
    void graphmlReadByNetworkX();
    void dotParsedByGraphviz_data();
    void dotParsedByGraphviz();
    void dotEscapesSurviveRendering();
    void dotRendersWithSfdp();
    void mermaidStructure_data();
    void mermaidStructure();
    void mermaidIdsAreSafeAndDistinct();
    void deterministic_data();
    void deterministic();
};

void TestExport::formatOfPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1: none
    QTest::newRow("document") << u"a/map.orgmap"_qs << int(FileFormat::Document);
    QTest::newRow("interchange") << u"map.orgmap.json"_qs << int(FileFormat::Json);
    QTest::newRow("json upper") << u"MAP.JSON"_qs << int(FileFormat::Json);
    QTest::newRow("stdout") << u"-"_qs << int(FileFormat::Json);
    QTest::newRow("graphml") << u"out.graphml"_qs << int(FileFormat::GraphML);
    QTest::newRow("dot") << u"out.dot"_qs << int(FileFormat::Dot);
    QTest::newRow("gv") << u"out.GV"_qs << int(FileFormat::Dot);
    QTest::newRow("mermaid") << u"docs/out.mmd"_qs << int(FileFormat::Mermaid);
    QTest::newRow("graphmlx") << u"out.graphmlx"_qs << -1;
    QTest::newRow("txt") << u"out.txt"_qs << -1;
    QTest::newRow("no extension") << u"out"_qs << -1;
    QTest::newRow("format in folder only") << u"maps.orgmap/out"_qs << -1;
}

void TestExport::formatOfPath()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const std::optional<FileFormat> found = fileFormatOf(path);
    QCOMPARE(found ? int(*found) : -1, format);
}

void TestExport::extensionIsAddedOnlyWhenMissing()
{
    QCOMPARE(withExtensionOf(u"/tmp/map"_qs, FileFormat::GraphML), u"/tmp/map.graphml"_qs);
    QCOMPARE(withExtensionOf(u"/tmp/map.GRAPHML"_qs, FileFormat::GraphML), u"/tmp/map.GRAPHML"_qs);
    QCOMPARE(withExtensionOf(u"/tmp/map.gv"_qs, FileFormat::Dot), u"/tmp/map.gv"_qs);
    QCOMPARE(withExtensionOf(u"/tmp/map.v2"_qs, FileFormat::Mermaid), u"/tmp/map.v2.mmd"_qs);
    QCOMPARE(withExtensionOf(u"/tmp/x.dot/map"_qs, FileFormat::Dot), u"/tmp/x.dot/map.dot"_qs);
}

void TestExport::writeRefusesUnknownExtension_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("graphmlx") << u"out.graphmlx"_qs;
    QTest::newRow("txt") << u"out.txt"_qs;
    QTest::newRow("none") << u"out"_qs;
}

void TestExport::writeRefusesUnknownExtension()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QString error;
    QVERIFY(!writeMapAs(example(), path, &error));
    QVERIFY2(error.contains(name) && error.contains(u".graphml"_qs) && error.contains(u".mmd"_qs) &&
                 error.contains(u".orgmap"_qs),
             qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

void TestExport::saveMapFileRefusesExports()
{
    // The map writer never writes a database under an export's name.
    QTemporaryDir dir;
    QString error;
    QVERIFY(!saveMapFile(example(), dir.filePath(u"out.graphml"_qs), &error));
    QVERIFY2(error.contains(u"GraphML"_qs), qPrintable(error));
    QVERIFY(!saveMapFile(example(), dir.filePath(u"out.txt"_qs), &error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

void TestExport::graphmlStructure()
{
    const MapData map = example();
    QVERIFY(!map.assets.isEmpty());
    const GraphMLDoc doc = parseGraphML(writeGraphML(map));
    QVERIFY2(doc.error.isEmpty(), qPrintable(doc.error));
    QCOMPARE(doc.duplicateNodes, 0);
    // Plain keys, as Gephi and NetworkX read them.
    QSet<QString> nodeKeys, edgeKeys;
    for (const auto &k : doc.keys)
        (k.first == u"node" ? nodeKeys : edgeKeys).insert(k.second);
    for (const char *k : {"kind", "name", "domain", "owner", "team_type"})
        QVERIFY2(nodeKeys.contains(QString::fromLatin1(k)), k);
    QVERIFY(edgeKeys.contains(u"kind"_qs));
    QCOMPARE(doc.nodes.size(), map.domains.size() + map.teams.size() + map.assets.size());
    for (const Domain &d : map.domains) {
        const GraphMLNode n = doc.nodes.value(d.id.str());
        QVERIFY2(n.group, qPrintable(d.id.str()));
        QCOMPARE(n.graphics, u"ProxyAutoBoundsNode"_qs);
        QCOMPARE(n.parent, d.parent.str()); // subdomains nest in their parent's graph
        QCOMPARE(n.data.value(u"kind"_qs), u"domain"_qs);
        QCOMPARE(n.label, d.name);
        QCOMPARE(n.data.value(u"owner"_qs), d.owner.str());
    }
    for (const Asset &a : map.assets) {
        const GraphMLNode n = doc.nodes.value(a.id.str());
        QCOMPARE(n.parent, a.domain.str());
        QCOMPARE(n.graphics, u"ShapeNode"_qs);
        QCOMPARE(n.data.value(u"kind"_qs), toString(a.kind));
        QCOMPARE(n.data.value(u"name"_qs), a.name);
        QCOMPARE(n.data.value(u"owner"_qs), a.owner.str());
        QCOMPARE(n.shape, a.kind == AssetKind::DataProduct ? u"hexagon"_qs : u"roundrectangle"_qs);
    }
    for (const Team &t : map.teams) {
        const GraphMLNode n = doc.nodes.value(t.id.str());
        QVERIFY(n.parent.isEmpty());
        QCOMPARE(n.data.value(u"kind"_qs), u"team"_qs);
        QCOMPARE(n.data.value(u"team_type"_qs), toString(t.type));
    }
    // Edges: every link with its kind and style, ownership of assets and
    // domains, interactions; every end a declared node.
    int links = 0, owns = 0, interactions = 0;
    for (const GraphMLEdge &e : doc.edges) {
        QVERIFY(doc.nodes.contains(e.source) && doc.nodes.contains(e.target));
        const QString kind = e.data.value(u"kind"_qs);
        if (kind == u"owns") {
            ++owns;
            QCOMPARE(doc.nodes.value(e.source).data.value(u"kind"_qs), u"team"_qs);
            const QString target = e.target;
            const TeamId owner = map.assets.contains(AssetId(target))
                                     ? map.assets.value(AssetId(target)).owner
                                     : map.domains.value(DomainId(target)).owner;
            QCOMPARE(owner.str(), e.source);
        } else if (kind == u"interaction") {
            ++interactions;
            QVERIFY(!e.data.value(u"mode"_qs).isEmpty());
        } else {
            ++links;
            const LinkKind k = *linkKindFromString(kind);
            QVERIFY(map.links.contains({AssetId(e.source), AssetId(e.target), k}));
            QCOMPARE(e.line, k == LinkKind::Api     ? u"line"_qs
                             : k == LinkKind::Event ? u"dashed"_qs
                                                    : u"dotted"_qs);
            QCOMPARE(e.targetArrow, u"standard"_qs);
        }
    }
    QCOMPARE(links, map.links.size());
    int ownedDomains = 0;
    for (const Domain &d : map.domains)
        ownedDomains += map.teams.contains(d.owner);
    QCOMPARE(owns, ownershipCount(map) + ownedDomains);
    QCOMPARE(interactions, map.interactions.size());
}

void TestExport::graphmlGeometryIsTheMapsLayout()
{
    // The example has no geometry: the export lays it out as the editor
    // does on open, so yEd shows the same picture.
    const MapData laid = withLayout(example(), LayoutScope::MissingOnly);
    const GraphMLDoc doc = parseGraphML(writeGraphML(example()));
    QVERIFY(!laid.assets.isEmpty());
    for (const Asset &a : laid.assets)
        QCOMPARE(doc.nodes.value(a.id.str()).geometry, entityRect(laid, a.id.str(), *a.geometry));
    for (const Domain &d : laid.domains)
        QCOMPARE(doc.nodes.value(d.id.str()).geometry, d.geometry->rect());
    for (const Team &t : laid.teams)
        QCOMPARE(doc.nodes.value(t.id.str()).geometry, entityRect(laid, t.id.str(), *t.geometry));
    // Geometry the map has is kept as it is, fractions included.
    MapData placed = laid;
    Asset &a = placed.assets.first();
    a.geometry = Geometry{1234.125, -56.5, 0, 0, {}};
    const GraphMLDoc moved = parseGraphML(writeGraphML(placed));
    QCOMPARE(moved.nodes.value(a.id.str()).geometry.center(), QPointF(1234.125, -56.5));
}

void TestExport::graphmlEscapes()
{
    const MapData map = trickyMap();
    const GraphMLDoc doc = parseGraphML(writeGraphML(map));
    QVERIFY2(doc.error.isEmpty(), qPrintable(doc.error));
    QCOMPARE(doc.nodes.value(u"t.quotes"_qs).data.value(u"name"_qs), kQuotes);
    QCOMPARE(doc.nodes.value(u"s-a"_qs).label, kBackslash);
    QCOMPARE(doc.nodes.value(u"d-top"_qs).label, kUnicode);
    QCOMPARE(doc.nodes.value(u"dp:c"_qs).data.value(u"name"_qs), kNewline);
    QCOMPARE(doc.nodes.value(u"d-top.sub"_qs).parent, u"d-top"_qs);
    QCOMPARE(doc.nodes.value(u"dp:c"_qs).parent, u"d-top.sub"_qs);
    QVERIFY(doc.nodes.value(u"d_empty"_qs).group);
    // A control character cannot be in XML: it is replaced, the file stays valid.
    MapData control = map;
    control.assets[AssetId(u"s-a"_qs)].name = u"bell\u0007 nul\u0000 end"_qs;
    const GraphMLDoc doc2 = parseGraphML(writeGraphML(control));
    QVERIFY2(doc2.error.isEmpty(), qPrintable(doc2.error));
    QCOMPARE(doc2.nodes.value(u"s-a"_qs).label, u"bell\uFFFD nul\uFFFD end"_qs);
}

void TestExport::graphmlReadByNetworkX()
{
    const QString python = QStandardPaths::findExecutable(u"python3"_qs);
    if (python.isEmpty() || run(python, {u"-c"_qs, u"import networkx"_qs}, {}).exitCode != 0)
        QSKIP("python3 with networkx is not installed (Debian: python3-networkx)");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"map.graphml"_qs);
    const MapData map = trickyMap();
    QString error;
    QVERIFY2(writeMapAs(map, path, &error), qPrintable(error));
    const QString script = uR"(
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
print(json.dumps({"nodes": {n: {k: v for k, v in d.items() if k in ("kind", "name", "domain", "owner", "team_type")} for n, d in g.nodes(data=True)},
                  "edges": sorted([u, v, d.get("kind", "")] for u, v, d in g.edges(data=True))}))
)"_qs;
    const Tool out = run(python, {u"-c"_qs, script, path}, {});
    QVERIFY2(out.exitCode == 0, out.err.constData());
    const QJsonObject parsed = QJsonDocument::fromJson(out.out).object();
    const QJsonObject nodes = parsed.value(u"nodes"_qs).toObject();
    QCOMPARE(nodes.size(), map.domains.size() + map.teams.size() + map.assets.size());
    QCOMPARE(nodes.value(u"s_b"_qs).toObject().value(u"name"_qs).toString(), kQuotes);
    QCOMPARE(nodes.value(u"s_b"_qs).toObject().value(u"domain"_qs).toString(), u"d-top.sub"_qs);
    QCOMPARE(nodes.value(u"s_b"_qs).toObject().value(u"owner"_qs).toString(), u"t:plain"_qs);
    QCOMPARE(nodes.value(u"t:plain"_qs).toObject().value(u"team_type"_qs).toString(),
             u"complicated-subsystem"_qs);
    QCOMPARE(nodes.value(u"d-top.sub"_qs).toObject().value(u"kind"_qs).toString(), u"domain"_qs);
    const QJsonArray edges = parsed.value(u"edges"_qs).toArray();
    QCOMPARE(edges.size(),
             map.links.size() + ownershipCount(map) + 1 /* d-top */ + map.interactions.size());
    QVERIFY(edges.contains(QJsonArray{u"s_b"_qs, u"dp:c"_qs, u"data"_qs}));
    QVERIFY(edges.contains(QJsonArray{u"t.quotes"_qs, u"s-a"_qs, u"owns"_qs}));
}

void TestExport::dotParsedByGraphviz_data()
{
    QTest::addColumn<bool>("tricky");
    QTest::newRow("example") << false;
    QTest::newRow("tricky names") << true;
}

void TestExport::dotParsedByGraphviz()
{
    QFETCH(bool, tricky);
    const QString dot = QStandardPaths::findExecutable(u"dot"_qs);
    if (dot.isEmpty())
        QSKIP("Graphviz is not installed (tools/install-deps.sh installs it)");
    const MapData map = tricky ? trickyMap() : example();
    const QByteArray source = writeDot(map);
    const Tool canon = run(dot, {u"-Tcanon"_qs}, source);
    QVERIFY2(canon.exitCode == 0 && canon.err.isEmpty(), canon.err.constData());
    QVERIFY(canon.out.startsWith("digraph"));
    // The structure as Graphviz sees it: clusters nest like the domains, each
    // holds the nodes of its assets, every asset and team is a node.
    const Tool json = run(dot, {u"-Tjson"_qs}, source);
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonObject graph = QJsonDocument::fromJson(json.out).object();
    const QJsonArray objects = graph.value(u"objects"_qs).toArray();
    QMap<QString, QJsonObject> clusters;
    QMap<int, QString> names;
    for (const QJsonValue &v : objects) {
        const QJsonObject o = v.toObject();
        names.insert(o.value(u"_gvid"_qs).toInt(), o.value(u"name"_qs).toString());
        if (o.value(u"name"_qs).toString().startsWith(u"cluster_"))
            clusters.insert(o.value(u"name"_qs).toString().mid(8), o);
    }
    QCOMPARE(clusters.size(), map.domains.size());
    for (const Asset &a : map.assets)
        QVERIFY2(names.values().contains(a.id.str()), qPrintable(a.id.str()));
    for (const Team &t : map.teams)
        QVERIFY2(names.values().contains(t.id.str()), qPrintable(t.id.str()));
    for (const Domain &d : map.domains) {
        QStringList nodes, subgraphs;
        for (const QJsonValue &n : clusters.value(d.id.str()).value(u"nodes"_qs).toArray())
            nodes << names.value(n.toInt());
        for (const QJsonValue &n : clusters.value(d.id.str()).value(u"subgraphs"_qs).toArray())
            subgraphs << names.value(n.toInt()).mid(8);
        for (const Asset &a : map.assets)
            if (a.domain == d.id)
                QVERIFY2(nodes.contains(a.id.str()), qPrintable(a.id.str()));
        for (const Domain &child : map.domains)
            QCOMPARE(subgraphs.contains(child.id.str()), child.parent == d.id);
    }
    QCOMPARE(graph.value(u"edges"_qs).toArray().size(),
             map.links.size() + ownershipCount(map) + map.interactions.size());
}

void TestExport::dotEscapesSurviveRendering()
{
    const QString dot = QStandardPaths::findExecutable(u"dot"_qs);
    if (dot.isEmpty())
        QSKIP("Graphviz is not installed (tools/install-deps.sh installs it)");
    const Tool svg = run(dot, {u"-Tsvg"_qs}, writeDot(trickyMap()));
    QVERIFY2(svg.exitCode == 0, svg.err.constData());
    const QStringList texts = svgTexts(svg.out);
    // What Graphviz drew is the names as they are, line by line.
    for (const QString &line : {kQuotes, kBackslash, kUnicode, u"first line"_qs, u"second line"_qs})
        QVERIFY2(texts.contains(line), qPrintable(line + u" not in "_qs + texts.join(u" | "_qs)));
}

void TestExport::dotRendersWithSfdp()
{
    const QString sfdp = QStandardPaths::findExecutable(u"sfdp"_qs);
    if (sfdp.isEmpty())
        QSKIP("Graphviz is not installed (tools/install-deps.sh installs it)");
    const Tool png = run(sfdp, {u"-Tpng"_qs}, writeDot(example()));
    QVERIFY2(png.exitCode == 0, png.err.constData());
    const QImage image = QImage::fromData(png.out, "PNG");
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 400 && image.height() > 300);
}

void TestExport::mermaidStructure_data()
{
    QTest::addColumn<bool>("tricky");
    QTest::newRow("example") << false;
    QTest::newRow("tricky names") << true;
}

void TestExport::mermaidStructure()
{
    QFETCH(bool, tricky);
    const MapData map = tricky ? trickyMap() : example();
    const MermaidDoc doc = parseMermaid(QString::fromUtf8(writeMermaid(map)));
    QVERIFY2(doc.problems.isEmpty(), qPrintable(doc.problems.join(u"\n"_qs)));
    QCOMPARE(doc.subParent.size(), map.domains.size());
    QCOMPARE(doc.nodeParent.size(), map.assets.size() + map.teams.size());
    for (const Domain &d : map.domains) {
        const QString id = mermaidId(d.id.str());
        QCOMPARE(doc.subParent.value(id),
                 d.parent.isNull() ? QString() : mermaidId(d.parent.str()));
        QCOMPARE(doc.subLabel.value(id), d.name);
    }
    for (const Asset &a : map.assets) {
        const QString id = mermaidId(a.id.str());
        QCOMPARE(doc.nodeParent.value(id),
                 a.domain.isNull() ? QString() : mermaidId(a.domain.str()));
        QCOMPARE(doc.nodeLabel.value(id), a.name);
    }
    for (const Team &t : map.teams)
        QCOMPARE(doc.nodeLabel.value(mermaidId(t.id.str())), t.name);
    QCOMPARE(doc.edges.size(), map.links.size() + ownershipCount(map) + map.interactions.size());
    for (const Link &l : map.links) {
        const QString arrow = l.key.kind == LinkKind::Api     ? u"-->"_qs
                              : l.key.kind == LinkKind::Event ? u"-.->"_qs
                                                              : u"==>"_qs;
        QVERIFY(doc.edges.contains(
            QStringList{mermaidId(l.key.from.str()), arrow, mermaidId(l.key.to.str()), l.label}));
    }
}

void TestExport::mermaidIdsAreSafeAndDistinct()
{
    // Ids that differ only where Mermaid would read syntax stay distinct.
    const QStringList ids{u"a-b"_qs, u"a_b"_qs, u"a.b"_qs, u"a:b"_qs, u"a__b"_qs, u"a_hb"_qs,
                          u"end"_qs, u"o"_qs,   u"x-1"_qs, u"a-"_qs,  u"a_"_qs};
    QSet<QString> seen;
    static const QRegularExpression safe(u"^n_[A-Za-z0-9_]+$"_qs);
    for (const QString &id : ids) {
        const QString m = mermaidId(id);
        QVERIFY2(safe.match(m).hasMatch(), qPrintable(m));
        QVERIFY2(!seen.contains(m), qPrintable(m));
        seen.insert(m);
        QCOMPARE(mermaidId(id), m);
    }
}

void TestExport::deterministic_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("graphml") << int(FileFormat::GraphML);
    QTest::newRow("dot") << int(FileFormat::Dot);
    QTest::newRow("mermaid") << int(FileFormat::Mermaid);
}

void TestExport::deterministic()
{
    QFETCH(int, format);
    const FileFormat f = FileFormat(format);
    const QByteArray first = exportBytes(example(), f);
    QVERIFY(!first.isEmpty());
    QCOMPARE(exportBytes(example(), f), first);
    // Through the file writer: the same bytes land on disk.
    QTemporaryDir dir;
    const QString path = withExtensionOf(dir.filePath(u"map"_qs), f);
    QString error;
    QVERIFY2(writeMapAs(example(), path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), first);
    // A different map gives different bytes (the output depends on the map).
    MapData renamed = example();
    renamed.assets.first().name += u" 2"_qs;
    QVERIFY(exportBytes(renamed, f) != first);
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
