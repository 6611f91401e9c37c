#include "exportgraph.h"

#include "layout/autolayout.h"

#include <QSet>

namespace OrgMap {
namespace {

// True when following parents from `domain` reaches a missing domain or the
// top without meeting `domain` again, i.e. it hangs in the tree.
bool parentChainIsSound(const MapData &map, const DomainId &domain)
{
    QSet<DomainId> seen{domain};
    DomainId cursor = map.domains.value(domain).parent;
    while (!cursor.isNull()) {
        auto it = map.domains.constFind(cursor);
        if (it == map.domains.cend())
            return true;
        if (seen.contains(cursor))
            return false;
        seen.insert(cursor);
        cursor = it->parent;
    }
    return true;
}

} // namespace

ExportGraph exportGraph(const MapData &map)
{
    ExportGraph graph;
    graph.map = needsLayout(map) ? withLayout(map, LayoutScope::MissingOnly) : map;
    const MapData &m = graph.map;
    for (const Domain &d : m.domains) {
        const bool nested =
            !d.parent.isNull() && m.domains.contains(d.parent) && parentChainIsSound(m, d.id);
        graph.childDomains[nested ? d.parent : DomainId()].append(d.id);
    }
    for (const Asset &a : m.assets) {
        graph.assetsIn[m.domains.contains(a.domain) ? a.domain : DomainId()].append(a.id);
        if (m.teams.contains(a.owner))
            graph.ownedAssets.append(a);
    }
    for (const Link &l : m.links)
        if (m.assets.contains(l.key.from) && m.assets.contains(l.key.to))
            graph.links.append(l);
    for (const Interaction &i : m.interactions)
        if (m.teams.contains(i.key.from) && m.teams.contains(i.key.to))
            graph.interactions.append(i);
    return graph;
}

QString teamFillColor(TeamType type)
{
    switch (type) {
    case TeamType::StreamAligned:
        return u"#ffe08a"_qs;
    case TeamType::Platform:
        return u"#a8d4f2"_qs;
    case TeamType::Enabling:
        return u"#dfc5ee"_qs;
    case TeamType::ComplicatedSubsystem:
        return u"#ffc299"_qs;
    case TeamType::None:
        break;
    }
    return u"#e3e5e8"_qs;
}

QString teamBorderColor(TeamType type)
{
    switch (type) {
    case TeamType::StreamAligned:
        return u"#d49a00"_qs;
    case TeamType::Platform:
        return u"#3b82c4"_qs;
    case TeamType::Enabling:
        return u"#8e5bb5"_qs;
    case TeamType::ComplicatedSubsystem:
        return u"#d9681f"_qs;
    case TeamType::None:
        break;
    }
    return u"#8a929c"_qs;
}

QString assetFillColor(AssetKind kind)
{
    return kind == AssetKind::DataProduct ? u"#e8f5ee"_qs : u"#ffffff"_qs;
}

QString linkColor(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Api:
        return u"#2f5fa8"_qs;
    case LinkKind::Event:
        return u"#b55d12"_qs;
    case LinkKind::Data:
        break;
    }
    return u"#1d8055"_qs;
}

QString cleanText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r')) {
            out += QLatin1Char('\n');
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += QStringView(text).mid(i, 2); // XML allows every supplementary character
            ++i;
        } else if (c.isSurrogate() ||
                   (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n')) ||
                   c.unicode() == 0xfffe || c.unicode() == 0xffff) {
            out += QChar::ReplacementCharacter;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace OrgMap
