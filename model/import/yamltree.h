#pragma once

// A YAML document read with yaml-cpp's event API into a flat, read-only tree.
// YAML::Load builds a YAML::Node graph (a shared memory pool, a node and a
// node_data per value, lookups that convert every key to a std::string); an
// importer only reads a few scalars from each document, so building that graph
// was most of an import's time after the scanner. The events and their marks
// are yaml-cpp's own, so values, nulls, aliases and error positions are the
// same as with YAML::Load.

#include "yamldocuments.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <string>
#include <vector>

namespace OrgMap {

class YamlTree;

// A handle on one value of a YamlTree; a default handle is "undefined" (a
// missing key). Valid while its tree lives.
class YamlValue
{
public:
    YamlValue() = default;

    bool IsDefined() const { return m_tree != nullptr; }
    bool IsNull() const;
    bool IsScalar() const;
    bool IsSequence() const;
    bool IsMap() const;
    const std::string &Scalar() const; // empty unless IsScalar()
    int line() const;                  // 0-based in the document, as YAML::Mark

    // The value of `key` in a mapping (first match, like YAML::Node), else
    // undefined.
    YamlValue child(const char *key) const;
    // The key node of `key` in a mapping, else undefined.
    YamlValue keyNode(const char *key) const;
    // A sequence's items; empty for anything else.
    std::vector<YamlValue> items() const;

private:
    friend class YamlTree;
    int keyPosition(const char *key) const; // in the mapping's children, or -1
    YamlValue(const YamlTree *tree, int index) : m_tree(tree), m_index(index) {}
    const YamlTree *m_tree = nullptr;
    int m_index = -1;
};

class YamlTree
{
public:
    enum class Type : unsigned char
    {
        Null,
        Scalar,
        Sequence,
        Map
    };
    struct Node
    {
        Type type = Type::Null;
        int line = 0;
        std::string scalar;
        std::vector<int> children; // a mapping: key, value, key, value, ...
    };

    // Parses the first document of `chunk`; nullopt with `error` set (file
    // line, as parseYamlDocument()) when yaml-cpp rejects it. An empty
    // document gives a tree whose root() is null.
    static std::optional<YamlTree> parse(const YamlChunk &chunk, YamlError *error);

    YamlValue root() const;

private:
    friend class YamlValue;
    friend class YamlTreeBuilder;
    std::vector<Node> m_nodes;
    int m_root = -1;
};

// The YamlValue forms of the readers in yamldocuments.h, same rules.
YamlValue yamlChild(const YamlValue &node, const char *key);
QString yamlString(const YamlValue &node);
QString yamlString(const YamlValue &node, const char *key);
QStringList yamlStrings(const YamlValue &node, const char *key);
int yamlLine(const YamlValue &node, int firstLine);

} // namespace OrgMap
