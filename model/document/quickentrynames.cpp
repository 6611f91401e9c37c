#include "quickentrynames.h"
#include "quickentry.h"
#include "quickentrywords.h"

#include <algorithm>
#include <optional>

namespace OrgMap {

namespace QuickEntryDetail {

Names::Names(const MapData &map)
{
    for (const Domain &d : map.domains)
        m_byName[key(d.name)] << Named{EntityKind::Domain, d.id.str()};
    for (const Team &t : map.teams)
        m_byName[key(t.name)] << Named{EntityKind::Team, t.id.str()};
    for (const Asset &a : map.assets)
        m_byName[key(a.name)] << Named{EntityKind::Asset, a.id.str()};
}

QString Names::key(const QString &name)
{
    return name.simplified().toCaseFolded();
}

QList<Named> Names::find(const QString &name, int kinds) const
{
    QList<Named> out;
    for (const Named &n : m_byName.value(key(name)))
        if (kinds & bit(n.kind))
            out << n;
    return out;
}

int Names::bit(EntityKind kind)
{
    return kind == EntityKind::Domain  ? Domains
           : kind == EntityKind::Team  ? Teams
           : kind == EntityKind::Asset ? Assets
                                       : 0;
}

QString kindsText(int kinds)
{
    switch (kinds) {
    case Domains:
        return tr("domain");
    case Teams:
        return tr("team");
    case Assets:
        return tr("asset");
    case Assets | Domains:
        return tr("asset or domain");
    default:
        return tr("domain, team or asset");
    }
}

} // namespace QuickEntryDetail

using namespace QuickEntryDetail;

QStringList quickEntryCompletions(const QString &line, const MapData &map)
{
    const QList<Token> tokens = tokenize(line);
    const bool trailingSpace = !line.isEmpty() && line.back().isSpace();
    // The word being typed starts here (the end of the line after a space).
    const int partialIndex = trailingSpace ? int(tokens.size()) : int(tokens.size()) - 1;
    const int partialStart = partialIndex < tokens.size() && partialIndex >= 0
                                 ? tokens[partialIndex].start
                                 : int(line.size());

    QStringList out;
    auto names = [&](int kinds, int start) {
        const QString head = line.left(start);
        auto add = [&](const QString &name) { out << head + name; };
        if (kinds & Domains)
            for (const Domain &d : map.domains)
                add(d.name);
        if (kinds & Teams)
            for (const Team &t : map.teams)
                add(t.name);
        if (kinds & Assets)
            for (const Asset &a : map.assets)
                add(a.name);
    };
    auto words = [&](std::initializer_list<const char *> list) {
        const QString head = line.left(partialStart);
        for (const char *w : list)
            out << head + tr(w);
    };
    // The start of the text after tokens [0, i).
    auto after = [&](int i) {
        if (i >= tokens.size())
            return int(line.size());
        return tokens[i].start;
    };
    // Built on first use: most lines being typed never ask, and building it
    // is most of a keystroke's time on a large map (bench_quickentry).
    std::optional<Names> index;
    auto names_of = [&](int from, int to, int kinds) {
        if (from >= to)
            return false;
        if (!index)
            index.emplace(map);
        return !index->find(joined(tokens, from, to), kinds).isEmpty();
    };

    if (tokens.isEmpty() || (tokens.size() == 1 && !trailingSpace)) {
        words({kService, kDataProduct, kDomain, kTeam, kMove, kOwner, kRename, kDelete});
        names(Assets, 0);
    } else if (int arrow = int(std::find_if(tokens.cbegin(), tokens.cend(),
                                            [](const Token &t) {
                                                return !t.quoted && t.text == QLatin1String(kArrow);
                                            }) -
                               tokens.cbegin());
               arrow < tokens.size()) {
        // After a whole target name: the kind words.
        if (trailingSpace && names_of(arrow + 1, int(tokens.size()), Assets))
            words({kLinkKindWords[0].word, kLinkKindWords[1].word, kLinkKindWords[2].word});
        else
            names(Assets, after(arrow + 1));
    } else if (int n = std::max({keywordAt(tokens, 0, kService), keywordAt(tokens, 0, kDataProduct),
                                 keywordAt(tokens, 0, kDomain)})) {
        int clause = -1;
        int length = 0;
        for (int i = n; i < tokens.size(); ++i)
            for (const char *w : {kIn, kOwnedBy})
                if (int l = keywordAt(tokens, i, w); l && i + l <= partialIndex) {
                    clause = i;
                    length = l;
                }
        if (clause < 0) {
            if (partialIndex > n)
                words({kIn, kOwnedBy});
        } else {
            const bool in = keywordAt(tokens, clause, kIn) > 0;
            if (trailingSpace &&
                names_of(clause + length, int(tokens.size()), in ? Domains : Teams))
                words({in ? kOwnedBy : kIn});
            else
                names(in ? Domains : Teams, after(clause + length));
        }
    } else if (int n = keywordAt(tokens, 0, kTeam)) {
        if (partialIndex > n)
            words({kTeamTypeWords[0].word, kTeamTypeWords[1].word, kTeamTypeWords[2].word,
                   kTeamTypeWords[3].word});
        else
            names(Teams, after(n));
    } else if (int n = std::max(keywordAt(tokens, 0, kMove), keywordAt(tokens, 0, kRename))) {
        const bool move = keywordAt(tokens, 0, kMove) > 0;
        int to = -1;
        for (int i = n + 1; i < partialIndex; ++i)
            if (keywordAt(tokens, i, kTo) && names_of(n, i, move ? Assets | Domains : All))
                to = i;
        if (to >= 0) {
            if (move)
                names(Domains, after(to + 1));
        } else if (trailingSpace &&
                   names_of(n, int(tokens.size()), move ? Assets | Domains : All)) {
            words({kTo});
        } else {
            names(move ? Assets | Domains : All, after(n));
        }
    } else if (int n = keywordAt(tokens, 0, kOwner)) {
        int split = -1;
        for (int i = partialIndex; i > n; --i)
            if (names_of(n, i, Assets | Domains)) {
                split = i;
                break;
            }
        if (split >= 0)
            names(Teams, after(split));
        else
            names(Assets | Domains, after(n));
    } else if (int n = keywordAt(tokens, 0, kDelete)) {
        names(All, after(n));
    } else {
        // Typing an asset's name: the start of a link.
        if (trailingSpace && names_of(0, int(tokens.size()), Assets))
            out << line + QString::fromLatin1(kArrow) + u' ';
        else
            names(Assets, 0);
    }
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace OrgMap
