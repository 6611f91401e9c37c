#include "scenariobar.h"

#include "document/document.h"

#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMenu>

namespace OrgMap {

ScenarioBar::ScenarioBar(Document *document, QWidget *parent)
    : QTabBar(parent), m_document(document)
{
    setObjectName(u"scenarioBar"_qs);
    setMovable(true);
    setExpanding(false);
    setDocumentMode(true);
    setUsesScrollButtons(true);
    setElideMode(Qt::ElideRight);
    setDrawBase(true);
    connect(document, &Document::scenariosChanged, this, &ScenarioBar::sync);
    connect(document, &Document::currentScenarioChanged, this, &ScenarioBar::sync);
    connect(this, &QTabBar::currentChanged, this, [this](int index) {
        if (!m_syncing && index >= 0)
            m_document->setCurrentScenario(index);
    });
    connect(this, &QTabBar::tabMoved, this, [this](int from, int to) {
        if (!m_syncing)
            m_document->moveScenario(from, to); // one undo step per drop
    });
    connect(this, &QTabBar::tabBarDoubleClicked, this, [this](int index) {
        if (index >= 0)
            editName(index);
    });
    sync();
}

void ScenarioBar::sync()
{
    m_syncing = true;
    const QStringList names = m_document->scenarioNames();
    while (count() > names.size())
        removeTab(count() - 1);
    for (int i = 0; i < names.size(); ++i) {
        if (i >= count())
            addTab(names.at(i));
        else
            setTabText(i, names.at(i));
        setTabToolTip(
            i, tr("Scenario \"%1\": double-click to rename, drag to reorder").arg(names.at(i)));
    }
    setCurrentIndex(m_document->currentScenario());
    m_syncing = false;
}

void ScenarioBar::editName(int index)
{
    if (index < 0 || index >= count())
        return;
    auto *edit = new QLineEdit(tabText(index), this);
    edit->setObjectName(u"scenarioNameEdit"_qs);
    edit->setGeometry(tabRect(index).adjusted(2, 2, -2, -2));
    edit->selectAll();
    edit->show();
    edit->setFocus();
    auto commit = [this, edit, index] {
        // editingFinished comes again when the editor loses focus as it goes.
        if (edit->property("done").toBool())
            return;
        edit->setProperty("done", true);
        edit->hide();
        const QString name = edit->text().trimmed();
        if (!name.isEmpty() && name != tabText(index))
            m_document->renameScenario(index, name); // refused names leave it as it was
        edit->deleteLater();
    };
    connect(edit, &QLineEdit::editingFinished, this, commit);
    auto *cancel = new QAction(edit);
    cancel->setShortcut(Qt::Key_Escape);
    cancel->setShortcutContext(Qt::WidgetShortcut);
    connect(cancel, &QAction::triggered, edit, [edit] {
        edit->setProperty("done", true);
        edit->hide();
        edit->deleteLater();
    });
    edit->addAction(cancel);
}

void ScenarioBar::contextMenuEvent(QContextMenuEvent *event)
{
    const int index = tabAt(event->pos());
    QMenu menu(this);
    if (index >= 0) {
        menu.addAction(tr("&Rename"), this, [this, index] { editName(index); });
        menu.addAction(tr("D&uplicate"), this,
                       [this, index] { emit requested(u"duplicate"_qs, index); });
        QAction *remove = menu.addAction(tr("&Delete"), this,
                                         [this, index] { emit requested(u"delete"_qs, index); });
        remove->setEnabled(count() > 1);
        menu.addSeparator();
    }
    menu.addAction(tr("&New Empty Scenario"), this, [this] { emit requested(u"new"_qs, -1); });
    menu.exec(event->globalPos());
}

} // namespace OrgMap
