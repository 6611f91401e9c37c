#include "metricspanel.h"

#include "analysis/numbers.h"
#include "core/atomicfile.h"
#include "teamdistribution.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHeaderView>
#include <QImageWriter>
#include <QLabel>
#include <QPainter>
#include <QTableWidget>
#include <QValueAxis>
#include <algorithm>
#include <future>

namespace OrgMap {

namespace {

constexpr int kMaxDomainBars = 10;

QString number(DiffMetric metric, double value)
{
    return isDecimal(metric) ? formatDecimalForReading(value) : QLocale().toString(qint64(value));
}

QString signedNumber(DiffMetric metric, double value)
{
    if (value == 0)
        return u"0"_qs;
    return (value > 0 ? u"+"_qs : u"\u2212"_qs) + number(metric, std::abs(value));
}

QChartView *makeChartView(QWidget *parent, const QString &name)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(10.5);
    chart->setTitleFont(title);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 190);
    return view;
}

// Before hatched grey, after solid blue: told apart by pattern and by the
// legend's words as well as by colour.
void styleSets(QBarSet *before, QBarSet *after)
{
    QBrush hatched(QColor(0x70, 0x75, 0x7d), Qt::BDiagPattern);
    before->setBrush(hatched);
    before->setBorderColor(QColor(0x50, 0x55, 0x5d));
    after->setColor(QColor(0x2f, 0x6f, 0xd0));
    after->setBorderColor(QColor(0x1d, 0x4f, 0xa0));
}

void fillBars(QChart *chart, const QString &title, const QStringList &categories,
              const QList<double> &before, const QList<double> &after, const QString &beforeName,
              const QString &afterName, bool integers, const QString &xTitle = {},
              const QString &yTitle = {})
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(title);
    auto *b = new QBarSet(beforeName);
    auto *a = new QBarSet(afterName);
    double top = 0;
    for (double v : before) {
        *b << v;
        top = std::max(top, v);
    }
    for (double v : after) {
        *a << v;
        top = std::max(top, v);
    }
    styleSets(b, a);
    auto *series = new QBarSeries;
    series->append(b);
    series->append(a);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    QFont small = x->labelsFont();
    small.setPointSizeF(8.5);
    x->setLabelsFont(small);
    if (!integers) {
        // Domain names, not numbers: slanted, and whole (already cut to 14
        // characters); Qt's own cut left "Cat…" of each at 1280x720.
        x->setLabelsAngle(-40);
        x->setTruncateLabels(false);
    }
    x->setTitleText(xTitle);
    x->setTitleFont(small);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelsFont(small);
    if (integers) {
        // Whole-number ticks: the range is a multiple of the step.
        const int want = std::max(1, int(std::ceil(top * 1.1)));
        const int step = std::max(1, (want + 4) / 5);
        const int ticks = (want + step - 1) / step;
        y->setRange(0, ticks * step);
        y->setLabelFormat(u"%.0f"_qs); // localized labels know no %d
        y->setTickCount(ticks + 1);
    } else {
        y->setRange(0, 1);
        y->setLabelFormat(u"%.1f"_qs);
        y->setTickCount(6);
    }
    y->setTitleText(yTitle);
    y->setTitleFont(small);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

} // namespace

MetricsPanel::MetricsPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_table(new QTableWidget(this)),
      m_instability(makeChartView(this, u"instabilityChart"_qs)),
      m_domainsPerTeam(makeChartView(this, u"domainsPerTeamChart"_qs)),
      m_assetsPerTeam(makeChartView(this, u"assetsPerTeamChart"_qs))
{
    setObjectName(u"metricsPanel"_qs);
    setAutoFillBackground(true);
    m_title->setObjectName(u"metricsTitle"_qs);
    m_title->setTextFormat(Qt::RichText);
    m_table->setObjectName(u"metricsTable"_qs);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Metric"), tr("Before"), tr("After"), tr("Change"), tr("Verdict")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 5; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setMinimumWidth(430);
    m_table->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 6, 8, 8);
    grid->setHorizontalSpacing(8);
    grid->addWidget(m_title, 0, 0, 1, 3);
    grid->addWidget(m_table, 1, 0, 2, 1);
    grid->addWidget(m_instability, 1, 1, 1, 2);
    grid->addWidget(m_domainsPerTeam, 2, 1);
    grid->addWidget(m_assetsPerTeam, 2, 2);
    grid->setColumnStretch(0, 4);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 3);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(2, 1);
}

bool MetricsPanel::lowerIsBetter(DiffMetric metric)
{
    switch (metric) {
    case DiffMetric::CrossDomainLinks:
    case DiffMetric::CrossDomainWeight:
    case DiffMetric::OrphanedAssets:
    case DiffMetric::UnownedAssets:
    case DiffMetric::Hotspots:
    case DiffMetric::DomainCycles:
    case DiffMetric::DomainsOnCycles:
    case DiffMetric::ScatteredTeams:
    case DiffMetric::Errors:
    case DiffMetric::Warnings:
        return true;
    default:
        return false; // counts of things, and infos: neither better nor worse
    }
}

int MetricsPanel::verdict(const MetricChange &m)
{
    const double delta = m.delta();
    if (!lowerIsBetter(m.metric) || std::abs(delta) < 1e-9)
        return 0;
    return delta < 0 ? 1 : -1;
}

QString MetricsPanel::metricName(DiffMetric metric)
{
    switch (metric) {
    case DiffMetric::Domains:
        return tr("Domains");
    case DiffMetric::Teams:
        return tr("Teams");
    case DiffMetric::Assets:
        return tr("Assets");
    case DiffMetric::Links:
        return tr("Links");
    case DiffMetric::Interactions:
        return tr("Team interactions");
    case DiffMetric::CrossDomainLinks:
        return tr("Cross-domain links");
    case DiffMetric::CrossDomainWeight:
        return tr("Cross-domain weight");
    case DiffMetric::OrphanedAssets:
        return tr("Orphaned assets");
    case DiffMetric::UnownedAssets:
        return tr("Unowned assets");
    case DiffMetric::Hotspots:
        return tr("Hotspots");
    case DiffMetric::DomainCycles:
        return tr("Domain cycles");
    case DiffMetric::DomainsOnCycles:
        return tr("Domains on cycles");
    case DiffMetric::ScatteredTeams:
        return tr("Scattered teams");
    case DiffMetric::Errors:
        return tr("Errors");
    case DiffMetric::Warnings:
        return tr("Warnings");
    case DiffMetric::Infos:
        return tr("Infos");
    }
    return {};
}

void MetricsPanel::setDiff(const MapDiff &diff, const MapData &oldMap, const MapData &newMap,
                           const QString &oldLabel, const QString &newLabel)
{
    m_oldLabel = oldLabel;
    m_newLabel = newLabel;
    int better = 0;
    int worse = 0;
    for (const MetricChange &m : diff.metrics) {
        const int v = verdict(m);
        better += v > 0;
        worse += v < 0;
    }
    m_title->setText(tr("<b>%1</b> \u2192 <b>%2</b>: %3 better, %4 worse")
                         .arg(oldLabel.toHtmlEscaped(), newLabel.toHtmlEscaped())
                         .arg(better)
                         .arg(worse));
    fillTable(diff);
    fillInstability(diff, oldMap, newMap);
    m_oldMap = oldMap;
    m_newMap = newMap;
    m_pending = true;
    if (isVisible())
        ensureDistributions();
}

void MetricsPanel::ensureDistributions()
{
    if (!m_pending)
        return;
    m_pending = false;
    fillDistributions(m_oldMap, m_newMap);
}

void MetricsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureDistributions();
}

void MetricsPanel::fillTable(const MapDiff &diff)
{
    m_table->setRowCount(int(diff.metrics.size()));
    for (int row = 0; row < diff.metrics.size(); ++row) {
        const MetricChange &m = diff.metrics.at(row);
        auto cell = [&](int column, const QString &text, Qt::Alignment align) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(align | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
            return item;
        };
        cell(0, metricName(m.metric), Qt::AlignLeft)->setData(Qt::UserRole, toString(m.metric));
        cell(1, number(m.metric, m.oldValue), Qt::AlignRight);
        cell(2, number(m.metric, m.newValue), Qt::AlignRight);
        cell(3, signedNumber(m.metric, m.delta()), Qt::AlignRight);
        const int v = verdict(m);
        QString words;
        QColor colour = palette().color(QPalette::Text);
        if (v > 0) {
            words = tr("\u25bc better");
            colour = QColor(0x1b, 0x7f, 0x3b);
        } else if (v < 0) {
            words = tr("\u25b2 worse");
            colour = QColor(0xb0, 0x1e, 0x1e);
        } else if (lowerIsBetter(m.metric)) {
            words = tr("= same");
        }
        QTableWidgetItem *verdictItem = cell(4, words, Qt::AlignLeft);
        verdictItem->setData(Qt::UserRole, v);
        verdictItem->setForeground(colour);
        if (v != 0) {
            QFont bold = verdictItem->font();
            bold.setBold(true);
            verdictItem->setFont(bold);
        }
    }
}

void MetricsPanel::fillInstability(const MapDiff &diff, const MapData &oldMap,
                                   const MapData &newMap)
{
    // The domains whose instability moved most (then by id), at most a
    // chart's width of them; all of them when the map is small.
    QList<const DomainChange *> shown;
    for (const DomainChange &d : diff.domains)
        shown.append(&d);
    auto moved = [](const DomainChange *d) {
        const double before = d->oldMetrics ? d->oldMetrics->instability : 0;
        const double after = d->newMetrics ? d->newMetrics->instability : 0;
        return std::abs(after - before) + (d->oldMetrics.has_value() != d->newMetrics.has_value());
    };
    const bool cut = shown.size() > kMaxDomainBars;
    if (cut) {
        std::stable_sort(
            shown.begin(), shown.end(),
            [&](const DomainChange *a, const DomainChange *b) { return moved(a) > moved(b); });
        shown.resize(kMaxDomainBars);
        std::sort(shown.begin(), shown.end(), [](const DomainChange *a, const DomainChange *b) {
            return a->domain < b->domain;
        });
    }
    QStringList categories;
    QList<double> before, after;
    for (const DomainChange *d : shown) {
        QString name = newMap.nameOf(d->domain.str());
        if (name.isEmpty())
            name = oldMap.nameOf(d->domain.str());
        if (name.size() > 14)
            name = name.left(13) + u"\u2026"_qs;
        if (!d->oldMetrics)
            name += tr(" (new)");
        else if (!d->newMetrics)
            name += tr(" (gone)");
        while (categories.contains(name))
            name += u" "_qs; // category names must be unique
        categories << name;
        before << (d->oldMetrics ? d->oldMetrics->instability : 0);
        after << (d->newMetrics ? d->newMetrics->instability : 0);
    }
    fillBars(
        m_instability->chart(),
        cut ? tr("Instability of the %n domain(s) that changed most", nullptr, int(shown.size()))
            : tr("Instability per domain (Ce / (Ca + Ce))"),
        categories, before, after, tr("Before: %1").arg(m_oldLabel),
        tr("After: %1").arg(m_newLabel), false);
}

void MetricsPanel::fillDistributions(const MapData &oldMap, const MapData &newMap)
{
    // The team metrics of the analysis (the ones scattered-team reads), both
    // sides at once; betweenness is not needed.
    AnalysisOptions options;
    options.betweenness = AnalysisOptions::Betweenness::Skip;
    auto oldFuture = std::async(std::launch::async, [&] { return analyze(oldMap, options); });
    const AnalysisResult newResult = analyze(newMap, options);
    const AnalysisResult oldResult = oldFuture.get();
    auto column = [](const AnalysisResult &r, bool domains) {
        QList<int> values;
        for (const TeamMetrics &t : r.teams)
            values << (domains ? t.domainsSpanned : t.assetsOwned);
        return values;
    };
    auto toDoubles = [](const QList<int> &counts) {
        QList<double> d;
        for (int c : counts)
            d << c;
        return d;
    };
    // Short legends: the instability chart beside names both maps.
    const QString beforeName = tr("Before");
    const QString afterName = tr("After");
    const Histogram domains = histogram({column(oldResult, true), column(newResult, true)});
    fillBars(m_domainsPerTeam->chart(), tr("Domains per team"), domains.labels,
             toDoubles(domains.counts.at(0)), toDoubles(domains.counts.at(1)), beforeName,
             afterName, true, tr("domains a team owns assets in"), tr("teams"));
    const Histogram assets = histogram({column(oldResult, false), column(newResult, false)});
    fillBars(m_assetsPerTeam->chart(), tr("Assets per team"), assets.labels,
             toDoubles(assets.counts.at(0)), toDoubles(assets.counts.at(1)), beforeName, afterName,
             true, tr("assets a team owns"), tr("teams"));
}

QImage MetricsPanel::renderImage()
{
    ensureDistributions();
    if (!isVisible() || width() < 200) {
        resize(QSize(1200, 700));
        if (layout())
            layout()->activate();
    }
    QImage image(size() * devicePixelRatioF(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatioF());
    image.fill(palette().color(QPalette::Window));
    QPainter painter(&image);
    render(&painter);
    painter.end();
    return image;
}

bool MetricsPanel::exportPng(const QString &path, QString *error)
{
    const QImage image = renderImage();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (image.isNull() || !writer.write(image)) {
        if (error)
            *error = tr("%1: cannot write PNG: %2").arg(path, writer.errorString());
        return false;
    }
    return writeFileAtomically(path, buffer.data(), error);
}

} // namespace OrgMap
