#include "yamltree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <istream>
#include <streambuf>

namespace OrgMap {

namespace {

// Reads the chunk's bytes in place: no std::string and stringstream copies.
class ByteArrayBuffer : public std::streambuf
{
public:
    explicit ByteArrayBuffer(const QByteArray &bytes)
    {
        char *data = const_cast<char *>(bytes.constData()); // read only: get area
        setg(data, data, data + bytes.size());
    }
};

} // namespace

// Mirrors yaml-cpp's NodeBuilder: a value joins its parent when it is
// complete; an alias is the anchored value itself.
class YamlTreeBuilder : public YAML::EventHandler
{
public:
    explicit YamlTreeBuilder(YamlTree &tree) : m_tree(tree) {}

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        finish(create(YamlTree::Type::Null, mark, anchor));
    }
    void OnAlias(const YAML::Mark &, YAML::anchor_t anchor) override
    {
        // The parser refuses unknown anchors before this point.
        if (anchor < m_anchors.size())
            finish(m_anchors[anchor]);
    }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        const int index = create(YamlTree::Type::Scalar, mark, anchor);
        m_tree.m_nodes[size_t(index)].scalar = value;
        finish(index);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        m_open.push_back(create(YamlTree::Type::Sequence, mark, anchor));
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        m_open.push_back(create(YamlTree::Type::Map, mark, anchor));
    }
    void OnMapEnd() override { close(); }

private:
    int create(YamlTree::Type type, const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        const int index = int(m_tree.m_nodes.size());
        YamlTree::Node node;
        node.type = type;
        node.line = mark.line;
        m_tree.m_nodes.push_back(std::move(node));
        if (anchor) {
            // Anchors are numbered 1, 2, ... in the order they appear.
            if (m_anchors.size() <= anchor)
                m_anchors.resize(anchor + 1, -1);
            m_anchors[anchor] = index;
        }
        return index;
    }
    void close()
    {
        const int index = m_open.back();
        m_open.pop_back();
        finish(index);
    }
    void finish(int index)
    {
        if (index < 0)
            return;
        if (m_open.empty()) {
            if (m_tree.m_root < 0)
                m_tree.m_root = index;
            return;
        }
        m_tree.m_nodes[size_t(m_open.back())].children.push_back(index);
    }

    YamlTree &m_tree;
    std::vector<int> m_open;
    std::vector<int> m_anchors;
};

std::optional<YamlTree> YamlTree::parse(const YamlChunk &chunk, YamlError *error)
{
    YamlTree tree;
    try {
        ByteArrayBuffer buffer(chunk.text);
        std::istream stream(&buffer);
        YAML::Parser parser(stream);
        YamlTreeBuilder builder(tree);
        parser.HandleNextDocument(builder);
    } catch (const YAML::Exception &e) {
        setYamlError(e, chunk.firstLine, error);
        return std::nullopt;
    }
    if (tree.m_root < 0) { // no document: a null root, as YAML::Load gives
        tree.m_root = int(tree.m_nodes.size());
        tree.m_nodes.emplace_back();
    }
    return tree;
}

YamlValue YamlTree::root() const
{
    return YamlValue(this, m_root);
}

bool YamlValue::IsNull() const
{
    return m_tree && m_tree->m_nodes[size_t(m_index)].type == YamlTree::Type::Null;
}

bool YamlValue::IsScalar() const
{
    return m_tree && m_tree->m_nodes[size_t(m_index)].type == YamlTree::Type::Scalar;
}

bool YamlValue::IsSequence() const
{
    return m_tree && m_tree->m_nodes[size_t(m_index)].type == YamlTree::Type::Sequence;
}

bool YamlValue::IsMap() const
{
    return m_tree && m_tree->m_nodes[size_t(m_index)].type == YamlTree::Type::Map;
}

const std::string &YamlValue::Scalar() const
{
    static const std::string empty;
    return IsScalar() ? m_tree->m_nodes[size_t(m_index)].scalar : empty;
}

int YamlValue::line() const
{
    return m_tree ? m_tree->m_nodes[size_t(m_index)].line : 0;
}

int YamlValue::keyPosition(const char *key) const
{
    if (!IsMap())
        return -1;
    const std::vector<int> &children = m_tree->m_nodes[size_t(m_index)].children;
    for (size_t i = 0; i + 1 < children.size(); i += 2) {
        const YamlTree::Node &k = m_tree->m_nodes[size_t(children[i])];
        if (k.type == YamlTree::Type::Scalar && k.scalar == key)
            return int(i);
    }
    return -1;
}

YamlValue YamlValue::keyNode(const char *key) const
{
    const int at = keyPosition(key);
    return at < 0 ? YamlValue()
                  : YamlValue(m_tree, m_tree->m_nodes[size_t(m_index)].children[size_t(at)]);
}

YamlValue YamlValue::child(const char *key) const
{
    const int at = keyPosition(key);
    return at < 0 ? YamlValue()
                  : YamlValue(m_tree, m_tree->m_nodes[size_t(m_index)].children[size_t(at) + 1]);
}

std::vector<YamlValue> YamlValue::items() const
{
    std::vector<YamlValue> out;
    if (!IsSequence())
        return out;
    const std::vector<int> &children = m_tree->m_nodes[size_t(m_index)].children;
    out.reserve(children.size());
    for (int index : children)
        out.push_back(YamlValue(m_tree, index));
    return out;
}

YamlValue yamlChild(const YamlValue &node, const char *key)
{
    return node.child(key);
}

QString yamlString(const YamlValue &node)
{
    return node.IsScalar() ? QString::fromStdString(node.Scalar()).trimmed() : QString();
}

QString yamlString(const YamlValue &node, const char *key)
{
    return yamlString(node.child(key));
}

QStringList yamlStrings(const YamlValue &node, const char *key)
{
    const YamlValue child = node.child(key);
    QStringList out;
    if (child.IsScalar()) {
        if (const QString s = yamlString(child); !s.isEmpty())
            out << s;
    } else if (child.IsSequence()) {
        for (const YamlValue &item : child.items())
            if (const QString s = yamlString(item); !s.isEmpty())
                out << s;
    }
    return out;
}

int yamlLine(const YamlValue &node, int firstLine)
{
    return firstLine + std::max(0, node.line()) + 1;
}

} // namespace OrgMap
