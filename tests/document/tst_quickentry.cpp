#include "document/document.h"
#include "document/quickentry.h"

#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace OrgMap;

namespace {

// Names with spaces, a name that is a prefix of another ("Checkout" and
// "Checkout API"), and a nested domain.
MapData sampleMap()
{
    MapData m;
    auto domain = [&](const char *id, const char *name, const char *parent) {
        Domain d;
        d.id = DomainId(QString::fromLatin1(id));
        d.name = QString::fromLatin1(name);
        d.parent = DomainId(QString::fromLatin1(parent));
        m.domains.insert(d.id, d);
    };
    domain("d-bill", "Billing", "");
    domain("d-fin", "Finance", "");
    domain("d-care", "Customer Care", "d-fin");
    auto team = [&](const char *id, const char *name) {
        Team t;
        t.id = TeamId(QString::fromLatin1(id));
        t.name = QString::fromLatin1(name);
        m.teams.insert(t.id, t);
    };
    team("t-core", "Core Platform");
    team("t-check", "Checkout");
    auto asset = [&](const char *id, const char *name, const char *domain) {
        Asset a;
        a.id = AssetId(QString::fromLatin1(id));
        a.name = QString::fromLatin1(name);
        a.domain = DomainId(QString::fromLatin1(domain));
        m.assets.insert(a.id, a);
    };
    asset("s-pay", "Payments", "d-bill");
    asset("s-api", "Checkout API", "");
    asset("s-in", "Sign in", "");
    Asset ledger;
    ledger.id = AssetId(u"dp-led"_qs);
    ledger.kind = AssetKind::DataProduct;
    ledger.name = u"Ledger"_qs;
    ledger.domain = DomainId(u"d-fin"_qs);
    m.assets.insert(ledger.id, ledger);
    Link l;
    l.key = {AssetId(u"s-api"_qs), AssetId(u"s-pay"_qs), LinkKind::Api};
    m.links.insert(l.key, l);
    return m;
}

// What a parse says, in one line a table can hold.
QString describe(const QuickEntryParse &parse)
{
    if (const auto *e = std::get_if<QuickEntryError>(&parse))
        return u"error %1+%2: %3"_qs.arg(e->column).arg(e->length).arg(e->message);
    const auto &c = std::get<QuickEntryCommand>(parse);
    using V = QuickEntryCommand::Verb;
    switch (c.verb) {
    case V::AddAsset:
        return u"add %1 '%2' in=%3 owner=%4"_qs.arg(toString(c.assetKind), c.name, c.domain.str(),
                                                    c.owner.str());
    case V::AddDomain:
        return u"add domain '%1' in=%2 owner=%3"_qs.arg(c.name, c.domain.str(), c.owner.str());
    case V::AddTeam:
        return u"add team '%1' type=%2"_qs.arg(c.name, toString(c.teamType));
    case V::SetTeamType:
        return u"type %1 %2"_qs.arg(c.subject, toString(c.teamType));
    case V::Link:
        return u"link %1 %2 %3"_qs.arg(c.subject, c.target, toString(c.linkKind));
    case V::Move:
        return u"move %1 %2"_qs.arg(c.subject, c.target);
    case V::Owner:
        return u"owner %1 %2"_qs.arg(c.subject, c.target);
    case V::Rename:
        return u"rename %1 '%2'"_qs.arg(c.subject, c.name);
    case V::Delete:
        return u"delete %1"_qs.arg(c.subject);
    }
    return {};
}

} // namespace

class TestQuickEntry : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void apply_data();
    void apply();
    void refusedByTheMap();
    void completions_data();
    void completions();
    void translatedKeywordsAndEnglish();
};

void TestQuickEntry::parse_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *line, const char *expected) {
        QTest::newRow(line) << QString::fromUtf8(line) << QString::fromUtf8(expected);
    };
    // Adding assets and domains, clauses in either order, names with spaces.
    row("service Refunds in Billing owned by Core Platform",
        "add service 'Refunds' in=d-bill owner=t-core");
    row("service Refunds owned by Core Platform in Customer Care",
        "add service 'Refunds' in=d-care owner=t-core");
    row("SERVICE Refunds", "add service 'Refunds' in= owner=");
    row("data product General Ledger in Finance",
        "add data-product 'General Ledger' in=d-fin owner=");
    row("service \"Log in\" in Billing", "add service 'Log in' in=d-bill owner=");
    row("domain Risk in Finance owned by Checkout", "add domain 'Risk' in=d-fin owner=t-check");
    row("service Refunds in Biling", "error 19+6: No domain named “Biling”.");
    row("service Refunds in", "error 18+0: Expected a domain name after “in”.");
    row("service Refunds owned by Nobody", "error 25+6: No team named “Nobody”.");
    row("service Refunds in Billing in Finance", "error 27+2: “in” is given twice.");
    row("service", "error 7+0: Expected a name after “service”.");
    row("service in Billing", "error 8+0: Expected a name after “service”.");
    row("service payments", "error 8+8: Another asset is named “payments”.");
    row("domain Finance", "error 7+7: Another domain is named “Finance”.");
    row("service \"Refunds", "error 8+8: This quote is not closed.");
    // Teams: a trailing type word, or the type of an existing team.
    row("team Data Mesh platform", "add team 'Data Mesh' type=platform");
    row("team Data Mesh", "add team 'Data Mesh' type=");
    row("team Core Platform stream-aligned", "type t-core stream-aligned");
    row("team \"Platform\"", "add team 'Platform' type=");
    row("team Checkout", "error 5+8: Another team is named “Checkout”.");
    row("team", "error 4+0: Expected a team name after “team”.");
    // Links: the longest name wins ("Checkout API", not "Checkout").
    row("Payments -> Checkout API", "link s-pay s-api api");
    row("Checkout API -> Payments event", "link s-api s-pay event");
    row("Checkout API->Ledger data", "link s-api dp-led data");
    row("Checkout API -> Payments soap",
        "error 25+4: Unknown link kind “soap”: one of api, data, event.");
    row("Checkout API -> Paymnts", "error 16+7: No asset named “Paymnts”.");
    row("Checkout API -> Paymnts event", "error 16+7: No asset named “Paymnts”.");
    row("Chekout API -> Payments", "error 0+11: No asset named “Chekout API”.");
    row("Checkout -> Payments", "error 0+8: No asset named “Checkout”.");
    row("-> Payments", "error 0+0: Expected an asset name before “->”.");
    row("Payments ->", "error 11+0: Expected an asset name after “->”.");
    // Move, owner, rename, delete.
    row("move Payments to Finance", "move s-pay d-fin");
    row("move Customer Care to Billing", "move d-care d-bill");
    row("move Finance to Customer Care",
        "error 16+13: “Customer Care” is inside “Finance”; a domain cannot move into itself.");
    row("move Payments to Nowhere", "error 17+7: No domain named “Nowhere”.");
    row("move Paymnts to Finance", "error 5+7: No asset or domain named “Paymnts”.");
    row("move Payments Finance", "error 21+0: Expected “to”: move NAME to DOMAIN.");
    row("owner Ledger Core Platform", "owner dp-led t-core");
    row("owner Customer Care Checkout", "owner d-care t-check");
    row("owner Ledger Core Platfrom", "error 13+13: No team named “Core Platfrom”.");
    row("owner Ledgr Core Platform", "error 6+19: No asset or domain named “Ledgr Core Platform”.");
    row("owner Ledger", "error 12+0: Expected a team name after “Ledger”.");
    row("rename Ledger to General Ledger", "rename dp-led 'General Ledger'");
    row("rename Ledger to ledger", "rename dp-led 'ledger'");
    row("rename Checkout to Checkout Team", "rename t-check 'Checkout Team'");
    row("rename Ledger to Payments", "error 17+8: Another asset is named “Payments”.");
    row("rename Ledger to", "error 16+0: Expected the new name after “to”.");
    row("delete Sign in", "delete s-in");
    row("delete Customer Care", "delete d-care");
    row("delete Nothing", "error 7+7: No domain, team or asset named “Nothing”.");
    // Not a command at all.
    row("", "error 0+0: Type a command, for example: service Payments in Billing.");
    row("create Foo",
        "error 0+6: Unknown command “create”: start with service, data product, domain, team, "
        "move, owner, rename, delete, or write A -> B.");
}

void TestQuickEntry::parse()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    const MapData map = sampleMap();
    QCOMPARE(describe(parseQuickEntry(line, map)), expected);
}

void TestQuickEntry::apply_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("check"); // what the map shows afterwards
    auto row = [](const char *line, const char *check) {
        QTest::newRow(line) << QString::fromUtf8(line) << QString::fromUtf8(check);
    };
    row("service Refunds in Billing owned by Core Platform", "asset Refunds d-bill t-core");
    row("data product General Ledger in Finance", "asset General Ledger d-fin ");
    row("domain Risk in Finance", "domain Risk d-fin");
    row("team Data Mesh platform", "team Data Mesh platform");
    row("team Core Platform enabling", "team Core Platform enabling");
    row("Payments -> Ledger data", "links 2");
    row("move Payments to Finance", "asset Payments d-fin ");
    row("move Customer Care to Billing", "domain Customer Care d-bill");
    row("owner Ledger Core Platform", "asset Ledger d-fin t-core");
    row("rename Ledger to General Ledger", "asset General Ledger d-fin ");
    row("delete Payments", "links 0");
}

void TestQuickEntry::apply()
{
    QFETCH(QString, line);
    QFETCH(QString, check);
    Document doc;
    doc.reset(sampleMap());
    const MapData before = doc.data();
    const auto parse = parseQuickEntry(line, doc.data());
    QVERIFY2(std::holds_alternative<QuickEntryCommand>(parse), qPrintable(describe(parse)));
    QString error;
    const QString id = applyQuickEntry(&doc, std::get<QuickEntryCommand>(parse), {}, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QCOMPARE(doc.undoStack()->count(), 1); // one undoable step

    const MapData &m = doc.data();
    QString seen;
    const QStringList words = check.split(u' ');
    if (words[0] == u"links") {
        seen = u"links %1"_qs.arg(m.links.size());
    } else {
        const QString name =
            words.mid(1, check.count(u' ') - (words[0] == u"asset" ? 2 : 1)).join(u' ');
        for (const Asset &a : m.assets)
            if (a.name == name && words[0] == u"asset")
                seen = u"asset %1 %2 %3"_qs.arg(a.name, a.domain.str(), a.owner.str());
        for (const Domain &d : m.domains)
            if (d.name == name && words[0] == u"domain")
                seen = u"domain %1 %2"_qs.arg(d.name, d.parent.str());
        for (const Team &t : m.teams)
            if (t.name == name && words[0] == u"team")
                seen = u"team %1 %2"_qs.arg(t.name, toString(t.type));
    }
    QCOMPARE(seen, check);

    doc.undoStack()->undo();
    QCOMPARE(doc.data(), before);
}

void TestQuickEntry::refusedByTheMap()
{
    // The parse is fine; the map refuses (the link exists): nothing changes.
    Document doc;
    doc.reset(sampleMap());
    const auto parse = parseQuickEntry(u"Checkout API -> Payments"_qs, doc.data());
    QVERIFY(std::holds_alternative<QuickEntryCommand>(parse));
    QString error;
    QVERIFY(applyQuickEntry(&doc, std::get<QuickEntryCommand>(parse), {}, &error).isEmpty());
    QCOMPARE(error, u"That link is on the map."_qs);
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(doc.data(), sampleMap());

    // The placement decides where a new asset goes.
    const auto add = parseQuickEntry(u"service Refunds in Billing"_qs, doc.data());
    const QString id = applyQuickEntry(
        &doc, std::get<QuickEntryCommand>(add),
        [](const MapData &, EntityKind kind, const DomainId &domain) -> std::optional<Geometry> {
            if (kind == EntityKind::Asset && domain == DomainId(u"d-bill"_qs))
                return Geometry::at({42, 7});
            return std::nullopt;
        },
        &error);
    QCOMPARE(doc.data().assets.value(AssetId(id)).geometry, Geometry::at({42, 7}));
}

void TestQuickEntry::completions_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("excludes");
    QTest::newRow("start") << u"se"_qs << QStringList{u"service"_qs, u"Payments"_qs}
                           << QStringList{u"Billing"_qs};
    QTest::newRow("in: domains") << u"service Refunds in Bi"_qs
                                 << QStringList{u"service Refunds in Billing"_qs,
                                                u"service Refunds in Customer Care"_qs}
                                 << QStringList{u"service Refunds in Payments"_qs};
    QTest::newRow("owned by: teams")
        << u"service Refunds in Billing owned by "_qs
        << QStringList{u"service Refunds in Billing owned by Core Platform"_qs}
        << QStringList{u"service Refunds in Billing owned by Billing"_qs};
    QTest::newRow("after a name: clauses")
        << u"service Refunds "_qs
        << QStringList{u"service Refunds in"_qs, u"service Refunds owned by"_qs} << QStringList{};
    QTest::newRow("link target") << u"Checkout API -> Pa"_qs
                                 << QStringList{u"Checkout API -> Payments"_qs}
                                 << QStringList{u"Checkout API -> Core Platform"_qs};
    QTest::newRow("link kind") << u"Checkout API -> Payments "_qs
                               << QStringList{u"Checkout API -> Payments event"_qs}
                               << QStringList{};
    QTest::newRow("link arrow") << u"Checkout API "_qs << QStringList{u"Checkout API -> "_qs}
                                << QStringList{};
    QTest::newRow("owner: then teams")
        << u"owner Ledger Co"_qs << QStringList{u"owner Ledger Core Platform"_qs}
        << QStringList{u"owner Ledger Payments"_qs};
    QTest::newRow("move: to domains")
        << u"move Payments to F"_qs << QStringList{u"move Payments to Finance"_qs}
        << QStringList{u"move Payments to Ledger"_qs};
    QTest::newRow("team types") << u"team Data Mesh p"_qs
                                << QStringList{u"team Data Mesh platform"_qs} << QStringList{};
}

void TestQuickEntry::completions()
{
    QFETCH(QString, line);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, excludes);
    const QStringList got = quickEntryCompletions(line, sampleMap());
    for (const QString &c : contains)
        QVERIFY2(got.contains(c), qPrintable(c + u" not in "_qs + got.join(u" | "_qs)));
    for (const QString &c : excludes)
        QVERIFY2(!got.contains(c), qPrintable(c));
}

namespace {
// A translation of two keywords, as a .qm file would give them.
class TwoKeywords : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "QuickEntry") != 0)
            return {};
        if (qstrcmp(source, "service") == 0)
            return u"dienst"_qs;
        if (qstrcmp(source, "in") == 0)
            return u"im"_qs;
        return {};
    }
};
} // namespace

// Keywords are translatable; their English form always works too.
void TestQuickEntry::translatedKeywordsAndEnglish()
{
    TwoKeywords translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const MapData map = sampleMap();
    const QString expected = u"add service 'Refunds' in=d-bill owner="_qs;
    QCOMPARE(describe(parseQuickEntry(u"dienst Refunds im Billing"_qs, map)), expected);
    QCOMPARE(describe(parseQuickEntry(u"service Refunds in Billing"_qs, map)), expected);
    QCOMPARE(describe(parseQuickEntry(u"Dienst Refunds in Billing"_qs, map)), expected);
    QCoreApplication::removeTranslator(&translator);
    // Without the translation the word is no keyword.
    QVERIFY(
        describe(parseQuickEntry(u"dienst Refunds im Billing"_qs, map)).startsWith(u"error"_qs));
}

QTEST_GUILESS_MAIN(TestQuickEntry)
#include "tst_quickentry.moc"
