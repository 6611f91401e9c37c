// MainWindow: the recovery copy (Autosaver), restoring after a crash, and the
// lock on the map file that warns a second window. docs/recovery.md.
#include "mainwindow.h"

#include "autosaver.h"
#include "document/document.h"
#include "maplock.h"
#include "recoverystore.h"
#include "storage/mapfile.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace OrgMap {

void MainWindow::createRecovery()
{
    m_autosaver = new Autosaver(m_document, this);
    connect(m_autosaver, &Autosaver::failed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Recovery copy not written: %1").arg(error), 8000);
    });
    // The lock and the read-only state belong to one file: a new, imported or
    // saved-as map drops them (saveFile() and loadFile() take the new one).
    connect(m_document, &Document::filePathChanged, this, [this](const QString &path) {
        if (path != m_lockedPath) {
            m_fileLock.reset();
            m_lockedPath.clear();
            m_readOnly = false;
            updateTitle();
        }
    });
}

void MainWindow::lockFile(const QString &path)
{
    if (m_fileLock && m_lockedPath == path)
        return;
    auto lock = std::make_unique<MapLock>(path);
    // Held elsewhere (the user chose "Open Anyway") or impossible (a read-only
    // folder): the window works without one.
    if (lock->tryLock() == MapLock::State::Locked) {
        m_fileLock = std::move(lock);
        m_lockedPath = path;
    }
}

QString MainWindow::lockConflict(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_fileLock && m_lockedPath == absolute)
        return {};
    if (m_readOnly && absolute == m_document->filePath())
        return tr("%1 was opened read-only: it is open in another window. Save it under "
                  "another name.")
            .arg(QDir::toNativeSeparators(absolute));
    MapLock probe(absolute);
    if (probe.tryLock() != MapLock::State::HeldElsewhere)
        return {};
    // "Open Anyway" on this very file was the user's choice to share it.
    if (absolute == m_document->filePath())
        return {};
    return tr("%1 is open in %2: saving here would overwrite its work. Close it there or save "
              "under another name.")
        .arg(QDir::toNativeSeparators(absolute), probe.holder());
}

bool MainWindow::confirmOpenLocked(const QString &path, bool *readOnly)
{
    *readOnly = false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_fileLock && m_lockedPath == absolute)
        return true; // reopening our own file
    MapLock probe(absolute);
    if (probe.tryLock() != MapLock::State::HeldElsewhere)
        return true;
    QMessageBox box(
        QMessageBox::Warning, tr("File Already Open"),
        tr("<b>%1</b> is already open in %2.<br>Changes saved in one window would "
           "overwrite those of the other.")
            .arg(QFileInfo(path).fileName().toHtmlEscaped(), probe.holder().toHtmlEscaped()),
        QMessageBox::NoButton, this);
    box.setObjectName(u"lockedBox"_qs);
    QPushButton *readOnlyButton = box.addButton(tr("Open Read-Only"), QMessageBox::AcceptRole);
    readOnlyButton->setObjectName(u"openReadOnly"_qs);
    QPushButton *anywayButton = box.addButton(tr("Open Anyway"), QMessageBox::DestructiveRole);
    anywayButton->setObjectName(u"openAnyway"_qs);
    box.addButton(QMessageBox::Cancel)->setObjectName(u"cancel"_qs);
    box.setDefaultButton(readOnlyButton);
    box.exec();
    if (box.clickedButton() == readOnlyButton) {
        *readOnly = true;
        return true;
    }
    return box.clickedButton() == anywayButton;
}

bool MainWindow::restoreRecovery(std::unique_ptr<RecoverySlot> slot, QStringList *errors)
{
    MapFileResult result = loadMapFile(slot->mapPath());
    if (!result.map) {
        if (errors)
            *errors = result.errors;
        return false;
    }
    const RecoveryInfo info = slot->info();
    setScenarios(result.scenarios); // a reset: the autosaver drops any copy of its own
    m_document->setFilePath(info.originalPath);
    if (!info.originalPath.isEmpty())
        lockFile(info.originalPath);
    // Not on disk in the file until saved, whether or not the user edits.
    m_document->markModified();
    m_autosaver->adopt(std::move(slot));
    updateTitle();
    return true;
}

bool MainWindow::offerRecovery(MainWindow *first)
{
    bool firstUsed = false;
    for (std::unique_ptr<RecoverySlot> &slot : RecoverySlot::claimOrphans()) {
        const RecoveryInfo info = slot->info();
        const QString file = info.originalPath.isEmpty()
                                 ? tr("an untitled map")
                                 : u"<b>%1</b> (%2)"_qs.arg(
                                       QFileInfo(info.originalPath).fileName().toHtmlEscaped(),
                                       QDir::toNativeSeparators(info.originalPath).toHtmlEscaped());
        const QString when =
            QLocale().toString(info.savedAt.toLocalTime(), QLocale::LongFormat).toHtmlEscaped();
        QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
                        tr("OrgMap did not close properly. Unsaved changes to %1 were kept in a "
                           "recovery copy saved %2.")
                            .arg(file, when),
                        QMessageBox::NoButton, first);
        box.setObjectName(u"recoveryBox"_qs);
        box.setInformativeText(tr("Restore opens them as unsaved changes; Discard deletes the "
                                  "copy; Later asks again at the next start."));
        QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
        restore->setObjectName(u"restore"_qs);
        QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        discard->setObjectName(u"discard"_qs);
        box.addButton(tr("Later"), QMessageBox::RejectRole)->setObjectName(u"later"_qs);
        box.setDefaultButton(restore);
        box.exec();
        if (box.clickedButton() == discard) {
            slot->remove();
            continue;
        }
        if (box.clickedButton() != restore)
            continue; // the lock goes with `slot`: offered again next time
        MainWindow *target = first;
        if (firstUsed || first->document()->isModified()) {
            target = new MainWindow;
            target->setAttribute(Qt::WA_DeleteOnClose);
            target->show();
        }
        QStringList errors;
        if (!target->restoreRecovery(std::move(slot), &errors)) {
            target->showErrors(tr("Restore Failed"),
                               tr("The recovery copy could not be read; it is kept."), errors);
            continue;
        }
        firstUsed = firstUsed || target == first;
    }
    return firstUsed;
}

} // namespace OrgMap
