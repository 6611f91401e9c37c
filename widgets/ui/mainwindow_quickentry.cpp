// MainWindow: the quick-entry line (Ctrl+K) over the canvas.

#include "mainwindow.h"
#include "mapview.h"
#include "quickentrybar.h"

#include <QAction>
#include <QStatusBar>

namespace OrgMap {

void MainWindow::createQuickEntry()
{
    m_quickEntry = new QuickEntryBar(m_document, m_scene, m_view);
    connect(m_quickEntry, &QuickEntryBar::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    QAction *a = makeAction(u"actionQuickEntry"_qs, tr("&Quick Entry…"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    a->setToolTip(tr("Type a command: service Payments in Billing, A -> B, move A to D"));
    connect(a, &QAction::triggered, this, &MainWindow::openQuickEntry);
}

void MainWindow::openQuickEntry()
{
    m_quickEntry->open();
}

} // namespace OrgMap
