#include "chartfit.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QValueAxis>
#include <cmath>

namespace OrgMap {

namespace {

constexpr char kFullCategories[] = "orgmapFullCategories";
constexpr char kFitting[] = "orgmapFitting";
constexpr char kRefit[] = "orgmapRefit";
constexpr char kRoomCap[] = "orgmapCategoryRoom";
constexpr char kRoomCapSize[] = "orgmapCategoryRoomSize";
// Between the category names and the plot: QtCharts' label padding and ticks (px).
constexpr double kAxisGap = 12;
// The share of a chart's width the category names may take (see fitChart).
constexpr double kNameShare = 0.33;

// 1, 2 or 5 times a power of ten, at least `raw`.
double niceStep(double raw)
{
    if (raw <= 0)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * power >= raw - 1e-9)
            return m * power;
    return 10 * power;
}

// The smallest nice step whose tick labels (0, step, 2 step, ... up to the
// axis' end), each with a gap of two characters, fit side by side in `width`:
// the labels are counted with the one at 0, and measured as they are shown.
double tickStep(const QValueAxis *values, double width)
{
    const QFontMetricsF metrics(values->labelsFont());
    const double max = values->max();
    const bool integers = values->property("orgmapIntegers").toBool();
    double step = niceStep(max / std::max(1.0, width / (metrics.averageCharWidth() * 3)));
    if (integers)
        step = std::max(1.0, step);
    for (int attempt = 0; attempt < 24 && step < max; ++attempt) {
        const int labels = int(std::floor(max / step + 1e-9)) + 1;
        const QString widest =
            QString::number(std::floor(max / step + 1e-9) * step, 'f', step < 1 ? 1 : 0);
        const double labelWidth =
            metrics.horizontalAdvance(widest) + metrics.averageCharWidth() * 2;
        if (labels * labelWidth <= width)
            break;
        step = niceStep(step * 1.5);
    }
    return step;
}

} // namespace

QString abbreviated(const QString &text, const QFontMetricsF &metrics, double width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    // A figure in parentheses at the end ("Sales (0.50 · 3)") stays whole
    // while there is room for it; the name before it is what gets shorter.
    if (const qsizetype open = text.lastIndexOf(u" ("_qs); open > 0 && text.endsWith(u')')) {
        const QString suffix = text.mid(open);
        const double rest = width - metrics.horizontalAdvance(suffix);
        if (rest >= metrics.averageCharWidth() * 6)
            return abbreviated(text.left(open), metrics, rest) + suffix;
        return abbreviated(text.left(open), metrics, width);
    }
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    // Whole words from the left, the rest as initials ("Order S.").
    for (qsizetype whole = words.size() - 1; whole >= 1; --whole) {
        QStringList parts = words.mid(0, whole);
        for (qsizetype i = whole; i < words.size(); ++i)
            if (words[i].front().isLetterOrNumber())
                parts << words[i].left(1) + u'.';
        const QString candidate = parts.join(u' ');
        if (metrics.horizontalAdvance(candidate) <= width)
            return candidate;
        if (metrics.horizontalAdvance(words.mid(0, whole).join(u' ')) <= width)
            return words.mid(0, whole).join(u' ');
    }
    // Even the first word is too wide: its first letters and a full stop
    // ("Paym."), which reads as an abbreviation where "Payme" reads as a typo.
    QString first = words.isEmpty() ? text : words.first();
    if (metrics.horizontalAdvance(first) <= width)
        return first;
    while (first.size() > 2 && metrics.horizontalAdvance(first + u'.') > width)
        first.chop(1);
    return first + u'.';
}

void fitChart(QChart *chart)
{
    // Not laid out yet (a hidden dashboard): no room to fit the names to;
    // the fit runs when the chart gets its size.
    if (chart->size().isEmpty())
        return;
    // The names just shortened or lengthened move the plot's left edge; when
    // QtCharts reports that while this fit still runs, the ticks and bar
    // values are fitted again to the new plot right after.
    if (chart->property(kFitting).toBool()) {
        chart->setProperty(kRefit, true);
        return;
    }
    chart->setProperty(kFitting, true);
    chart->setProperty(kRefit, false);
    const QRectF plot = chart->plotArea();
    // A title too wide for the chart drops its " · 5/31" note.
    QString title = chart->property("orgmapFullTitle").toString();
    if (title.isEmpty() || (chart->title() != title && !title.startsWith(chart->title())))
        chart->setProperty("orgmapFullTitle", title = chart->title());
    const QString shortTitle = title.section(u" · "_qs, 0, 0);
    const bool fits =
        QFontMetricsF(chart->titleFont()).horizontalAdvance(title) <= chart->size().width() - 16;
    if (const QString wanted = fits ? title : shortTitle; chart->title() != wanted)
        chart->setTitle(wanted);
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
            QStringList full = categories->property(kFullCategories).toStringList();
            if (full.size() != categories->count()) {
                full = categories->categories();
                categories->setProperty(kFullCategories, full);
            }
            // Names beside the plot get up to a third of the chart's width:
            // "Payment Gateway" whole in a chart half a 1280 px dashboard wide.
            // QtCharts gives the left axis at most 40% of its inner width, its
            // label padding and ticks included, and cuts the names to "..."
            // beyond that.
            const QFontMetricsF metrics(categories->labelsFont());
            double room = std::max(40.0, chart->size().width() * kNameShare);
            // QtCharts may give the axis less than that (a legend, a long title, the
            // other axis): when a name is wider than the room it left beside the plot,
            // that room is the limit from now on, until the chart's size changes (a
            // chart too low for its axes gets their minimum widths: the room it
            // leaves then is no limit once the chart is taller).
            if (chart->property(kRoomCapSize).toSizeF() != chart->size())
                chart->setProperty(kRoomCap, QVariant());
            double widest = 0;
            for (const QString &name : categories->categories())
                widest = std::max(widest, metrics.horizontalAdvance(name));
            const double beside = plot.left() - chart->margins().left() - kAxisGap;
            if (plot.width() > 0 && beside >= 40 && widest > beside) {
                chart->setProperty(kRoomCap, beside);
                chart->setProperty(kRoomCapSize, chart->size());
            }
            if (const QVariant cap = chart->property(kRoomCap); cap.isValid())
                room = std::min(room, cap.toDouble());
            QStringList shortNames;
            for (const QString &name : full) {
                QString s = abbreviated(name, metrics, room);
                while (shortNames.contains(s)) // categories must stay unique
                    s += u'\u200b';
                shortNames << s;
            }
            const QStringList current = categories->categories();
            for (qsizetype i = 0; i < full.size(); ++i)
                if (current.value(i) != shortNames[i])
                    categories->replace(current[i], shortNames[i]);
        } else if (auto *values = qobject_cast<QValueAxis *>(axis)) {
            const double step = tickStep(values, plot.width());
            values->setTickType(QValueAxis::TicksDynamic);
            values->setTickAnchor(0);
            values->setTickInterval(step);
            values->setLabelFormat(step < 1 ? u"%.1f"_qs : u"%.0f"_qs);
        }
    }
    for (QAbstractSeries *s : chart->series()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(s);
        if (!bars || bars->count() == 0)
            continue;
        int categories = 0;
        for (QBarSet *set : bars->barSets())
            categories = std::max(categories, int(set->count()));
        const double thickness =
            plot.height() / std::max(1, categories) * bars->barWidth() / bars->count();
        const QFontMetricsF metrics(bars->barSets().first()->labelFont());
        bars->setLabelsVisible(thickness >= metrics.height());
    }
    chart->setProperty(kFitting, false);
    if (chart->property(kRefit).toBool() && chart->plotArea() != plot)
        QMetaObject::invokeMethod(
            chart, [chart] { fitChart(chart); }, Qt::QueuedConnection);
}

void keepChartReadable(QChart *chart)
{
    // Also after a resize: QtCharts does not always report a new plot area
    // when the chart narrows, and names fitted to the old width were cut.
    // Queued, so that a fit never runs inside QtCharts' own layout pass.
    const auto refit = [chart] {
        QMetaObject::invokeMethod(
            chart, [chart] { fitChart(chart); }, Qt::QueuedConnection);
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart] { fitChart(chart); });
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, refit);
}

} // namespace OrgMap
