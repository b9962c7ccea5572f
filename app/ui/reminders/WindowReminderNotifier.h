#pragma once

#include "services/reminders/ReminderNotifier.h"

#include <QList>
#include <QMetaObject>
#include <QPointer>

class QBoxLayout;
class QLabel;
class QPushButton;
class QScreen;
class QWidget;

namespace footcoach {

// The app's own reminder: a small window in the corner of the screen's free area, used where no
// notification service answers. It appears without taking the keyboard from what the user is
// typing, but the user can give it the keyboard (a click, Alt+Tab): then Tab and Shift+Tab move
// between its three buttons, Enter presses the focused one (Start now at first) and Esc answers
// "later" (as the snooze button: the reminder comes back, the slot is not lost). It is held back
// while a window of FootCoach's own is fullscreen on every screen, and shown when that ends.
class WindowReminderNotifier final : public ReminderNotifier {
    Q_OBJECT
public:
    explicit WindowReminderNotifier(QObject* parent = nullptr);
    ~WindowReminderNotifier() override;

    void show(const PlannedReminder& reminder, const QString& title, const QString& body,
              int snoozeMinutes) override;
    void withdraw() override;
    // The window, made on first use.
    QWidget* widget();

    // Puts the window wholly inside its screen's available area, bottom right with a margin,
    // from its frame size after layout. Called on show, resize and changes of the free area.
    void place();
    // Moves the window back wholly inside the free area of the screen it is mostly on, where
    // the user left it if that fits (a moved frame, new frame margins).
    void keepInside();

private:
    void build();
    void answer(void (ReminderNotifier::*signal)(const SlotKey&));
    QScreen* freeScreen() const;
    void showWhenFree();
    void stopWaiting();

    QWidget* m_window = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_body = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_snooze = nullptr;
    QBoxLayout* m_buttons = nullptr;
    SlotKey m_key;
    QPointer<QScreen> m_screen;
    bool m_placing = false;
    bool m_pending = false; // shown as soon as no own fullscreen window is in the way
    QList<QMetaObject::Connection> m_waits;
    QMetaObject::Connection m_areaWatch;
};

} // namespace footcoach
