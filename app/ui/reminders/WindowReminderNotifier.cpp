#include "ui/reminders/WindowReminderNotifier.h"

#include <QApplication>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QDeadlineTimer>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QWidget>
#include <QWindow>

#include <algorithm>
#include <functional>

namespace footcoach {

namespace {

// Space between the window's frame and the edges of the screen's free area.
constexpr int kEdgeMargin = 16;

bool coversFullscreen(const QScreen* screen, const QWindow* own) {
    const auto windows = QGuiApplication::topLevelWindows();
    return std::any_of(windows.begin(), windows.end(), [&](const QWindow* w) {
        return w != own && w->isVisible() && (w->windowStates() & Qt::WindowFullScreen) &&
               (w->screen() == screen || screen->geometry().intersects(w->geometry()));
    });
}

// The reminder's window: Esc and closing it answer "later"; its geometry is kept on screen.
class ReminderWindow final : public QWidget {
public:
    ReminderWindow(std::function<void()> later, std::function<void()> keepInside)
        : QWidget(nullptr, Qt::Window | Qt::WindowStaysOnTopHint)
        , m_later(std::move(later))
        , m_keepInside(std::move(keepInside)) {}

    // Shown with WA_ShowWithoutActivating, which the window system may not honour (some
    // window managers, Qt's offscreen platform): an activation that comes right after the
    // window appears, before any input to it, was not asked for by the user, and the keyboard
    // goes back to the window of FootCoach's own that had it. A click or Alt+Tab later gives
    // the window the keyboard as usual.
    void aboutToAppear() {
        m_giveBackTo = QApplication::activeWindow();
        m_unasked = QDeadlineTimer(250);
    }

protected:
    void keyPressEvent(QKeyEvent* event) override {
        if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
            m_later();
            return;
        }
        QWidget::keyPressEvent(event);
    }
    void closeEvent(QCloseEvent* event) override {
        // The window manager's close button or Alt+F4: the reminder must come back, not be
        // lost, so this is "later" too. Hiding from the code (withdraw, an answer) is no close.
        event->ignore();
        m_later();
    }
    bool event(QEvent* event) override {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::KeyPress:
            m_giveBackTo = nullptr; // the user's own input: nothing to give back
            break;
        case QEvent::WindowActivate:
            if (m_giveBackTo && m_giveBackTo != this && m_giveBackTo->isVisible() &&
                !m_unasked.hasExpired())
                m_giveBackTo->activateWindow();
            m_giveBackTo = nullptr;
            break;
        default:
            break;
        }
        const bool handled = QWidget::event(event);
        if (event->type() == QEvent::Move || event->type() == QEvent::Show)
            m_keepInside();
        return handled;
    }

private:
    QPointer<QWidget> m_giveBackTo;
    QDeadlineTimer m_unasked;
    std::function<void()> m_later;
    std::function<void()> m_keepInside;
};

} // namespace

WindowReminderNotifier::WindowReminderNotifier(QObject* parent)
    : ReminderNotifier(parent) {}

QWidget* WindowReminderNotifier::widget() {
    if (!m_window)
        build();
    return m_window;
}

// Made when first wanted, not with the app: most starts show no reminder window at all, and the
// first window of a start is not held up by a second one.
void WindowReminderNotifier::build() {
    m_window = new ReminderWindow([this] { answer(&ReminderNotifier::snoozeRequested); },
                                  [this] { keepInside(); });
    // Appears without taking the keyboard from what the user is typing; the user can still
    // give it the keyboard (a click, Alt+Tab), so it is a normal window that accepts focus.
    m_window->setAttribute(Qt::WA_ShowWithoutActivating);
    m_window->setAttribute(Qt::WA_QuitOnClose, false);
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
    m_buttons = new QHBoxLayout;
    m_start = new QPushButton(tr("Start now"), m_window);
    m_snooze = new QPushButton(m_window);
    auto* skip = new QPushButton(tr("Skip this time"), m_window);
    m_snooze->setText(tr("Later"));
    m_start->setAccessibleDescription(tr("Open FootCoach and begin the session"));
    m_snooze->setAccessibleDescription(tr("Remind me again in a few minutes (also Esc)"));
    skip->setAccessibleDescription(tr("No reminder again for this session today"));
    for (QPushButton* b : {m_start, m_snooze, skip}) {
        b->setFocusPolicy(Qt::StrongFocus);
        b->setAutoDefault(true); // Enter presses the focused button
        b->setMinimumHeight(44);
        m_buttons->addWidget(b);
    }
    QWidget::setTabOrder(m_start, m_snooze);
    QWidget::setTabOrder(m_snooze, skip);
    layout->addLayout(m_buttons);
    connect(m_start, &QPushButton::clicked, this,
            [this] { answer(&ReminderNotifier::startRequested); });
    connect(m_snooze, &QPushButton::clicked, this,
            [this] { answer(&ReminderNotifier::snoozeRequested); });
    connect(skip, &QPushButton::clicked, this,
            [this] { answer(&ReminderNotifier::skipRequested); });
}

WindowReminderNotifier::~WindowReminderNotifier() {
    stopWaiting();
    delete m_window;
}

void WindowReminderNotifier::answer(void (ReminderNotifier::*signal)(const SlotKey&)) {
    if (!m_window || !m_window->isVisible())
        return;
    m_window->hide();
    Q_EMIT(this->*signal)(m_key);
}

void WindowReminderNotifier::show(const PlannedReminder& reminder, const QString& title,
                                  const QString& body, int snoozeMinutes) {
    widget();
    m_key = reminder.key;
    m_title->setText(title);
    m_body->setText(body);
    m_snooze->setText(tr("In %n minutes", nullptr, snoozeMinutes));
    m_start->setFocus(); // the button that has the keyboard once the user gives it to the window
    m_pending = true;
    showWhenFree();
}

QScreen* WindowReminderNotifier::freeScreen() const {
    QList<QScreen*> screens;
    if (m_screen)
        screens.append(m_screen);
    screens.append(m_window->screen());
    screens.append(QGuiApplication::primaryScreen());
    screens.append(QGuiApplication::screens());
    for (QScreen* s : screens) {
        if (s && !coversFullscreen(s, m_window->windowHandle()))
            return s;
    }
    return nullptr;
}

void WindowReminderNotifier::showWhenFree() {
    stopWaiting();
    if (!m_pending)
        return;
    QScreen* screen = freeScreen();
    if (!screen) {
        // Every screen has a fullscreen window of FootCoach's own: wait until one leaves
        // fullscreen or goes.
        for (QWindow* w : QGuiApplication::topLevelWindows()) {
            if (w == m_window->windowHandle() || !(w->windowStates() & Qt::WindowFullScreen))
                continue;
            m_waits.append(
                connect(w, &QWindow::windowStateChanged, this, [this] { showWhenFree(); }));
            m_waits.append(connect(w, &QWindow::visibleChanged, this, [this] { showWhenFree(); }));
            m_waits.append(connect(w, &QObject::destroyed, this, [this] { showWhenFree(); }));
        }
        return;
    }
    m_pending = false;
    m_screen = screen;
    m_areaWatch = connect(screen, &QScreen::availableGeometryChanged, this, [this] { place(); });
    place();
    static_cast<ReminderWindow*>(m_window)->aboutToAppear();
    m_window->show();
    place(); // again with the frame margins the window system reports once shown
    if (QWindow* handle = m_window->windowHandle()) {
        m_waits.append(connect(handle, &QWindow::screenChanged, this, [this](QScreen* s) {
            m_screen = s;
            disconnect(m_areaWatch);
            if (s)
                m_areaWatch =
                    connect(s, &QScreen::availableGeometryChanged, this, [this] { place(); });
        }));
    }
}

void WindowReminderNotifier::stopWaiting() {
    for (const QMetaObject::Connection& c : std::as_const(m_waits))
        disconnect(c);
    m_waits.clear();
    disconnect(m_areaWatch);
}

void WindowReminderNotifier::place() {
    widget();
    QScreen* screen = m_screen ? m_screen.data() : m_window->screen();
    if (!screen || m_placing)
        return;
    m_placing = true;
    const QRect area = screen->availableGeometry();
    const QMargins frame =
        m_window->windowHandle() ? m_window->windowHandle()->frameMargins() : QMargins();
    const QSize room = area.size()
                           .shrunkBy(QMargins(kEdgeMargin, kEdgeMargin, kEdgeMargin, kEdgeMargin))
                           .shrunkBy(frame)
                           .expandedTo(QSize(1, 1));

    // The buttons side by side where they fit (large text on a small screen: one above the
    // other), the window no larger than the room it has.
    m_buttons->setDirection(QBoxLayout::LeftToRight);
    const QMargins inner = m_window->layout()->contentsMargins();
    if (m_buttons->minimumSize().width() + inner.left() + inner.right() > room.width())
        m_buttons->setDirection(QBoxLayout::TopToBottom);
    m_window->setMinimumWidth(std::min(420, room.width()));
    m_window->setMaximumSize(room);
    m_window->layout()->activate();
    QLayout* layout = m_window->layout();
    const int width =
        std::clamp(layout->sizeHint().width(), m_window->minimumWidth(), room.width());
    const int height = std::min(layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                            : layout->sizeHint().height(),
                                room.height());
    m_window->resize(width, height);

    // move() places the frame; its size is the window's plus the frame margins.
    const QSize outer = m_window->size().grownBy(frame);
    const int x = std::max(area.left(), area.x() + area.width() - kEdgeMargin - outer.width());
    const int y = std::max(area.top(), area.y() + area.height() - kEdgeMargin - outer.height());
    m_window->move(x, y);
    m_placing = false;
}

void WindowReminderNotifier::keepInside() {
    if (m_placing || !m_window || !m_window->isVisible())
        return;
    const QRect frame = m_window->frameGeometry();
    QScreen* screen = QGuiApplication::screenAt(frame.center());
    if (!screen)
        screen = m_screen ? m_screen.data() : m_window->screen();
    if (!screen)
        return;
    const QRect area = screen->availableGeometry();
    if (area.contains(frame))
        return;
    if (frame.width() > area.width() || frame.height() > area.height()) {
        m_screen = screen;
        place();
        return;
    }
    m_placing = true;
    const int x = std::clamp(frame.x(), area.left(), area.x() + area.width() - frame.width());
    const int y = std::clamp(frame.y(), area.top(), area.y() + area.height() - frame.height());
    m_window->move(x, y);
    m_placing = false;
}

void WindowReminderNotifier::withdraw() {
    m_pending = false;
    stopWaiting();
    if (m_window)
        m_window->hide();
}

} // namespace footcoach
