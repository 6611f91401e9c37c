#include "yamldocuments.h"

namespace OrgMap {

namespace {

bool isDocumentStart(const char *line, qsizetype length)
{
    if (length < 3 || line[0] != '-' || line[1] != '-' || line[2] != '-')
        return false;
    return length == 3 || line[3] == ' ' || line[3] == '\t' || line[3] == '\r' || line[3] == '\n';
}

} // namespace

QList<YamlChunk> splitYamlDocuments(const QByteArray &bytes)
{
    QList<YamlChunk> chunks;
    YamlChunk current;
    int lineNumber = 0;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size() - 1;
        const char *line = bytes.constData() + start;
        const qsizetype length = end - start + 1;
        if (isDocumentStart(line, length) && lineNumber > 0) {
            chunks.append(current);
            current = YamlChunk{{}, lineNumber};
        }
        current.text.append(line, length);
        start = end + 1;
        ++lineNumber;
    }
    chunks.append(current);
    return chunks;
}

std::optional<YAML::Node> parseYamlDocument(const YamlChunk &chunk, YamlError *error)
{
    try {
        return YAML::Load(chunk.text.toStdString());
    } catch (const YAML::Exception &e) {
        setYamlError(e, chunk.firstLine, error);
        return std::nullopt;
    }
}

void setYamlError(const YAML::Exception &e, int firstLine, YamlError *error)
{
    if (!error)
        return;
    error->line = firstLine + std::max(0, e.mark.line) + 1;
    error->column = std::max(0, e.mark.column) + 1;
    error->message = QString::fromStdString(e.msg);
}

YAML::Node yamlChild(const YAML::Node &node, const char *key)
{
    if (!node.IsMap())
        return YAML::Node(YAML::NodeType::Undefined);
    const YAML::Node child = node[key];
    return child ? child : YAML::Node(YAML::NodeType::Undefined);
}

QString yamlString(const YAML::Node &node)
{
    return node.IsScalar() ? QString::fromStdString(node.Scalar()).trimmed() : QString();
}

QString yamlString(const YAML::Node &node, const char *key)
{
    return yamlString(yamlChild(node, key));
}

QStringList yamlStrings(const YAML::Node &node, const char *key)
{
    const YAML::Node child = yamlChild(node, key);
    QStringList out;
    if (child.IsScalar()) {
        if (const QString s = yamlString(child); !s.isEmpty())
            out << s;
    } else if (child.IsSequence()) {
        for (const YAML::Node &item : child)
            if (const QString s = yamlString(item); !s.isEmpty())
                out << s;
    }
    return out;
}

int yamlLine(const YAML::Node &node, int firstLine)
{
    return firstLine + std::max(0, node.Mark().line) + 1;
}

} // namespace OrgMap
