// MainWindow: the Views dock and File > Export > Views as PDF (docs/views.md).
#include "analysisrunner.h"
#include "document/document.h"
#include "document/viewedits.h"
#include "mainwindow.h"
#include "mapscene.h"
#include "mapview.h"
#include "present/presentation.h"
#include "present/viewsdock.h"
#include "savepaths.h"
#include "viewspdf.h"

#include <QAction>
#include <QDockWidget>
#include <QMessageBox>
#include <QStatusBar>

namespace OrgMap {

void MainWindow::createViews()
{
    m_viewsDock = new ViewsDock(m_document, this);
    addDockWidget(Qt::RightDockWidgetArea, m_viewsDock);
    tabifyDockWidget(m_historyDock, m_viewsDock);
    m_overviewDock->raise();
    m_viewsDock->setCapture([this] { return currentView(); });
    m_viewsDock->setSelection([this] { return m_scene->selectedIds(); });
    connect(m_viewsDock, &ViewsDock::showRequested, m_presentation,
            [this](int index) { m_presentation->showView(index); });

    QAction *a = makeAction(u"actionExportViewsPdf"_qs, tr("Export &Views as PDF…"));
    connect(a, &QAction::triggered, this, &MainWindow::exportViewsPdfDialog);
}

SavedView MainWindow::currentView() const
{
    SavedView view;
    view.camera = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    if (m_highlightMode != HighlightMode::None)
        view.highlight = toString(m_highlightMode);
    view.spotlight = m_presentation->spotlightSubject();
    return view;
}

bool MainWindow::writeViewsPdf(const QString &path, QString *error)
{
    const InsightPtr insight = m_runner->latest();
    return exportViewsPdf(*m_scene, ViewEdits::views(*m_document),
                          insight ? insight->analysis.findings : QList<Finding>(), path, error);
}

void MainWindow::exportViewsPdfDialog()
{
    const QString path =
        SavePaths::ask(this, tr("Export Views as PDF"), {tr("PDF document (*.pdf)")}, {u".pdf"_qs},
                       m_document->data().info.name, m_document->filePath());
    if (path.isEmpty())
        return;
    QString error;
    if (!writeViewsPdf(path, &error))
        QMessageBox::critical(this, tr("Export Failed"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(path), 4000);
}

} // namespace OrgMap
