#pragma once

#include "footcoach/Schedule.h"

#include <QObject>

#include <functional>

namespace footcoach {

class CuePlayer;
class ReminderNotifier;

// Shows a due reminder: a soft chime, then a desktop notification, or the app's own reminder
// window when no notification service answers. Passes the user's answer on.
class ReminderPresenter : public QObject {
    Q_OBJECT
public:
    // cues is asked for only when a chime is due, so background mode loads no sound code
    // until the first reminder.
    ReminderPresenter(ReminderNotifier& primary, ReminderNotifier& fallback,
                      std::function<CuePlayer*()> cues, QObject* parent = nullptr);

    void present(const PlannedReminder& reminder, int sessionSeconds, int snoozeMinutes);
    void withdraw();

    static QString title(const PlannedReminder& reminder);
    static QString body(const PlannedReminder& reminder, int sessionSeconds);

Q_SIGNALS:
    void startRequested(const footcoach::SlotKey& key);
    void snoozeRequested(const footcoach::SlotKey& key);
    void skipRequested(const footcoach::SlotKey& key);

private:
    void forward(ReminderNotifier& notifier);

    ReminderNotifier& m_primary;
    ReminderNotifier& m_fallback;
    std::function<CuePlayer*()> m_cues;
    int m_snoozeMinutes = 10;
    int m_sessionSeconds = 0;
};

} // namespace footcoach
