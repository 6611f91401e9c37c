#pragma once

#include <QLocale>
#include <QString>
#include <cmath>

namespace OrgMap {

// A number as the reports write it: rounded to at most 4 decimals, without
// trailing zeros, integers without a decimal point ("4.25", "0.0312", "3"),
// never "-0". Locale-independent, like JSON.
inline QString formatDecimal(double value)
{
    double rounded = std::round(value * 10000.0) / 10000.0;
    if (rounded == 0.0)
        rounded = 0.0; // drops the sign of -0
    QString text = QString::number(rounded, 'f', 4);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

// The same number for a sentence a person reads (finding messages, the text
// report): the same digits, written the way the default QLocale writes them
// ("2,25" in German). I18n::installTranslators sets that locale to the
// chosen language; JSON keeps formatDecimal.
inline QString formatDecimalForReading(double value)
{
    const QString plain = formatDecimal(value);
    const qsizetype point = plain.indexOf(QLatin1Char('.'));
    const int decimals = point < 0 ? 0 : int(plain.size() - point - 1);
    return QLocale().toString(plain.toDouble(), 'f', decimals);
}

} // namespace OrgMap
