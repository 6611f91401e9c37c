#include "palettedock.h"

#include <QKeyEvent>
#include <QListWidget>
#include <QMimeData>
#include <functional>

namespace OrgMap {

namespace {

constexpr int KindRole = Qt::UserRole + 1;

// A list whose drags carry the palette mime type the canvas accepts.
class PaletteList : public QListWidget
{
public:
    using QListWidget::QListWidget;
    std::function<void(QListWidgetItem *)> onKeyActivate;

protected:
    // Only clicks and these keys create: "activated" would also fire on
    // double-click and, under some styles, on every click, creating twice.
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
             event->key() == Qt::Key_Space) &&
            currentItem() && onKeyActivate) {
            onKeyActivate(currentItem());
            return;
        }
        QListWidget::keyPressEvent(event);
    }

    QStringList mimeTypes() const override { return {QLatin1String(kPaletteMimeType)}; }

    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        if (items.isEmpty())
            return nullptr;
        return createPaletteMimeData(PaletteKind(items.first()->data(KindRole).toInt()));
    }
};

} // namespace

PaletteDock::PaletteDock(QWidget *parent)
    : QDockWidget(tr("Palette"), parent), m_list(new PaletteList(this))
{
    setObjectName(u"paletteDock"_qs);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setIconSize(QSize(28, 28));
    m_list->setSpacing(1);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setToolTip(tr("Drag onto the map, or click to add at the centre of the view"));
    for (PaletteKind kind : allPaletteKinds()) {
        auto *item = new QListWidgetItem(paletteKindIcon(kind), paletteKindName(kind), m_list);
        item->setData(KindRole, int(kind));
    }
    auto create = [this](QListWidgetItem *item) {
        if (item)
            emit createRequested(PaletteKind(item->data(KindRole).toInt()));
    };
    // Tall enough for every entry: a palette that scrolls hides choices.
    m_list->setMinimumHeight(m_list->sizeHintForRow(0) * m_list->count() +
                             2 * m_list->spacing() * m_list->count() + 2 * m_list->frameWidth());
    connect(m_list, &QListWidget::itemClicked, this, create);
    static_cast<PaletteList *>(m_list)->onKeyActivate = create;
    setWidget(m_list);
}

} // namespace OrgMap
