#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <yaml-cpp/yaml.h>

namespace OrgMap {

// One YAML document of a multi-document file and the line it starts on (0-based),
// so that errors name the line of the file, not of the document.
struct YamlChunk
{
    QByteArray text;
    int firstLine = 0;
};

// Splits a file at its `---` document markers. Each document is parsed on its
// own so that --lenient can skip one broken document and keep the others.
QList<YamlChunk> splitYamlDocuments(const QByteArray &bytes);

struct YamlError
{
    int line = 0;   // 1-based, in the file
    int column = 0; // 1-based
    QString message;
};

// Fills `error` (may be null) from what yaml-cpp threw for a document that
// starts on `firstLine` of its file.
void setYamlError(const YAML::Exception &e, int firstLine, YamlError *error);

// Parses one document; an empty document (only comments) gives a null node.
std::optional<YAML::Node> parseYamlDocument(const YamlChunk &chunk, YamlError *error);

// Small typed readers that never throw: a missing key, or a value of the wrong
// shape, reads as empty.
YAML::Node yamlChild(const YAML::Node &node, const char *key);
QString yamlString(const YAML::Node &node);
QString yamlString(const YAML::Node &node, const char *key);
// A sequence of scalars; a single scalar reads as a list of one.
QStringList yamlStrings(const YAML::Node &node, const char *key);
int yamlLine(const YAML::Node &node, int firstLine); // 1-based file line of a node

} // namespace OrgMap
