#pragma once

#include "dashboarddata.h"

#include <QWidget>

namespace OrgMap {

// The domain-to-domain coupling matrix as a heat map (Qt Charts has none):
// row = from, column = to, cell colour = summed link weight, the link count
// written in the cell. Rows are numbered and named; columns carry the same
// numbers. Clicking a cell asks to select its two domains, a row name its
// domain. Nothing is cut to "…": the row names get the width they need while
// the cells stay readable, else they are shortened to whole words and
// initials ("Customer R. M."), the full name in the row's tooltip.
class CouplingHeatMap : public QWidget
{
    Q_OBJECT

public:
    explicit CouplingHeatMap(QWidget *parent = nullptr);

    void setMatrix(const DashboardData::Matrix &matrix);
    const DashboardData::Matrix &matrix() const { return m_matrix; }
    // The cell (row, column) under a widget point; (-1, -1) for none, and
    // (row, -1) over a row label.
    QPair<int, int> cellAt(QPointF pos) const;
    QRectF cellRect(int row, int column) const;
    QSize minimumSizeHint() const override;

    // Every text the heat map draws, where: the title, the row names, the
    // column numbers and the cell counts (tests read what a user would see).
    struct Label
    {
        QString text;
        QRectF rect;
        QFont font;
        Qt::Alignment align = Qt::AlignCenter; // row names: right-aligned
        QColor on;                             // the cell a count is drawn on (else the base)
    };
    QList<Label> labels() const;

signals:
    void selectRequested(const QStringList &ids);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override; // tooltips

private:
    struct Geometry
    {
        QRectF grid;
        qreal cell = 0;
        qreal labelWidth = 0;
        int rowStep = 1;
        int columnStep = 1;
    };
    Geometry geometry() const;
    QString rowLabel(int row, const Geometry &g) const;
    QFont titleFont(QString *heading) const;
    QColor cellColor(double weight) const;

    DashboardData::Matrix m_matrix;
};

} // namespace OrgMap
