#include "graphmlexport.h"

#include "exportgraph.h"
#include "layout/autolayout.h"

#include <QXmlStreamWriter>

namespace OrgMap {
namespace {

const QString kY = u"http://www.yworks.com/xml/graphml"_qs;

// The data keys. Node and edge keys are separate GraphML keys (for="node" /
// for="edge") even where they share an attribute name, as GraphML wants.
struct Key
{
    const char *id;
    const char *target;
    const char *name;
};
constexpr Key kKeys[] = {
    {"kind", "node", "kind"},           {"name", "node", "name"},
    {"domain", "node", "domain"},       {"owner", "node", "owner"},
    {"team_type", "node", "team_type"}, {"description", "node", "description"},
    {"tags", "node", "tags"},           {"edge_kind", "edge", "kind"},
    {"edge_label", "edge", "label"},    {"mode", "edge", "mode"},
};

QString number(double v)
{
    // Shortest round-trip form, "-0" as "0": the same value, the same bytes.
    return QString::number(v == 0 ? 0.0 : v, 'g', QLocale::FloatingPointShortest);
}

class Writer
{
public:
    Writer(const ExportGraph &graph, QByteArray *out) : m_graph(graph), m_xml(out)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(1);
    }

    void write()
    {
        m_xml.writeStartDocument();
        m_xml.writeStartElement(u"graphml"_qs);
        m_xml.writeDefaultNamespace(u"http://graphml.graphdrawing.org/xmlns"_qs);
        m_xml.writeNamespace(u"http://www.w3.org/2001/XMLSchema-instance"_qs, u"xsi"_qs);
        m_xml.writeNamespace(kY, u"y"_qs);
        m_xml.writeAttribute(u"http://www.w3.org/2001/XMLSchema-instance"_qs, u"schemaLocation"_qs,
                             u"http://graphml.graphdrawing.org/xmlns "
                             "http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd"_qs);
        for (const Key &k : kKeys) {
            m_xml.writeEmptyElement(u"key"_qs);
            m_xml.writeAttribute(u"id"_qs, QString::fromLatin1(k.id));
            m_xml.writeAttribute(u"for"_qs, QString::fromLatin1(k.target));
            m_xml.writeAttribute(u"attr.name"_qs, QString::fromLatin1(k.name));
            m_xml.writeAttribute(u"attr.type"_qs, u"string"_qs);
        }
        for (const char *target : {"node", "edge"}) {
            m_xml.writeEmptyElement(u"key"_qs);
            m_xml.writeAttribute(u"id"_qs, QString::fromLatin1(target) + u"graphics"_qs);
            m_xml.writeAttribute(u"for"_qs, QString::fromLatin1(target));
            m_xml.writeAttribute(u"yfiles.type"_qs, QString::fromLatin1(target) + u"graphics"_qs);
        }
        m_xml.writeStartElement(u"graph"_qs);
        m_xml.writeAttribute(u"id"_qs, u"G"_qs);
        m_xml.writeAttribute(u"edgedefault"_qs, u"directed"_qs);
        writeContents(DomainId());
        for (const Team &t : m_graph.map.teams)
            writeTeam(t);
        // Every edge in the top-level graph: GraphML allows it, yEd reads it,
        // and NetworkX reads only the top-level graph's edges.
        writeEdges();
        m_xml.writeEndElement(); // graph
        m_xml.writeEndElement(); // graphml
        m_xml.writeEndDocument();
    }

private:
    void data(const char *key, const QString &value)
    {
        if (value.isEmpty())
            return;
        m_xml.writeStartElement(u"data"_qs);
        m_xml.writeAttribute(u"key"_qs, QString::fromLatin1(key));
        m_xml.writeCharacters(cleanText(value));
        m_xml.writeEndElement();
    }

    void geometry(const QRectF &r)
    {
        m_xml.writeEmptyElement(kY, u"Geometry"_qs);
        m_xml.writeAttribute(u"height"_qs, number(r.height()));
        m_xml.writeAttribute(u"width"_qs, number(r.width()));
        m_xml.writeAttribute(u"x"_qs, number(r.x()));
        m_xml.writeAttribute(u"y"_qs, number(r.y()));
    }

    void fill(const QString &color)
    {
        m_xml.writeEmptyElement(kY, u"Fill"_qs);
        m_xml.writeAttribute(u"color"_qs, color.toUpper());
        m_xml.writeAttribute(u"transparent"_qs, u"false"_qs);
    }

    void border(const QString &color, const QString &type, double width)
    {
        m_xml.writeEmptyElement(kY, u"BorderStyle"_qs);
        m_xml.writeAttribute(u"color"_qs, color.toUpper());
        m_xml.writeAttribute(u"type"_qs, type);
        m_xml.writeAttribute(u"width"_qs, number(width));
    }

    void label(const QString &text, const QString &position, const QString &style, int size)
    {
        m_xml.writeStartElement(kY, u"NodeLabel"_qs);
        m_xml.writeAttribute(u"alignment"_qs, u"center"_qs);
        m_xml.writeAttribute(u"autoSizePolicy"_qs,
                             position == u"t" ? u"node_width"_qs : u"content"_qs);
        m_xml.writeAttribute(u"fontFamily"_qs, u"Dialog"_qs);
        m_xml.writeAttribute(u"fontSize"_qs, QString::number(size));
        m_xml.writeAttribute(u"fontStyle"_qs, style);
        m_xml.writeAttribute(u"hasBackgroundColor"_qs, u"false"_qs);
        m_xml.writeAttribute(u"hasLineColor"_qs, u"false"_qs);
        m_xml.writeAttribute(u"modelName"_qs, u"internal"_qs);
        m_xml.writeAttribute(u"modelPosition"_qs, position);
        m_xml.writeAttribute(u"textColor"_qs, u"#1F2328"_qs);
        m_xml.writeAttribute(u"visible"_qs, u"true"_qs);
        m_xml.writeCharacters(cleanText(text));
        m_xml.writeEndElement();
    }

    void shapeNode(const QString &id, const Geometry &g, const QString &fillColor,
                   const QString &borderColor, const QString &shape, const QString &text)
    {
        m_xml.writeStartElement(u"data"_qs);
        m_xml.writeAttribute(u"key"_qs, u"nodegraphics"_qs);
        m_xml.writeStartElement(kY, u"ShapeNode"_qs);
        geometry(entityRect(m_graph.map, id, g));
        fill(fillColor);
        border(borderColor, u"line"_qs, 1);
        label(text, u"c"_qs, u"plain"_qs, 12);
        m_xml.writeEmptyElement(kY, u"Shape"_qs);
        m_xml.writeAttribute(u"type"_qs, shape);
        m_xml.writeEndElement(); // ShapeNode
        m_xml.writeEndElement(); // data
    }

    void groupRealizer(const Domain &d, const QRectF &r, bool closed)
    {
        m_xml.writeStartElement(kY, u"GroupNode"_qs);
        geometry(r);
        fill(d.color.isEmpty() ? QString::fromLatin1(kDefaultDomainColor) : d.color);
        border(QString::fromLatin1(kNodeBorderColor), u"line"_qs, 1);
        label(d.name, u"t"_qs, u"bold"_qs, 14);
        m_xml.writeEmptyElement(kY, u"Shape"_qs);
        m_xml.writeAttribute(u"type"_qs, u"roundrectangle"_qs);
        m_xml.writeEmptyElement(kY, u"State"_qs);
        m_xml.writeAttribute(u"closed"_qs, closed ? u"true"_qs : u"false"_qs);
        m_xml.writeAttribute(u"closedHeight"_qs, u"60"_qs);
        m_xml.writeAttribute(u"closedWidth"_qs, u"200"_qs);
        m_xml.writeAttribute(u"innerGraphDisplayEnabled"_qs, u"false"_qs);
        // The canvas's padding (title band on top), so that yEd's auto bounds
        // keep the rectangle the map has.
        m_xml.writeEmptyElement(kY, u"Insets"_qs);
        const QString pad = number(kDomainPadding);
        const QString top = number(kDomainTitleHeight);
        m_xml.writeAttribute(u"bottom"_qs, pad);
        m_xml.writeAttribute(u"bottomF"_qs, pad);
        m_xml.writeAttribute(u"left"_qs, pad);
        m_xml.writeAttribute(u"leftF"_qs, pad);
        m_xml.writeAttribute(u"right"_qs, pad);
        m_xml.writeAttribute(u"rightF"_qs, pad);
        m_xml.writeAttribute(u"top"_qs, top);
        m_xml.writeAttribute(u"topF"_qs, top);
        m_xml.writeEndElement(); // GroupNode
    }

    void writeDomain(const Domain &d)
    {
        m_xml.writeStartElement(u"node"_qs);
        m_xml.writeAttribute(u"id"_qs, d.id.str());
        m_xml.writeAttribute(u"yfiles.foldertype"_qs, u"group"_qs);
        data("kind", u"domain"_qs);
        data("name", d.name);
        data("domain", d.parent.str());
        data("owner", d.owner.str());
        data("description", d.description);
        const QRectF r = entityRect(m_graph.map, d.id.str(), d.geometry.value_or(Geometry()));
        m_xml.writeStartElement(u"data"_qs);
        m_xml.writeAttribute(u"key"_qs, u"nodegraphics"_qs);
        m_xml.writeStartElement(kY, u"ProxyAutoBoundsNode"_qs);
        m_xml.writeStartElement(kY, u"Realizers"_qs);
        m_xml.writeAttribute(u"active"_qs, u"0"_qs);
        groupRealizer(d, r, false);
        groupRealizer(d, QRectF(r.topLeft(), QSizeF(200, 60)), true);
        m_xml.writeEndElement(); // Realizers
        m_xml.writeEndElement(); // ProxyAutoBoundsNode
        m_xml.writeEndElement(); // data
        // Every group has its nested graph, an empty domain an empty one:
        // NetworkX's reader fails on a group node without one.
        m_xml.writeStartElement(u"graph"_qs);
        // yEd's convention for the nested graph of node n is "n:".
        m_xml.writeAttribute(u"id"_qs, d.id.str() + QLatin1Char(':'));
        m_xml.writeAttribute(u"edgedefault"_qs, u"directed"_qs);
        writeContents(d.id);
        m_xml.writeEndElement();
        m_xml.writeEndElement(); // node
    }

    // The subdomains, then the assets, of `domain` (the top level for null).
    void writeContents(const DomainId &domain)
    {
        m_graph.forEachIn(
            domain, [&](const Domain &d) { writeDomain(d); },
            [&](const Asset &a) { writeAsset(a); });
    }

    void writeAsset(const Asset &a)
    {
        m_xml.writeStartElement(u"node"_qs);
        m_xml.writeAttribute(u"id"_qs, a.id.str());
        data("kind", toString(a.kind));
        data("name", a.name);
        data("domain", a.domain.str());
        data("owner", a.owner.str());
        data("description", a.description);
        data("tags", a.tags.join(QLatin1Char(',')));
        // Services are rounded boxes, data products hexagons (yEd's ShapeNode
        // has no cylinder; the hexagon stands out in Gephi-style palettes too).
        const bool product = a.kind == AssetKind::DataProduct;
        shapeNode(a.id.str(), a.geometry.value_or(Geometry()), assetFillColor(a.kind),
                  QString::fromLatin1(kNodeBorderColor),
                  product ? u"hexagon"_qs : u"roundrectangle"_qs, a.name);
        m_xml.writeEndElement();
    }

    static QString teamShape(TeamType type)
    {
        // Team Topologies: stream-aligned and platform wide boxes (platform
        // square-cornered), enabling a rounded tall box, complicated-subsystem
        // an octagon.
        switch (type) {
        case TeamType::StreamAligned:
        case TeamType::Enabling:
            return u"roundrectangle"_qs;
        case TeamType::ComplicatedSubsystem:
            return u"octagon"_qs;
        case TeamType::Platform:
        case TeamType::None:
            break;
        }
        return u"rectangle"_qs;
    }

    void writeTeam(const Team &t)
    {
        m_xml.writeStartElement(u"node"_qs);
        m_xml.writeAttribute(u"id"_qs, t.id.str());
        data("kind", u"team"_qs);
        data("name", t.name);
        data("team_type", toString(t.type));
        data("description", t.description);
        shapeNode(t.id.str(), t.geometry.value_or(Geometry()), teamFillColor(t.type),
                  teamBorderColor(t.type), teamShape(t.type), t.name);
        m_xml.writeEndElement();
    }

    void edge(const QString &from, const QString &to, const QString &kind, const QString &text,
              const QString &mode, const QString &color, const QString &line,
              const QString &sourceArrow, const QString &targetArrow)
    {
        m_xml.writeStartElement(u"edge"_qs);
        m_xml.writeAttribute(u"id"_qs, u"e"_qs + QString::number(m_edges++));
        m_xml.writeAttribute(u"source"_qs, from);
        m_xml.writeAttribute(u"target"_qs, to);
        data("edge_kind", kind);
        data("edge_label", text);
        data("mode", mode);
        m_xml.writeStartElement(u"data"_qs);
        m_xml.writeAttribute(u"key"_qs, u"edgegraphics"_qs);
        m_xml.writeStartElement(kY, u"PolyLineEdge"_qs);
        m_xml.writeEmptyElement(kY, u"LineStyle"_qs);
        m_xml.writeAttribute(u"color"_qs, color.toUpper());
        m_xml.writeAttribute(u"type"_qs, line);
        m_xml.writeAttribute(u"width"_qs, u"1.5"_qs);
        m_xml.writeEmptyElement(kY, u"Arrows"_qs);
        m_xml.writeAttribute(u"source"_qs, sourceArrow);
        m_xml.writeAttribute(u"target"_qs, targetArrow);
        if (!text.isEmpty()) {
            m_xml.writeStartElement(kY, u"EdgeLabel"_qs);
            m_xml.writeAttribute(u"fontSize"_qs, u"11"_qs);
            m_xml.writeAttribute(u"textColor"_qs, color.toUpper());
            m_xml.writeCharacters(cleanText(text));
            m_xml.writeEndElement();
        }
        m_xml.writeEmptyElement(kY, u"BendStyle"_qs);
        m_xml.writeAttribute(u"smoothed"_qs, u"false"_qs);
        m_xml.writeEndElement(); // PolyLineEdge
        m_xml.writeEndElement(); // data
        m_xml.writeEndElement(); // edge
    }

    void writeEdges()
    {
        const MapData &m = m_graph.map;
        // Links: api solid, event dashed, data dotted (as on the canvas: the
        // line style carries the kind where colour is not shown).
        for (const Link &l : m_graph.links) {
            const LinkKind k = l.key.kind;
            const QString line = k == LinkKind::Api     ? u"line"_qs
                                 : k == LinkKind::Event ? u"dashed"_qs
                                                        : u"dotted"_qs;
            edge(l.key.from.str(), l.key.to.str(), toString(k), l.label, {}, linkColor(k), line,
                 u"none"_qs, u"standard"_qs);
        }
        // Ownership: an edge from the team to what it owns, so that Gephi and
        // NetworkX users have the relation as a graph, not only as the
        // `owner` attribute.
        for (const Domain &d : m.domains)
            if (m.teams.contains(d.owner))
                edge(d.owner.str(), d.id.str(), u"owns"_qs, {}, {},
                     QString::fromLatin1(kOwnershipColor), u"dashed_dotted"_qs, u"none"_qs,
                     u"circle"_qs);
        for (const Asset &a : m_graph.ownedAssets)
            edge(a.owner.str(), a.id.str(), u"owns"_qs, {}, {},
                 QString::fromLatin1(kOwnershipColor), u"dashed_dotted"_qs, u"none"_qs,
                 u"circle"_qs);
        for (const Interaction &i : m_graph.interactions) {
            edge(i.key.from.str(), i.key.to.str(), u"interaction"_qs, {}, toString(i.key.mode),
                 QString::fromLatin1(kInteractionColor), u"line"_qs, u"none"_qs, u"standard"_qs);
        }
    }

    const ExportGraph &m_graph;
    QXmlStreamWriter m_xml;
    int m_edges = 0;
};

} // namespace

QByteArray writeGraphML(const MapData &map)
{
    const ExportGraph graph = exportGraph(map);
    QByteArray out;
    Writer(graph, &out).write();
    return out;
}

} // namespace OrgMap
