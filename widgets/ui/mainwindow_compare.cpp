// File > Compare With... and the window's side of compare mode
// (docs/compare.md). The mode itself is widgets/compare/.
#include "mainwindow.h"

#include "appsettings.h"
#include "comparemode.h"
#include "compareview.h"
#include "document/document.h"
#include "mapview.h"
#include "savepaths.h"

#include "storage/mapfile.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace OrgMap {

void MainWindow::addCompareMenu(QMenu *file)
{
    m_compareMode = new CompareMode(this);
    connect(m_compareMode, &CompareMode::left, this, [this] {
        updateActions();
        updateStatus();
    });
    connect(m_compareMode, &CompareMode::exportMetricsRequested, this,
            &MainWindow::exportCompareMetricsDialog);
    QAction *a = makeAction(u"actionCompare"_qs, tr("Compare &With…"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    a->setStatusTip(tr("Compare this map with another map file: every change marked, read-only"));
    connect(a, &QAction::triggered, this, &MainWindow::compareWithDialog);
    file->addSeparator();
    file->addAction(a);

    // Another scenario of this document as "after" (docs/compare.md): one
    // entry per scenario but the one on screen, read when the menu opens.
    QMenu *scenarios = file->addMenu(tr("Compare With &Scenario"));
    scenarios->setObjectName(u"menuCompareScenario"_qs);
    scenarios->menuAction()->setStatusTip(
        tr("Compare this scenario with another scenario of the document"));
    connect(scenarios, &QMenu::aboutToShow, this, [this, scenarios] {
        scenarios->clear();
        for (int i = 0; i < m_document->scenarioCount(); ++i) {
            if (i == m_document->currentScenario())
                continue;
            QAction *entry = scenarios->addAction(m_document->scenarioName(i));
            connect(entry, &QAction::triggered, this, [this, i] { compareWithScenario(i); });
        }
    });
    const auto enable = [this, scenarios] {
        scenarios->menuAction()->setEnabled(m_document->scenarioCount() > 1);
    };
    connect(m_document, &Document::scenariosChanged, scenarios, enable);
    enable();
}

void MainWindow::exportCompareMetricsDialog()
{
    const QString path = SavePaths::ask(
        this, tr("Export Compare Metrics PNG"), {tr("PNG image (*.png)")}, {u".png"_qs},
        tr("%1 compare metrics", "proposed file name").arg(m_document->data().info.name), {});
    if (path.isEmpty())
        return;
    QString error;
    if (!m_compareMode->exportMetricsPng(path, &error))
        QMessageBox::critical(this, tr("Export Failed"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(path), 4000);
}

bool MainWindow::compareWithScenario(int index)
{
    if (index < 0 || index >= m_document->scenarioCount() || index == m_document->currentScenario())
        return false;
    compareWith(m_document->scenarioData(index), m_document->scenarioName(index));
    return true;
}

bool MainWindow::isComparing() const
{
    return m_compareMode && m_compareMode->isActive();
}

MapView *MainWindow::activeView() const
{
    return isComparing() ? m_compareMode->view()->view() : m_view;
}

QString MainWindow::compareLabel() const
{
    // With several scenarios, the one on screen is what "before" means.
    const QString label = m_document->scenarioCount() > 1
                              ? m_document->scenarioName(m_document->currentScenario())
                              : m_document->data().info.name;
    return label.isEmpty() ? QFileInfo(m_document->filePath()).fileName() : label;
}

void MainWindow::compareWith(const MapData &other, const QString &label)
{
    m_compareMode->start(m_document->data(), compareLabel(), other, label);
}

bool MainWindow::compareWithFile(const QString &path, QStringList *errors)
{
    MapFileResult result = loadMapFile(path);
    if (!result.map) {
        if (errors)
            *errors = result.errors.isEmpty() ? QStringList{tr("%1: could not be read").arg(path)}
                                              : result.errors;
        return false;
    }
    QString before = compareLabel();
    QString after = result.map->info.name;
    if (after.isEmpty() || after == before) {
        // Two maps of one name (a target saved under its as-is's name) would
        // read "X → X": the file names tell them apart.
        after = QFileInfo(path).fileName();
        if (!m_document->filePath().isEmpty() && m_document->scenarioCount() == 1)
            before = QFileInfo(m_document->filePath()).fileName();
    }
    m_compareMode->start(m_document->data(), before, *result.map, after);
    return true;
}

void MainWindow::leaveCompare()
{
    if (m_compareMode)
        m_compareMode->leave();
}

void MainWindow::compareWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare With"),
                                                      fileDialogDirectory(), documentFilters());
    if (path.isEmpty())
        return;
    QStringList errors;
    if (!compareWithFile(path, &errors))
        showErrors(tr("Compare Failed"),
                   tr("<b>%1</b> could not be read. Nothing was compared.")
                       .arg(QFileInfo(path).fileName().toHtmlEscaped()),
                   errors);
    else
        AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
}

} // namespace OrgMap
