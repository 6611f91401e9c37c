// MainWindow: File > Import > Backstage catalog / Data products (ODPS), merged
// into the open map as one undoable step, then the import report.
#include "mainwindow.h"

#include "appsettings.h"
#include "document/document.h"
#include "import/importer.h"
#include "importreportdialog.h"
#include "mapview.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace OrgMap {

bool MainWindow::importInto(ImportSource source, const QStringList &paths)
{
    if (paths.isEmpty())
        return false;
    const bool backstage = source == ImportSource::Backstage;
    // Strict: a broken document refuses the whole import, the map stays as it was.
    const ImportResult result = backstage ? importBackstage(paths, m_document->data(), false)
                                          : importOdps(paths, m_document->data());
    const QString title = backstage ? tr("Import Backstage Catalog") : tr("Import Data Products");
    if (!result.map) {
        showErrors(tr("Import Failed"), tr("Nothing was imported, the map is unchanged:"),
                   result.errors);
        return false;
    }
    if (m_document->replaceContent(*result.map, title))
        m_view->zoomToFit();
    else
        statusBar()->showMessage(tr("The import changed nothing."), 5000);

    // One report at a time: a new import replaces the previous report.
    delete findChild<ImportReportDialog *>();
    auto *report = new ImportReportDialog(title, result.report, this);
    report->setAttribute(Qt::WA_DeleteOnClose);
    connect(report, &ImportReportDialog::entityActivated, this,
            [this](const QString &id) { selectAndCenter({id}); });
    report->show();
    return true;
}

ImportReportDialog *MainWindow::importReportDialog() const
{
    return findChild<ImportReportDialog *>();
}

void MainWindow::importBackstageDialog()
{
    // A catalog is a few files or a whole folder (read recursively): offer both.
    QMessageBox ask(QMessageBox::Question, tr("Import Backstage Catalog"),
                    tr("Import catalog files (YAML), or every catalog file in a folder and its "
                       "subfolders? The entities are merged into the current map by id."),
                    QMessageBox::Cancel, this);
    ask.setObjectName(u"importChooseBox"_qs);
    QPushButton *files = ask.addButton(tr("&Files…"), QMessageBox::AcceptRole);
    files->setObjectName(u"importFilesButton"_qs);
    QPushButton *folder = ask.addButton(tr("F&older…"), QMessageBox::AcceptRole);
    folder->setObjectName(u"importFolderButton"_qs);
    ask.setDefaultButton(files);
    ask.exec();
    QStringList paths;
    if (ask.clickedButton() == files) {
        paths = QFileDialog::getOpenFileNames(
            this, tr("Import Backstage Catalog"), fileDialogDirectory(),
            tr("Backstage catalog (*.yaml *.yml);;All files (*)"));
    } else if (ask.clickedButton() == folder) {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Import Backstage Catalog Folder"), fileDialogDirectory());
        if (!dir.isEmpty())
            paths = {dir};
    }
    if (paths.isEmpty())
        return;
    AppSettings::setLastDirectory(QFileInfo(paths.constFirst()).absolutePath());
    importInto(ImportSource::Backstage, paths);
}

void MainWindow::importOdpsDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import Data Products (ODPS)"), fileDialogDirectory(),
        tr("ODPS descriptors (*.yaml *.yml *.json);;All files (*)"));
    if (paths.isEmpty())
        return;
    AppSettings::setLastDirectory(QFileInfo(paths.constFirst()).absolutePath());
    importInto(ImportSource::Odps, paths);
}

} // namespace OrgMap
