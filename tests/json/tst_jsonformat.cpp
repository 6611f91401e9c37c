// The validation rules of the interchange format: one row per rule, each a
// small document that breaks exactly that rule.

#include "json/jsonformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cmath>

using namespace OrgMap;

namespace {

// Sections every "with" row starts from; a row replaces the sections it names.
// Links need s-a and s-b, interactions t-a and t-b; nothing refers to domains.
const char *const kBaseSections[][2] = {
    {"domains", R"([{"id": "d-a", "name": "A"}, {"id": "d-b", "name": "B"}])"},
    {"teams", R"([{"id": "t-a", "name": "A"}, {"id": "t-b", "name": "B"}])"},
    {"assets", R"([{"id": "s-a", "kind": "service", "name": "S A"},
                  {"id": "s-b", "kind": "service", "name": "S B"},
                  {"id": "dp-a", "kind": "data-product", "name": "D"}])"},
    {"links", R"([{"from": "s-a", "to": "s-b", "kind": "api"}])"},
    {"interactions", R"([{"from": "t-a", "to": "t-b", "mode": "collaboration"}])"},
};

// A valid document with `fragment` (members of the root object, as text)
// replacing the base sections it names.
QByteArray with(const QByteArray &fragment)
{
    const QJsonObject overrides = QJsonDocument::fromJson("{" + fragment + "}").object();
    QByteArray doc = R"({"format": "orgmap", "version": 1, "name": "T")";
    for (const auto &[key, value] : kBaseSections) {
        if (!overrides.contains(QLatin1String(key)))
            doc += ",\n\"" + QByteArray(key) + "\": " + value;
    }
    if (!fragment.isEmpty())
        doc += ",\n" + fragment;
    return doc + "}";
}

QByteArray header(const QByteArray &rest)
{
    return R"({"format": "orgmap", "version": 1, )" + rest + "}";
}

QString dump(const QList<FormatError> &errors)
{
    QStringList lines;
    for (const FormatError &e : errors)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestJsonFormat : public QObject
{
    Q_OBJECT

private slots:
    void baseIsValid();
    void invalidDocument_data();
    void invalidDocument();
    void validDocument_data();
    void validDocument();
    void reportsEveryError();
    void capsTheNumberOfErrors();
    void syntaxErrorNamesLineAndColumn();
    void loneSurrogatesAreRefused_data();
    void loneSurrogatesAreRefused();
    void syntaxErrorMessages_data();
    void syntaxErrorMessages();
    void lenientTextReadsAsBefore_data();
    void lenientTextReadsAsBefore();
    void duplicateKeysKeepTheLast();
    void newerVersionStopsValidation();
    void emptyStringsMeanAbsent();
    void errorToString();
};

void TestJsonFormat::baseIsValid()
{
    const JsonReadResult result = readMapJson(with({}));
    QVERIFY2(result.errors.isEmpty(), qPrintable(dump(result.errors)));
    QVERIFY(result.map.has_value());
    QCOMPARE(result.map->assets.size(), 3);
}

void TestJsonFormat::invalidDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const QByteArray &json, const char *pointer,
                        const char *message) {
        QTest::newRow(name) << json << QString::fromUtf8(pointer) << QString::fromUtf8(message);
    };
    const QByteArray longName(201, 'n');
    const QByteArray longId(129, 'i');

    // The document
    row("root array", "[]", "", "must be a JSON object, not an array");
    row("syntax", "{\"format\": \"orgmap\",\n \"name\": }", "", "invalid JSON at line 2");
    row("format missing", R"({"version": 1, "name": "T"})", "", R"(missing required key "format")");
    row("format wrong", R"({"format": "orgmapp", "version": 1, "name": "T"})", "/format",
        R"(must be "orgmap", not "orgmapp")");
    row("format type", R"({"format": 1, "version": 1, "name": "T"})", "/format",
        "must be a string, not a number");
    row("version missing", R"({"format": "orgmap", "name": "T"})", "",
        R"(missing required key "version")");
    row("version string", R"({"format": "orgmap", "version": "1", "name": "T"})", "/version",
        "must be an integer, not a string");
    row("version fraction", R"({"format": "orgmap", "version": 1.5, "name": "T"})", "/version",
        "must be an integer, not 1.5");
    row("version newer", R"({"format": "orgmap", "version": 2, "name": "T"})", "/version",
        "version 2 is newer than this OrgMap supports (highest: 1)");
    row("version zero", R"({"format": "orgmap", "version": 0, "name": "T"})", "/version",
        "version 0 does not exist");
    row("name missing", header(R"("description": "d")"), "", R"(missing required key "name")");
    row("name empty", header(R"("name": "")"), "/name", "must not be empty");
    row("name null", header(R"("name": null)"), "/name", "must be a string, not null");
    row("name too long", header("\"name\": \"" + longName + "\""), "/name",
        "name is 201 characters long (at most 200)");
    row("name too long in code points",
        header("\"name\": \"" + QString::fromUtf8("😀").repeated(201).toUtf8() + "\""), "/name",
        "name is 201 characters long (at most 200)");
    row("description type", with(R"("description": 3)"), "/description",
        "must be a string, not a number");
    row("root unknown key", with(R"("colour": "red")"), "/colour", R"(unknown key "colour")");
    row("unknown key escaped", with(R"("a/b~c": 1)"), "/a~1b~0c", R"(unknown key "a/b~c")");
    row("extension prefix is case-sensitive", with(R"("X-note": 1)"), "/X-note",
        R"(extension keys must start with "x-")");
    row("section not array", with(R"("domains": {})"), "/domains",
        "must be an array, not an object");
    row("section null", with(R"("domains": null)"), "/domains", "must be an array, not null");
    row("element not object", with(R"("domains": ["d-a"])"), "/domains/0",
        "must be an object, not a string");

    // Ids
    row("id missing", with(R"("domains": [{"name": "A"}])"), "/domains/0",
        R"(missing required key "id")");
    row("id type", with(R"("domains": [{"id": 7, "name": "A"}])"), "/domains/0/id",
        "must be a string, not a number");
    row("id empty", with(R"("domains": [{"id": "", "name": "A"}])"), "/domains/0/id",
        "must not be empty");
    row("id characters", with(R"("domains": [{"id": "d a", "name": "A"}])"), "/domains/0/id",
        R"(invalid id "d a")");
    row("id too long", with("\"domains\": [{\"id\": \"" + longId + "\", \"name\": \"A\"}]"),
        "/domains/0/id", "id is 129 characters long (at most 128)");
    row("id duplicate",
        with(R"("domains": [{"id": "d-a", "name": "A"}, {"id": "d-a", "name": "B"}])"),
        "/domains/1/id", R"(duplicate id "d-a" (first used at /domains/0))");
    row("id shared namespace",
        with(R"("teams": [{"id": "t-a", "name": "A"}, {"id": "t-b", "name": "B"},
                          {"id": "d-b", "name": "C"}])"),
        "/teams/2/id", R"(duplicate id "d-b" (first used at /domains/1))");

    // Domains
    row("parent unknown", with(R"("domains": [{"id": "d-a", "name": "A", "parent": "d-x"}])"),
        "/domains/0/parent", R"(unknown domain "d-x")");
    row("parent is a team", with(R"("domains": [{"id": "d-a", "name": "A", "parent": "t-a"}])"),
        "/domains/0/parent", R"("t-a" is a team, not a domain)");
    row("parent is self", with(R"("domains": [{"id": "d-a", "name": "A", "parent": "d-a"}])"),
        "/domains/0/parent", "a domain cannot be its own parent");
    row("parent cycle", with(R"("domains": [{"id": "d-a", "name": "A", "parent": "d-b"},
                            {"id": "d-b", "name": "B", "parent": "d-a"}])"),
        "/domains/0/parent", "cycle in domain parents: d-a -> d-b -> d-a");
    row("parent cycle entered from a tail",
        with(R"("domains": [{"id": "d-t", "name": "T", "parent": "d-a"},
                            {"id": "d-c", "name": "C", "parent": "d-a"},
                            {"id": "d-a", "name": "A", "parent": "d-b"},
                            {"id": "d-b", "name": "B", "parent": "d-c"}])"),
        "/domains/1/parent", "cycle in domain parents: d-c -> d-a -> d-b -> d-c");
    row("domain owner unknown",
        with(R"("domains": [{"id": "d-a", "name": "A", "owner": "t-billing"}])"),
        "/domains/0/owner", R"(unknown team "t-billing")");
    row("domain owner is a domain",
        with(
            R"("domains": [{"id": "d-a", "name": "A"}, {"id": "d-b", "name": "B", "owner": "d-a"}])"),
        "/domains/1/owner", R"("d-a" is a domain, not a team)");
    row("colour", with(R"("domains": [{"id": "d-a", "name": "A", "color": "red"}])"),
        "/domains/0/color", R"(invalid colour "red")");
    row("colour short", with(R"("domains": [{"id": "d-a", "name": "A", "color": "#fff"}])"),
        "/domains/0/color", R"(invalid colour "#fff")");
    row("colour typo", with(R"("domains": [{"id": "d-a", "name": "A", "colour": "#ffffff"}])"),
        "/domains/0/colour", R"(unknown key "colour" (did you mean "color"?))");
    row("geometry type", with(R"("domains": [{"id": "d-a", "name": "A", "geometry": [1, 2]}])"),
        "/domains/0/geometry", "must be an object, not an array");
    row("geometry w missing",
        with(R"("domains": [{"id": "d-a", "name": "A", "geometry": {"x": 0, "y": 0, "h": 5}}])"),
        "/domains/0/geometry", R"(missing required key "w")");
    row("geometry w zero", with(R"("domains": [{"id": "d-a", "name": "A",
                             "geometry": {"x": 0, "y": 0, "w": 0, "h": 5}}])"),
        "/domains/0/geometry/w", "must be greater than 0, not 0");
    row("geometry h negative", with(R"("domains": [{"id": "d-a", "name": "A",
                             "geometry": {"x": 0, "y": 0, "w": 1, "h": -5}}])"),
        "/domains/0/geometry/h", "must be greater than 0, not -5");
    row("geometry x string", with(R"("domains": [{"id": "d-a", "name": "A",
                             "geometry": {"x": "0", "y": 0, "w": 1, "h": 1}}])"),
        "/domains/0/geometry/x", "must be a number, not a string");
    row("geometry unknown key", with(R"("domains": [{"id": "d-a", "name": "A",
                             "geometry": {"x": 0, "y": 0, "w": 1, "h": 1, "depth": 1}}])"),
        "/domains/0/geometry/depth", R"(unknown key "depth")");

    // Teams
    row("team name missing", with(R"("teams": [{"id": "t-a"}, {"id": "t-b", "name": "B"}])"),
        "/teams/0", R"(missing required key "name")");
    row("team type", with(R"("teams": [{"id": "t-a", "name": "A", "type": "plattform"},
                                      {"id": "t-b", "name": "B"}])"),
        "/teams/0/type", R"(unknown team type "plattform" (one of stream-aligned)");
    row("team type null", with(R"("teams": [{"id": "t-a", "name": "A", "type": null},
                                           {"id": "t-b", "name": "B"}])"),
        "/teams/0/type", "must be a string, not null");
    row("team geometry is a point",
        with(R"("teams": [{"id": "t-a", "name": "A", "geometry": {"x": 1, "y": 2, "w": 3}},
                          {"id": "t-b", "name": "B"}])"),
        "/teams/0/geometry/w", R"(unknown key "w")");
    row("team geometry y missing",
        with(R"("teams": [{"id": "t-a", "name": "A", "geometry": {"x": 1}},
                          {"id": "t-b", "name": "B"}])"),
        "/teams/0/geometry", R"(missing required key "y")");
    row("team unknown key", with(R"("teams": [{"id": "t-a", "name": "A"},
                                             {"id": "t-b", "name": "B", "members": 5}])"),
        "/teams/1/members", R"(unknown key "members")");

    // Assets
    const QByteArray sAsB = R"({"id": "s-a", "kind": "service", "name": "S A"},
                               {"id": "s-b", "kind": "service", "name": "S B"})";
    const auto assets = [&](const QByteArray &more) {
        return with("\"assets\": [" + sAsB + ", " + more + "]");
    };
    row("kind missing", assets(R"({"id": "x", "name": "X"})"), "/assets/2",
        R"(missing required key "kind")");
    row("kind unknown", assets(R"({"id": "x", "kind": "database", "name": "X"})"), "/assets/2/kind",
        R"(unknown asset kind "database" (one of service, data-product))");
    row("asset domain unknown",
        assets(R"({"id": "x", "kind": "service", "name": "X", "domain": "d-x"})"),
        "/assets/2/domain", R"(unknown domain "d-x")");
    row("asset domain is an asset",
        assets(R"({"id": "x", "kind": "service", "name": "X", "domain": "s-a"})"),
        "/assets/2/domain", R"("s-a" is an asset, not a domain)");
    row("asset owner unknown (spec example)",
        assets(R"({"id": "dp-a", "kind": "data-product", "name": "D"},
                  {"id": "x", "kind": "service", "name": "X", "owner": "t-billing"})"),
        "/assets/3/owner", R"(unknown team "t-billing")");
    row("asset owner is a domain",
        assets(R"({"id": "x", "kind": "service", "name": "X", "owner": "d-a"})"), "/assets/2/owner",
        R"("d-a" is a domain, not a team)");
    row("asset name too long",
        assets("{\"id\": \"x\", \"kind\": \"service\", \"name\": \"" + longName + "\"}"),
        "/assets/2/name", "name is 201 characters long");
    row("tags type", assets(R"({"id": "x", "kind": "service", "name": "X", "tags": "a"})"),
        "/assets/2/tags", "must be an array of strings, not a string");
    row("tag type", assets(R"({"id": "x", "kind": "service", "name": "X", "tags": ["a", 1]})"),
        "/assets/2/tags/1", "must be a string, not a number");
    row("geometry on asset",
        assets(R"({"id": "x", "kind": "service", "name": "X", "geometry": {"x": 1, "y": true}})"),
        "/assets/2/geometry/y", "must be a number, not a boolean");
    row("ports on a service", assets(R"({"id": "x", "kind": "service", "name": "X",
                   "ports": [{"name": "p", "type": "api"}]})"),
        "/assets/2/ports", "only data products have ports");
    row("contract on a service",
        assets(R"({"id": "x", "kind": "service", "name": "X", "contract": "c.yaml"})"),
        "/assets/2/contract", "only data products have a contract");
    row("classification on a service",
        assets(R"({"id": "x", "kind": "service", "name": "X", "classification": "public"})"),
        "/assets/2/classification", "only data products have a classification");
    const auto product = [&](const QByteArray &fields) {
        return assets(R"({"id": "x", "kind": "data-product", "name": "X", )" + fields + "}");
    };
    row("classification unknown", product(R"("classification": "secret")"),
        "/assets/2/classification", R"(unknown classification "secret")");
    row("contract null", product(R"("contract": null)"), "/assets/2/contract",
        "must be a string, not null");
    row("documentation type", product(R"("documentation": ["a"])"), "/assets/2/documentation",
        "must be a string, not an array");
    row("ports type", product(R"("ports": {"name": "p"})"), "/assets/2/ports",
        "must be an array of ports, not an object");
    row("port type", product(R"("ports": ["p"])"), "/assets/2/ports/0",
        "must be an object, not a string");
    row("port name missing", product(R"("ports": [{"type": "api"}])"), "/assets/2/ports/0",
        R"(missing required key "name")");
    row("port name empty", product(R"("ports": [{"name": "", "type": "api"}])"),
        "/assets/2/ports/0/name", "must not be empty");
    row("port type missing", product(R"("ports": [{"name": "p"}])"), "/assets/2/ports/0",
        R"(missing required key "type")");
    row("port type unknown",
        product(R"("ports": [{"name": "p", "type": "api"}, {"name": "q", "type": "queue"}])"),
        "/assets/2/ports/1/type", R"(unknown port type "queue" (one of table, topic, api, file))");
    row("port location type", product(R"("ports": [{"name": "p", "type": "file", "location": 1}])"),
        "/assets/2/ports/0/location", "must be a string, not a number");
    row("port unknown key", product(R"("ports": [{"name": "p", "type": "api", "url": "u"}])"),
        "/assets/2/ports/0/url", R"(unknown key "url")");

    // Links
    row("link from missing", with(R"("links": [{"to": "s-b", "kind": "api"}])"), "/links/0",
        R"(missing required key "from")");
    row("link from empty", with(R"("links": [{"from": "", "to": "s-b", "kind": "api"}])"),
        "/links/0/from", "must not be empty");
    row("link from unknown", with(R"("links": [{"from": "s-x", "to": "s-b", "kind": "api"}])"),
        "/links/0/from", R"(unknown asset "s-x")");
    row("link to is a team", with(R"("links": [{"from": "s-a", "to": "t-a", "kind": "api"}])"),
        "/links/0/to", R"("t-a" is a team, not an asset)");
    row("link to itself", with(R"("links": [{"from": "s-a", "to": "s-a", "kind": "api"}])"),
        "/links/0", "a link cannot connect asset s-a to itself");
    row("link kind missing", with(R"("links": [{"from": "s-a", "to": "s-b"}])"), "/links/0",
        R"(missing required key "kind")");
    row("link kind unknown", with(R"("links": [{"from": "s-a", "to": "s-b", "kind": "sync"}])"),
        "/links/0/kind", R"(unknown link kind "sync" (one of api, event, data))");
    row("link label type",
        with(R"("links": [{"from": "s-a", "to": "s-b", "kind": "api", "label": false}])"),
        "/links/0/label", "must be a string, not a boolean");
    row("link unknown key",
        with(R"("links": [{"from": "s-a", "to": "s-b", "kind": "api", "weight": 2}])"),
        "/links/0/weight", R"(unknown key "weight")");
    row("link not object", with(R"("links": [[]])"), "/links/0", "must be an object, not an array");
    row("link duplicate (spec example)",
        with(R"("links": [{"from": "s-a", "to": "s-b", "kind": "api"},
                          {"from": "s-a", "to": "s-b", "kind": "data"},
                          {"from": "s-b", "to": "s-a", "kind": "api"},
                          {"from": "s-a", "to": "dp-a", "kind": "api"},
                          {"from": "s-b", "to": "dp-a", "kind": "api"},
                          {"from": "dp-a", "to": "s-a", "kind": "data"},
                          {"from": "dp-a", "to": "s-b", "kind": "data"},
                          {"from": "s-a", "to": "s-b", "kind": "api", "label": "again"}])"),
        "/links/7", "duplicate link s-a -> s-b (api), first at /links/0");
    row("link duplicate, next to the first",
        with(R"("links": [{"from": "s-a", "to": "s-b", "kind": "api"},
                          {"from": "s-a", "to": "s-b", "kind": "api", "label": "again"}])"),
        "/links/1", "duplicate link s-a -> s-b (api), first at /links/0");

    // Interactions
    row("interaction from unknown",
        with(R"("interactions": [{"from": "t-x", "to": "t-b", "mode": "collaboration"}])"),
        "/interactions/0/from", R"(unknown team "t-x")");
    row("interaction to is an asset",
        with(R"("interactions": [{"from": "t-a", "to": "s-a", "mode": "collaboration"}])"),
        "/interactions/0/to", R"("s-a" is an asset, not a team)");
    row("interaction to missing",
        with(R"("interactions": [{"from": "t-a", "mode": "collaboration"}])"), "/interactions/0",
        R"(missing required key "to")");
    row("interaction with itself",
        with(R"("interactions": [{"from": "t-a", "to": "t-a", "mode": "facilitating"}])"),
        "/interactions/0", "a team cannot interact with itself (t-a)");
    row("interaction mode missing", with(R"("interactions": [{"from": "t-a", "to": "t-b"}])"),
        "/interactions/0", R"(missing required key "mode")");
    row("interaction mode unknown",
        with(R"("interactions": [{"from": "t-a", "to": "t-b", "mode": "partnership"}])"),
        "/interactions/0/mode", R"(unknown interaction mode "partnership")");
    row("interaction duplicate",
        with(R"("interactions": [{"from": "t-a", "to": "t-b", "mode": "collaboration"},
                                 {"from": "t-b", "to": "t-a", "mode": "collaboration"},
                                 {"from": "t-a", "to": "t-b", "mode": "collaboration"}])"),
        "/interactions/2",
        "duplicate interaction t-a -> t-b (collaboration), first at /interactions/0");
    row("interaction duplicate, the first out of order",
        with(R"("interactions": [{"from": "t-b", "to": "t-a", "mode": "collaboration"},
                                 {"from": "t-a", "to": "t-b", "mode": "collaboration"},
                                 {"from": "t-a", "to": "t-b", "mode": "collaboration"}])"),
        "/interactions/2",
        "duplicate interaction t-a -> t-b (collaboration), first at /interactions/1");
    row("interaction unknown key",
        with(
            R"("interactions": [{"from": "t-a", "to": "t-b", "mode": "collaboration", "note": ""}])"),
        "/interactions/0/note", R"(unknown key "note")");
}

void TestJsonFormat::invalidDocument()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, pointer);
    QFETCH(QString, message);
    const JsonReadResult result = readMapJson(json);
    QVERIFY2(!result.map.has_value(), "an invalid document must not produce a map");
    // Each row breaks one rule; a second error would mean a cascade.
    QVERIFY2(result.errors.size() == 1, qPrintable(dump(result.errors)));
    QCOMPARE(result.errors.first().pointer, pointer);
    QVERIFY2(result.errors.first().message.contains(message),
             qPrintable(result.errors.first().toString()));
}

void TestJsonFormat::validDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("only the header") << header(R"("name": "N")");
    QTest::newRow("empty sections")
        << header(R"("name": "N", "domains": [], "teams": [], "assets": [], "links": [],
                     "interactions": [])");
    QTest::newRow("empty optional strings") << with(R"("description": "",
                   "domains": [{"id": "d-a", "name": "A", "parent": "", "owner": "",
                                "description": "", "color": ""}],
                   "teams": [{"id": "t-a", "name": "A", "type": ""}, {"id": "t-b", "name": "B"}],
                   "assets": [{"id": "s-a", "kind": "service", "name": "S", "domain": "",
                               "owner": "", "contract": "", "classification": "", "ports": [],
                               "documentation": "", "tags": []},
                              {"id": "s-b", "kind": "service", "name": "S B"}],
                   "links": [{"from": "s-a", "to": "s-b", "kind": "api", "label": ""}])");
    QTest::newRow("forward references")
        << with(R"("domains": [{"id": "d-a", "name": "A", "parent": "d-b", "owner": "t-b"},
                               {"id": "d-b", "name": "B"}])");
    QTest::newRow("200 characters beyond the BMP") << header(
        QByteArray("\"name\": \"") + QString::fromUtf8("😀").repeated(200).toUtf8() + "\"");
    QTest::newRow("all id characters")
        << header(R"("name": "N", "teams": [{"id": "Az09._:-", "name": "T"}])");
    QTest::newRow("version written as 1.0")
        << QByteArray(R"({"format": "orgmap", "version": 1.0, "name": "N"})");
    QTest::newRow("extension keys everywhere") << with(R"("x-root": null,
                   "domains": [{"id": "d-a", "name": "A", "x-d": [1],
                                "geometry": {"x": 0, "y": 0, "w": 1, "h": 1, "x-g": {}}}],
                   "assets": [{"id": "s-a", "kind": "service", "name": "S", "x-": 0},
                              {"id": "s-b", "kind": "service", "name": "S B"},
                              {"id": "dp", "kind": "data-product", "name": "D",
                               "ports": [{"name": "p", "type": "file", "x-p": true}]}],
                   "links": [{"from": "s-a", "to": "s-b", "kind": "api", "x-l": "l"}],
                   "interactions": [{"from": "t-a", "to": "t-b", "mode": "collaboration",
                                     "x-i": "i"}])");
    QTest::newRow("reverse link and interaction are distinct")
        << with(R"("links": [{"from": "s-a", "to": "s-b", "kind": "api"},
                             {"from": "s-b", "to": "s-a", "kind": "api"}],
                   "interactions": [{"from": "t-a", "to": "t-b", "mode": "collaboration"},
                                    {"from": "t-b", "to": "t-a", "mode": "collaboration"}])");
    QTest::newRow("utf-8 byte order mark") << QByteArray("\xEF\xBB\xBF") + header(R"("name": "N")");
}

void TestJsonFormat::validDocument()
{
    QFETCH(QByteArray, json);
    const JsonReadResult result = readMapJson(json);
    QVERIFY2(result.errors.isEmpty(), qPrintable(dump(result.errors)));
    QVERIFY(result.map.has_value());
}

void TestJsonFormat::reportsEveryError()
{
    const QByteArray json = R"({
  "format": "orgmap", "version": 1, "name": "",
  "domains": [{"id": "d-a", "name": "A", "color": "blue"}],
  "teams": [{"id": "t-a", "name": "A", "type": "platfrom"}],
  "assets": [{"id": "s-a", "kind": "service", "name": "S", "owner": "t-billing"},
             {"id": "s-a", "kind": "service", "name": "S again"}],
  "links": [{"from": "s-a", "to": "s-gone", "kind": "api"},
            {"from": "s-a", "to": "s-a", "kind": "rest"}],
  "interactions": [{"from": "t-a", "to": "t-a", "mode": "collab"}],
  "colour": 1
})";
    const JsonReadResult result = readMapJson(json);
    QVERIFY(!result.map.has_value());
    QStringList pointers;
    for (const FormatError &e : result.errors)
        pointers << e.pointer;
    // In document order, section by section; within an object the fields in
    // table order, then unknown keys.
    const QStringList expected{u"/name"_qs,
                               u"/colour"_qs,
                               u"/domains/0/color"_qs,
                               u"/teams/0/type"_qs,
                               u"/assets/0/owner"_qs,
                               u"/assets/1/id"_qs,
                               u"/links/0/to"_qs,
                               u"/links/1/kind"_qs,
                               u"/links/1"_qs,
                               u"/interactions/0/mode"_qs,
                               u"/interactions/0"_qs};
    QCOMPARE(pointers, expected);
}

void TestJsonFormat::capsTheNumberOfErrors()
{
    QByteArray links;
    const int count = 150;
    for (int i = 0; i < count; ++i)
        links += (i ? "," : "") + QByteArray(R"({"from": "s-a", "to": "nope)") +
                 QByteArray::number(i) + R"(", "kind": "api"})";
    const JsonReadResult result = readMapJson(with("\"links\": [" + links + "]"));
    QCOMPARE(result.errors.size(), kMaxReportedErrors);
    QCOMPARE(result.errors.at(kMaxReportedErrors - 2).pointer, u"/links/98/to"_qs);
    const FormatError last = result.errors.last();
    QVERIFY(last.pointer.isEmpty());
    QCOMPARE(last.message, u"... and %1 more errors"_qs.arg(count - (kMaxReportedErrors - 1)));
}

// A \uD800-\uDFFF escape without its partner is not a character: UTF-8
// cannot write it, so reading it would change the text on the way back.
// Refused with the pointer; a proper pair is a character and is kept.
void TestJsonFormat::loneSurrogatesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("pointer"); // empty: accepted
    QTest::newRow("high alone") << header(R"("name": "a\uD800b")") << u"/name"_qs;
    QTest::newRow("low alone") << header(R"("name": "\uDC00")") << u"/name"_qs;
    QTest::newRow("high at the end")
        << header(R"("name": "N", "description": "x\ud83d")") << u"/description"_qs;
    QTest::newRow("in an extension key")
        << header(R"("name": "N", "x-\uDFFF": 1)") << u"/x-\uFFFD"_qs;
    QTest::newRow("in a nested extension value")
        << header(R"("name": "N", "x-a": {"b": ["ok", "\uD801"]})") << u"/x-a/b/1"_qs;
    QTest::newRow("a pair is a character") << header(R"("name": "\uD83D\uDE00")") << QString();
    QTest::newRow("an escaped backslash") << header(R"("name": "\\uD800")") << QString();
}

void TestJsonFormat::loneSurrogatesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, pointer);
    const JsonReadResult result = readMapJson(json);
    if (pointer.isEmpty()) {
        QVERIFY2(result.errors.isEmpty(), qPrintable(dump(result.errors)));
        QVERIFY(result.map);
        QCOMPARE(readMapJson(writeMapJson(*result.map)).map, result.map); // round trip
        return;
    }
    QVERIFY(!result.map);
    QCOMPARE(result.errors.size(), 1);
    if (!pointer.contains(QChar(0xFFFD)))
        QCOMPARE(result.errors.first().pointer, pointer);
    QVERIFY2(result.errors.first().message.contains(u"unpaired UTF-16 surrogate"_qs),
             qPrintable(dump(result.errors)));
}

void TestJsonFormat::syntaxErrorNamesLineAndColumn()
{
    // A missing comma after the "format" value: the parser stops at "version".
    const JsonReadResult result = readMapJson("{\n  \"format\": \"orgmap\"\n  \"version\": 1\n}");
    QCOMPARE(result.errors.size(), 1);
    const FormatError e = result.errors.first();
    QVERIFY(e.pointer.isEmpty());
    QVERIFY2(e.message.startsWith(u"invalid JSON at line 3, column 3: "_qs), qPrintable(e.message));

    // Columns count characters, not bytes.
    const JsonReadResult utf8 = readMapJson("{\"name\": \"äöü\" x}");
    QCOMPARE(utf8.errors.size(), 1);
    QVERIFY2(utf8.errors.first().message.startsWith(u"invalid JSON at line 1, column 16: "_qs),
             qPrintable(utf8.errors.first().message));

    const JsonReadResult garbage = readMapJson("{\"name\": \"N\"}\n  x");
    QCOMPARE(garbage.errors.size(), 1);
    QVERIFY2(garbage.errors.first().message.startsWith(u"invalid JSON at line 2, column 3: "_qs),
             qPrintable(garbage.errors.first().message));
}

// The reader's own tokenizer refuses these; the message (what and where) is
// the one users saw when Qt's parser read maps.
void TestJsonFormat::syntaxErrorMessages_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray h = R"({"format": "orgmap", "version": 1, "name": )";
    const auto row = [](const char *name, const QByteArray &json, const char *message) {
        QTest::newRow(name) << json << QString::fromUtf8(message);
    };
    row("empty", "", "invalid JSON at line 1, column 1: illegal value");
    row("unterminated string", h + "\"A", "invalid JSON at line 1, column 46: unterminated string");
    row("end after a member", h + "\"A\"",
        "invalid JSON at line 1, column 46: unterminated string");
    row("comma before the end", h + "\"A\",}", "object is missing after a comma");
    row("missing colon", h + R"("A", "x-a" 1})", "missing name separator");
    row("bad literal", h + R"("A", "x-a": tru})", "illegal value");
    row("exponent without digits", h + R"("A", "x-a": 1e})", "illegal number");
    row("number out of range", h + R"("A", "x-a": 1e400})", "illegal number");
    row("leading zero", h + R"("A", "x-a": 01})", "unterminated object");
    row("bad \\u escape", h + R"("\u12g4"})", "invalid escape sequence");
    row("invalid UTF-8", h + "\"a\xff\"}", "invalid UTF8 string");
    row("overlong UTF-8", h + "\"a\xc0\xaf\"}", "invalid UTF8 string");
    row("UTF-8 encoded surrogate", h + "\"a\xed\xa0\x80\"}", "invalid UTF8 string");
    row("too deep", h + R"("A", "x-a": )" + QByteArray(1024, '[') + QByteArray(1024, ']') + "}",
        "too deeply nested document");
    row("garbage after the end", h + "\"A\"} x", "garbage at the end of the document");
    row("a number with no digit before its point", h + R"("A", "x-a": -.5})",
        "a number needs digits before and after its decimal point");
    row("a single value", "\"str\"", "invalid JSON at line 1, column 1: illegal value");
}

void TestJsonFormat::syntaxErrorMessages()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const JsonReadResult result = readMapJson(json);
    QVERIFY(!result.map.has_value());
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().message.contains(message),
             qPrintable(result.errors.first().message));
}

// Texts Qt's parser accepted although RFC 8259 does not: still accepted, read
// the same way.
void TestJsonFormat::lenientTextReadsAsBefore_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("name");
    const QByteArray h = R"({"format": "orgmap", "version": 1, "name": )";
    QTest::newRow("unknown escape is the character") << h + R"("a\qb"})" << u"aqb"_qs;
    QTest::newRow("all escapes") << h + R"("\/\"\\\b\f\n\r\t"})" << u"/\"\\\b\f\n\r\t"_qs;
    QTest::newRow("escaped surrogate pair") << h + R"("\ud83d\ude00"})" << u"😀"_qs;
    QTest::newRow("raw control character") << h + "\"a\x01b\"}" << u"a\x01b"_qs;
    QTest::newRow("escaped key") << QByteArray(
                                        R"({"format": "orgmap", "version": 1, "n\u0061me": "N"})")
                                 << u"N"_qs;
    QTest::newRow("white space of every kind")
        << QByteArray("{\t\"format\"\t:\t\"orgmap\",\r\n\"version\":1,\"name\":\"N\"}") << u"N"_qs;
}

void TestJsonFormat::lenientTextReadsAsBefore()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, name);
    const JsonReadResult result = readMapJson(json);
    QVERIFY2(result.map.has_value(), qPrintable(dump(result.errors)));
    QCOMPARE(result.map->info.name, name);
}

void TestJsonFormat::duplicateKeysKeepTheLast()
{
    const JsonReadResult result = readMapJson(header(
        R"("name": "first", "name": "last", "x-a": 1, "x-a": {"k": [1, 2.5], "k": [3]},
           "teams": [{"id": "t", "name": "T", "geometry": {"x": -0, "y": 1, "y": 2}}])"));
    QVERIFY2(result.map.has_value(), qPrintable(dump(result.errors)));
    QCOMPARE(result.map->info.name, u"last"_qs);
    QCOMPARE(result.map->info.extensions.value(u"x-a"_qs),
             QJsonValue(QJsonObject{{u"k"_qs, QJsonArray{3}}}));
    const Team team = result.map->teams.first();
    QVERIFY(team.geometry.has_value());
    QCOMPARE(team.geometry->y, 2.0);
    QVERIFY(!std::signbit(team.geometry->x)); // "-0" is read as 0, as Qt read it

    // Unknown keys are reported once each, in key order.
    const JsonReadResult unknown = readMapJson(header(R"("name": "N", "zz": 1, "aa": 2, "zz": 3)"));
    QCOMPARE(unknown.errors.size(), 2);
    QCOMPARE(unknown.errors.at(0).pointer, u"/aa"_qs);
    QCOMPARE(unknown.errors.at(1).pointer, u"/zz"_qs);
}

void TestJsonFormat::newerVersionStopsValidation()
{
    // A future file may have keys and sections this version does not know;
    // only the version is worth reporting then.
    const JsonReadResult result =
        readMapJson(R"({"format": "orgmap", "version": 3, "name": "N", "layers": []})");
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().toString(),
             u"/version: version 3 is newer than this OrgMap supports (highest: 1)"_qs);
}

void TestJsonFormat::emptyStringsMeanAbsent()
{
    const JsonReadResult result = readMapJson(
        with(R"("domains": [{"id": "d-a", "name": "A", "parent": "", "owner": "", "color": ""}],
                "assets": [{"id": "s-a", "kind": "service", "name": "S", "owner": "", "domain": "",
                            "classification": ""},
                           {"id": "s-b", "kind": "service", "name": "S B"}])"));
    QVERIFY2(result.map.has_value(), qPrintable(dump(result.errors)));
    const Domain domain = result.map->domains.value(DomainId(u"d-a"_qs));
    QVERIFY(domain.parent.isNull());
    QVERIFY(domain.owner.isNull());
    const Asset asset = result.map->assets.value(AssetId(u"s-a"_qs));
    QVERIFY(asset.owner.isNull());
    QVERIFY(asset.domain.isNull());
    QVERIFY(asset.classification == Classification::None);
}

void TestJsonFormat::errorToString()
{
    QCOMPARE((FormatError{u"/assets/3/owner"_qs, u"unknown team \"t-billing\""_qs}).toString(),
             u"/assets/3/owner: unknown team \"t-billing\""_qs);
    QCOMPARE((FormatError{QString(), u"whole document"_qs}).toString(), u"whole document"_qs);
}

QTEST_GUILESS_MAIN(TestJsonFormat)
#include "tst_jsonformat.moc"
