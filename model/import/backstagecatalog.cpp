#include "backstagecatalog.h"

#include "catalogfiles.h"
#include "yamldocuments.h"
#include "yamltree.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <thread>
#include <vector>

namespace OrgMap {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgMap::BackstageImport)
};

QString where(const QString &file, int line, int column = 0)
{
    return column > 0 ? QStringLiteral("%1:%2:%3").arg(file).arg(line).arg(column)
                      : QStringLiteral("%1:%2").arg(file).arg(line);
}

// Backstage names and namespaces: letters, digits and [-_.], at most 63.
bool isValidName(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"));
    return re.match(s).hasMatch();
}

// The line of `key` itself in a mapping (the value's mark is where its content starts).
int keyLine(const YamlValue &map, const char *key, int firstLine)
{
    const YamlValue keyNode = map.keyNode(key);
    return yamlLine(keyNode.IsDefined() ? keyNode : map, firstLine);
}

class Reader
{
public:
    explicit Reader(bool lenient) : m_lenient(lenient) {}

    void readPath(const QString &path)
    {
        const QFileInfo info(path);
        if (info.isDir()) {
            for (const QString &file :
                 filesBelow(path, {QStringLiteral(".yaml"), QStringLiteral(".yml")}))
                readFile(file);
        } else if (info.isFile()) {
            readFile(QDir::cleanPath(path));
        } else {
            m_result.errors << Text::tr("%1: no such file or folder").arg(path);
        }
    }

    CatalogReadResult take() { return std::move(m_result); }

private:
    void readFile(const QString &path)
    {
        const QString key = QFileInfo(path).absoluteFilePath();
        if (m_read.contains(key))
            return; // read once: Location cycles are harmless
        m_read.insert(key);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_result.errors << Text::tr("%1: cannot read: %2").arg(path, file.errorString());
            return;
        }
        const QList<YamlChunk> chunks = splitYamlDocuments(file.readAll());
        // yaml-cpp is the bulk of an import's time: the documents of a file are
        // parsed in parallel, then taken in reading order.
        std::vector<EntityParse> parsed(size_t(chunks.size()));
        const size_t workers = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 8);
        const auto parseRange = [&](size_t first) {
            for (size_t i = first; i < parsed.size(); i += workers)
                parsed[i] = parseBackstageDocument(chunks[qsizetype(i)].text, path,
                                                   chunks[qsizetype(i)].firstLine);
        };
        if (workers == 1 || parsed.size() < 16) {
            for (size_t i = 0; i < parsed.size(); ++i)
                parsed[i] = parseBackstageDocument(chunks[qsizetype(i)].text, path,
                                                   chunks[qsizetype(i)].firstLine);
        } else {
            std::vector<std::thread> threads;
            for (size_t w = 1; w < workers; ++w)
                threads.emplace_back(parseRange, w);
            parseRange(0);
            for (std::thread &t : threads)
                t.join();
        }
        for (EntityParse &parse : parsed) {
            if (!parse.error.isEmpty()) {
                if (m_lenient)
                    m_result.notes.append(
                        {ImportReportLine::Kind::SkippedDocument, QString(), parse.error});
                else
                    m_result.errors << parse.error;
                continue;
            }
            if (!parse.entity)
                continue;
            const CatalogEntity entity = *parse.entity;
            m_result.entities.append(entity);
            if (entity.kind == QLatin1String("location"))
                followLocation(entity);
        }
    }

    void followLocation(const CatalogEntity &location)
    {
        const QString baseDir = QFileInfo(location.file).absolutePath();
        for (const QString &target : location.targets) {
            if (isUrlTarget(target)) {
                m_result.notes.append({ImportReportLine::Kind::SkippedTarget, QString(),
                                       Text::tr("%1 (%2): a URL, not fetched")
                                           .arg(target, where(location.file, location.line))});
                continue;
            }
            const QStringList files = resolveLocationTarget(baseDir, target);
            if (files.isEmpty()) {
                m_result.notes.append({ImportReportLine::Kind::SkippedTarget, QString(),
                                       Text::tr("%1 (%2): does not exist")
                                           .arg(target, where(location.file, location.line))});
                continue;
            }
            for (const QString &file : files)
                readFile(file);
        }
    }

    bool m_lenient;
    QSet<QString> m_read;
    CatalogReadResult m_result;
};

} // namespace

QString CatalogEntity::ref() const
{
    return kind + QLatin1Char(':') + ns + QLatin1Char('/') + name.toLower();
}

EntityRef parseEntityRef(const QString &text, const QString &defaultKind,
                         const QString &defaultNamespace)
{
    EntityRef ref{defaultKind.toLower(), defaultNamespace.toLower(), QString()};
    QString rest = text.trimmed();
    if (const qsizetype colon = rest.indexOf(QLatin1Char(':')); colon >= 0) {
        ref.kind = rest.left(colon).trimmed().toLower();
        rest = rest.mid(colon + 1);
    }
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        ref.ns = rest.left(slash).trimmed().toLower();
        rest = rest.mid(slash + 1);
    }
    ref.name = rest.trimmed().toLower();
    return ref;
}

QString orgMapIdOf(const EntityRef &ref)
{
    if (ref.ns == QLatin1String("default"))
        return ref.kind + QLatin1Char(':') + ref.name;
    return ref.kind + QLatin1Char(':') + ref.ns + QLatin1Char(':') + ref.name;
}

EntityParse parseBackstageDocument(const QByteArray &text, const QString &file, int firstLine)
{
    YamlError yamlError;
    const std::optional<YamlTree> parsed = YamlTree::parse({text, firstLine}, &yamlError);
    if (!parsed)
        return {std::nullopt,
                Text::tr("%1: not valid YAML: %2")
                    .arg(where(file, yamlError.line, yamlError.column), yamlError.message)};
    const YamlValue doc = parsed->root();
    if (doc.IsNull() || !doc.IsDefined())
        return {}; // an empty document is skipped
    const int line = yamlLine(doc, firstLine);
    if (!doc.IsMap())
        return {std::nullopt,
                Text::tr("%1: not an entity (a mapping with apiVersion, kind and metadata)")
                    .arg(where(file, line))};
    const auto missing = [&](const QString &field, const YamlValue &near) {
        return EntityParse{
            std::nullopt,
            Text::tr("%1: entity without %2").arg(where(file, yamlLine(near, firstLine)), field)};
    };
    if (yamlString(doc, "apiVersion").isEmpty())
        return missing(QStringLiteral("apiVersion"), doc);
    CatalogEntity e;
    e.kind = yamlString(doc, "kind").toLower();
    if (e.kind.isEmpty())
        return missing(QStringLiteral("kind"), doc);
    const YamlValue metadata = yamlChild(doc, "metadata");
    e.name = yamlString(metadata, "name");
    if (e.name.isEmpty())
        return EntityParse{std::nullopt,
                           Text::tr("%1: entity without metadata.name")
                               .arg(where(file, keyLine(doc, "metadata", firstLine)))};
    e.file = file;
    e.line = line;
    if (!isValidName(e.name))
        return {std::nullopt,
                Text::tr("%1: metadata.name \"%2\" is not a valid entity name "
                         "(letters, digits, -, _ and ., at most 63)")
                    .arg(where(file, yamlLine(yamlChild(metadata, "name"), firstLine)), e.name)};
    if (const QString ns = yamlString(metadata, "namespace"); !ns.isEmpty()) {
        if (!isValidName(ns))
            return {
                std::nullopt,
                Text::tr("%1: metadata.namespace \"%2\" is not a valid namespace")
                    .arg(where(file, yamlLine(yamlChild(metadata, "namespace"), firstLine)), ns)};
        e.ns = ns.toLower();
    }
    e.title = yamlString(metadata, "title");
    e.description = yamlString(metadata, "description");
    e.tags = yamlStrings(metadata, "tags");
    e.teamType = yamlString(yamlChild(metadata, "annotations"), "orgmap/team-type");
    const YamlValue spec = yamlChild(doc, "spec");
    e.type = yamlString(spec, "type");
    e.lifecycle = yamlString(spec, "lifecycle");
    e.owner = yamlString(spec, "owner");
    e.system = yamlString(spec, "system");
    e.domain = yamlString(spec, "domain");
    e.subdomainOf = yamlString(spec, "subdomainOf");
    e.dependsOn = yamlStrings(spec, "dependsOn");
    e.dependencyOf = yamlStrings(spec, "dependencyOf");
    e.providesApis = yamlStrings(spec, "providesApis");
    e.consumesApis = yamlStrings(spec, "consumesApis");
    e.targets = yamlStrings(spec, "target") + yamlStrings(spec, "targets");
    return {e, QString()};
}

CatalogReadResult readBackstageCatalog(const QStringList &paths, bool lenient)
{
    Reader reader(lenient);
    for (const QString &path : paths)
        reader.readPath(path);
    return reader.take();
}

} // namespace OrgMap
