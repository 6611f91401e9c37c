#include "applook.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QStyleFactory>

namespace OrgMap {

void applyAppLook(QApplication &app)
{
    if (QStyle *fusion = QStyleFactory::create(u"Fusion"_qs))
        app.setStyle(fusion);
    QFont font = app.font();
    if (font.pointSizeF() > 0 && font.pointSizeF() < 10)
        font.setPointSizeF(10);
    app.setFont(font);
    QFile qss(u":/styles/orgmap.qss"_qs);
    if (qss.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(qss.readAll()));
}

} // namespace OrgMap
