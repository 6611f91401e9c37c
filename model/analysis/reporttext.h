#pragma once

// The pieces of the terminal reports (`check`, `diff`): ANSI colour that is
// off unless asked for, and tables whose columns line up.

#include <QList>
#include <QStringList>
#include <functional>

namespace OrgMap::ReportText {

// ANSI SGR sequences; the text unchanged when colour is off.
struct Palette
{
    bool on = false;
    QString wrap(const char *code, const QString &text) const;
    QString bold(const QString &t) const { return wrap("1", t); }
};

// Rows of cells, each column padded to its widest cell, each line indented by
// two blanks; `rightAligned` marks the numeric columns. `style` is applied
// after padding, per cell, so colour does not upset the alignment.
QStringList alignedRows(const QList<QStringList> &rows, const QList<bool> &rightAligned,
                        const std::function<QString(int row, int column, const QString &)> &style);

} // namespace OrgMap::ReportText
