#pragma once

#include <QFrame>

class QVBoxLayout;

namespace OrgMap {

class MainWindow;

// The first run that teaches: a card on the empty canvas (first start and
// after New) with the example map, a new map, import, the recent files and
// three lines on the gestures; and Help > Getting Started, a page of docs/
// shown in the app. It hides as soon as the map has anything in it.
class WelcomePage : public QFrame
{
    Q_OBJECT

public:
    // The action the Import button triggers: File > Import when it exists
    // (object name "actionImport", wired by the import work), else Import JSON.
    static constexpr const char *kImportActionName = "actionImportBackstage";
    static constexpr const char *kImportFallbackName = "actionImportJson";
    // The newest recent files the card lists (File > Open Recent has them all).
    static constexpr int kRecentShown = 3;

    explicit WelcomePage(MainWindow *window);

    // Shows the card when the map is empty and it was not dismissed.
    void updateVisibility();
    // The example map, as an untitled map (saving asks where).
    void openExample();
    // Help > Getting Started: docs/getting-started.md beside the shortcut list.
    static void showGettingStarted(QWidget *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillRecent();
    void place();

    MainWindow *m_window;
    QVBoxLayout *m_recent;
    bool m_dismissed = false;
};

} // namespace OrgMap
