#pragma once

#include <QWidget>

class QLabel;
class QTimer;

namespace OrgMap {

// Presentation mode's slim bar over the top of the canvas: the map's name,
// the current spotlight or tour step, and the finding counts. It hides after
// a few seconds without mouse movement and comes back on the next (poke()).
// A second, lasting caption at the bottom carries a tour step's message.
class CaptionBar : public QObject
{
    Q_OBJECT

public:
    // `canvas`: the view, not its viewport (scrolling moves the viewport's children).
    explicit CaptionBar(QWidget *canvas);
    ~CaptionBar() override;

    void setTexts(const QString &map, const QString &step, const QString &counts);
    void setMessage(const QString &message); // empty: none
    QString text() const;                    // what the bar says, " · " between parts
    QString message() const;
    bool isBarVisible() const;
    QWidget *bar() const { return m_bar; }
    QLabel *messageBox() const { return m_message; }

    void show();
    void hide();
    void poke(); // the mouse moved: show, and hide again after a while
    void setHideDelay(int ms);
    // The bar's height: the room a fit leaves free above the map (px).
    static int barHeight();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QWidget *m_canvas;
    QWidget *m_bar;
    QLabel *m_map;
    QLabel *m_step;
    QLabel *m_counts;
    QLabel *m_message;
    QTimer *m_hide;
    bool m_active = false;
};

} // namespace OrgMap
