#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QCompleter;
class QStringListModel;

namespace OrgMap {

class Document;
class MapScene;

// The quick-entry line (Ctrl+K): a one-line command entry laid over the top
// of the canvas, with completion of the names on the map. Enter runs the
// command as one undoable step (model/document/quickentry.h) and closes the
// line; an error says what and where, highlights the place and changes
// nothing; Esc closes.
class QuickEntryBar : public QFrame
{
    Q_OBJECT

public:
    QuickEntryBar(Document *document, MapScene *scene, QWidget *canvas);

    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *messageLabel() const { return m_message; }
    QCompleter *completer() const { return m_completer; }

public slots:
    void open();
    // Runs the line as typed; true when the map took it.
    bool run();

signals:
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();
    void updateCompletions(const QString &text);
    void showError(const QString &text, int column, int length);

    Document *m_document;
    MapScene *m_scene;
    QWidget *m_canvas;
    QLineEdit *m_edit;
    QLabel *m_message;
    QCompleter *m_completer;
    QStringListModel *m_completions;
};

} // namespace OrgMap
