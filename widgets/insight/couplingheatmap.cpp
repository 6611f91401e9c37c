#include "couplingheatmap.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace OrgMap {

namespace {
constexpr qreal kTitleHeight = 28;
constexpr qreal kMargin = 8;
} // namespace

CouplingHeatMap::CouplingHeatMap(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"couplingHeatMap"_qs);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void CouplingHeatMap::setMatrix(const DashboardData::Matrix &matrix)
{
    m_matrix = matrix;
    update();
}

QSize CouplingHeatMap::minimumSizeHint() const
{
    return {200, 150};
}

CouplingHeatMap::Geometry CouplingHeatMap::geometry() const
{
    Geometry g;
    const int n = int(m_matrix.ids.size());
    const QFontMetricsF fm(font());
    for (int i = 0; i < n; ++i)
        g.labelWidth = std::max(
            g.labelWidth, fm.horizontalAdvance(u"%1  %2"_qs.arg(i + 1).arg(m_matrix.labels[i])));
    const QRectF area =
        QRectF(rect()).adjusted(kMargin, kTitleHeight + kMargin, -kMargin, -kMargin);
    // Labels get at most 40% of the width; long names are elided.
    g.labelWidth = std::min(g.labelWidth + 8, area.width() * 0.4);
    const qreal headerHeight = fm.height() + 4;
    if (n == 0)
        return g;
    g.cell = std::min((area.width() - g.labelWidth) / n, (area.height() - headerHeight) / n);
    g.cell = std::max<qreal>(g.cell, 4);
    g.grid = QRectF(area.left() + g.labelWidth, area.top() + headerHeight, g.cell * n, g.cell * n);
    return g;
}

QRectF CouplingHeatMap::cellRect(int row, int column) const
{
    const Geometry g = geometry();
    return {g.grid.left() + column * g.cell, g.grid.top() + row * g.cell, g.cell, g.cell};
}

QPair<int, int> CouplingHeatMap::cellAt(QPointF pos) const
{
    const Geometry g = geometry();
    const int n = int(m_matrix.ids.size());
    if (n == 0 || pos.y() < g.grid.top() || pos.y() >= g.grid.bottom())
        return {-1, -1};
    const int row = int((pos.y() - g.grid.top()) / g.cell);
    if (pos.x() < g.grid.left())
        return {row, -1};
    if (pos.x() >= g.grid.right())
        return {-1, -1};
    return {row, int((pos.x() - g.grid.left()) / g.cell)};
}

QColor CouplingHeatMap::cellColor(double weight) const
{
    // From the base colour to a strong orange-red: light and dark themes alike.
    const QColor base = palette().color(QPalette::Base);
    const QColor hot(0xd8, 0x43, 0x15);
    const double t = m_matrix.maxWeight > 0 ? std::sqrt(weight / m_matrix.maxWeight) : 0;
    const double k = weight > 0 ? 0.15 + 0.85 * t : 0;
    return QColor::fromRgbF(float(base.redF() + (hot.redF() - base.redF()) * k),
                            float(base.greenF() + (hot.greenF() - base.greenF()) * k),
                            float(base.blueF() + (hot.blueF() - base.blueF()) * k));
}

void CouplingHeatMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QColor text = palette().color(QPalette::Text);
    const QString heading = m_matrix.totalDomains > m_matrix.ids.size()
                                ? tr("Domain coupling (row → column) · top %1 of %2")
                                      .arg(m_matrix.ids.size())
                                      .arg(m_matrix.totalDomains)
                                : tr("Domain coupling (row → column)");
    QFont title = font();
    title.setBold(true);
    title.setPointSizeF(std::max<qreal>(title.pointSizeF(), 10) * 1.2);
    // A longer translation ("Couplage des domaines (ligne → colonne)") first
    // gets a smaller title font, down to 80 %, before it is elided.
    const qreal available = width() - 2 * kMargin;
    const qreal needed = QFontMetricsF(title).horizontalAdvance(heading);
    if (needed > available)
        title.setPointSizeF(title.pointSizeF() * std::max(0.8, available / needed));
    p.setFont(title);
    p.setPen(text);
    p.drawText(QRectF(kMargin, 0, width() - 2 * kMargin, kTitleHeight), Qt::AlignCenter,
               QFontMetrics(title).elidedText(heading, Qt::ElideRight, width() - 2 * int(kMargin)));
    p.setFont(font());
    const int n = int(m_matrix.ids.size());
    if (n == 0) {
        p.drawText(rect(), Qt::AlignCenter, tr("No links between domains"));
        return;
    }
    const Geometry g = geometry();
    const QFontMetricsF fm(font());
    // Where cells are smaller than the text, label every k-th row and column.
    const int rowStep = std::max(1, int(std::ceil(fm.height() / g.cell)));
    const int columnStep =
        std::max(1, int(std::ceil((fm.horizontalAdvance(QString::number(n)) + 2) / g.cell)));
    for (int i = 0; i < n; ++i) {
        if (i % rowStep != 0 && i % columnStep != 0)
            continue;
        const QRectF labelRect(g.grid.left() - g.labelWidth, g.grid.top() + i * g.cell,
                               g.labelWidth - 6, g.cell);
        const QString label = u"%1  %2"_qs.arg(i + 1).arg(m_matrix.labels[i]);
        if (i % rowStep == 0)
            p.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
                       fm.elidedText(label, Qt::ElideRight, labelRect.width()));
        if (i % columnStep == 0)
            p.drawText(QRectF(g.grid.left() + i * g.cell, g.grid.top() - fm.height() - 4, g.cell,
                              fm.height()),
                       Qt::AlignCenter, QString::number(i + 1));
    }
    const QColor gridLine = palette().color(QPalette::Mid);
    for (int r = 0; r < n; ++r) {
        for (int c = 0; c < n; ++c) {
            const QRectF cell = cellRect(r, c);
            const double weight = m_matrix.weights[r][c];
            const QColor fill =
                r == c ? palette().color(QPalette::AlternateBase) : cellColor(weight);
            p.fillRect(cell, fill);
            p.setPen(QPen(gridLine, 0.5));
            p.drawRect(cell);
            if (weight > 0 && g.cell >= fm.height() + 2) {
                // The number makes the cell readable without colour.
                p.setPen(fill.lightnessF() < 0.55 ? Qt::white : Qt::black);
                p.drawText(cell, Qt::AlignCenter, QString::number(m_matrix.links[r][c]));
            }
        }
    }
}

void CouplingHeatMap::mousePressEvent(QMouseEvent *event)
{
    const auto [row, column] = cellAt(event->position());
    if (row < 0 || row >= m_matrix.ids.size())
        return;
    if (column < 0)
        emit selectRequested({m_matrix.ids[row]});
    else if (m_matrix.links[row][column] > 0)
        emit selectRequested({m_matrix.ids[row], m_matrix.ids[column]});
}

bool CouplingHeatMap::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const auto [row, column] = cellAt(help->pos());
    QString tip;
    if (row >= 0 && row < m_matrix.ids.size()) {
        if (column < 0)
            tip = m_matrix.labels[row];
        else if (m_matrix.links[row][column] > 0)
            tip = tr("%1 → %2: %n link(s), weight %3", nullptr, m_matrix.links[row][column])
                      .arg(m_matrix.labels[row], m_matrix.labels[column])
                      .arg(m_matrix.weights[row][column], 0, 'g', 4);
        else if (row != column)
            tip = tr("%1 → %2: no links").arg(m_matrix.labels[row], m_matrix.labels[column]);
    }
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), tip, this);
    return true;
}

} // namespace OrgMap
