#include "welcomepage.h"

#include "appsettings.h"
#include "document/document.h"
#include "mainwindow.h"
#include "mapview.h"
#include "json/jsonformat.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QVBoxLayout>

namespace OrgMap {

WelcomePage::WelcomePage(MainWindow *window)
    : QFrame(window->view()->viewport()), m_window(window), m_recent(new QVBoxLayout)
{
    setObjectName(u"welcomePage"_qs);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 12);
    layout->setSpacing(6);
    // The translated heading as one bold line: an <h3>'s margins cost the
    // card two lines.
    auto *title = new QLabel(
        QTextDocumentFragment::fromHtml(tr("<h3>Welcome to OrgMap</h3>")).toPlainText(), this);
    title->setObjectName(u"welcomeTitle"_qs);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto *intro = new QLabel(
        tr("Map your business domains, the services and data products in them, and the teams "
           "that own them."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // Two by two: the card must fit the canvas of a 1280x720 window.
    auto *grid = new QGridLayout;
    layout->addLayout(grid);
    int cell = 0;
    auto button = [&](const QString &name, const QString &text) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        grid->addWidget(b, cell / 2, cell % 2);
        ++cell;
        return b;
    };
    connect(button(u"welcomeExample"_qs, tr("Open the example map")), &QPushButton::clicked, this,
            &WelcomePage::openExample);
    connect(button(u"welcomeNew"_qs, tr("Start a new map")), &QPushButton::clicked, this, [this] {
        m_dismissed = true;
        updateVisibility();
        m_window->view()->setFocus();
    });
    connect(button(u"welcomeImport"_qs, tr("Import a Backstage catalog…")), &QPushButton::clicked,
            this, [this] {
                QAction *import = m_window->action(QLatin1String(kImportActionName));
                if (!import)
                    import = m_window->action(QLatin1String(kImportFallbackName));
                if (import)
                    import->trigger();
            });
    connect(button(u"welcomeOpen"_qs, tr("Open a file…")), &QPushButton::clicked, this, [this] {
        if (QAction *open = m_window->action(u"actionOpen"_qs))
            open->trigger();
    });
    layout->addSpacing(4);
    auto *recentTitle = new QLabel(tr("<b>Recent files</b>"), this);
    recentTitle->setObjectName(u"welcomeRecentTitle"_qs);
    layout->addWidget(recentTitle);
    layout->addLayout(m_recent);
    auto *gestures = new QLabel(
        tr("<b>Three gestures</b><br>"
           "• Drag from the Palette onto the canvas (or into a domain) to add.<br>"
           "• Drag from a node's round edge handle to another node to connect.<br>"
           "• Drop an asset on a team to make it the owner.<br>"
           "Right-click anything for what applies there; Help &gt; Getting Started for more."),
        this);
    gestures->setObjectName(u"welcomeGestures"_qs);
    layout->addSpacing(4);
    gestures->setWordWrap(true);
    layout->addWidget(gestures);
    // Wide enough for each gesture on one line, narrow enough for the canvas
    // between the docks of a 1280x720 window.
    setFixedWidth(560);

    auto *help = new QAction(tr("&Getting Started"), window);
    help->setObjectName(u"actionGettingStarted"_qs);
    connect(help, &QAction::triggered, window, [window] { showGettingStarted(window); });
    window->addAction(help);

    Document *doc = window->document();
    connect(doc, qOverload<>(&Document::reset), this, [this] {
        m_dismissed = false;
        updateVisibility();
    });
    connect(doc, &Document::changed, this, &WelcomePage::updateVisibility);
    window->view()->viewport()->installEventFilter(this);
    // The view scrolls its viewport's children with the scene (a fit, the
    // wheel): the card stays where it belongs, in the middle of the canvas.
    for (QScrollBar *bar :
         {window->view()->horizontalScrollBar(), window->view()->verticalScrollBar()})
        connect(bar, &QScrollBar::valueChanged, this, &WelcomePage::place);
    updateVisibility();
}

void WelcomePage::fillRecent()
{
    while (QLayoutItem *item = m_recent->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList files = AppSettings::recentFiles();
    for (const QString &path : files.mid(0, kRecentShown)) {
        auto *b = new QPushButton(QFileInfo(path).fileName(), this);
        b->setObjectName(u"welcomeRecent"_qs);
        b->setToolTip(path);
        b->setFlat(true);
        // A line of text like a link, not a button's height: three recent
        // files keep the card inside the canvas of a 1280x720 window.
        b->setCursor(Qt::PointingHandCursor);
        b->setStyleSheet(
            u"QPushButton { text-align: left; border: none; padding: 0 2px;"
            " color: palette(link); }"
            " QPushButton:hover, QPushButton:focus { text-decoration: underline; }"_qs);
        connect(b, &QPushButton::clicked, this, [this, path] { m_window->openFile(path); });
        m_recent->addWidget(b);
    }
    if (files.isEmpty())
        m_recent->addWidget(new QLabel(tr("No recent files yet."), this));
}

void WelcomePage::updateVisibility()
{
    const MapData &data = m_window->document()->data();
    const bool empty = data.domains.isEmpty() && data.teams.isEmpty() && data.assets.isEmpty();
    const bool show = empty && !m_dismissed;
    if (show && !isVisible())
        fillRecent();
    setVisible(show);
    if (show) {
        place();
        QTimer::singleShot(0, this, &WelcomePage::place); // after the window's layout settles
    }
}

void WelcomePage::place()
{
    const QRect area = parentWidget()->rect();
    // The height the wrapped lines need at the card's fixed width: the size
    // hint's height is for another width, and its surplus opened gaps
    // between the lines.
    resize(width(), heightForWidth(width()));
    move(std::max(0, (area.width() - width()) / 2), std::max(0, (area.height() - height()) / 3));
}

bool WelcomePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QFrame::eventFilter(watched, event);
}

void WelcomePage::openExample()
{
    QFile file(u":/resources/examples/acme.orgmap.json"_qs);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const JsonReadResult result = readMapJson(file.readAll());
    if (!result.map)
        return;
    m_window->setMap(*result.map);
    m_window->view()->zoomToFit();
}

void WelcomePage::showGettingStarted(QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setObjectName(u"gettingStarted"_qs);
    dialog.setWindowTitle(tr("Getting Started"));
    auto *text = new QTextBrowser(&dialog);
    text->setObjectName(u"gettingStartedText"_qs);
    text->setOpenExternalLinks(true);
    QFile page(u":/docs/getting-started.md"_qs);
    if (page.open(QIODevice::ReadOnly | QIODevice::Text))
        text->setMarkdown(QString::fromUtf8(page.readAll()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton *shortcuts =
        buttons->addButton(tr("Keyboard Shortcuts…"), QDialogButtonBox::ActionRole);
    connect(shortcuts, &QPushButton::clicked, &dialog, [parent] {
        if (auto *window = qobject_cast<MainWindow *>(parent))
            if (QAction *a = window->action(u"actionShortcuts"_qs))
                a->trigger();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(640, 600);
    dialog.exec();
}

} // namespace OrgMap
