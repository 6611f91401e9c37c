#include "couplingheatmap.h"

#include "chartfit.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <cmath>

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
    updateGeometry(); // the names and the number of rows set the minimum size
    update();
}

QSize CouplingHeatMap::minimumSizeHint() const
{
    // Room for the names (up to 320 px) and cells that hold their counts.
    const int n = int(m_matrix.ids.size());
    const QFontMetricsF fm(font());
    qreal names = 0;
    for (int i = 0; i < n; ++i)
        names =
            std::max(names, fm.horizontalAdvance(u"%1  %2"_qs.arg(i + 1).arg(m_matrix.labels[i])));
    const qreal cell = fm.height() + 4;
    return {std::max(200, int(std::min<qreal>(names + 8, 320) + n * 14 + 2 * kMargin)),
            std::max(150, int(kTitleHeight + 2 * kMargin + fm.height() + 4 + n * cell))};
}

CouplingHeatMap::Geometry CouplingHeatMap::geometry() const
{
    Geometry g;
    const int n = int(m_matrix.ids.size());
    const QFontMetricsF fm(font());
    for (int i = 0; i < n; ++i)
        g.labelWidth = std::max(
            g.labelWidth, fm.horizontalAdvance(u"%1  %2"_qs.arg(i + 1).arg(m_matrix.labels[i])));
    g.labelWidth += 8;
    const QRectF area =
        QRectF(rect()).adjusted(kMargin, kTitleHeight + kMargin, -kMargin, -kMargin);
    const qreal headerHeight = fm.height() + 4;
    if (n == 0)
        return g;
    // The names get what they need as long as the cells stay wide enough for
    // their numbers; beyond that they are shortened (rowLabel), and they never
    // get less than 40% of the width.
    const qreal readableCell = fm.horizontalAdvance(QString::number(n)) + 8;
    g.labelWidth =
        std::min(g.labelWidth, std::max(area.width() * 0.4, area.width() - n * readableCell));
    g.cell = std::min((area.width() - g.labelWidth) / n, (area.height() - headerHeight) / n);
    g.cell = std::max<qreal>(g.cell, 4);
    g.grid = QRectF(area.left() + g.labelWidth, area.top() + headerHeight, g.cell * n, g.cell * n);
    // Where cells are smaller than the text, label every k-th row and column.
    g.rowStep = std::max(1, int(std::ceil(fm.height() / g.cell)));
    g.columnStep =
        std::max(1, int(std::ceil((fm.horizontalAdvance(QString::number(n)) + 2) / g.cell)));
    return g;
}

QString CouplingHeatMap::rowLabel(int row, const Geometry &g) const
{
    const QFontMetricsF fm(font());
    const QString number = u"%1  "_qs.arg(row + 1);
    const QString name = m_matrix.labels[row];
    const qreal room = g.labelWidth - 6 - fm.horizontalAdvance(number);
    return number + abbreviated(name, fm, room);
}

QFont CouplingHeatMap::titleFont(QString *heading) const
{
    const bool cut = m_matrix.totalDomains > m_matrix.ids.size();
    const QString full = cut ? tr("Domain coupling (row → column) · top %1 of %2")
                                   .arg(m_matrix.ids.size())
                                   .arg(m_matrix.totalDomains)
                             : tr("Domain coupling (row → column)");
    QFont title = font();
    title.setBold(true);
    title.setPointSizeF(std::max<qreal>(title.pointSizeF(), 10) * 1.2);
    // A longer translation ("Couplage des domaines (ligne → colonne)") first
    // gets a smaller title font, down to 80 %; then the title drops its
    // " · top 10 of 14" note, and last its "(row → column)".
    const qreal available = width() - 2 * kMargin;
    const QStringList candidates{full, full.section(u" · "_qs, 0, 0), full.section(u" ("_qs, 0, 0)};
    for (const QString &candidate : candidates) {
        const qreal needed = QFontMetricsF(title).horizontalAdvance(candidate);
        QFont f = title;
        if (needed > available)
            f.setPointSizeF(title.pointSizeF() * std::max(0.8, available / needed));
        *heading = candidate;
        if (QFontMetricsF(f).horizontalAdvance(candidate) <= available ||
            &candidate == &candidates.last())
            return f;
    }
    return title;
}

QList<CouplingHeatMap::Label> CouplingHeatMap::labels() const
{
    QList<Label> out;
    QString heading;
    const QFont title = titleFont(&heading);
    out.append({heading, QRectF(kMargin, 0, width() - 2 * kMargin, kTitleHeight), title});
    const int n = int(m_matrix.ids.size());
    if (n == 0) {
        out.append({tr("No links between domains"), QRectF(rect()), font()});
        return out;
    }
    const Geometry g = geometry();
    const QFontMetricsF fm(font());
    for (int i = 0; i < n; ++i) {
        if (i % g.rowStep == 0)
            out.append({rowLabel(i, g),
                        QRectF(g.grid.left() - g.labelWidth, g.grid.top() + i * g.cell,
                               g.labelWidth - 6, g.cell),
                        font(), Qt::AlignRight | Qt::AlignVCenter});
        if (i % g.columnStep == 0)
            out.append({QString::number(i + 1),
                        QRectF(g.grid.left() + i * g.cell, g.grid.top() - fm.height() - 4, g.cell,
                               fm.height()),
                        font()});
    }
    if (g.cell >= fm.height() + 2)
        for (int r = 0; r < n; ++r)
            for (int c = 0; c < n; ++c)
                if (m_matrix.weights[r][c] > 0)
                    out.append({QString::number(m_matrix.links[r][c]), cellRect(r, c), font(),
                                Qt::AlignCenter,
                                r == c ? palette().color(QPalette::AlternateBase)
                                       : cellColor(m_matrix.weights[r][c])});
    return out;
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
    const int n = int(m_matrix.ids.size());
    const QColor gridLine = palette().color(QPalette::Mid);
    for (int r = 0; r < n; ++r) {
        for (int c = 0; c < n; ++c) {
            const QRectF cell = cellRect(r, c);
            p.fillRect(cell, r == c ? palette().color(QPalette::AlternateBase)
                                    : cellColor(m_matrix.weights[r][c]));
            p.setPen(QPen(gridLine, 0.5));
            p.drawRect(cell);
        }
    }
    for (const Label &label : labels()) {
        p.setFont(label.font);
        // The number makes the cell readable without colour.
        p.setPen(!label.on.isValid()            ? text
                 : label.on.lightnessF() < 0.55 ? QColor(Qt::white)
                                                : QColor(Qt::black));
        p.drawText(label.rect, label.align, label.text);
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
    const Geometry g = geometry();
    if (const QPointF pos = help->pos();
        !m_matrix.ids.isEmpty() && pos.y() < g.grid.top() &&
        pos.y() >= g.grid.top() - QFontMetricsF(font()).height() - 4 && pos.x() >= g.grid.left() &&
        pos.x() < g.grid.right()) {
        // A column's number: its name.
        const int c = int((pos.x() - g.grid.left()) / g.cell);
        tip = u"%1  %2"_qs.arg(c + 1).arg(m_matrix.labels.value(c));
    } else if (row >= 0 && row < m_matrix.ids.size()) {
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
