#include "dotexport.h"

#include "exportgraph.h"

namespace OrgMap {
namespace {

// A DOT quoted string. In labels a backslash starts an escape (\n, \l, \N),
// so a literal one is doubled; a newline becomes the centred line break \n.
QString quoted(const QString &text)
{
    QString out = u"\""_qs;
    for (const QChar c : cleanText(text)) {
        if (c == QLatin1Char('"'))
            out += u"\\\""_qs;
        else if (c == QLatin1Char('\\'))
            out += u"\\\\"_qs;
        else if (c == QLatin1Char('\n'))
            out += u"\\n"_qs;
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

class Writer
{
public:
    explicit Writer(const ExportGraph &graph) : m_graph(graph) {}

    QString write()
    {
        const MapData &m = m_graph.map;
        m_out += u"digraph "_qs + quoted(m.info.name.isEmpty() ? u"orgmap"_qs : m.info.name) +
                 u" {\n"_qs;
        m_out += u"  graph [label="_qs + quoted(m.info.name) +
                 u", labelloc=t, fontname=\"Helvetica\", fontsize=16, rankdir=LR, "
                 "compound=true, newrank=true, overlap=false, splines=true];\n"_qs;
        m_out += u"  node [fontname=\"Helvetica\", fontsize=11, style=\"filled\", "
                 "color=\"#5b6573\", margin=\"0.15,0.06\"];\n"_qs;
        m_out += u"  edge [fontname=\"Helvetica\", fontsize=9, arrowsize=0.7];\n"_qs;
        writeContents(DomainId(), 1);
        for (const Team &t : m.teams)
            writeTeam(t);
        writeEdges();
        m_out += u"}\n"_qs;
        return m_out;
    }

private:
    static QString indent(int depth) { return QString(depth * 2, QLatin1Char(' ')); }

    void writeContents(const DomainId &domain, int depth)
    {
        m_graph.forEachIn(
            domain, [&](const Domain &d) { writeDomain(d, depth); },
            [&](const Asset &a) { writeAsset(a, depth); });
    }

    void writeDomain(const Domain &d, int depth)
    {
        const MapData &m = m_graph.map;
        const QString in = indent(depth + 1);
        // The owner of a domain is part of its title: an edge to a cluster is
        // drawn by `dot` (lhead) but not by `sfdp`, and it crowds the picture.
        QString title = d.name;
        if (m.teams.contains(d.owner))
            title += u"\n("_qs + m.teams.value(d.owner).name + QLatin1Char(')');
        m_out += indent(depth) + u"subgraph "_qs + quoted(u"cluster_"_qs + d.id.str()) + u" {\n"_qs;
        m_out += in + u"label="_qs + quoted(title) + u";\n"_qs;
        m_out += in + u"style=\"rounded,filled\"; color=\"#5b6573\"; fillcolor="_qs +
                 quoted(d.color.isEmpty() ? QString::fromLatin1(kDefaultDomainColor) : d.color) +
                 u"; fontname=\"Helvetica-Bold\"; fontsize=13;\n"_qs;
        writeContents(d.id, depth + 1);
        // An empty cluster is not drawn at all; a point keeps the domain
        // visible. Its name has a space, which no OrgMap id has.
        if (m_graph.isEmpty(d.id))
            m_out += in + quoted(d.id.str() + u" (empty)"_qs) +
                     u" [label=\"\", shape=point, style=invis];\n"_qs;
        m_out += indent(depth) + u"}\n"_qs;
    }

    void writeAsset(const Asset &a, int depth)
    {
        const bool product = a.kind == AssetKind::DataProduct;
        m_out += indent(depth) + quoted(a.id.str()) + u" [label="_qs + quoted(a.name) +
                 (product ? u", shape=cylinder, style=\"filled\""_qs
                          : u", shape=box, style=\"rounded,filled\""_qs) +
                 u", fillcolor="_qs + quoted(assetFillColor(a.kind)) + u"];\n"_qs;
    }

    void writeTeam(const Team &t)
    {
        // Teams are bold-bordered boxes in their Team Topologies colour; a
        // complicated-subsystem team is an octagon as on the canvas.
        const QString shape = t.type == TeamType::ComplicatedSubsystem ? u"octagon"_qs : u"box"_qs;
        m_out += u"  "_qs + quoted(t.id.str()) + u" [label="_qs + quoted(t.name) + u", shape="_qs +
                 shape + u", style=\"filled,bold\", fillcolor="_qs + quoted(teamFillColor(t.type)) +
                 u", color="_qs + quoted(teamBorderColor(t.type)) + u"];\n"_qs;
    }

    void edge(const QString &from, const QString &to, const QString &attributes)
    {
        m_out +=
            u"  "_qs + quoted(from) + u" -> "_qs + quoted(to) + u" ["_qs + attributes + u"];\n"_qs;
    }

    void writeEdges()
    {
        for (const Link &l : m_graph.links) {
            const LinkKind k = l.key.kind;
            const QString style = k == LinkKind::Api     ? u"solid"_qs
                                  : k == LinkKind::Event ? u"dashed"_qs
                                                         : u"bold"_qs;
            QString attributes = u"color="_qs + quoted(linkColor(k)) + u", style="_qs + style;
            if (!l.label.isEmpty())
                attributes +=
                    u", label="_qs + quoted(l.label) + u", fontcolor="_qs + quoted(linkColor(k));
            edge(l.key.from.str(), l.key.to.str(), attributes);
        }
        // Ownership is light but ranks like a dependency: `dot` then places a
        // team beside what it owns (with constraint=false the teams sank to
        // the bottom under long crossing lines).
        for (const Asset &a : m_graph.ownedAssets)
            edge(a.owner.str(), a.id.str(), u"color=\"#8a929c\", style=dotted, arrowhead=odot"_qs);
        for (const Interaction &i : m_graph.interactions) {
            edge(i.key.from.str(), i.key.to.str(),
                 u"color=\"#6b3fa0\", style=bold, label="_qs + quoted(toString(i.key.mode)) +
                     u", fontcolor=\"#6b3fa0\""_qs);
        }
    }

    const ExportGraph &m_graph;
    QString m_out;
};

} // namespace

QByteArray writeDot(const MapData &map)
{
    const ExportGraph graph = exportGraph(map);
    return Writer(graph).write().toUtf8();
}

} // namespace OrgMap
