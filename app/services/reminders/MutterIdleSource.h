#pragma once

#include "services/reminders/AvailabilitySource.h"

#include <QDBusConnection>

#include <chrono>

namespace footcoach {

// GNOME's idle monitor (org.gnome.Mutter.IdleMonitor): one idle watch tells when the user has
// been idle for `threshold`, then a user-active watch tells when they are back. Watches, not
// polling.
class MutterIdleSource final : public AvailabilitySource {
    Q_OBJECT
public:
    MutterIdleSource(QDBusConnection bus, std::chrono::milliseconds threshold,
                     QObject* parent = nullptr);

    bool blocks() const override { return m_idle; }

private Q_SLOTS:
    void onWatchFired(uint id);

private:
    void addWatch(const QString& method, const QVariantList& arguments, uint* into);
    void setIdle(bool idle);

    QDBusConnection m_bus;
    std::chrono::milliseconds m_threshold;
    uint m_idleWatch = 0;
    uint m_activeWatch = 0;
    bool m_idle = false;
};

} // namespace footcoach
