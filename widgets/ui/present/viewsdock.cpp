#include "viewsdock.h"

#include "document/document.h"
#include "document/viewedits.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListWidget>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace OrgMap {

ViewsDock::ViewsDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Views"), parent), m_document(document)
{
    setObjectName(u"viewsDock"_qs);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_list = new QListWidget(body);
    m_list->setObjectName(u"viewsList"_qs);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    auto button = [&](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QToolButton(body);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        buttons->addWidget(b);
        return b;
    };
    m_add = button(u"viewAdd"_qs, tr("Add"), tr("Save what the canvas shows as a new view"));
    m_update = button(u"viewUpdate"_qs, tr("Update"),
                      tr("Replace the selected view's picture with what the canvas shows"));
    m_up = button(u"viewUp"_qs, tr("Up"), tr("Present this view earlier"));
    m_down = button(u"viewDown"_qs, tr("Down"), tr("Present this view later"));
    m_step = button(u"viewSteps"_qs, tr("Steps"),
                    tr("Reveal steps: the selected domains one step at a time"));
    m_step->setPopupMode(QToolButton::InstantPopup);
    auto *steps = new QMenu(m_step);
    steps->addAction(tr("Add Selected Domains as Next Step"), this, &ViewsDock::addStep);
    steps->addAction(tr("Clear Steps"), this, &ViewsDock::clearSteps);
    m_step->setMenu(steps);
    m_delete = button(u"viewDelete"_qs, tr("Delete"), tr("Delete the selected view"));
    m_show = button(u"viewShow"_qs, tr("Show"), tr("Show the selected view (Enter)"));
    buttons->addStretch();
    layout->addLayout(buttons);
    setWidget(body);

    connect(m_add, &QToolButton::clicked, this, &ViewsDock::addView);
    connect(m_update, &QToolButton::clicked, this, &ViewsDock::updateView);
    connect(m_up, &QToolButton::clicked, this, [this] { moveView(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveView(1); });
    connect(m_delete, &QToolButton::clicked, this, &ViewsDock::deleteView);
    connect(m_show, &QToolButton::clicked, this, [this] {
        if (currentIndex() >= 0)
            emit showRequested(currentIndex());
    });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit showRequested(m_list->row(item)); });
    connect(m_list, &QListWidget::itemChanged, this, &ViewsDock::onItemChanged);
    connect(m_list, &QListWidget::currentRowChanged, this, &ViewsDock::updateButtons);
    connect(m_document, &Document::changed, this, &ViewsDock::refresh);
    connect(m_document, qOverload<>(&Document::reset), this, &ViewsDock::refresh);
    refresh();
}

int ViewsDock::currentIndex() const
{
    return m_list->currentRow();
}

void ViewsDock::setCurrentIndex(int index)
{
    m_list->setCurrentRow(index);
}

void ViewsDock::refresh()
{
    const SavedViews views = ViewEdits::views(*m_document);
    const QStringList names = Views::names(views);
    QStringList shown;
    for (int i = 0; i < m_list->count(); ++i)
        shown.append(m_list->item(i)->text());
    if (shown == names) {
        updateButtons();
        return;
    }
    const int current = m_list->currentRow();
    m_refreshing = true;
    m_list->clear();
    for (const SavedView &v : views) {
        auto *item = new QListWidgetItem(v.name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (v.stepCount() > 1)
            item->setToolTip(tr("%n reveal step(s)", nullptr, v.stepCount()));
    }
    m_list->setCurrentRow(std::min(current, int(views.size()) - 1));
    m_refreshing = false;
    updateButtons();
}

void ViewsDock::onItemChanged(QListWidgetItem *item)
{
    if (m_refreshing)
        return;
    const int row = m_list->row(item);
    const SavedViews views = ViewEdits::views(*m_document);
    if (row < 0 || row >= views.size() || views.at(row).name == item->text())
        return;
    if (!ViewEdits::rename(*m_document, row, item->text())) {
        // Empty or taken: the old name comes back.
        m_refreshing = true;
        item->setText(views.at(row).name);
        m_refreshing = false;
    }
}

void ViewsDock::updateButtons()
{
    const int row = m_list->currentRow();
    const bool any = row >= 0;
    m_update->setEnabled(any && m_capture);
    m_up->setEnabled(any && row > 0);
    m_down->setEnabled(any && row + 1 < m_list->count());
    m_delete->setEnabled(any);
    m_step->setEnabled(any);
    m_show->setEnabled(any);
    m_add->setEnabled(bool(m_capture));
}

void ViewsDock::addView()
{
    if (!m_capture)
        return;
    SavedView view = m_capture();
    view.name = tr("View %1").arg(m_list->count() + 1);
    const qsizetype index = ViewEdits::add(*m_document, view);
    if (index >= 0)
        m_list->setCurrentRow(int(index));
}

void ViewsDock::updateView()
{
    const int row = currentIndex();
    if (row < 0 || !m_capture)
        return;
    SavedView view = m_capture();
    // The reveal steps are the view's own, not part of the picture.
    view.reveal = ViewEdits::views(*m_document).value(row).reveal;
    ViewEdits::update(*m_document, row, view);
}

void ViewsDock::moveView(int delta)
{
    const int row = currentIndex();
    if (ViewEdits::move(*m_document, row, row + delta))
        m_list->setCurrentRow(row + delta);
}

void ViewsDock::deleteView()
{
    ViewEdits::remove(*m_document, currentIndex());
}

void ViewsDock::addStep()
{
    const int row = currentIndex();
    const SavedViews views = ViewEdits::views(*m_document);
    if (row < 0 || row >= views.size() || !m_selection)
        return;
    QStringList domains;
    for (const QString &id : m_selection())
        if (m_document->data().kindOf(id) == EntityKind::Domain)
            domains.append(id);
    if (domains.isEmpty())
        return;
    SavedView view = views.at(row);
    view.reveal.append(domains);
    ViewEdits::update(*m_document, row, view);
}

void ViewsDock::clearSteps()
{
    const int row = currentIndex();
    const SavedViews views = ViewEdits::views(*m_document);
    if (row < 0 || row >= views.size() || views.at(row).reveal.isEmpty())
        return;
    SavedView view = views.at(row);
    view.reveal.clear();
    ViewEdits::update(*m_document, row, view);
}

} // namespace OrgMap
