#pragma once

// Views (docs/views.md): named pictures of the map for a workshop, kept in the
// map's top-level extension key "x-orgmap-views", so that every orgmap-json-v1
// reader keeps them verbatim and a map without views is byte for byte the v1
// file it was. Each scenario's map carries its own views (they name the
// entities of that map). One codec and one checker serve the JSON reader, the
// SQLite reader and the document's edits.

#include "core/entities.h"

#include <QJsonValue>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace OrgMap {

struct SavedView
{
    QString name;              // 1 to 200 code points, unique in the map ignoring case
    QRectF camera;             // the scene rectangle fitted to the screen; w, h > 0
    QString highlight;         // "" (none), "orphans", "coupling" or "ownership"
    QString spotlight;         // an id whose spotlight set is lit; "" for none
    QList<QStringList> reveal; // domain ids revealed step by step; empty: all shown
    Extensions extensions;     // x- keys of the view's object, kept verbatim

    // Positions a presenter steps through: one per reveal step, at least one.
    int stepCount() const { return reveal.isEmpty() ? 1 : int(reveal.size()); }
    // The domains revealed at `step` (0-based, cumulative); empty when the
    // view reveals everything at once.
    QStringList revealedAt(int step) const;

    friend bool operator==(const SavedView &, const SavedView &) = default;
};
using SavedViews = QList<SavedView>;

namespace Views {

inline constexpr QLatin1String kKey{"x-orgmap-views"};

// The highlight spellings a view may name (the canvas's HighlightMode,
// widgets/insight/highlightmode.h, spells them the same).
const QStringList &highlightNames();

struct Problem
{
    QString pointer; // JSON pointer from the map object: "/x-orgmap-views/2/camera/w"
    QString message;
};

// Every problem of the views of a map's top-level extensions; none when the
// key is absent. Ids must have the id syntax but need not exist: a view
// outlives the entities it names (they are ignored when shown).
QList<Problem> check(const Extensions &mapExtensions);

// The views of a map (an unreadable list gives none: the readers refuse it
// before a document can hold it).
SavedViews read(const MapInfo &info);
// Writes `views` into the info's extensions; no views removes the key, so a
// map whose views were all deleted is again a plain v1 file.
void write(MapInfo &info, const SavedViews &views);

QJsonValue toJson(const SavedViews &views);
QStringList names(const SavedViews &views);
// Index of the view called `name`: exact match first, then ignoring case; -1
// (the rule scenario names follow, Scenarios::indexOf).
qsizetype indexOf(const SavedViews &views, const QString &name);
// `base` when free, else "base 2", "base 3", ...
QString uniqueName(const SavedViews &views, const QString &base);

} // namespace Views
} // namespace OrgMap
