// MainWindow: new, open, save, import and export.
#include "mainwindow.h"

#include "savepaths.h"

#include "appsettings.h"
#include "backgroundopen.h"
#include "core/atomicfile.h"
#include "document/document.h"
#include "export/writemap.h"
#include "exportimagedialog.h"
#include "mapscene.h"
#include "mapview.h"
#include "savepaths.h"
#include "storage/mapfile.h"
#include "json/jsonformat.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QRegularExpression>
#include <QStatusBar>

namespace OrgMap {

QString MainWindow::documentFilters()
{
    return tr("OrgMap maps (*.orgmap *.orgmap.json);;OrgMap document (*.orgmap);;"
              "OrgMap JSON (*.orgmap.json *.json);;All files (*)");
}

QString MainWindow::fileDialogDirectory() const
{
    const QString path = m_document->filePath();
    return path.isEmpty() ? AppSettings::lastDirectory() : QFileInfo(path).absolutePath();
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QString name = m_document->filePath().isEmpty()
                             ? tr("Untitled")
                             : QFileInfo(m_document->filePath()).fileName();
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("<b>%1</b> has unsaved changes. Save them before closing?").arg(name.toHtmlEscaped()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::setMap(const MapData &map)
{
    setScenarios(Scenarios::single(map));
}

void MainWindow::setScenarios(const ScenarioList &scenarios, int current)
{
    // Laying out is part of opening, not an edit: it is no undo step.
    m_document->reset(laidOutScenarios(scenarios), current);
    // Fitting a hidden window would fit the map into a viewport of no size.
    if (isVisible())
        m_view->zoomToFit();
    else
        m_fitOnShow = true;
}

void MainWindow::newFile()
{
    if (!maybeSave())
        return;
    MapData empty;
    empty.info.name = tr("Untitled map");
    m_document->setFilePath({});
    setMap(empty);
    m_view->resetZoom();
}

MapFileResult MainWindow::readInBackground(const QString &path)
{
    // The window repaints and shows that it is busy; what could edit the
    // open map (or open another) is disabled until the new map is ready.
    m_opening = true;
    QList<QWidget *> disabled;
    for (QWidget *w : findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (w != statusBar() && w->isEnabled() && !w->isWindow()) {
            w->setEnabled(false);
            disabled << w;
        }
    auto *busy = new QProgressBar(statusBar());
    busy->setObjectName(u"openProgress"_qs);
    busy->setRange(0, 0); // how long is unknown: a busy bar
    busy->setMaximumWidth(160);
    statusBar()->addWidget(busy);
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    MapFileResult result = openInBackground(path);
    statusBar()->clearMessage();
    delete busy;
    for (QWidget *w : std::as_const(disabled))
        w->setEnabled(true);
    m_opening = false;
    return result;
}

bool MainWindow::loadFile(const QString &path, QStringList *errors)
{
    if (m_opening) {
        if (errors)
            *errors = QStringList{tr("%1: another map is being opened").arg(path)};
        return false;
    }
    MapFileResult result = readInBackground(path);
    if (!result.map) {
        if (errors)
            *errors = result.errors.isEmpty() ? QStringList{tr("%1: could not be read").arg(path)}
                                              : result.errors;
        return false;
    }
    m_document->setFilePath(QFileInfo(path).absoluteFilePath());
    lockFile(QFileInfo(path).absoluteFilePath());
    setScenarios(result.scenarios, result.shownScenario);
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    bool readOnly = false;
    if (!confirmOpenLocked(path, &readOnly))
        return false;
    QStringList errors;
    if (!loadFile(path, &errors)) {
        showErrors(tr("Open Failed"),
                   tr("<b>%1</b> could not be opened. The current map is unchanged.")
                       .arg(QFileInfo(path).fileName().toHtmlEscaped()),
                   errors);
        if (!QFileInfo::exists(path))
            AppSettings::removeRecentFile(path);
        return false;
    }
    m_readOnly = readOnly;
    updateTitle();
    AppSettings::addRecentFile(path);
    AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
    return true;
}

void MainWindow::showErrors(const QString &title, const QString &intro, const QStringList &errors)
{
    // The first problems inline (where and what), all of them in the details.
    constexpr int kShown = 8;
    QString text = intro + u"<ul>"_qs;
    for (int i = 0; i < errors.size() && i < kShown; ++i)
        text += u"<li>"_qs + errors.at(i).toHtmlEscaped() + u"</li>"_qs;
    text += u"</ul>"_qs;
    if (errors.size() > kShown)
        text += tr("…and %n more problem(s), listed under Show Details.", nullptr,
                   int(errors.size() - kShown));
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, this);
    box.setObjectName(u"errorBox"_qs);
    box.setTextFormat(Qt::RichText);
    box.setDetailedText(errors.join(QLatin1Char('\n')));
    box.exec();
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Map"), fileDialogDirectory(),
                                                      documentFilters());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::saveFile(const QString &path, QString *error)
{
    // Another window's file is not silently overwritten (docs/recovery.md).
    if (const QString conflict = lockConflict(path); !conflict.isEmpty()) {
        if (error)
            *error = conflict;
        return false;
    }
    // The scenario on screen is the one the document opens on (docs/scenarios.md).
    if (!saveScenariosFile(m_document->scenarios(), path, error, nullptr,
                           m_document->currentScenario()))
        return false;
    m_document->setFilePath(QFileInfo(path).absoluteFilePath());
    lockFile(QFileInfo(path).absoluteFilePath());
    m_document->markSaved();
    AppSettings::addRecentFile(path);
    return true;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty() || m_readOnly)
        return saveAs();
    QString error;
    if (!saveFile(m_document->filePath(), &error)) {
        QMessageBox::critical(this, tr("Save Failed"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->filePath()), 4000);
    return true;
}

bool MainWindow::saveAs()
{
    const QString path = SavePaths::ask(
        this, tr("Save Map As"),
        {tr("OrgMap document (*.orgmap)"), tr("OrgMap JSON (*.orgmap.json)")},
        {u".orgmap"_qs, u".orgmap.json"_qs}, m_document->data().info.name, m_document->filePath());
    if (path.isEmpty())
        return false;
    // An untitled map still called by its default name takes the file's name.
    if (m_document->filePath().isEmpty() && m_document->data().info.name == tr("Untitled map")) {
        MapInfo info = m_document->data().info;
        info.name = QFileInfo(path).fileName().remove(
            QRegularExpression(u"(\\.orgmap\\.json|\\.orgmap|\\.json)$"_qs));
        m_document->changeInfo(info, tr("Name map after its file"));
    }
    QString error;
    if (!saveFile(path, &error)) {
        QMessageBox::critical(this, tr("Save Failed"), error);
        return false;
    }
    return true;
}

void MainWindow::importJsonDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import JSON"), fileDialogDirectory(), tr("OrgMap JSON (*.orgmap.json *.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showErrors(tr("Import Failed"), tr("The file could not be read."),
                   {u"%1: %2"_qs.arg(path, file.errorString())});
        return;
    }
    const JsonReadResult result = readMapJson(file.readAll());
    if (!result.map) {
        QStringList errors;
        for (const FormatError &e : result.errors)
            errors.append(path + u": "_qs + e.toString());
        showErrors(tr("Import Failed"),
                   tr("<b>%1</b> is not a valid map. The current map is unchanged.")
                       .arg(QFileInfo(path).fileName().toHtmlEscaped()),
                   errors);
        return;
    }
    // An import is a new, untitled map: saving asks where (and as what).
    m_document->setFilePath({});
    setMap(*result.map);
}

bool MainWindow::exportJson(const QString &path, QString *error)
{
    // JSON holds one map: the scenario on screen (docs/scenarios.md).
    return writeFileAtomically(path, writeMapJson(m_document->data()), error);
}

void MainWindow::exportJsonDialog()
{
    const QString path =
        SavePaths::ask(this, tr("Export JSON"), {tr("OrgMap JSON (*.orgmap.json)")},
                       {u".orgmap.json"_qs}, m_document->data().info.name, m_document->filePath());
    if (path.isEmpty())
        return;
    QString error;
    if (!exportJson(path, &error))
        QMessageBox::critical(this, tr("Export Failed"), error);
    else if (m_document->scenarioCount() > 1)
        statusBar()->showMessage(
            tr("Exported scenario \"%1\" to %2; the other %n scenario(s) were not written.",
               nullptr, m_document->scenarioCount() - 1)
                .arg(m_document->scenarioName(m_document->currentScenario()), path),
            8000);
    else
        statusBar()->showMessage(tr("Exported %1").arg(path), 4000);
}

void MainWindow::exportPngDialog()
{
    QRectF selection;
    for (const QString &id : m_scene->selectedIds())
        selection |= m_scene->rectForId(id);
    ExportImageDialog dialog(AppSettings::exportOptions(), m_scene->mapBoundingRect().size(),
                             selection.size(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportOptions options = dialog.options();
    AppSettings::setExportOptions(options);
    const QString path =
        SavePaths::ask(this, tr("Export PNG"), {tr("PNG image (*.png)")}, {u".png"_qs},
                       m_document->data().info.name, m_document->filePath());
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPng(*m_scene, path, options, &error))
        QMessageBox::critical(this, tr("Export Failed"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(path), 4000);
}

void MainWindow::exportSvgDialog()
{
    const QString path =
        SavePaths::ask(this, tr("Export SVG"), {tr("SVG image (*.svg)")}, {u".svg"_qs},
                       m_document->data().info.name, m_document->filePath());
    if (path.isEmpty())
        return;
    QString error;
    if (!exportSvg(*m_scene, path, ExportOptions{}, &error))
        QMessageBox::critical(this, tr("Export Failed"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(path), 4000);
}

QString MainWindow::exportMap(const QString &path, FileFormat format, QString *error)
{
    const QString target = withExtensionOf(path, format);
    if (!writeMapAs(m_document->data(), target, error))
        return {};
    return target;
}

void MainWindow::exportMapDialog(FileFormat format)
{
    const FileFormatInfo &info = fileFormatInfo(format);
    QStringList patterns;
    QStringList extensions;
    for (const QString &extension : info.extensions) {
        patterns << u"*."_qs + extension;
        extensions << u"."_qs + extension;
    }
    const QString path = SavePaths::ask(
        this, tr("Export %1").arg(info.title),
        {tr("%1 (%2)").arg(info.title, patterns.join(QLatin1Char(' ')))}, {extensions.first()},
        m_document->data().info.name, m_document->filePath(), extensions.mid(1));
    if (path.isEmpty())
        return;
    QString error;
    const QString written = exportMap(path, format, &error);
    if (written.isEmpty())
        QMessageBox::critical(this, tr("Export Failed"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(written), 4000);
}

} // namespace OrgMap
