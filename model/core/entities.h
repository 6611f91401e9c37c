#pragma once

#include "enums.h"
#include "ids.h"

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QStringList>
#include <optional>

namespace OrgMap {

// Extension data: the `x-` keys of one JSON object, kept verbatim.
using Extensions = QJsonObject;

// A position (teams, assets: the centre) or a rectangle (domains: x, y is the
// top-left corner, w and h the size). Carries the x- keys of its JSON object.
struct Geometry
{
    double x = 0;
    double y = 0;
    double w = 0;
    double h = 0;
    Extensions extensions;

    QPointF pos() const { return {x, y}; }
    QRectF rect() const { return {x, y, w, h}; }
    static Geometry at(QPointF p) { return {p.x(), p.y(), 0, 0, {}}; }
    static Geometry of(const QRectF &r) { return {r.x(), r.y(), r.width(), r.height(), {}}; }
    friend bool operator==(const Geometry &, const Geometry &) = default;
};

struct Domain
{
    DomainId id;
    QString name;
    DomainId parent;
    TeamId owner;
    QString description;
    QString color; // "#rrggbb" or empty
    std::optional<Geometry> geometry;
    Extensions extensions;
    friend bool operator==(const Domain &, const Domain &) = default;
};

struct Team
{
    TeamId id;
    QString name;
    TeamType type = TeamType::None;
    QString description;
    std::optional<Geometry> geometry;
    Extensions extensions;
    friend bool operator==(const Team &, const Team &) = default;
};

struct Port
{
    QString name;
    PortType type = PortType::Table;
    QString location;
    Extensions extensions;
    friend bool operator==(const Port &, const Port &) = default;
};

struct Asset
{
    AssetId id;
    AssetKind kind = AssetKind::Service;
    QString name;
    DomainId domain;
    TeamId owner;
    QString description;
    QStringList tags;
    std::optional<Geometry> geometry;
    QList<Port> ports;         // data products only
    QString contract;          // data products only
    QString documentation;
    Classification classification = Classification::None; // data products only
    Extensions extensions;
    friend bool operator==(const Asset &, const Asset &) = default;
};

// The identity of a link: at most one link per (from, to, kind).
struct LinkKey
{
    AssetId from;
    AssetId to;
    LinkKind kind = LinkKind::Api;
    friend bool operator==(const LinkKey &, const LinkKey &) = default;
    friend bool operator<(const LinkKey &a, const LinkKey &b)
    {
        if (a.from != b.from)
            return a.from < b.from;
        if (a.to != b.to)
            return a.to < b.to;
        return a.kind < b.kind;
    }
};

struct Link
{
    LinkKey key;
    QString label;
    Extensions extensions;
    friend bool operator==(const Link &, const Link &) = default;
};

struct InteractionKey
{
    TeamId from;
    TeamId to;
    InteractionMode mode = InteractionMode::Collaboration;
    friend bool operator==(const InteractionKey &, const InteractionKey &) = default;
    friend bool operator<(const InteractionKey &a, const InteractionKey &b)
    {
        if (a.from != b.from)
            return a.from < b.from;
        if (a.to != b.to)
            return a.to < b.to;
        return a.mode < b.mode;
    }
};

struct Interaction
{
    InteractionKey key;
    Extensions extensions;
    friend bool operator==(const Interaction &, const Interaction &) = default;
};

// The document-level fields.
struct MapInfo
{
    QString name;
    QString description;
    Extensions extensions;
    friend bool operator==(const MapInfo &, const MapInfo &) = default;
};

} // namespace OrgMap
