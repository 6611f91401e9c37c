#include "quickentry.h"

#include "core/rules.h"
#include "document.h"

#include <QCoreApplication>
#include <QHash>
#include <QUndoStack>
#include <algorithm>

namespace OrgMap {

namespace {

// Keywords in English; each also accepted in the current translation.
const char *const kService = QT_TRANSLATE_NOOP("QuickEntry", "service");
const char *const kDataProduct = QT_TRANSLATE_NOOP("QuickEntry", "data product");
const char *const kDomain = QT_TRANSLATE_NOOP("QuickEntry", "domain");
const char *const kTeam = QT_TRANSLATE_NOOP("QuickEntry", "team");
const char *const kMove = QT_TRANSLATE_NOOP("QuickEntry", "move");
const char *const kOwner = QT_TRANSLATE_NOOP("QuickEntry", "owner");
const char *const kRename = QT_TRANSLATE_NOOP("QuickEntry", "rename");
const char *const kDelete = QT_TRANSLATE_NOOP("QuickEntry", "delete");
const char *const kTo = QT_TRANSLATE_NOOP("QuickEntry", "to");
const char *const kIn = QT_TRANSLATE_NOOP("QuickEntry", "in");
const char *const kOwnedBy = QT_TRANSLATE_NOOP("QuickEntry", "owned by");
const char *const kArrow = "->";

struct TypeWord
{
    const char *word;
    TeamType type;
};
const TypeWord kTeamTypeWords[] = {
    {QT_TRANSLATE_NOOP("QuickEntry", "stream-aligned"), TeamType::StreamAligned},
    {QT_TRANSLATE_NOOP("QuickEntry", "platform"), TeamType::Platform},
    {QT_TRANSLATE_NOOP("QuickEntry", "enabling"), TeamType::Enabling},
    {QT_TRANSLATE_NOOP("QuickEntry", "complicated-subsystem"), TeamType::ComplicatedSubsystem},
};
struct KindWord
{
    const char *word;
    LinkKind kind;
};
const KindWord kLinkKindWords[] = {
    {QT_TRANSLATE_NOOP("QuickEntry", "api"), LinkKind::Api},
    {QT_TRANSLATE_NOOP("QuickEntry", "data"), LinkKind::Data},
    {QT_TRANSLATE_NOOP("QuickEntry", "event"), LinkKind::Event},
};
const char *const kCommands[] = {kService, kDataProduct, kDomain, kTeam,
                                 kMove,    kOwner,       kRename, kDelete};

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("QuickEntry", text, disambiguation, n);
}

// The forms of a keyword: English, and the translation when it differs.
QStringList forms(const char *english)
{
    QStringList out{QString::fromUtf8(english)};
    const QString translated = tr(english);
    if (translated.compare(out.first(), Qt::CaseInsensitive) != 0)
        out << translated;
    return out;
}

struct Token
{
    QString text;
    int start = 0;
    int end = 0;
    bool quoted = false;
};

// Splits on white space; "->" is a token of its own; "double quotes" make
// one token. An unclosed quote runs to the end (the parser refuses it).
QList<Token> tokenize(const QString &line, int *unclosedQuote = nullptr)
{
    QList<Token> tokens;
    int i = 0;
    const int n = int(line.size());
    while (i < n) {
        if (line[i].isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        if (line[i] == u'"') {
            const int close = int(line.indexOf(u'"', i + 1));
            t.quoted = true;
            if (close < 0) {
                if (unclosedQuote)
                    *unclosedQuote = i;
                t.text = line.mid(i + 1);
                t.end = n;
            } else {
                t.text = line.mid(i + 1, close - i - 1);
                t.end = close + 1;
            }
        } else if (line.mid(i, 2) == QLatin1String(kArrow)) {
            t.text = QString::fromLatin1(kArrow);
            t.end = i + 2;
        } else {
            int j = i;
            while (j < n && !line[j].isSpace() && line[j] != u'"' &&
                   line.mid(j, 2) != QLatin1String(kArrow))
                ++j;
            t.text = line.mid(i, j - i);
            t.end = j;
        }
        i = t.end;
        tokens << t;
    }
    return tokens;
}

// How many tokens from `i` spell the keyword (0: not there). Quoted tokens
// are never keywords.
int keywordAt(const QList<Token> &tokens, int i, const char *english)
{
    for (const QString &form : forms(english)) {
        const QStringList words = form.split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty() || i + words.size() > tokens.size())
            continue;
        bool all = true;
        for (int k = 0; k < words.size() && all; ++k)
            all = !tokens[i + k].quoted &&
                  tokens[i + k].text.compare(words[k], Qt::CaseInsensitive) == 0;
        if (all)
            return int(words.size());
    }
    return 0;
}

QString joined(const QList<Token> &tokens, int from, int to)
{
    QStringList words;
    for (int k = from; k < to; ++k)
        words << tokens[k].text;
    return words.join(u' ');
}

struct Named
{
    EntityKind kind;
    QString id;
};

enum Kinds
{
    Domains = 1,
    Teams = 2,
    Assets = 4,
    All = 7
};

// Every name on the map, folded, to what it names.
class Names
{
public:
    explicit Names(const MapData &map)
    {
        for (const Domain &d : map.domains)
            m_byName[key(d.name)] << Named{EntityKind::Domain, d.id.str()};
        for (const Team &t : map.teams)
            m_byName[key(t.name)] << Named{EntityKind::Team, t.id.str()};
        for (const Asset &a : map.assets)
            m_byName[key(a.name)] << Named{EntityKind::Asset, a.id.str()};
    }
    static QString key(const QString &name) { return name.simplified().toCaseFolded(); }
    QList<Named> find(const QString &name, int kinds) const
    {
        QList<Named> out;
        for (const Named &n : m_byName.value(key(name)))
            if (kinds & bit(n.kind))
                out << n;
        return out;
    }
    static int bit(EntityKind kind)
    {
        return kind == EntityKind::Domain  ? Domains
               : kind == EntityKind::Team  ? Teams
               : kind == EntityKind::Asset ? Assets
                                           : 0;
    }

private:
    QHash<QString, QList<Named>> m_byName;
};

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

// The first unquoted position >= from where one of the keywords starts.
int findKeyword(const QList<Token> &tokens, int from, std::initializer_list<const char *> words,
                int *length = nullptr)
{
    for (int i = from; i < tokens.size(); ++i)
        for (const char *w : words)
            if (int n = keywordAt(tokens, i, w)) {
                if (length)
                    *length = n;
                return i;
            }
    return int(tokens.size());
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

QString applyQuickEntry(Document *document, const QuickEntryCommand &c,
                        const QuickEntryPlacement &placement, QString *error)
{
    const MapData &map = document->data();
    auto place = [&](EntityKind kind, const DomainId &domain) -> std::optional<Geometry> {
        return placement ? placement(map, kind, domain) : std::nullopt;
    };
    auto refuse = [error](const QString &reason) {
        if (error)
            *error = reason;
        return QString();
    };
    using Verb = QuickEntryCommand::Verb;
    switch (c.verb) {
    case Verb::AddAsset: {
        Asset a;
        const bool service = c.assetKind == AssetKind::Service;
        a.id = AssetId(document->uniqueId(service ? u"s"_qs : u"dp"_qs));
        a.kind = c.assetKind;
        a.name = c.name;
        a.domain = c.domain;
        a.owner = c.owner;
        a.geometry = place(EntityKind::Asset, c.domain);
        if (const QString why = document->checkAsset(a, map); !why.isEmpty())
            return refuse(why);
        document->addAsset(a);
        return a.id.str();
    }
    case Verb::AddDomain: {
        Domain d;
        d.id = DomainId(document->uniqueId(u"d"_qs));
        d.name = c.name;
        d.parent = c.domain;
        d.owner = c.owner;
        d.geometry = place(EntityKind::Domain, c.domain);
        if (const QString why = document->checkDomain(d, map); !why.isEmpty())
            return refuse(why);
        document->addDomain(d);
        return d.id.str();
    }
    case Verb::AddTeam: {
        Team t;
        t.id = TeamId(document->uniqueId(u"t"_qs));
        t.name = c.name;
        t.type = c.teamType;
        t.geometry = place(EntityKind::Team, DomainId());
        if (const QString why = document->checkTeam(t, map); !why.isEmpty())
            return refuse(why);
        document->addTeam(t);
        return t.id.str();
    }
    case Verb::SetTeamType: {
        Team t = map.teams.value(TeamId(c.subject));
        t.type = c.teamType;
        if (!document->changeTeam(t, QCoreApplication::translate("QuickEntry", "Set team type")))
            return refuse(QCoreApplication::translate("QuickEntry", "The team has that type."));
        return c.subject;
    }
    case Verb::Link: {
        Link l;
        l.key = {AssetId(c.subject), AssetId(c.target), c.linkKind};
        if (map.links.contains(l.key))
            return refuse(QCoreApplication::translate("QuickEntry", "That link is on the map."));
        if (const QString why = document->checkLink(l, map); !why.isEmpty())
            return refuse(why);
        document->addLink(l);
        return c.subject;
    }
    case Verb::Move: {
        if (map.kindOf(c.subject) == EntityKind::Asset) {
            Asset a = map.assets.value(AssetId(c.subject));
            if (a.domain == DomainId(c.target))
                return refuse(QCoreApplication::translate("QuickEntry", "It is there already."));
            a.domain = DomainId(c.target);
            if (auto g = place(EntityKind::Asset, a.domain))
                a.geometry = g;
            if (!document->changeAsset(a, QCoreApplication::translate("QuickEntry", "Move asset")))
                return refuse(document->checkAsset(a, map));
            return c.subject;
        }
        if (map.domains.value(DomainId(c.subject)).parent == DomainId(c.target))
            return refuse(QCoreApplication::translate("QuickEntry", "It is there already."));
        if (!document->setDomainParent(DomainId(c.subject), DomainId(c.target)))
            return refuse(QCoreApplication::translate("QuickEntry", "The map refuses that move."));
        return c.subject;
    }
    case Verb::Owner: {
        const bool ok = map.kindOf(c.subject) == EntityKind::Asset
                            ? document->setAssetOwner(AssetId(c.subject), TeamId(c.target))
                            : document->setDomainOwner(DomainId(c.subject), TeamId(c.target));
        if (!ok)
            return refuse(QCoreApplication::translate("QuickEntry", "It has that owner already."));
        return c.subject;
    }
    case Verb::Rename:
        if (!document->rename(c.subject, c.name))
            return refuse(QCoreApplication::translate("QuickEntry", "It has that name already."));
        return c.subject;
    case Verb::Delete:
        document->remove({c.subject});
        return c.subject;
    }
    return {};
}

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
    Names index(map);
    auto names_of = [&](int from, int to, int kinds) {
        return from < to && !index.find(joined(tokens, from, to), kinds).isEmpty();
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
