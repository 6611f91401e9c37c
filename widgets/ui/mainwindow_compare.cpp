// File > Compare With... and the window's side of compare mode
// (docs/compare.md). The mode itself is widgets/compare/.
#include "mainwindow.h"

#include "appsettings.h"
#include "comparemode.h"
#include "compareview.h"
#include "document/document.h"
#include "mapview.h"

#include "storage/mapfile.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

namespace OrgMap {

void MainWindow::addCompareMenu(QMenu *file)
{
    m_compareMode = new CompareMode(this);
    connect(m_compareMode, &CompareMode::left, this, [this] {
        updateActions();
        updateStatus();
    });
    QAction *a = makeAction(u"actionCompare"_qs, tr("Compare &With…"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    a->setStatusTip(tr("Compare this map with another map file: every change marked, read-only"));
    connect(a, &QAction::triggered, this, &MainWindow::compareWithDialog);
    file->addSeparator();
    file->addAction(a);
}

bool MainWindow::isComparing() const
{
    return m_compareMode && m_compareMode->isActive();
}

MapView *MainWindow::activeView() const
{
    return isComparing() ? m_compareMode->view()->view() : m_view;
}

void MainWindow::compareWith(const MapData &other, const QString &label)
{
    const MapData &current = m_document->data();
    QString currentLabel = current.info.name;
    if (currentLabel.isEmpty())
        currentLabel = QFileInfo(m_document->filePath()).fileName();
    m_compareMode->start(current, currentLabel, other, label);
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
    const QString name = result.map->info.name;
    compareWith(*result.map, name.isEmpty() ? QFileInfo(path).fileName() : name);
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
