#include "quickentrybar.h"

#include "containment.h"
#include "document/document.h"
#include "document/quickentry.h"
#include "layout/autolayout.h"
#include "mapscene.h"
#include "mapview.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QUndoStack>
#include <QVBoxLayout>

namespace OrgMap {

QuickEntryBar::QuickEntryBar(Document *document, MapScene *scene, QWidget *canvas)
    : QFrame(canvas), m_document(document), m_scene(scene), m_canvas(canvas),
      m_edit(new QLineEdit(this)), m_message(new QLabel(this)), m_completer(new QCompleter(this)),
      m_completions(new QStringListModel(this))
{
    setObjectName(u"quickEntryBar"_qs);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_edit->setObjectName(u"quickEntryLine"_qs);
    m_edit->setPlaceholderText(
        tr("service Payments in Billing owned by Core Platform · A -> B · move A to D · Esc"));
    m_edit->setClearButtonEnabled(true);
    m_message->setObjectName(u"quickEntryMessage"_qs);
    m_message->setWordWrap(true);
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);

    m_completer->setModel(m_completions);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(8);
    m_edit->setCompleter(m_completer);
    // The line edit asks the completer after textEdited: the candidates are
    // in place by then.
    connect(m_edit, &QLineEdit::textEdited, this, &QuickEntryBar::updateCompletions);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (!m_completer->popup()->isVisible())
            run();
    });
    m_edit->installEventFilter(this);
    canvas->installEventFilter(this);
    hide();
}

void QuickEntryBar::open()
{
    place();
    show();
    raise();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    updateCompletions(m_edit->text());
}

void QuickEntryBar::place()
{
    const int width = std::min(m_canvas->width() - 24, std::max(420, m_canvas->width() * 2 / 3));
    resize(width, sizeHint().height());
    // Below what a fit keeps free over the map (presentation mode's caption bar).
    const auto *view = qobject_cast<const MapView *>(m_canvas);
    move((m_canvas->width() - width) / 2, 8 + (view ? view->fitInsets().top() : 0));
}

void QuickEntryBar::updateCompletions(const QString &text)
{
    m_completions->setStringList(quickEntryCompletions(text, m_document->data()));
    if (m_message->isVisible()) {
        m_message->hide();
        place();
    }
}

void QuickEntryBar::showError(const QString &text, int column, int length)
{
    m_message->setText(text);
    m_message->show();
    place();
    m_edit->setFocus();
    if (length > 0)
        m_edit->setSelection(column, length);
    else
        m_edit->setCursorPosition(column);
    emit statusMessage(text);
}

bool QuickEntryBar::run()
{
    const QString line = m_edit->text();
    const QuickEntryParse parse = parseQuickEntry(line, m_document->data());
    if (const auto *error = std::get_if<QuickEntryError>(&parse)) {
        showError(error->text(), error->column, error->length);
        return false;
    }
    const auto &command = std::get<QuickEntryCommand>(parse);
    // A move places what moves as Move to Domain does, computed on the map
    // before the move; a new node goes to a free spot of its domain.
    const bool move = command.verb == QuickEntryCommand::Verb::Move;
    const QHash<QString, Geometry> moved =
        move ? movedInto(m_document->data(), command.subject, DomainId(command.target))
             : QHash<QString, Geometry>();
    QuickEntryPlacement placement;
    if (!move)
        placement = [](const MapData &map, EntityKind kind, const DomainId &domain) {
            return freeSpot(map, kind, domain);
        };
    // A trial on a copy first (O(1) until it changes): a refused command
    // leaves no empty step behind on the real stack.
    QString why;
    {
        Document trial;
        trial.reset(m_document->data());
        if (applyQuickEntry(&trial, command, placement, &why).isEmpty()) {
            showError(QuickEntryError{why, 0, int(line.size())}.text(), 0, int(line.size()));
            return false;
        }
    }
    // One step: the command and the growth of the domains it fills.
    QUndoStack *undo = m_document->undoStack();
    undo->beginMacro(line);
    const QString id = applyQuickEntry(m_document, command, placement, &why);
    if (m_document->data().containsId(id)) {
        const MapData &map = m_document->data();
        DomainId grow;
        if (const auto a = map.assets.constFind(AssetId(id)); a != map.assets.cend())
            grow = a->domain;
        if (const auto d = map.domains.constFind(DomainId(id)); d != map.domains.cend())
            grow = d->parent;
        if (!moved.isEmpty())
            m_document->setGeometries(moved);
        m_scene->growToContain({grow});
    }
    undo->endMacro();
    emit statusMessage(tr("Done: %1").arg(line));
    if (m_document->data().containsId(id))
        m_scene->selectIds({id});
    m_edit->clear();
    m_message->hide();
    hide();
    m_canvas->setFocus();
    return true;
}

bool QuickEntryBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_canvas && event->type() == QEvent::Resize && isVisible())
        place();
    if (watched == m_edit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
        !m_completer->popup()->isVisible()) {
        hide();
        m_canvas->setFocus();
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace OrgMap
