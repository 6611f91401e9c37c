#include "mermaidexport.h"

#include "exportgraph.h"

namespace OrgMap {
namespace {

// A Mermaid quoted string: `"` cannot appear inside, so it and the other
// characters Mermaid or its HTML labels read as syntax are entity codes
// (Mermaid's "#quot;" / "#35;" form); a newline is a <br/>.
QString quoted(const QString &text)
{
    QString out = u"\""_qs;
    for (const QChar c : cleanText(text)) {
        switch (c.unicode()) {
        case '"':
            out += u"#quot;"_qs;
            break;
        case '#':
            out += u"#35;"_qs;
            break;
        case '<':
            out += u"#lt;"_qs;
            break;
        case '>':
            out += u"#gt;"_qs;
            break;
        case '&':
            out += u"#amp;"_qs;
            break;
        case '`':
            out += u"#96;"_qs;
            break;
        case '|':
            out += u"#124;"_qs;
            break;
        case '\n':
            out += u"<br/>"_qs;
            break;
        case '\t':
            out += QLatin1Char(' ');
            break;
        default:
            out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString classOf(TeamType type)
{
    switch (type) {
    case TeamType::StreamAligned:
        return u"streamAligned"_qs;
    case TeamType::Platform:
        return u"platform"_qs;
    case TeamType::Enabling:
        return u"enabling"_qs;
    case TeamType::ComplicatedSubsystem:
        return u"complicatedSubsystem"_qs;
    case TeamType::None:
        break;
    }
    return u"team"_qs;
}

class Writer
{
public:
    explicit Writer(const ExportGraph &graph) : m_graph(graph) {}

    QString write()
    {
        const MapData &m = m_graph.map;
        // The title in YAML front matter, single-quoted (Mermaid's entity
        // codes are not decoded there): quotes doubled, one line.
        if (!m.info.name.isEmpty())
            m_out += u"---\ntitle: '"_qs +
                     cleanText(m.info.name)
                         .replace(QLatin1Char('\''), u"''"_qs)
                         .replace(QLatin1Char('\n'), QLatin1Char(' '))
                         .replace(QLatin1Char('\t'), QLatin1Char(' ')) +
                     u"'\n---\n"_qs;
        m_out += u"flowchart LR\n"_qs;
        writeContents(DomainId(), 1);
        for (const Team &t : m.teams)
            writeTeam(t);
        writeEdges();
        writeStyles();
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
        m_out += indent(depth) + u"subgraph "_qs + mermaidId(d.id.str()) + QLatin1Char('[') +
                 quoted(d.name) + u"]\n"_qs;
        writeContents(d.id, depth + 1);
        m_out += indent(depth) + u"end\n"_qs;
        m_domainStyles += u"  style "_qs + mermaidId(d.id.str()) + u" fill:"_qs +
                          (d.color.isEmpty() ? QString::fromLatin1(kDefaultDomainColor) : d.color) +
                          u",stroke:"_qs + QString::fromLatin1(kNodeBorderColor) +
                          QLatin1Char('\n');
    }

    void writeAsset(const Asset &a, int depth)
    {
        // A service is a rounded box, a data product a cylinder.
        const bool product = a.kind == AssetKind::DataProduct;
        m_out += indent(depth) + mermaidId(a.id.str()) + (product ? u"[("_qs : u"("_qs) +
                 quoted(a.name) + (product ? u")]"_qs : u")"_qs) +
                 (product ? u":::dataProduct\n"_qs : u":::service\n"_qs);
    }

    void writeTeam(const Team &t)
    {
        // Teams are hexagons, so they read apart from the assets.
        m_out += u"  "_qs + mermaidId(t.id.str()) + u"{{"_qs + quoted(t.name) + u"}}:::"_qs +
                 classOf(t.type) + QLatin1Char('\n');
    }

    void edge(const QString &from, const QString &arrow, const QString &text, const QString &to,
              const QString &style)
    {
        m_out += u"  "_qs + mermaidId(from) + QLatin1Char(' ') + arrow;
        if (!text.isEmpty())
            m_out += QLatin1Char('|') + quoted(text) + QLatin1Char('|');
        m_out += QLatin1Char(' ') + mermaidId(to) + QLatin1Char('\n');
        // linkStyle addresses links by their position in the file.
        m_linkStyles[style].append(QString::number(m_links++));
    }

    void writeEdges()
    {
        // api a solid arrow, event a dotted arrow, data a thick arrow.
        for (const Link &l : m_graph.links) {
            const LinkKind k = l.key.kind;
            const QString arrow = k == LinkKind::Api     ? u"-->"_qs
                                  : k == LinkKind::Event ? u"-.->"_qs
                                                         : u"==>"_qs;
            edge(l.key.from.str(), arrow, l.label, l.key.to.str(),
                 u"stroke:"_qs + linkColor(k) +
                     (k == LinkKind::Data ? u""_qs : u",stroke-width:1.5px"_qs));
        }
        // Ownership: a plain dotted line without an arrowhead, grey.
        for (const Asset &a : m_graph.ownedAssets)
            edge(a.owner.str(), u"-.-"_qs, {}, a.id.str(),
                 u"stroke:"_qs + QString::fromLatin1(kOwnershipColor));
        for (const Interaction &i : m_graph.interactions)
            edge(i.key.from.str(), u"-->"_qs, toString(i.key.mode), i.key.to.str(),
                 u"stroke:"_qs + QString::fromLatin1(kInteractionColor) + u",stroke-width:2px"_qs);
    }

    void writeStyles()
    {
        for (auto it = m_linkStyles.cbegin(); it != m_linkStyles.cend(); ++it)
            m_out += u"  linkStyle "_qs + it.value().join(QLatin1Char(',')) + QLatin1Char(' ') +
                     it.key() + QLatin1Char('\n');
        const QString border = QString::fromLatin1(kNodeBorderColor);
        m_out += u"  classDef service fill:"_qs + assetFillColor(AssetKind::Service) +
                 u",stroke:"_qs + border + QLatin1Char('\n');
        m_out += u"  classDef dataProduct fill:"_qs + assetFillColor(AssetKind::DataProduct) +
                 u",stroke:"_qs + border + QLatin1Char('\n');
        for (TeamType t : {TeamType::None, TeamType::ComplicatedSubsystem, TeamType::Enabling,
                           TeamType::Platform, TeamType::StreamAligned})
            m_out += u"  classDef "_qs + classOf(t) + u" fill:"_qs + teamFillColor(t) +
                     u",stroke:"_qs + teamBorderColor(t) + u",stroke-width:2px\n"_qs;
        m_out += m_domainStyles;
    }

    const ExportGraph &m_graph;
    QString m_out;
    QString m_domainStyles;
    QMap<QString, QStringList> m_linkStyles; // style -> link indices, sorted by style
    int m_links = 0;
};

} // namespace

QString mermaidId(const QString &id)
{
    QString out = u"n_"_qs;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))
            out += c;
        else if (u == '_')
            out += u"__"_qs;
        else if (u == '.')
            out += u"_d"_qs;
        else if (u == ':')
            out += u"_c"_qs;
        else if (u == '-')
            out += u"_h"_qs;
        else
            out += u"_u"_qs + QString::number(u, 16).rightJustified(4, QLatin1Char('0'));
    }
    return out;
}

QByteArray writeMermaid(const MapData &map)
{
    const ExportGraph graph = exportGraph(map);
    return Writer(graph).write().toUtf8();
}

} // namespace OrgMap
