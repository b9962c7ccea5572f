#pragma once

#include "footcoach/Schedule.h"

#include <QObject>

namespace footcoach {

// Shows a reminder and reports the user's answer. Implementations: a desktop notification,
// or the app's own small window where no notification service answers.
class ReminderNotifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~ReminderNotifier() override = default;

    virtual void show(const PlannedReminder& reminder, const QString& title, const QString& body,
                      int snoozeMinutes) = 0;
    virtual void withdraw() = 0;

Q_SIGNALS:
    void startRequested(const footcoach::SlotKey& key);
    void snoozeRequested(const footcoach::SlotKey& key);
    void skipRequested(const footcoach::SlotKey& key);
    // The notification could not be shown (no service); the caller falls back.
    void failed(const footcoach::PlannedReminder& reminder);
};

} // namespace footcoach
