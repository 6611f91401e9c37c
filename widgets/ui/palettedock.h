#pragma once

#include "palettemime.h"

#include <QDockWidget>

class QListWidget;

namespace OrgMap {

// The kinds one can create. Drag an entry onto the canvas to place it there,
// or click (or press Enter on) an entry to create it at the view centre.
class PaletteDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit PaletteDock(QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

signals:
    void createRequested(OrgMap::PaletteKind kind);

private:
    QListWidget *m_list;
};

} // namespace OrgMap
