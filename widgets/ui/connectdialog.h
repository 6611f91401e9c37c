#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace OrgMap {

class MapScene;

// Keyboard way to connect two selected assets (a link of a chosen kind) or
// two selected teams (an interaction of a chosen mode); the canvas offers
// the same by dragging from one item to another.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    // `first` and `second` are two assets or two teams.
    ConnectDialog(MapScene *scene, const QString &first, const QString &second,
                  QWidget *parent = nullptr);

    // Adds the connection through the scene (one undo step). False if refused.
    bool apply();
    QComboBox *kindCombo() const { return m_kind; }
    void swap();

private:
    void updateText();

    MapScene *m_scene;
    QString m_from;
    QString m_to;
    bool m_teams;
    QLabel *m_text;
    QComboBox *m_kind;
};

} // namespace OrgMap
