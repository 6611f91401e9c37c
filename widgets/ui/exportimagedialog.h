#pragma once

#include "maprenderer.h"

#include <QDialog>
#include <QSizeF>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QRadioButton;

namespace OrgMap {

// Options for Export PNG: scale 1x/2x/4x, transparent background, whole map
// or selection; shows the resulting size in pixels.
class ExportImageDialog : public QDialog
{
    Q_OBJECT

public:
    // `mapSize` and `selectionSize` are the scene sizes exported at 1x; an
    // empty selection size disables "selection only".
    ExportImageDialog(const ExportOptions &initial, QSizeF mapSize, QSizeF selectionSize,
                      QWidget *parent = nullptr);

    ExportOptions options() const;

private:
    void updateSize();

    QSizeF m_mapSize;
    QSizeF m_selectionSize;
    QButtonGroup *m_scale;
    QCheckBox *m_transparent;
    QRadioButton *m_whole;
    QRadioButton *m_selection;
    QLabel *m_size;
};

} // namespace OrgMap
