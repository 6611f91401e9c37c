#include "captionbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace OrgMap {

namespace {
// Big enough to read from the back of a room, dark glass on any theme.
constexpr int kBarHeight = 44;
const char *const kBarStyle = "QWidget#presentCaption { background: rgba(20, 24, 30, 215); }"
                              "QLabel { color: white; font-size: 20px; }"
                              "QLabel#presentCaptionMap { font-weight: bold; }";
const char *const kMessageStyle = "QLabel { background: rgba(20, 24, 30, 225); color: white;"
                                  " font-size: 24px; padding: 10px 18px; border-radius: 8px; }";
} // namespace

CaptionBar::CaptionBar(QWidget *canvas)
    : QObject(canvas), m_canvas(canvas), m_bar(new QWidget(canvas)), m_map(new QLabel(m_bar)),
      m_step(new QLabel(m_bar)), m_counts(new QLabel(m_bar)), m_message(new QLabel(canvas)),
      m_hide(new QTimer(this))
{
    m_bar->setObjectName(u"presentCaption"_qs);
    m_bar->setAttribute(Qt::WA_StyledBackground);
    m_bar->setStyleSheet(QLatin1String(kBarStyle));
    m_map->setObjectName(u"presentCaptionMap"_qs);
    m_step->setObjectName(u"presentCaptionStep"_qs);
    m_counts->setObjectName(u"presentCaptionCounts"_qs);
    auto *layout = new QHBoxLayout(m_bar);
    layout->setContentsMargins(18, 0, 18, 0);
    layout->setSpacing(28);
    layout->addWidget(m_map);
    layout->addWidget(m_step, 1, Qt::AlignCenter);
    layout->addWidget(m_counts);
    m_message->setObjectName(u"presentMessage"_qs);
    m_message->setStyleSheet(QLatin1String(kMessageStyle));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_bar->hide();
    m_message->hide();
    m_hide->setSingleShot(true);
    m_hide->setInterval(3000);
    connect(m_hide, &QTimer::timeout, m_bar, &QWidget::hide);
    canvas->installEventFilter(this);
}

CaptionBar::~CaptionBar() = default;

void CaptionBar::setTexts(const QString &map, const QString &step, const QString &counts)
{
    m_map->setText(map);
    m_step->setText(step);
    m_counts->setText(counts);
}

void CaptionBar::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(m_active && !message.isEmpty());
    place();
}

QString CaptionBar::text() const
{
    QStringList parts;
    for (const QLabel *label : {m_map, m_step, m_counts})
        if (!label->text().isEmpty())
            parts.append(label->text());
    return parts.join(u" \u00b7 "_qs);
}

QString CaptionBar::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

bool CaptionBar::isBarVisible() const
{
    return m_bar->isVisible();
}

void CaptionBar::show()
{
    m_active = true;
    place();
    m_message->setVisible(!m_message->text().isEmpty());
    poke();
}

void CaptionBar::hide()
{
    m_active = false;
    m_hide->stop();
    m_bar->hide();
    m_message->hide();
}

void CaptionBar::poke()
{
    if (!m_active)
        return;
    place();
    m_bar->show();
    m_bar->raise();
    m_hide->start();
}

void CaptionBar::setHideDelay(int ms)
{
    m_hide->setInterval(ms);
}

int CaptionBar::barHeight()
{
    return kBarHeight;
}

void CaptionBar::place()
{
    const QRect r = m_canvas->rect();
    m_bar->setGeometry(0, 0, r.width(), kBarHeight);
    const int width = std::min(r.width() - 80, 1000);
    m_message->setFixedWidth(width);
    const int height = m_message->heightForWidth(width);
    m_message->setGeometry((r.width() - width) / 2, r.height() - height - 24, width, height);
    m_message->raise();
}

bool CaptionBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_canvas && event->type() == QEvent::Resize)
        place();
    return QObject::eventFilter(watched, event);
}

} // namespace OrgMap
