// The quick-entry parser: a line to a QuickEntryCommand with every name
// resolved, or a QuickEntryError with the column and length to highlight.

#include "quickentry.h"
#include "quickentrynames.h"
#include "quickentrywords.h"

#include "core/rules.h"

#include <optional>

namespace OrgMap {

using namespace QuickEntryDetail;

namespace {

QuickEntryError spanError(const QList<Token> &tokens, int from, int to, const QString &message)
{
    return {message, tokens[from].start, tokens[to - 1].end - tokens[from].start};
}

QuickEntryError atError(int column, const QString &message)
{
    return {message, column, 0};
}

// Resolves tokens [from, to) as exactly one name of the given kinds.
std::variant<Named, QuickEntryError> resolve(const Names &names, const QList<Token> &tokens,
                                             int from, int to, int kinds)
{
    const QString text = joined(tokens, from, to);
    const QList<Named> found = names.find(text, kinds);
    if (found.isEmpty())
        return spanError(tokens, from, to,
                         tr("No %1 named \u201c%2\u201d.").arg(kindsText(kinds), text));
    if (found.size() > 1)
        return spanError(
            tokens, from, to,
            tr("\u201c%1\u201d names %n entities; rename one first.", nullptr, int(found.size()))
                .arg(text));
    return found.first();
}

QString keywordText(const char *english)
{
    return tr(english);
}

class Parser
{
public:
    Parser(const QString &line, const MapData &map) : m_line(line), m_map(map), m_names(map) {}

    QuickEntryParse parse()
    {
        int unclosed = -1;
        m_tokens = tokenize(m_line, &unclosed);
        if (unclosed >= 0)
            return QuickEntryError{tr("This quote is not closed."), unclosed,
                                   int(m_line.size()) - unclosed};
        if (m_tokens.isEmpty())
            return atError(0, tr("Type a command, for example: service Payments in Billing."));
        for (int i = 0; i < m_tokens.size(); ++i)
            if (!m_tokens[i].quoted && m_tokens[i].text == QLatin1String(kArrow))
                return parseLink(i);
        if (int n = keywordAt(m_tokens, 0, kService))
            return parseAdd(n, QuickEntryCommand::Verb::AddAsset, AssetKind::Service);
        if (int n = keywordAt(m_tokens, 0, kDataProduct))
            return parseAdd(n, QuickEntryCommand::Verb::AddAsset, AssetKind::DataProduct);
        if (int n = keywordAt(m_tokens, 0, kDomain))
            return parseAdd(n, QuickEntryCommand::Verb::AddDomain, AssetKind::Service);
        if (int n = keywordAt(m_tokens, 0, kTeam))
            return parseTeam(n);
        if (int n = keywordAt(m_tokens, 0, kMove))
            return parseMove(n);
        if (int n = keywordAt(m_tokens, 0, kOwner))
            return parseOwner(n);
        if (int n = keywordAt(m_tokens, 0, kRename))
            return parseRename(n);
        if (int n = keywordAt(m_tokens, 0, kDelete))
            return parseDelete(n);
        QStringList commands;
        for (const char *c : kCommands)
            commands << keywordText(c);
        return spanError(m_tokens, 0, 1,
                         tr("Unknown command \u201c%1\u201d: start with %2, or write A -> B.")
                             .arg(m_tokens[0].text, commands.join(u", ")));
    }

private:
    int end() const { return int(m_tokens.size()); }
    int lineEnd() const { return int(m_line.size()); }

    QuickEntryError expected(int afterToken, const QString &what) const
    {
        return atError(
            m_tokens[afterToken].end + 1 > lineEnd() ? lineEnd() : m_tokens[afterToken].end + 1,
            tr("Expected %1 after \u201c%2\u201d.").arg(what, m_tokens[afterToken].text));
    }

    std::optional<QuickEntryError> checkNewName(int from, int to, const QString &name,
                                                int kinds) const
    {
        if (name.trimmed().isEmpty())
            return spanError(m_tokens, from, to, tr("A name cannot be empty."));
        if (name.size() > Rules::kMaxNameLength)
            return spanError(m_tokens, from, to,
                             tr("A name has at most %1 characters; this one has %2.")
                                 .arg(Rules::kMaxNameLength)
                                 .arg(name.size()));
        if (!m_names.find(name, kinds).isEmpty())
            return spanError(m_tokens, from, to,
                             tr("Another %1 is named \u201c%2\u201d.").arg(kindsText(kinds), name));
        return std::nullopt;
    }

    // service|data product|domain NAME [in DOMAIN] [owned by TEAM], clauses in any order.
    QuickEntryParse parseAdd(int first, QuickEntryCommand::Verb verb, AssetKind kind)
    {
        QuickEntryCommand c;
        c.verb = verb;
        c.assetKind = kind;
        const int nameEnd = findKeyword(m_tokens, first, {kIn, kOwnedBy});
        if (nameEnd == first)
            return expected(first - 1, tr("a name"));
        c.name = joined(m_tokens, first, nameEnd);
        const int kinds = verb == QuickEntryCommand::Verb::AddDomain ? Domains : Assets;
        if (auto error = checkNewName(first, nameEnd, c.name, kinds))
            return *error;
        bool haveDomain = false;
        bool haveOwner = false;
        for (int i = nameEnd; i < end();) {
            int length = 0;
            findKeyword(m_tokens, i, {kIn, kOwnedBy}, &length);
            const bool in = keywordAt(m_tokens, i, kIn) > 0;
            if ((in && haveDomain) || (!in && haveOwner))
                return spanError(
                    m_tokens, i, i + length,
                    tr("\u201c%1\u201d is given twice.").arg(joined(m_tokens, i, i + length)));
            const int from = i + length;
            const int to = findKeyword(m_tokens, from, {kIn, kOwnedBy});
            if (from == to)
                return expected(from - 1, in ? tr("a domain name") : tr("a team name"));
            const auto found = resolve(m_names, m_tokens, from, to, in ? Domains : Teams);
            if (const auto *error = std::get_if<QuickEntryError>(&found))
                return *error;
            const QString id = std::get<Named>(found).id;
            if (in) {
                c.domain = DomainId(id);
                haveDomain = true;
            } else {
                c.owner = TeamId(id);
                haveOwner = true;
            }
            i = to;
        }
        return c;
    }

    // team NAME [TYPE]: a new team, or the type of an existing one.
    QuickEntryParse parseTeam(int first)
    {
        QuickEntryCommand c;
        if (first == end())
            return expected(first - 1, tr("a team name"));
        int nameEnd = end();
        for (const TypeWord &t : kTeamTypeWords) {
            for (const QString &form : forms(t.word)) {
                const int words = int(form.split(u' ', Qt::SkipEmptyParts).size());
                const int at = end() - words;
                if (at > first && keywordAt(m_tokens, at, t.word) == words) {
                    nameEnd = at;
                    c.teamType = t.type;
                }
            }
        }
        c.name = joined(m_tokens, first, nameEnd);
        const QList<Named> existing = m_names.find(c.name, Teams);
        if (existing.size() == 1 && c.teamType != TeamType::None) {
            c.verb = QuickEntryCommand::Verb::SetTeamType;
            c.subject = existing.first().id;
            return c;
        }
        c.verb = QuickEntryCommand::Verb::AddTeam;
        if (auto error = checkNewName(first, nameEnd, c.name, Teams))
            return *error;
        return c;
    }

    // FROM -> TO [KIND]
    QuickEntryParse parseLink(int arrow)
    {
        if (arrow == 0)
            return atError(m_tokens[0].start, tr("Expected an asset name before \u201c->\u201d."));
        if (arrow + 1 == end())
            return expected(arrow, tr("an asset name"));
        const auto from = resolve(m_names, m_tokens, 0, arrow, Assets);
        if (const auto *error = std::get_if<QuickEntryError>(&from))
            return *error;
        QuickEntryCommand c;
        c.verb = QuickEntryCommand::Verb::Link;
        c.subject = std::get<Named>(from).id;
        // The longest asset name, then at most a kind word.
        for (int to = end(); to > arrow + 1; --to) {
            if (m_names.find(joined(m_tokens, arrow + 1, to), Assets).isEmpty())
                continue;
            const auto target = resolve(m_names, m_tokens, arrow + 1, to, Assets);
            if (const auto *error = std::get_if<QuickEntryError>(&target))
                return *error;
            c.target = std::get<Named>(target).id;
            if (to == end())
                return c;
            for (const KindWord &k : kLinkKindWords)
                if (keywordAt(m_tokens, to, k.word) == end() - to) {
                    c.linkKind = k.kind;
                    return c;
                }
            QStringList kinds;
            for (const KindWord &k : kLinkKindWords)
                kinds << keywordText(k.word);
            return spanError(m_tokens, to, end(),
                             tr("Unknown link kind \u201c%1\u201d: one of %2.")
                                 .arg(joined(m_tokens, to, end()), kinds.join(u", ")));
        }
        int to = end();
        for (const KindWord &k : kLinkKindWords)
            if (to - 1 > arrow + 1 && keywordAt(m_tokens, to - 1, k.word) == 1)
                to = end() - 1;
        return std::get<QuickEntryError>(resolve(m_names, m_tokens, arrow + 1, to, Assets));
    }

    // VERB SUBJECT to REST: the longest subject that names something, split at
    // an unquoted "to".
    std::variant<std::pair<Named, int>, QuickEntryError> subjectBeforeTo(int first, int kinds,
                                                                         const QString &usage)
    {
        QList<int> tos;
        for (int i = first + 1; i < end(); ++i)
            if (keywordAt(m_tokens, i, kTo) == 1)
                tos << i;
        if (tos.isEmpty()) {
            if (first == end())
                return expected(first - 1, tr("a name"));
            return atError(lineEnd(), tr("Expected \u201c%1\u201d: %2.").arg(tr(kTo), usage));
        }
        for (auto it = tos.crbegin(); it != tos.crend(); ++it)
            if (!m_names.find(joined(m_tokens, first, *it), kinds).isEmpty()) {
                const auto found = resolve(m_names, m_tokens, first, *it, kinds);
                if (const auto *error = std::get_if<QuickEntryError>(&found))
                    return *error;
                return std::make_pair(std::get<Named>(found), *it);
            }
        return std::get<QuickEntryError>(resolve(m_names, m_tokens, first, tos.first(), kinds));
    }

    // move ASSET|DOMAIN to DOMAIN
    QuickEntryParse parseMove(int first)
    {
        const auto subject = subjectBeforeTo(first, Assets | Domains, tr("move NAME to DOMAIN"));
        if (const auto *error = std::get_if<QuickEntryError>(&subject))
            return *error;
        const auto [named, to] = std::get<std::pair<Named, int>>(subject);
        if (to + 1 == end())
            return expected(to, tr("a domain name"));
        const auto domain = resolve(m_names, m_tokens, to + 1, end(), Domains);
        if (const auto *error = std::get_if<QuickEntryError>(&domain))
            return *error;
        QuickEntryCommand c;
        c.verb = QuickEntryCommand::Verb::Move;
        c.subject = named.id;
        c.target = std::get<Named>(domain).id;
        if (named.kind == EntityKind::Domain &&
            (c.subject == c.target ||
             m_map.wouldCreateCycle(DomainId(c.subject), DomainId(c.target))))
            return spanError(
                m_tokens, to + 1, end(),
                tr("\u201c%1\u201d is inside \u201c%2\u201d; a domain cannot move "
                   "into itself.")
                    .arg(joined(m_tokens, to + 1, end()), joined(m_tokens, first, to)));
        return c;
    }

    // owner ASSET|DOMAIN TEAM: the longest subject whose rest names a team.
    QuickEntryParse parseOwner(int first)
    {
        if (first == end())
            return expected(first - 1, tr("an asset or domain name"));
        int longest = -1;
        for (int split = end(); split > first; --split) {
            if (m_names.find(joined(m_tokens, first, split), Assets | Domains).isEmpty())
                continue;
            if (longest < 0)
                longest = split;
            if (split < end() && !m_names.find(joined(m_tokens, split, end()), Teams).isEmpty()) {
                const auto subject = resolve(m_names, m_tokens, first, split, Assets | Domains);
                if (const auto *error = std::get_if<QuickEntryError>(&subject))
                    return *error;
                const auto team = resolve(m_names, m_tokens, split, end(), Teams);
                if (const auto *error = std::get_if<QuickEntryError>(&team))
                    return *error;
                QuickEntryCommand c;
                c.verb = QuickEntryCommand::Verb::Owner;
                c.subject = std::get<Named>(subject).id;
                c.target = std::get<Named>(team).id;
                return c;
            }
        }
        if (longest < 0)
            return std::get<QuickEntryError>(
                resolve(m_names, m_tokens, first, end(), Assets | Domains));
        if (longest == end())
            return expected(end() - 1, tr("a team name"));
        return std::get<QuickEntryError>(resolve(m_names, m_tokens, longest, end(), Teams));
    }

    // rename NAME to NEW NAME
    QuickEntryParse parseRename(int first)
    {
        const auto subject = subjectBeforeTo(first, All, tr("rename NAME to NEW NAME"));
        if (const auto *error = std::get_if<QuickEntryError>(&subject))
            return *error;
        const auto [named, to] = std::get<std::pair<Named, int>>(subject);
        if (to + 1 == end())
            return expected(to, tr("the new name"));
        QuickEntryCommand c;
        c.verb = QuickEntryCommand::Verb::Rename;
        c.subject = named.id;
        c.name = joined(m_tokens, to + 1, end());
        const int kinds = Names::bit(named.kind);
        // A new spelling of its own name is fine; another's name is not.
        const QList<Named> taken = m_names.find(c.name, kinds);
        if (!(taken.size() == 1 && taken.first().id == c.subject))
            if (auto error = checkNewName(to + 1, end(), c.name, kinds))
                return *error;
        return c;
    }

    QuickEntryParse parseDelete(int first)
    {
        if (first == end())
            return expected(first - 1, tr("a name"));
        const auto found = resolve(m_names, m_tokens, first, end(), All);
        if (const auto *error = std::get_if<QuickEntryError>(&found))
            return *error;
        QuickEntryCommand c;
        c.verb = QuickEntryCommand::Verb::Delete;
        c.subject = std::get<Named>(found).id;
        return c;
    }

    const QString &m_line;
    const MapData &m_map;
    Names m_names;
    QList<Token> m_tokens;
};

} // namespace

QString QuickEntryError::text() const
{
    return QCoreApplication::translate("QuickEntry", "Column %1: %2").arg(column + 1).arg(message);
}

QuickEntryParse parseQuickEntry(const QString &line, const MapData &map)
{
    return Parser(line, map).parse();
}

} // namespace OrgMap
