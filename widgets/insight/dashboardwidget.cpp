#include "dashboardwidget.h"

#include "chartfit.h"
#include "couplingheatmap.h"
#include "teamcouplingpanel.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QToolTip>
#include <QValueAxis>

namespace OrgMap {

namespace {

constexpr char kIdsProperty[] = "orgmapIds";

// Projector rule: nothing below 10 pt, titles larger.
QFont chartFont(qreal factor = 1.0, bool bold = false)
{
    QFont font = QApplication::font();
    font.setPointSizeF(std::max<qreal>(font.pointSizeF() > 0 ? font.pointSizeF() : 10, 10) *
                       factor);
    font.setBold(bold);
    return font;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

} // namespace

DashboardWidget::DashboardWidget(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)),
      m_exportButton(new QPushButton(tr("Export PNG…"), this)), m_hotspots(new QChart),
      m_domains(new QChart), m_assetsPerTeam(new QChart), m_domainsPerTeam(new QChart),
      m_heatMap(new CouplingHeatMap(this)), m_teamPanel(new TeamCouplingPanel(this))
{
    setObjectName(u"dashboard"_qs);
    setAutoFillBackground(true);
    m_summary->setObjectName(u"dashboardSummary"_qs);
    // A long map name wraps instead of widening the dashboard past its dock.
    m_summary->setWordWrap(true);
    m_exportButton->setObjectName(u"dashboardExport"_qs);
    connect(m_exportButton, &QPushButton::clicked, this, &DashboardWidget::exportRequested);
    connect(m_heatMap, &CouplingHeatMap::selectRequested, this, &DashboardWidget::selectRequested);
    connect(m_teamPanel, &TeamCouplingPanel::selectRequested, this,
            &DashboardWidget::selectRequested);

    m_hotspots->setTitle(tr("Top hotspots by coupling score"));
    m_domains->setTitle(tr("Domain coupling: afferent (Ca) and efferent (Ce)"));
    m_assetsPerTeam->setTitle(tr("Assets per owning team"));
    m_domainsPerTeam->setTitle(tr("Domains spanned per team"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_exportButton);
    m_grid = new QGridLayout;
    m_grid->setSpacing(6);
    addChart(m_hotspots);
    addChart(m_domains);
    addChart(m_assetsPerTeam);
    addChart(m_domainsPerTeam);
    // Equal rows: the same minimum for both, whatever their contents ask.
    m_teamPanel->setMinimumHeight(240);
    m_teamPanel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addLayout(m_grid, 1);
    applyTheme();
    reflow();
    rebuild();
}

void DashboardWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    reflow();
}

void DashboardWidget::reflow()
{
    const int columns = width() >= 1080 ? 3 : width() >= 560 ? 2 : 1;
    if (columns == m_columns)
        return;
    m_columns = columns;
    QWidget *hotspots = m_views[0], *domains = m_views[1], *assets = m_views[2],
            *spans = m_views[3];
    for (QWidget *w : {hotspots, domains, assets, spans, static_cast<QWidget *>(m_heatMap),
                       static_cast<QWidget *>(m_teamPanel)})
        m_grid->removeWidget(w);
    for (int i = 0; i < 4; ++i) {
        m_grid->setColumnStretch(i, 0);
        m_grid->setRowStretch(i, 0);
    }
    QList<QList<QWidget *>> rows;
    if (columns == 3)
        rows = {{hotspots, domains, m_heatMap}, {assets, spans, m_teamPanel}};
    else if (columns == 2)
        rows = {{hotspots, domains}, {m_heatMap}, {assets, spans}, {m_teamPanel}};
    else
        rows = {{hotspots}, {domains}, {m_heatMap}, {assets}, {spans}, {m_teamPanel}};
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c)
            m_grid->addWidget(rows[r][c], r, c, 1, rows[r].size() == 1 ? columns : 1);
        m_grid->setRowStretch(r, 1);
    }
    for (int c = 0; c < columns; ++c)
        m_grid->setColumnStretch(c, 1);
}

void DashboardWidget::fitHeight(QChart *chart, int categories)
{
    const qsizetype index =
        QList<QChart *>{m_hotspots, m_domains, m_assetsPerTeam, m_domainsPerTeam}.indexOf(chart);
    if (index < 0)
        return;
    const qreal line = QFontMetricsF(chartFont()).height();
    const qreal title = QFontMetricsF(chartFont(1.2, true)).height();
    // Title, value-axis ticks and title, legend, QtCharts' paddings; then a row
    // per name with QtCharts' label padding (4 px above and below) to spare.
    const qreal overhead = title + 2 * line + 64 + (chart->legend()->isVisible() ? line + 16 : 0);
    m_views[index]->setMinimumHeight(std::max(240, int(overhead + categories * (line + 12))));
}

void DashboardWidget::showTipsOnHover(QBarSet *set, const QStringList &tips)
{
    connect(set, &QBarSet::hovered, this, [this, tips](bool entered, int index) {
        if (entered && index >= 0 && index < tips.size())
            QToolTip::showText(QCursor::pos(), tips.at(index), this);
        else
            QToolTip::hideText();
    });
}

QChartView *DashboardWidget::addChart(QChart *chart)
{
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // Bar values and axis ticks in the chosen language ("2,25" in German);
    // QChart's own default is the system locale, not QLocale's default.
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    keepChartReadable(chart);
    auto *view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    // Below this QtCharts cuts axis labels and titles to "...": the
    // dashboard scrolls instead.
    view->setMinimumSize(220, 240);
    m_views.append(view);
    return view;
}

void DashboardWidget::applyTheme()
{
    const QPalette pal = palette();
    const bool dark = isDark(pal);
    for (QChart *chart : {m_hotspots, m_domains, m_assetsPerTeam, m_domainsPerTeam}) {
        // setTheme resets fonts and colours: ours go on top of it.
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundBrush(pal.color(QPalette::Base));
        chart->setTitleBrush(pal.color(QPalette::Text));
        chart->setTitleFont(chartFont(1.2, true));
        chart->legend()->setFont(chartFont());
        chart->legend()->setLabelColor(pal.color(QPalette::Text));
    }
}

void DashboardWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
        rebuild(); // series colours come from the theme
    }
}

void DashboardWidget::setInsight(InsightPtr insight)
{
    m_insight = std::move(insight);
    if (isVisible())
        rebuild();
    else
        m_dirty = true;
}

void DashboardWidget::updateNow()
{
    rebuild();
}

void DashboardWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        rebuild();
}

void DashboardWidget::fillBars(QChart *chart, const DashboardData::BarList &list,
                               const QString &setName, const QString &axisTitle,
                               const QColor &color, bool integers)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(setName);
    set->setColor(color);
    set->setBorderColor(color.darker(130));
    set->setLabelFont(chartFont());
    set->setLabelColor(palette().color(QPalette::Text));
    QStringList categories, ids;
    // Horizontal bars grow upwards: append smallest first to put the largest on top.
    for (qsizetype i = list.bars.size() - 1; i >= 0; --i) {
        const DashboardData::Bar &bar = list.bars.at(i);
        *set << bar.value;
        // Category names must be unique; a name shared by two entities gets its id.
        QString label = bar.label;
        if (categories.contains(label))
            label += u" (%1)"_qs.arg(bar.id);
        categories.append(label);
        ids.append(bar.id);
    }
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsPrecision(integers ? 6 : 3);
    series->setProperty(kIdsProperty, ids);
    chart->addSeries(series);
    connect(set, &QBarSet::clicked, this, [this, ids](int index) {
        if (index >= 0 && index < ids.size())
            emit selectRequested({ids.at(index)});
    });
    // The whole name and the value, however short the name beside the bar.
    QStringList tips;
    for (qsizetype i = 0; i < categories.size(); ++i)
        tips << u"%1: %2"_qs.arg(categories[i], QLocale().toString(set->at(i), 'g', 4));
    showTipsOnHover(set, tips);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setLabelsFont(chartFont());
    categoryAxis->setLabelsColor(palette().color(QPalette::Text));
    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(axisTitle);
    valueAxis->setTitleFont(chartFont());
    valueAxis->setTitleBrush(palette().color(QPalette::Text));
    valueAxis->setLabelsFont(chartFont());
    valueAxis->setLabelsColor(palette().color(QPalette::Text));
    valueAxis->setProperty("orgmapIntegers", integers);
    double max = 0;
    for (const DashboardData::Bar &bar : list.bars)
        max = std::max(max, bar.value);
    valueAxis->setRange(0, max > 0 ? max * 1.08 : 1);
    if (!integers) {
        valueAxis->applyNiceNumbers();
    } else {
        valueAxis->setLabelFormat(u"%.0f"_qs); // "%d" shows nothing with localizeNumbers
        valueAxis->setTickType(QValueAxis::TicksDynamic);
        valueAxis->setTickAnchor(0);
        valueAxis->setTickInterval(std::max(1.0, std::ceil(max / 5)));
    }
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->setVisible(false);
    if (list.bars.isEmpty())
        categoryAxis->append(tr("(none)"));
    fitHeight(chart, int(categoryAxis->count()));
}

void DashboardWidget::fillDomains()
{
    QChart *chart = m_domains;
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    auto *series = new QHorizontalBarSeries;
    auto *ca = new QBarSet(tr("Ca in"));
    auto *ce = new QBarSet(tr("Ce out"));
    ca->setColor(QColor(0x1e, 0x78, 0xd2));
    ce->setColor(QColor(0xf5, 0x7c, 0x00));
    QStringList categories, ids;
    int max = 0;
    for (qsizetype i = m_data.domains.size() - 1; i >= 0; --i) {
        const DashboardData::DomainBar &domain = m_data.domains.at(i);
        *ca << domain.ca;
        *ce << domain.ce;
        max = std::max({max, domain.ca, domain.ce});
        // Instability and size ride in the label: I = Ce / (Ca + Ce).
        QString label =
            u"%1 (%2 · %3)"_qs.arg(domain.label, QLocale().toString(domain.instability, 'f', 2),
                                   QLocale().toString(domain.assets));
        if (categories.contains(label))
            label += u" (%1)"_qs.arg(domain.id);
        categories.append(label);
        ids.append(domain.id);
    }
    QStringList tips;
    for (qsizetype i = 0; i < categories.size(); ++i)
        tips << u"%1: %2 %3 · %4 %5"_qs.arg(categories[i], ca->label())
                    .arg(ca->at(i))
                    .arg(ce->label())
                    .arg(ce->at(i));
    for (QBarSet *set : {ca, ce}) {
        set->setLabelFont(chartFont());
        set->setLabelColor(palette().color(QPalette::Text));
        series->append(set);
        connect(set, &QBarSet::clicked, this, [this, ids](int index) {
            if (index >= 0 && index < ids.size())
                emit selectRequested({ids.at(index)});
        });
        showTipsOnHover(set, tips);
    }
    series->setBarWidth(0.8);
    series->setProperty(kIdsProperty, ids);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories.isEmpty() ? QStringList{tr("(none)")} : categories);
    categoryAxis->setLabelsFont(chartFont());
    categoryAxis->setLabelsColor(palette().color(QPalette::Text));
    auto *valueAxis = new QValueAxis;
    valueAxis->setProperty("orgmapIntegers", true);
    valueAxis->setTitleText(tr("links"));
    valueAxis->setTitleFont(chartFont());
    valueAxis->setTitleBrush(palette().color(QPalette::Text));
    valueAxis->setLabelsFont(chartFont());
    valueAxis->setLabelsColor(palette().color(QPalette::Text));
    valueAxis->setRange(0, std::max(1.0, max * 1.08));
    valueAxis->setLabelFormat(u"%.0f"_qs); // "%d" shows nothing with localizeNumbers
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0);
    valueAxis->setTickInterval(std::max(1.0, std::ceil(max / 5.0)));
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->setVisible(true);
    fitHeight(chart, int(categoryAxis->count()));
}

void DashboardWidget::rebuild()
{
    m_dirty = false;
    m_data = m_insight ? DashboardData::fromInsight(*m_insight) : DashboardData{};
    // Each title whole, with and without the cut note, so a translator places
    // the numbers and the separator.
    auto title = [](const DashboardData::BarList &list, const QString &whole, const QString &cut) {
        return list.total > list.bars.size() ? QString(cut).arg(list.bars.size()).arg(list.total)
                                             : whole;
    };
    m_hotspots->setTitle(title(m_data.hotspots, tr("Top hotspots"), tr("Top hotspots · %1/%2")));
    m_assetsPerTeam->setTitle(
        title(m_data.assetsPerTeam, tr("Assets per team"), tr("Assets per team · %1/%2")));
    m_domainsPerTeam->setTitle(
        title(m_data.domainsPerTeam, tr("Domains per team"), tr("Domains/team · %1/%2")));
    m_domains->setTitle(
        m_data.totalDomains > m_data.domains.size()
            ? tr("Domains Ca/Ce · %1/%2").arg(m_data.domains.size()).arg(m_data.totalDomains)
            : tr("Domains: Ca / Ce"));
    fillBars(m_hotspots, m_data.hotspots, tr("Coupling score"), tr("coupling score"),
             QColor(0xd8, 0x43, 0x15), false);
    fillDomains();
    fillBars(m_assetsPerTeam, m_data.assetsPerTeam, tr("Assets"), tr("assets owned"),
             QColor(0x2e, 0x7d, 0x32), true);
    fillBars(m_domainsPerTeam, m_data.domainsPerTeam, tr("Domains"), tr("distinct domains"),
             QColor(0x6a, 0x1b, 0x9a), true);
    // New axes hold the full names: fit them now and again once QtCharts has
    // laid them out (when it clamps the axis the plot area does not change,
    // and no plotAreaChanged would come to fit them).
    for (QChart *chart : {m_hotspots, m_domains, m_assetsPerTeam, m_domainsPerTeam}) {
        fitChart(chart);
        QMetaObject::invokeMethod(
            chart, [chart] { fitChart(chart); }, Qt::QueuedConnection);
    }
    m_heatMap->setMatrix(m_data.matrix);
    if (m_insight)
        m_teamPanel->setTeamCoupling(m_data.teamCoupling, m_insight->snapshot);
    else
        m_teamPanel->setTeamCoupling({}, {});

    if (!m_insight) {
        m_summary->setText(tr("Analysing…"));
        return;
    }
    const MapData &map = m_insight->snapshot;
    m_summary->setText(tr("<b>%1</b> · %2 · %3 · %4 · %5",
                          "map name, then the counts of domains, teams, assets, links")
                           .arg(map.info.name.toHtmlEscaped(),
                                tr("%n domain(s)", nullptr, int(map.domains.size())),
                                tr("%n team(s)", nullptr, int(map.teams.size())),
                                tr("%n asset(s)", nullptr, int(map.assets.size())),
                                tr("%n link(s)", nullptr, int(map.links.size()))));
}

QImage DashboardWidget::renderImage(qreal scale)
{
    if (m_dirty)
        rebuild();
    QImage image(size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(palette().color(QPalette::Window));
    // Without the Export button: the picture is of the charts.
    const bool buttonVisible = m_exportButton->isVisible();
    m_exportButton->setVisible(false);
    render(&image, {}, {}, QWidget::DrawWindowBackground | QWidget::DrawChildren);
    m_exportButton->setVisible(buttonVisible);
    return image;
}

bool DashboardWidget::exportPng(const QString &path, QString *error, qreal scale)
{
    const QImage image = renderImage(scale);
    if (image.isNull() || !image.save(path, "PNG")) {
        if (error)
            *error = tr("Could not write the dashboard image to %1").arg(path);
        return false;
    }
    return true;
}

} // namespace OrgMap
