#pragma once

#include "services/reminders/ReminderNotifier.h"

#include <QDBusConnection>

#include <functional>
#include <optional>

namespace footcoach {

// A desktop notification through org.freedesktop.Notifications, with three actions. The bus is
// connected at the first reminder, not at start-up: connecting costs the first window about
// two milliseconds.
class DBusReminderNotifier final : public ReminderNotifier {
    Q_OBJECT
public:
    using BusProvider = std::function<QDBusConnection()>;
    explicit DBusReminderNotifier(BusProvider bus, QObject* parent = nullptr);

    void show(const PlannedReminder& reminder, const QString& title, const QString& body,
              int snoozeMinutes) override;
    void withdraw() override;

private Q_SLOTS:
    // QtDBus connects signals by name only, hence slots here.
    void onActionInvoked(uint id, const QString& action);
    void onClosed(uint id, uint reason);

private:
    QDBusConnection& bus();

    BusProvider m_provider;
    std::optional<QDBusConnection> m_bus;
    uint m_id = 0;
    SlotKey m_key;
};

} // namespace footcoach
