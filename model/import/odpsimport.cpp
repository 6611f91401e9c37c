#include "odpsimport.h"

#include "catalogfiles.h"
#include "yamldocuments.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace OrgMap {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgMap::OdpsImport)
};

using K = ImportReportLine::Kind;

constexpr qsizetype kMaxName = 200;

// An id-safe form of free text: lowercase, runs of other characters as one "-".
QString slug(const QString &text)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9._]+"));
    QString s = text.toLower().replace(other, QStringLiteral("-"));
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s.left(100);
}

struct InputPort
{
    QString name;
    QString contractId;
};

struct Product
{
    Asset asset;
    QList<InputPort> inputs;
    QStringList outputContracts;
    QString domain; // as written
    QString teamName, teamDescription;
};

class Reader
{
public:
    explicit Reader(const MapData &into) : m_into(into) {}

    void readPath(const QString &path)
    {
        const QFileInfo info(path);
        if (info.isDir()) {
            for (const QString &file :
                 filesBelow(path, {QStringLiteral(".odps.yaml"), QStringLiteral(".odps.yml")}))
                readFile(file);
        } else if (info.isFile()) {
            readFile(QDir::cleanPath(path));
        } else {
            m_out.errors << Text::tr("%1: no such file or folder").arg(path);
        }
    }

    OdpsMapping finish()
    {
        if (!m_out.errors.isEmpty())
            return std::move(m_out);
        QHash<QString, QStringList> providers; // contract id -> products
        for (const Product &p : std::as_const(m_products))
            for (const QString &c : p.outputContracts)
                providers[c] << p.asset.id.str();
        for (Product &p : m_products) {
            p.asset.domain = domainFor(p.domain, p.asset.id.str());
            p.asset.owner = teamFor(p.teamName, p.teamDescription, p.asset.id.str());
            m_out.map.assets.insert(p.asset.id, p.asset);
        }
        for (const Product &p : std::as_const(m_products)) {
            for (const InputPort &in : p.inputs) {
                bool linked = false;
                for (const QString &provider : providers.value(in.contractId)) {
                    if (provider == p.asset.id.str())
                        continue;
                    Link link;
                    link.key = {p.asset.id, AssetId(provider), LinkKind::Data};
                    m_out.map.links.insert(link.key, link);
                    linked = true;
                }
                if (!linked)
                    m_out.report.add(
                        K::ExternalSource, p.asset.id.str(),
                        Text::tr("%1: input port %2 (contract %3) is provided by no "
                                 "product imported")
                            .arg(p.asset.id.str(), in.name,
                                 in.contractId.isEmpty() ? QStringLiteral("-") : in.contractId));
            }
        }
        m_out.map.info.name = Text::tr("Data products");
        return std::move(m_out);
    }

private:
    static QString where(const QString &file, int line)
    {
        return QStringLiteral("%1:%2").arg(file).arg(line);
    }

    void readFile(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_out.errors << Text::tr("%1: cannot read: %2").arg(path, file.errorString());
            return;
        }
        for (const YamlChunk &chunk : splitYamlDocuments(file.readAll())) {
            YamlError error;
            const std::optional<YAML::Node> doc = parseYamlDocument(chunk, &error);
            if (!doc) {
                m_out.errors << Text::tr("%1:%2:%3: not valid YAML: %4")
                                    .arg(path)
                                    .arg(error.line)
                                    .arg(error.column)
                                    .arg(error.message);
                continue;
            }
            if (doc->IsNull() || !doc->IsDefined())
                continue;
            readProduct(*doc, path, chunk.firstLine);
        }
    }

    void readProduct(const YAML::Node &doc, const QString &path, int firstLine)
    {
        const int line = yamlLine(doc, firstLine);
        if (!doc.IsMap()) {
            m_out.errors << Text::tr("%1: not a data product descriptor").arg(where(path, line));
            return;
        }
        const QString kind = yamlString(doc, "kind");
        if (!kind.isEmpty() && kind.compare(QLatin1String("DataProduct"), Qt::CaseInsensitive)) {
            m_out.report.add(
                K::SkippedKind, QString(),
                Text::tr("%1: kind %2 is not a DataProduct").arg(where(path, line), kind));
            return;
        }
        const QString odpsId = yamlString(doc, "id");
        if (odpsId.isEmpty()) {
            m_out.errors << Text::tr("%1: data product without id").arg(where(path, line));
            return;
        }
        Product p;
        p.asset.id = AssetId(QStringLiteral("dataproduct:") + slug(odpsId));
        if (const auto it = m_seen.constFind(p.asset.id.str()); it != m_seen.cend()) {
            m_out.report.add(K::Duplicate, p.asset.id.str(),
                             Text::tr("%1 at %2 replaces the one at %3")
                                 .arg(p.asset.id.str(), where(path, line), it.value()));
            m_products.removeIf([&](const Product &o) { return o.asset.id == p.asset.id; });
        }
        m_seen.insert(p.asset.id.str(), where(path, line));
        p.asset.kind = AssetKind::DataProduct;
        const QString name = yamlString(doc, "name");
        p.asset.name = (name.isEmpty() ? odpsId : name).left(kMaxName);
        p.asset.description = yamlString(yamlChild(doc, "description"), "purpose");
        p.asset.tags = yamlStrings(doc, "tags");
        QJsonObject x{{QStringLiteral("id"), odpsId}};
        for (const char *field : {"status", "version", "tenant"})
            if (const QString v = yamlString(doc, field); !v.isEmpty())
                x.insert(QLatin1String(field), v);
        p.asset.extensions.insert(kOdpsKey, x);
        const YAML::Node outputs = yamlChild(doc, "outputPorts");
        if (outputs.IsSequence()) {
            for (const YAML::Node &o : outputs) {
                Port port;
                port.name = yamlString(o, "name");
                if (port.name.isEmpty())
                    port.name = yamlString(o, "id");
                if (port.name.isEmpty())
                    continue;
                const QString type = yamlString(o, "type");
                port.type = odpsPortType(type);
                QJsonObject px;
                const QString contract = yamlString(o, "contractId");
                if (!contract.isEmpty()) {
                    px.insert(QStringLiteral("contractId"), contract);
                    p.outputContracts << contract;
                }
                if (const QString v = yamlString(o, "version"); !v.isEmpty())
                    px.insert(QStringLiteral("version"), v);
                if (!type.isEmpty())
                    px.insert(QStringLiteral("type"), type);
                port.extensions.insert(kOdpsKey, px);
                p.asset.ports << port;
            }
        }
        const YAML::Node inputs = yamlChild(doc, "inputPorts");
        if (inputs.IsSequence())
            for (const YAML::Node &in : inputs)
                p.inputs.append({yamlString(in, "name"), yamlString(in, "contractId")});
        p.domain = yamlString(doc, "domain");
        const YAML::Node team = yamlChild(doc, "team");
        p.teamName = team.IsScalar() ? yamlString(team) : yamlString(team, "name");
        p.teamDescription = yamlString(team, "description");
        m_products.append(p);
    }

    // The domain named `text` by id or name, in the map or made by this import.
    DomainId domainFor(const QString &text, const QString &product)
    {
        if (text.isEmpty())
            return {};
        const QString s = slug(text);
        for (const QString &id : {text, QStringLiteral("domain:") + s, s})
            if (m_into.domains.contains(DomainId(id)) || m_out.map.domains.contains(DomainId(id)))
                return keepMatched(DomainId(id));
        for (const Domain &d : m_into.domains)
            if (d.name.compare(text, Qt::CaseInsensitive) == 0)
                return keepMatched(d.id);
        Domain d;
        d.id = DomainId(QStringLiteral("domain:") + s);
        d.name = text.left(kMaxName);
        d.extensions.insert(kOdpsKey, QJsonObject{{QStringLiteral("ref"), text},
                                                  {QStringLiteral("missing"), true}});
        m_out.map.domains.insert(d.id, d);
        m_out.report.add(K::Placeholder, d.id.str(),
                         Text::tr("%1: domain \"%2\" of %3, not in the map: created")
                             .arg(d.id.str(), text, product));
        return d.id;
    }

    // A matched domain made by an earlier ODPS import stays one of this import's.
    DomainId keepMatched(const DomainId &id)
    {
        const auto it = m_into.domains.constFind(id);
        if (it != m_into.domains.cend() && it->extensions.contains(kOdpsKey))
            m_out.map.domains.insert(id, *it);
        return id;
    }

    TeamId teamFor(const QString &text, const QString &description, const QString &product)
    {
        if (text.isEmpty())
            return {};
        const QString s = slug(text);
        for (const QString &id :
             {text, QStringLiteral("group:") + s, QStringLiteral("team:") + s, s}) {
            const TeamId tid(id);
            if (m_out.map.teams.contains(tid))
                return tid;
            if (const auto it = m_into.teams.constFind(tid); it != m_into.teams.cend()) {
                if (it->extensions.contains(kOdpsKey))
                    m_out.map.teams.insert(tid, *it);
                return tid;
            }
        }
        for (const Team &t : m_into.teams) {
            if (t.name.compare(text, Qt::CaseInsensitive) == 0) {
                if (t.extensions.contains(kOdpsKey))
                    m_out.map.teams.insert(t.id, t);
                return t.id;
            }
        }
        Team t;
        t.id = TeamId(QStringLiteral("team:") + s);
        t.name = text.left(kMaxName);
        t.description = description;
        t.extensions.insert(kOdpsKey, QJsonObject{{QStringLiteral("ref"), text},
                                                  {QStringLiteral("missing"), true}});
        m_out.map.teams.insert(t.id, t);
        m_out.report.add(K::Placeholder, t.id.str(),
                         Text::tr("%1: team \"%2\" of %3, not in the map: created")
                             .arg(t.id.str(), text, product));
        return t.id;
    }

    const MapData &m_into;
    QList<Product> m_products;
    QHash<QString, QString> m_seen;
    OdpsMapping m_out;
};

} // namespace

PortType odpsPortType(const QString &type)
{
    const QString t = type.toLower();
    static const QSet<QString> topics{QStringLiteral("topic"),  QStringLiteral("topics"),
                                      QStringLiteral("stream"), QStringLiteral("streams"),
                                      QStringLiteral("kafka"),  QStringLiteral("event"),
                                      QStringLiteral("events"), QStringLiteral("queue")};
    static const QSet<QString> apis{
        QStringLiteral("api"),     QStringLiteral("apis"),     QStringLiteral("rest"),
        QStringLiteral("graphql"), QStringLiteral("grpc"),     QStringLiteral("http"),
        QStringLiteral("https"),   QStringLiteral("endpoint"), QStringLiteral("service")};
    static const QSet<QString> files{QStringLiteral("file"),   QStringLiteral("files"),
                                     QStringLiteral("object"), QStringLiteral("objects"),
                                     QStringLiteral("s3"),     QStringLiteral("blob"),
                                     QStringLiteral("bucket")};
    if (topics.contains(t))
        return PortType::Topic;
    if (apis.contains(t))
        return PortType::Api;
    if (files.contains(t))
        return PortType::File;
    return PortType::Table; // tables, views, datasets and anything unnamed
}

OdpsMapping readOdpsProducts(const QStringList &paths, const MapData &into)
{
    Reader reader(into);
    for (const QString &path : paths)
        reader.readPath(path);
    return reader.finish();
}

} // namespace OrgMap
