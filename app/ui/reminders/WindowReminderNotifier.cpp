#include "ui/reminders/WindowReminderNotifier.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>
#include <QWidget>

namespace footcoach {

WindowReminderNotifier::WindowReminderNotifier(QObject* parent)
    : ReminderNotifier(parent)
    , m_window(new QWidget(nullptr,
                           Qt::Tool | Qt::WindowStaysOnTopHint | Qt::WindowDoesNotAcceptFocus)) {
    m_window->setAttribute(Qt::WA_ShowWithoutActivating);
    m_window->setWindowTitle(tr("FootCoach reminder"));
    m_window->setAccessibleName(tr("FootCoach reminder"));
    auto* layout = new QVBoxLayout(m_window);
    m_title = new QLabel(m_window);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_body = new QLabel(m_window);
    m_body->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    auto* buttons = new QHBoxLayout;
    auto* start = new QPushButton(tr("Start now"), m_window);
    m_snooze = new QPushButton(m_window);
    auto* skip = new QPushButton(tr("Skip this time"), m_window);
    m_snooze->setText(tr("Later"));
    start->setAccessibleDescription(tr("Open FootCoach and begin the session"));
    m_snooze->setAccessibleDescription(tr("Remind me again in a few minutes"));
    skip->setAccessibleDescription(tr("No reminder again for this session today"));
    for (QPushButton* b : {start, m_snooze, skip}) {
        b->setFocusPolicy(Qt::NoFocus); // clicking must not pull focus away from other work
        b->setMinimumHeight(44);
        buttons->addWidget(b);
    }
    layout->addLayout(buttons);
    connect(start, &QPushButton::clicked, this, [this] {
        m_window->hide();
        Q_EMIT startRequested(m_key);
    });
    connect(m_snooze, &QPushButton::clicked, this, [this] {
        m_window->hide();
        Q_EMIT snoozeRequested(m_key);
    });
    connect(skip, &QPushButton::clicked, this, [this] {
        m_window->hide();
        Q_EMIT skipRequested(m_key);
    });
    m_window->setMinimumWidth(420);
}

WindowReminderNotifier::~WindowReminderNotifier() {
    delete m_window;
}

void WindowReminderNotifier::show(const PlannedReminder& reminder, const QString& title,
                                  const QString& body, int snoozeMinutes) {
    m_key = reminder.key;
    m_title->setText(title);
    m_body->setText(body);
    m_snooze->setText(tr("In %n minutes", nullptr, snoozeMinutes));
    m_window->adjustSize();
    if (const QScreen* screen = QGuiApplication::primaryScreen()) {
        const QRect area = screen->availableGeometry();
        m_window->move(area.right() - m_window->width() - 24,
                       area.bottom() - m_window->height() - 24);
    }
    m_window->show();
}

void WindowReminderNotifier::withdraw() {
    m_window->hide();
}

} // namespace footcoach
