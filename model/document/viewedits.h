#pragma once

// The edits of a map's views (docs/views.md), each one undoable step through
// Document::changeInfo: the views live in the map's top-level extensions, so
// undo, scenarios, saving and diffing carry them like any other map property.
// A refused edit (bad index, empty or taken name) changes nothing and
// returns false.

#include "core/savedviews.h"

namespace OrgMap {

class Document;

namespace ViewEdits {

SavedViews views(const Document &document);

// Appends `view`, its name made unique ("Overview 2"); returns its index or -1.
qsizetype add(Document &document, SavedView view);
bool rename(Document &document, qsizetype index, const QString &name);
bool move(Document &document, qsizetype from, qsizetype to);
// Replaces what view `index` shows, keeping its name.
bool update(Document &document, qsizetype index, const SavedView &view);
bool remove(Document &document, qsizetype index);

} // namespace ViewEdits
} // namespace OrgMap
