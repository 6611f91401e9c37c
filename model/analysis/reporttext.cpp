#include "reporttext.h"

#include <algorithm>

namespace OrgMap::ReportText {

QString Palette::wrap(const char *code, const QString &text) const
{
    if (!on || text.isEmpty())
        return text;
    return QLatin1String("\x1b[") + QLatin1String(code) + QLatin1Char('m') + text +
           QLatin1String("\x1b[0m");
}

QStringList alignedRows(const QList<QStringList> &rows, const QList<bool> &rightAligned,
                        const std::function<QString(int row, int column, const QString &)> &style)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths[c], row[c].size());
        }
    QStringList lines;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList cells;
        for (qsizetype c = 0; c < rows[r].size(); ++c) {
            const bool last = c + 1 == rows[r].size();
            const QString &cell = rows[r][c];
            QString padded = rightAligned.value(c) ? cell.rightJustified(widths[c])
                             : last                ? cell // no trailing blanks
                                                   : cell.leftJustified(widths[c]);
            cells.append(style(int(r), int(c), padded));
        }
        lines.append(QLatin1String("  ") + cells.join(QLatin1String("  ")));
    }
    return lines;
}

} // namespace OrgMap::ReportText
