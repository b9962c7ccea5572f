#pragma once

#include "services/reminders/IdleTimeProbe.h"

#include <QDBusConnection>

namespace footcoach {

// KDE Plasma's idle time: org.freedesktop.ScreenSaver's GetSessionIdleTime (milliseconds).
// Other desktops that lack the method answer with an error: nullopt then.
class KdeIdleProbe final : public IdleTimeProbe {
public:
    explicit KdeIdleProbe(QDBusConnection bus);

    std::optional<std::chrono::milliseconds> idleTime() override;

private:
    QDBusConnection m_bus;
    bool m_missing = false; // asked once without an answer: not asked again
};

} // namespace footcoach
