#pragma once

#include "services/reminders/ReminderNotifier.h"

class QLabel;
class QPushButton;
class QWidget;

namespace footcoach {

// The app's own reminder: a small window in the corner that never takes the keyboard focus
// from what the user is typing. Used where no notification service answers.
class WindowReminderNotifier final : public ReminderNotifier {
    Q_OBJECT
public:
    explicit WindowReminderNotifier(QObject* parent = nullptr);
    ~WindowReminderNotifier() override;

    void show(const PlannedReminder& reminder, const QString& title, const QString& body,
              int snoozeMinutes) override;
    void withdraw() override;
    QWidget* widget() const { return m_window; }

private:
    QWidget* m_window = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_body = nullptr;
    QPushButton* m_snooze = nullptr;
    SlotKey m_key;
};

} // namespace footcoach
