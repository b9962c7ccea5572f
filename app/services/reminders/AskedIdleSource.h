#pragma once

#include "services/reminders/AvailabilitySource.h"

#include <QTimer>

#include <chrono>
#include <memory>

namespace footcoach {

class IdleTimeProbe;

// An idle time that can only be asked for (KDE's GetSessionIdleTime, X11's XScreenSaver): it
// is asked just before a reminder would be shown. While a reminder waits on an idle user, one
// timer is armed for the next question, every kRecheck, and it stops when nothing waits or
// the user is back.
class AskedIdleSource final : public AvailabilitySource {
    Q_OBJECT
public:
    static constexpr std::chrono::seconds kRecheck{15};

    AskedIdleSource(std::unique_ptr<IdleTimeProbe> probe, std::chrono::milliseconds threshold,
                    QObject* parent = nullptr);
    ~AskedIdleSource() override;

    bool blocks() const override { return m_idle; }
    void refresh() override;
    void setWaiting(bool waiting) override;

private:
    void ask();

    std::unique_ptr<IdleTimeProbe> m_probe;
    std::chrono::milliseconds m_threshold;
    QTimer m_next;
    bool m_idle = false;
    bool m_waiting = false;
};

} // namespace footcoach
