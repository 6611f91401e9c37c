#pragma once

// The quick-entry line's name matcher: every name on the map, folded
// (case and white space), to what it names. The parser resolves names with
// it; completion (quickentrynames.cpp) offers them. Not part of the public
// interface (quickentry.h).

#include "core/mapdata.h"

#include <QHash>
#include <QList>
#include <QString>

namespace OrgMap::QuickEntryDetail {

struct Named
{
    EntityKind kind;
    QString id;
};

// Which kinds of entity a name may name, as bits.
enum Kinds
{
    Domains = 1,
    Teams = 2,
    Assets = 4,
    All = 7
};

class Names
{
public:
    explicit Names(const MapData &map);
    static QString key(const QString &name);
    // What `name` names among `kinds` (more than one: the name is ambiguous).
    QList<Named> find(const QString &name, int kinds) const;
    static int bit(EntityKind kind);

private:
    QHash<QString, QList<Named>> m_byName;
};

// "domain", "team", "asset or domain", ... (translated), for messages.
QString kindsText(int kinds);

} // namespace OrgMap::QuickEntryDetail
