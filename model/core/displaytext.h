#pragma once

#include <QString>

namespace OrgMap {

// Text from a map on its way to a terminal or a message.

// C0 and C1 control characters and DEL written as visible escapes ("\x1B",
// "\u009B"), so that a name cannot move the cursor, set the terminal title or
// clear the screen. `keepNewlines` leaves '\n' alone for multi-line text whose
// line breaks are OrgMap's own.
QString escapeControls(const QString &text, bool keepNewlines = false);

// At most `maxChars` characters of a value quoted in a message, cut at a
// character boundary and ending in "…" when cut: a 32 MB bad value must not
// become 32 MB of error text.
constexpr int kQuotedValueChars = 60;
QString shortened(const QString &value, int maxChars = kQuotedValueChars);

} // namespace OrgMap
