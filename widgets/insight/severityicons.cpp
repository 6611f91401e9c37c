#include "severityicons.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace OrgMap {

namespace {

QPixmap paintMark(Severity severity, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(0.5, 0.5, size - 1.0, size - 1.0);
    p.setPen(Qt::NoPen);
    p.setBrush(severityColor(severity));
    if (severity == Severity::Warning) {
        QPainterPath triangle;
        triangle.moveTo(r.center().x(), r.top());
        triangle.lineTo(r.right(), r.bottom());
        triangle.lineTo(r.left(), r.bottom());
        triangle.closeSubpath();
        p.drawPath(triangle);
    } else {
        p.drawEllipse(r);
    }
    QPen pen(severity == Severity::Warning ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white));
    pen.setWidthF(qMax(1.5, size / 8.0));
    pen.setCapStyle(Qt::RoundCap);
    p.setPen(pen);
    const QPointF c = r.center();
    const qreal s = size / 4.5;
    switch (severity) {
    case Severity::Error:
        p.drawLine(QPointF(c.x() - s, c.y() - s), QPointF(c.x() + s, c.y() + s));
        p.drawLine(QPointF(c.x() + s, c.y() - s), QPointF(c.x() - s, c.y() + s));
        break;
    case Severity::Warning:
        p.drawLine(QPointF(c.x(), r.top() + size * 0.35), QPointF(c.x(), r.top() + size * 0.65));
        p.drawPoint(QPointF(c.x(), r.top() + size * 0.82));
        break;
    case Severity::Info:
        p.drawPoint(QPointF(c.x(), c.y() - s * 1.1));
        p.drawLine(QPointF(c.x(), c.y() - s * 0.2), QPointF(c.x(), c.y() + s * 1.2));
        break;
    }
    return pixmap;
}

} // namespace

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xd3, 0x2f, 0x2f);
    case Severity::Warning:
        return QColor(0xf5, 0xa6, 0x23);
    case Severity::Info:
        return QColor(0x1e, 0x78, 0xd2);
    }
    return {};
}

QIcon severityIcon(Severity severity)
{
    static QIcon cache[3];
    QIcon &icon = cache[int(severity)];
    if (icon.isNull()) {
        const qreal dpr = qGuiApp ? qGuiApp->devicePixelRatio() : 1.0;
        for (int size : {12, 16, 20, 24, 32})
            icon.addPixmap(paintMark(severity, size, dpr));
    }
    return icon;
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("OrgMap::Insight", "Error");
    case Severity::Warning:
        return QCoreApplication::translate("OrgMap::Insight", "Warning");
    case Severity::Info:
        return QCoreApplication::translate("OrgMap::Insight", "Info");
    }
    return {};
}

namespace {

// Numerus texts ("%n error(s)") get their plural forms from the translation;
// without one (English source) the "(s)" is resolved here.
QString numerus(const char *text, int count)
{
    QString result = QCoreApplication::translate("OrgMap::Insight", text, nullptr, count);
    return result.replace(u"(s)"_qs, count == 1 ? QString() : u"s"_qs);
}

} // namespace

QString severityCount(Severity severity, int count)
{
    switch (severity) {
    case Severity::Error:
        return numerus(QT_TRANSLATE_N_NOOP("OrgMap::Insight", "%n error(s)"), count);
    case Severity::Warning:
        return numerus(QT_TRANSLATE_N_NOOP("OrgMap::Insight", "%n warning(s)"), count);
    case Severity::Info:
        return numerus(QT_TRANSLATE_N_NOOP("OrgMap::Insight", "%n info(s)"), count);
    }
    return {};
}

QString severityCountsLine(int errors, int warnings, int infos)
{
    return QCoreApplication::translate(
               "OrgMap::Insight", "%1 · %2 · %3",
               "errors, warnings, infos: \"2 errors · 14 warnings · 5 infos\"")
        .arg(severityCount(Severity::Error, errors), severityCount(Severity::Warning, warnings),
             severityCount(Severity::Info, infos));
}

QString ruleName(Rule rule)
{
    const char *text = "";
    switch (rule) {
    case Rule::Unowned:
        text = QT_TRANSLATE_NOOP("OrgMap::Insight", "Unowned");
        break;
    case Rule::NoDomain:
        text = QT_TRANSLATE_NOOP("OrgMap::Insight", "No domain");
        break;
    case Rule::Unconsumed:
        text = QT_TRANSLATE_NOOP("OrgMap::Insight", "Unconsumed");
        break;
    case Rule::IdleTeam:
        text = QT_TRANSLATE_NOOP("OrgMap::Insight", "Idle team");
        break;
    case Rule::EmptyDomain:
        text = QT_TRANSLATE_NOOP("OrgMap::Insight", "Empty domain");
        break;
    case Rule::ScatteredTeam:
        text = QT_TRANSLATE_NOOP("OrgMap::Insight", "Scattered team");
        break;
    case Rule::DomainCycle:
        text = QT_TRANSLATE_NOOP("OrgMap::Insight", "Domain cycle");
        break;
    case Rule::Hotspot:
        text = QT_TRANSLATE_NOOP("OrgMap::Insight", "Hotspot");
        break;
    case Rule::FairFindable:
        text = QT_TRANSLATE_NOOP("OrgMap::Insight", "Not findable");
        break;
    case Rule::FairAccessible:
        text = QT_TRANSLATE_NOOP("OrgMap::Insight", "Not accessible");
        break;
    case Rule::FairInteroperable:
        text = QT_TRANSLATE_NOOP("OrgMap::Insight", "Not interoperable");
        break;
    case Rule::FairReusable:
        text = QT_TRANSLATE_NOOP("OrgMap::Insight", "Not reusable");
        break;
    }
    return QCoreApplication::translate("OrgMap::Insight", text);
}

} // namespace OrgMap
