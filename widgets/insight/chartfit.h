#pragma once

class QChart;
class QString;
class QFontMetricsF;

namespace OrgMap {

// Keeps a bar chart readable at the size it is given (a dashboard at
// 1280x720): QtCharts itself cuts category names to "..." and lets bar values
// and value-axis ticks overlap. After each change of the plot area:
// - category names get up to a third of the chart's width and are shortened
//   to it (whole words, then initials: "Order Service" -> "Order S."), never
//   elided;
// - bar values show only where a bar is tall enough for the text;
// - the value axis gets at most as many ticks as their labels fit, counted
//   with the one at 0 and measured as shown.
// The full names stay in the axis (property) and are restored when room grows.
void keepChartReadable(QChart *chart);

// Applies the rules once now (called on plotAreaChanged; tests).
void fitChart(QChart *chart);

// `text` in at most `width` pixels: whole words, the rest as initials; when
// even the first word does not fit, its first letters and a full stop ("Paym.").
QString abbreviated(const QString &text, const QFontMetricsF &metrics, double width);

} // namespace OrgMap
