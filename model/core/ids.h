#pragma once

#include <QHashFunctions>
#include <QString>

namespace OrgMap {

// A typed wrapper around the string ids of the format, so that a team id can
// never be passed where an asset id is expected. Ids are ASCII by the spec, so
// QString's UTF-16 ordering equals the spec's code-point ordering.
template <typename Tag>
class Id
{
public:
    Id() = default;
    explicit Id(QString value) : m_value(std::move(value)) {}

    const QString &str() const { return m_value; }
    bool isNull() const { return m_value.isEmpty(); }

    friend bool operator==(const Id &a, const Id &b) { return a.m_value == b.m_value; }
    friend bool operator!=(const Id &a, const Id &b) { return a.m_value != b.m_value; }
    friend bool operator<(const Id &a, const Id &b) { return a.m_value < b.m_value; }
    friend size_t qHash(const Id &id, size_t seed = 0) { return qHash(id.m_value, seed); }

private:
    QString m_value;
};

using DomainId = Id<struct DomainTag>;
using TeamId = Id<struct TeamTag>;
using AssetId = Id<struct AssetTag>;

} // namespace OrgMap
