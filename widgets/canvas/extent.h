#pragma once

#include <QRectF>
#include <algorithm>
#include <limits>

namespace OrgMap {

// The smallest rectangle holding every rectangle added (null ones skipped,
// as QRectF::united does), the same whatever order they come in. QRectF keeps
// x and width, so a union taken in a hash's order (which changes from run to
// run) differed in its last bits: an SVG export's size, and its legend's
// place, in their last printed digit (tst_crashsafety's killed renders).
class Extent
{
public:
    void add(const QRectF &r)
    {
        if (r.isNull())
            return;
        const QRectF n = r.normalized();
        m_left = std::min(m_left, n.left());
        m_top = std::min(m_top, n.top());
        m_right = std::max(m_right, n.right());
        m_bottom = std::max(m_bottom, n.bottom());
    }
    QRectF rect() const
    {
        return m_left > m_right ? QRectF()
                                : QRectF(QPointF(m_left, m_top), QPointF(m_right, m_bottom));
    }

private:
    static constexpr double kInf = std::numeric_limits<double>::infinity();
    double m_left = kInf, m_top = kInf, m_right = -kInf, m_bottom = -kInf;
};

} // namespace OrgMap
