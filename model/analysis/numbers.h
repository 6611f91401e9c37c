#pragma once

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

} // namespace OrgMap
